import { describe, expect, it } from 'vitest';
import { check, legacyApp, patch, pluginApp, where, lintCorpus, ODD_INPUT, CORPUS } from '../../test/helpers.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { archiveTags } from './archive-tags.js';



const OS = 'sites/dal/clusters/k1/wave-2/overlays/forgejo/object-store.yaml';
const PG_LEGACY = 'sites/dal/clusters/k1/wave-2/overlays/gitea/postgres.yaml';

describe('archive-tags', () => {
  it('passes the clean plugin and legacy apps', () => {
    expect(check({ ...pluginApp(), ...legacyApp() }, archiveTags)).toEqual([]);
  });

  it('reports a stale db tag at the tag (plugin style)', () => {
    const files = patch(pluginApp(), 'object-store.yaml', 'db: forgejo-db', 'db: forgejo-old');
    const d = check(files, archiveTags);
    expect(d.map(where)).toEqual([`${OS}:23:11 archive-tags`]);
    expect(d[0]!.message).toContain('tag db is "forgejo-old"');
    expect(d[0]!.message).toContain('set it to "forgejo-db" (the name of Cluster forgejo-db)');
    expect(d[0]!.fix).toEqual({ description: 'set tag db: "forgejo-db"', path: ['spec', 'configuration', 'tags', 'db'], value: 'forgejo-db' });
  });

  it('reports one finding per missing or wrong tag (legacy style)', () => {
    let files = patch(legacyApp(), 'postgres.yaml', '        service: gitea\n', '');
    files = patch(files, 'postgres.yaml', 'site: dal', 'site: fra');
    const d = check(files, archiveTags);
    expect(d.map(where)).toEqual([`${PG_LEGACY}:30:7 archive-tags`, `${PG_LEGACY}:31:15 archive-tags`]);
    expect(d[0]!.message).toContain('tag service is missing');
    expect(d[0]!.fix?.value).toBe('gitea');
    expect(d[1]!.message).toContain('tag site is "fra"');
  });

  it('reports missing tags at the configuration', () => {
    const files = patch(pluginApp(), 'object-store.yaml', /    tags:\n(      .*\n)+/, '');
    const d = check(files, archiveTags);
    expect(d.map(where)).toEqual([`${OS}:8:5 archive-tags`, `${OS}:8:5 archive-tags`, `${OS}:8:5 archive-tags`]);
    expect(d.map((x) => x.fix?.path?.at(-1)).sort()).toEqual(['db', 'service', 'site']);
    expect(d[0]!.message).toContain('has no tags');
  });

  it('skips a tag whose template uses an unknown variable', () => {
    const profile = { ...DEFAULT_PROFILE, backup: { ...DEFAULT_PROFILE.backup, tags: { team: '{app}-team', db: '{cluster}' } } };
    const files = Object.fromEntries(Object.entries(legacyApp()).filter(([k]) => !k.endsWith('kustomization.yaml')).map(([k, v]) => [k.replace(/^sites\/.*\//, 'misc/'), v]));
    // no app known: team is skipped, db still checked
    expect(check(files, archiveTags, profile)).toEqual([]);
    const d = check(patch(files, 'postgres.yaml', 'db: gitea-db', 'db: x'), archiveTags, profile);
    expect(d.map((x) => x.message)).toEqual([expect.stringContaining('tag db is "x"')]);
  });

  it('does not throw on odd input', () => {
    const d = check(ODD_INPUT, archiveTags);
    expect(d.map(where)).toEqual([
      'sites/dal/clusters/k1/wave-2/overlays/odd/postgres.yaml:15:13 archive-tags',
      'sites/dal/clusters/k1/wave-2/overlays/odd/postgres.yaml:15:13 archive-tags',
      'sites/dal/clusters/k1/wave-2/overlays/odd/postgres.yaml:15:13 archive-tags',
    ]);
    expect(d[0]!.message).toContain('tags is not a map');
  });

  it('runs over every file of the corpus without throwing', () => {
    const { files, resources, diagnostics } = lintCorpus(archiveTags);
    expect(files.length).toBeGreaterThan(50);
    expect(resources).toBeGreaterThan(50);
    for (const x of diagnostics) {
      expect(x.ruleId).toBe(archiveTags.meta.id);
      expect(x.file.startsWith(CORPUS + '/'), x.file).toBe(true);
      expect(x.line).toBeGreaterThan(0);
      expect(x.column).toBeGreaterThan(0);
    }
  });
});

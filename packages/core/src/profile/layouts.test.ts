import { describe, expect, it } from 'vitest';
import { check, loadMemory, OVERLAY, patch, pluginApp, where } from '../../test/helpers.js';
import { InputError } from '../errors.js';
import { siteLocationOf } from '../inventory/load.js';
import { lint } from '../lint/lint.js';
import { archiveDestination } from '../rules/archive-destination.js';
import { archiveTags } from '../rules/archive-tags.js';
import { RULE_IDS, RULE_OPTIONS } from '../rules/index.js';
import { parseProfile } from './load.js';
import { DEFAULT_PROFILE, expand, templateVarsOf } from './profile.js';

const parse = (text: string) => parseProfile(text, '/repo/.cnpg-site.yaml', RULE_IDS, RULE_OPTIONS);

/** The plugin app moved to another folder, in namespace `namespace`. */
function moved(dir: string, namespace = 'forgejo'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [p, text] of Object.entries(pluginApp())) out[p.replace(OVERLAY, dir)] = text;
  return namespace === 'forgejo' ? out : patch(out, 'kustomization.yaml', 'namespace: forgejo', `namespace: ${namespace}`);
}

describe('several layouts', () => {
  it('layout.overlay is the one-template form of layout.overlays', () => {
    expect(DEFAULT_PROFILE.layout.overlays).toEqual([DEFAULT_PROFILE.layout.overlay]);
    expect(parse('layout:\n  overlay: "apps/{app}/"\n').layout).toMatchObject({ overlays: ['apps/{app}/'], overlay: 'apps/{app}/' });
    expect(parse('layout:\n  overlays: ["a/{app}/", "b/{namespace}/{app}/"]\n').layout).toMatchObject({ overlays: ['a/{app}/', 'b/{namespace}/{app}/'], overlay: 'a/{app}/' });
    // With both, the single template comes first.
    expect(parse('layout:\n  overlay: "c/{app}/"\n  overlays: ["a/{app}/"]\n').layout.overlays).toEqual(['c/{app}/', 'a/{app}/']);
    expect(parse('storage:\n  storageClass: x\n').layout.overlays).toEqual(DEFAULT_PROFILE.layout.overlays);
  });

  it('every template must name {app}, with the line of the one that does not', () => {
    let e: unknown;
    try {
      parse('layout:\n  overlays:\n    - "apps/{app}/"\n    - "clusters/{k8sCluster}/"\n');
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toBe('invalid profile: field "layout.overlays[1]" must match \\{app\\}');
    expect((e as InputError).line).toBe(4);
  });

  it('a path takes the first layout that matches', () => {
    const p = parse('layout:\n  overlays:\n    - "kubernetes/apps/{namespace}/{app}/app/"\n    - "clusters/{k8sCluster}/apps/{app}/"\n    - "kubernetes/{site}/{app}/"\n');
    expect(siteLocationOf('/r/kubernetes/apps/database/forgejo/app/postgres.yaml', p)).toEqual({ app: 'forgejo' });
    expect(siteLocationOf('/r/clusters/main/apps/forgejo/postgres.yaml', p)).toEqual({ k8sCluster: 'main', app: 'forgejo' });
    // Both the first and the third template match: the first wins.
    expect(siteLocationOf('/r/kubernetes/apps/database/forgejo/app/x.yaml', p).app).toBe('forgejo');
    const reversed = parse('layout:\n  overlays:\n    - "kubernetes/{site}/{app}/"\n    - "kubernetes/apps/{namespace}/{app}/app/"\n');
    expect(siteLocationOf('/r/kubernetes/apps/database/forgejo/app/x.yaml', reversed)).toEqual({ site: 'apps', app: 'database' });
    expect(siteLocationOf('/r/elsewhere/x.yaml', p)).toEqual({});
  });

  it('resources under any of the layouts are under the layout', () => {
    const p = parse('layout:\n  overlays:\n    - "kubernetes/apps/{namespace}/{app}/app/"\n    - "sites/{site}/clusters/{k8sCluster}/wave-{wave}/overlays/{app}/"\n');
    const { inventory } = loadMemory({ ...moved('kubernetes/apps/database/forgejo/app', 'database'), ...pluginApp('gitea') }, p);
    const clusters = inventory.ofKind('Cluster').map((c) => `${c.name} app=${c.app} ns=${c.namespace} site=${c.site ?? '-'}`).sort();
    expect(clusters).toEqual(['forgejo-db app=forgejo ns=database site=-', 'gitea-db app=gitea ns=gitea site=dal']);
  });
});

describe('the {namespace} template variable', () => {
  it('is the namespace of the resource as rendered', () => {
    const { inventory } = loadMemory(moved('kubernetes/apps/database/forgejo/app', 'database'), parse('layout:\n  overlay: "kubernetes/apps/{namespace}/{app}/app/"\n'));
    const cluster = inventory.ofKind('Cluster')[0]!;
    expect(templateVarsOf(cluster)).toEqual({ site: undefined, app: 'forgejo', cluster: 'forgejo-db', k8sCluster: undefined, wave: undefined, namespace: 'database' });
    expect(expand('s3://b/{namespace}/{app}/{cluster}/', templateVarsOf(cluster))).toBe('s3://b/database/forgejo/forgejo-db/');
    expect(expand('s3://b/{namespace}/', { app: 'x' })).toBeUndefined();
  });

  it('fills destinationPath and tags templates where rules expand them', () => {
    const p = parse(
      'layout:\n  overlay: "kubernetes/apps/{namespace}/{app}/app/"\nbackup:\n  destinationPath: "s3://dal-site-backups/{namespace}/{app}/postgres/"\n  tags:\n    ns: "{namespace}"\n    service: "{app}"\n',
    );
    const dir = 'kubernetes/apps/database/forgejo/app';
    let files = moved(dir, 'database');
    files = patch(files, 'object-store.yaml', 'dal/forgejo/postgres/', 'database/forgejo/postgres/');
    files = patch(files, 'object-store.yaml', '      site: dal\n', '      ns: database\n');
    expect(check(files, archiveDestination, p)).toEqual([]);
    expect(check(files, archiveTags, p)).toEqual([]);
    const wrong = patch(files, 'object-store.yaml', 'ns: database', 'ns: forgejo');
    const d = check(wrong, archiveTags, p);
    expect(d.map(where)).toEqual([`${dir}/object-store.yaml:21:11 archive-tags`]);
    expect(d[0]!.message).toBe('tag ns is "forgejo"; set it to "database" (the namespace), or the archive\'s objects are attributed to the wrong ns');
    // No {site} in the layout: the message names the app alone.
    const elsewhere = patch(files, 'object-store.yaml', 'database/forgejo/postgres/', 'database/gitea/postgres/');
    expect(check(elsewhere, archiveDestination, p)[0]!.message).toContain('; app forgejo archives to "s3://dal-site-backups/database/forgejo/postgres/"');
  });

  it('leaves the built-in profile as it was', () => {
    const files = pluginApp();
    expect(lint(loadMemory(files).inventory, DEFAULT_PROFILE)).toEqual([]);
  });
});

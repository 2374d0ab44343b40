import { describe, expect, it } from 'vitest';
import { check, legacyApp, patch, pluginApp, where, lintCorpus, ODD_INPUT, CORPUS } from '../../test/helpers.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { imageCatalog } from './image-catalog.js';



const PG = 'sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml';
const CATALOG = /  imageCatalogRef:\n(    .*\n)+?  storage:/;

describe('image-catalog', () => {
  it('passes the clean plugin and legacy apps', () => {
    expect(check({ ...pluginApp(), ...legacyApp() }, imageCatalog)).toEqual([]);
  });

  it('warns on a pinned image at spec.imageName', () => {
    const files = patch(pluginApp(), 'postgres.yaml', CATALOG, '  imageName: ghcr.io/cloudnative-pg/postgresql:16.4\n  storage:');
    const d = check(files, imageCatalog);
    expect(d.map(where)).toEqual([`${PG}:7:14 image-catalog`]);
    expect(d[0]!.severity).toBe('warning');
    expect(d[0]!.message).toContain('spec.imageName pins image "ghcr.io/cloudnative-pg/postgresql:16.4"');
    expect(d[0]!.message).toContain('use spec.imageCatalogRef (ClusterImageCatalog postgresql)');
  });

  it('warns when neither is set (the operator default image)', () => {
    const files = patch(pluginApp(), 'postgres.yaml', CATALOG, '  storage:');
    const d = check(files, imageCatalog);
    expect(d.map(where)).toEqual([`${PG}:6:3 image-catalog`]);
    expect(d[0]!.message).toContain("operator's default image, whose major changes with operator upgrades");
  });

  it('warns on another catalog kind or name at the field', () => {
    let files = patch(pluginApp(), 'postgres.yaml', 'kind: ClusterImageCatalog', 'kind: ImageCatalog');
    files = patch(files, 'postgres.yaml', 'name: postgresql', 'name: pg-custom');
    const d = check(files, imageCatalog);
    expect(d.map(where)).toEqual([`${PG}:9:11 image-catalog`, `${PG}:10:11 image-catalog`]);
    expect(d[0]!.message).toContain('spec.imageCatalogRef.kind is "ImageCatalog"');
    expect(d[1]!.fix).toEqual({ description: 'set spec.imageCatalogRef.name to "postgresql"', path: ['spec', 'imageCatalogRef', 'name'], value: 'postgresql' });
  });

  it('follows the profile catalog', () => {
    const profile = { ...DEFAULT_PROFILE, imageCatalog: { kind: 'ImageCatalog' as const, name: 'pg' } };
    const d = check(pluginApp(), imageCatalog, profile);
    expect(d.map((x) => x.fix?.value)).toEqual(['ImageCatalog', 'pg']);
  });

  it('does not throw on odd input', () => {
    const d = check(ODD_INPUT, imageCatalog);
    expect(d.map(where)).toEqual([
      'sites/dal/clusters/k1/wave-2/overlays/odd/postgres.yaml:5:7 image-catalog',
      'sites/dal/clusters/k1/wave-2/overlays/odd/postgres.yaml:17:20 image-catalog',
      'sites/dal/clusters/k1/wave-2/overlays/odd/postgres.yaml:24:3 image-catalog',
    ]);
    expect(d[1]!.message).toContain('spec.imageCatalogRef is not a map');
  });

  it('runs over every file of the corpus without throwing', () => {
    const { files, resources, diagnostics } = lintCorpus(imageCatalog);
    expect(files.length).toBeGreaterThan(50);
    expect(resources).toBeGreaterThan(50);
    for (const x of diagnostics) {
      expect(x.ruleId).toBe(imageCatalog.meta.id);
      expect(x.file.startsWith(CORPUS + '/'), x.file).toBe(true);
      expect(x.line).toBeGreaterThan(0);
      expect(x.column).toBeGreaterThan(0);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { loadMemory, pluginApp, ROOT } from '../../test/helpers.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { clusterExtensions, imageMajor, planUpgrade, upgradeFailed, type UpgradeOptions } from './plan.js';

const POSTGRES = 'sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml';
const DAY = 86_400_000;
const NOW = new Date('2026-11-24T12:00:00Z');

function plan(files: Record<string, string>, o: Partial<UpgradeOptions> & { to: number }) {
  const { inventory } = loadMemory(files);
  return planUpgrade({ inventory, profile: DEFAULT_PROFILE, root: ROOT, clusterName: 'forgejo-db', maxBackupAge: { text: '24h', ms: DAY }, now: NOW, ...o });
}

const check = (p: ReturnType<typeof plan>, id: string) => p.checks.find((c) => c.id === id)!;

function withCatalog(files: Record<string, string>, majors: number[]): Record<string, string> {
  return {
    ...files,
    'catalogs/postgresql.yaml': `apiVersion: postgresql.cnpg.io/v1\nkind: ClusterImageCatalog\nmetadata:\n  name: postgresql\nspec:\n  images:\n${majors.map((m) => `    - major: ${m}\n      image: ghcr.io/cloudnative-pg/postgresql:${m}.2\n`).join('')}`,
  };
}

describe('imageMajor', () => {
  it('reads the major from the tag and proposes the same repository at the new major', () => {
    expect(imageMajor('ghcr.io/cloudnative-pg/postgresql:16.4', 17)).toEqual({ major: 16, proposed: 'ghcr.io/cloudnative-pg/postgresql:17' });
    expect(imageMajor('ghcr.io/cloudnative-pg/postgresql:16', 17)).toEqual({ major: 16, proposed: 'ghcr.io/cloudnative-pg/postgresql:17' });
    expect(imageMajor('registry:5000/pg/postgresql:16.4-standard-bookworm', 17)).toEqual({ major: 16, proposed: 'registry:5000/pg/postgresql:17-standard-bookworm' });
    // A digest pins the image: no proposal.
    expect(imageMajor('ghcr.io/cloudnative-pg/postgresql:16.4@sha256:abc', 17)).toEqual({ major: 16 });
    expect(imageMajor('ghcr.io/cloudnative-pg/postgresql:latest', 17)).toBeUndefined();
    expect(imageMajor('registry:5000/postgresql', 17)).toBeUndefined();
  });
});

describe('planUpgrade', () => {
  it('checks the catalog in the repository, edits the major and plans the rollback at the old major', () => {
    const p = plan(withCatalog(pluginApp(), [16, 17]), { to: 17 });
    expect(p.from).toBe(16);
    expect(p.checks.map((c) => `${c.id} ${c.verdict}`)).toEqual(['major-up ok', 'catalog-has-major ok', 'extensions ok', 'fresh-backup to-confirm', 'app-supports-major to-confirm']);
    expect(p.edits.map((e) => [e.file, e.path, e.before, e.after])).toEqual([[`${ROOT}/${POSTGRES}`, 'spec.imageCatalogRef.major', 16, 17]]);
    expect(p.steps[0]!.command).toMatch(/^kubectl cnpg backup forgejo-db -n forgejo --backup-name forgejo-db-pre-upgrade-17 --method plugin/);
    expect(p.rollback?.newName).toBe('forgejo-db-gen2');
    expect(p.rollback?.steps[0]!.command).toContain('--major 16');
    expect(upgradeFailed(p)).toBe(false);
  });

  it('fails catalog-has-major when the catalog lacks the target, naming it and its majors', () => {
    const p = plan(withCatalog(pluginApp(), [15, 16]), { to: 17 });
    expect(check(p, 'catalog-has-major')).toEqual({ id: 'catalog-has-major', verdict: 'failed', message: 'ClusterImageCatalog postgresql (catalogs/postgresql.yaml:1) has no image for major 17 (its majors: 15, 16): add an entry for 17 to the catalog first, or the upgrade cannot start' });
    expect(upgradeFailed(p)).toBe(true);
  });

  it('prefers the catalog read live', () => {
    const p = plan(pluginApp(), { to: 17, facts: { live: { context: 'k1', catalog: { kind: 'ClusterImageCatalog', name: 'postgresql', images: [{ major: 17, image: 'img:17' }] } } } });
    expect(check(p, 'catalog-has-major')).toMatchObject({ verdict: 'ok', message: 'ClusterImageCatalog postgresql in context k1 has major 17: img:17' });
  });

  it('never goes down, and the same major is nothing to do', () => {
    const down = plan(pluginApp(), { to: 15 });
    expect(down.checks).toHaveLength(1);
    expect(down.checks[0]).toMatchObject({ id: 'major-up', verdict: 'failed' });
    expect(down.checks[0]!.message).toContain('a major never goes down on an existing Cluster');
    expect(down.steps).toEqual([]);
    expect(down.rollback).toBeUndefined();
    expect(plan(pluginApp(), { to: 16 }).checks[0]!.message).toContain('nothing to upgrade');
  });

  it('a fresh DONE backup with WAL to the newest segment is pinned in the rollback; an old one is not', () => {
    const backups = [
      { id: '20261120T020000', endTime: '2026-11-20T02:10:00Z', pgMajor: 16, done: true, walToNewest: true },
      { id: '20261124T020000', endTime: '2026-11-24T02:10:00Z', pgMajor: 16, done: true, walToNewest: true },
    ];
    const p = plan(pluginApp(), { to: 17, facts: { archive: { where: 's3://b/p/forgejo-db/', backups } } });
    expect(check(p, 'fresh-backup')).toMatchObject({ verdict: 'ok' });
    expect(check(p, 'fresh-backup').message).toContain('base backup 20261124T020000 under s3://b/p/forgejo-db/ is DONE, 9h50m old');
    expect(p.backup).toEqual({ fresh: true, id: '20261124T020000' });
    expect(p.steps.some((s) => s.command?.includes('--backup-name'))).toBe(false);
    expect(p.rollback?.steps[0]!.command).toContain('--backup-id 20261124T020000');
    const old = plan(pluginApp(), { to: 17, maxBackupAge: { text: '6h', ms: 6 * 3_600_000 }, facts: { archive: { where: 's3://b/p/forgejo-db/', backups } } });
    expect(check(old, 'fresh-backup').message).toBe('the newest usable base backup 20261124T020000 is 9h50m old, older than --max-backup-age 6h under s3://b/p/forgejo-db/: step 1 takes a base backup (Backup forgejo-db-pre-upgrade-17) and waits for it to complete');
    // A backup whose WAL does not reach the newest segment is no rollback.
    const gap = plan(pluginApp(), { to: 17, facts: { archive: { backups: [{ ...backups[1]!, walToNewest: false }] } } });
    expect(check(gap, 'fresh-backup').verdict).toBe('to-confirm');
    expect(gap.steps[0]!.command).toContain('--backup-name forgejo-db-pre-upgrade-17');
  });

  it('a pinned image: the major from its tag, an image proposed to confirm, no rollback major edit', () => {
    const files = pluginApp();
    files[POSTGRES] = files[POSTGRES]!.replace(/  imageCatalogRef:\n(    .*\n)+/, '  imageName: ghcr.io/cloudnative-pg/postgresql:16.4\n');
    const p = plan(files, { to: 17 });
    expect(p.from).toBe(16);
    expect(p.image).toEqual({ kind: 'pinned', before: 'ghcr.io/cloudnative-pg/postgresql:16.4', after: 'ghcr.io/cloudnative-pg/postgresql:17' });
    expect(check(p, 'catalog-has-major').verdict).toBe('to-confirm');
    expect(p.edits.map((e) => [e.path, e.after])).toEqual([['spec.imageName', 'ghcr.io/cloudnative-pg/postgresql:17']]);
    expect(p.rollbackNotes.join(' ')).toContain('set its spec.imageName back to it');
  });

  it('lists the extensions the Cluster loads, to confirm', () => {
    const files = pluginApp();
    files[POSTGRES] = files[POSTGRES]!.replace('  instances: 3\n', '  instances: 3\n  postgresql:\n    shared_preload_libraries: [pg_cron]\n    extensions:\n      - name: postgis\n        image:\n          reference: ghcr.io/x/postgis:3\n');
    files['sites/dal/clusters/k1/wave-2/overlays/forgejo/database.yaml'] = 'apiVersion: postgresql.cnpg.io/v1\nkind: Database\nmetadata:\n  name: forgejo\n  namespace: forgejo\nspec:\n  name: forgejo\n  owner: forgejo\n  cluster:\n    name: forgejo-db\n  extensions:\n    - name: pg_trgm\n      ensure: present\n';
    files['sites/dal/clusters/k1/wave-2/overlays/forgejo/kustomization.yaml'] += '  - database.yaml\n';
    const { inventory } = loadMemory(files);
    const cluster = inventory.ofKind('Cluster')[0]!;
    expect(clusterExtensions(inventory, cluster)).toEqual(['pg_cron (shared_preload_libraries)', 'postgis (spec.postgresql.extensions, image ghcr.io/x/postgis:3)', 'pg_trgm (Database forgejo)']);
    expect(check(plan(files, { to: 17 }), 'extensions').verdict).toBe('to-confirm');
  });
});

/**
 * Restores of Clusters that kustomize patches: the edits land where each value comes from, the
 * written overlay is built with `kubectl kustomize` (the oracle), and a write whose result does not
 * hold the plan's invariants puts every file back. Real files in real git repositories.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { runPlanRestore } from './run.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const dirs: string[] = [];

beforeAll(() => {
  const ensure = spawnSync(join(REPO, 'scripts/ensure-system-packages.sh'), ['kubectl'], { encoding: 'utf8' });
  expect(ensure.status, `kubectl is required: ${ensure.stderr}`).toBe(0);
}, 600_000);
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cnpg-restore-patch-'));
  dirs.push(dir);
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init');
  return dir;
}

/** The Cluster that `kubectl kustomize DIR` renders. */
function kustomizeCluster(dir: string): Record<string, any> {
  const r = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return parseAllDocuments(r.stdout).map((d) => d.toJS() as Record<string, any>).find((o) => o.kind === 'Cluster')!;
}

const BASE = {
  'base/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - cluster.yaml\n  - store.yaml\n  - backup.yaml\n',
  'base/cluster.yaml': [
    'apiVersion: postgresql.cnpg.io/v1',
    'kind: Cluster',
    'metadata:',
    '  name: app-db',
    'spec:',
    '  instances: 2',
    '  storage:',
    '    size: 1Gi',
    '  plugins:',
    '    - name: barman-cloud.cloudnative-pg.io',
    '      isWALArchiver: true',
    '      parameters:',
    '        barmanObjectName: app-store',
    '',
  ].join('\n'),
  'base/store.yaml': 'apiVersion: barmancloud.cnpg.io/v1\nkind: ObjectStore\nmetadata:\n  name: app-store\nspec:\n  configuration:\n    destinationPath: s3://bucket/app/\n',
  'base/backup.yaml': 'apiVersion: postgresql.cnpg.io/v1\nkind: ScheduledBackup\nmetadata:\n  name: app-db-backup\nspec:\n  schedule: "0 0 2 * * *"\n  backupOwnerReference: self\n  cluster:\n    name: app-db\n  method: plugin\n  pluginConfiguration:\n    name: barman-cloud.cloudnative-pg.io\n',
};

const RECOVERY_PATCH = [
  'apiVersion: postgresql.cnpg.io/v1',
  'kind: Cluster',
  'metadata:',
  '  name: app-db',
  'spec:',
  '  bootstrap:',
  '    recovery:',
  '      source: old',
  '      owner: app',
  '      recoveryTarget:',
  '        backupID: 20261101T000000',
  '  externalClusters:',
  '    - name: old',
  '      plugin:',
  '        name: barman-cloud.cloudnative-pg.io',
  '        parameters:',
  '          barmanObjectName: app-store',
  '          serverName: app-db-old',
  '',
].join('\n');

const overlay = (extra: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: app\nresources:\n  - ../../base\n${extra}`;

const plan = (dir: string, write: boolean) => runPlanRestore({ clusterName: 'app-db', strategy: 'rename', cwd: dir, write, checkArchive: false });

describe('restores of patched Clusters', () => {
  it('base + overlay patch: the rename moves the patch with the base, recovery lands in the patch, and kustomize builds the restore', async () => {
    const dir = repo({ ...BASE, 'overlays/recovery/kustomization.yaml': overlay('patches:\n  - path: bootstrap-patch.yaml\n'), 'overlays/recovery/bootstrap-patch.yaml': RECOVERY_PATCH });
    const run = await plan(dir, true);
    expect(run.plan.unsafe).toEqual([]);
    expect(run.written?.rolledBack).toBeUndefined();
    expect(run.written?.changed.map((f) => f.slice(dir.length + 1))).toEqual(['base/backup.yaml', 'base/cluster.yaml', 'overlays/recovery/bootstrap-patch.yaml']);
    expect(run.plan.edits.filter((e) => e.file.endsWith('bootstrap-patch.yaml')).map((e) => e.path)).toEqual(['metadata.name', 'spec.bootstrap', 'spec.externalClusters[1]']);
    expect(run.plan.warnings.join('\n')).toContain('the recovery target of the Cluster\'s previous recovery ({"backupID":"20261101T000000"}) is not kept');
    const c = kustomizeCluster(join(dir, 'overlays/recovery'));
    expect(c.metadata.name).toBe('app-db-gen2');
    expect(c.spec.bootstrap.recovery).toEqual({ source: 'app-db-archive', owner: 'app' });
    const entry = c.spec.externalClusters.find((e: { name: string }) => e.name === 'app-db-archive');
    expect(entry.plugin.parameters).toEqual({ barmanObjectName: 'app-store', serverName: 'app-db' });
    // The earlier source stays, untouched.
    expect(c.spec.externalClusters[0].plugin.parameters.serverName).toBe('app-db-old');
  });

  it('a patch that selects the Cluster by name (patches[].target) moves its selector with the rename', async () => {
    const patch = RECOVERY_PATCH.replace('metadata:\n  name: app-db\n', 'metadata:\n  name: any\n');
    const dir = repo({ ...BASE, 'overlays/recovery/kustomization.yaml': overlay('patches:\n  - path: bootstrap-patch.yaml\n    target:\n      kind: Cluster\n      name: app-db\n'), 'overlays/recovery/bootstrap-patch.yaml': patch });
    const run = await plan(dir, true);
    expect(run.written?.rolledBack).toBeUndefined();
    const e = run.plan.edits.find((x) => x.path === 'patches[0].target.name');
    expect(e).toMatchObject({ before: 'app-db', after: 'app-db-gen2' });
    expect(readFileSync(join(dir, 'overlays/recovery/kustomization.yaml'), 'utf8')).toContain('      name: app-db-gen2\n');
    const c = kustomizeCluster(join(dir, 'overlays/recovery'));
    expect(c.metadata.name).toBe('app-db-gen2');
    expect(c.spec.bootstrap.recovery.source).toBe('app-db-archive');
  });

  it('a JSON 6902 patch that sets the bootstrap: no safe edit, --write refuses and writes nothing', async () => {
    const dir = repo({
      ...BASE,
      'overlays/recovery/kustomization.yaml': overlay('patches:\n  - target:\n      kind: Cluster\n      name: app-db\n    patch: |-\n      - op: add\n        path: /spec/bootstrap\n        value:\n          initdb:\n            database: app\n'),
    });
    const before = readFileSync(join(dir, 'base/cluster.yaml'), 'utf8');
    const run = await plan(dir, true);
    expect(run.refused).toBe(true);
    expect(run.written).toBeUndefined();
    expect(run.plan.unsafe.join('\n')).toMatch(/spec\.bootstrap of Cluster app-db is set by the JSON 6902 patch in overlays\/recovery\/kustomization\.yaml:\d+, which the plan cannot edit/);
    expect(readFileSync(join(dir, 'base/cluster.yaml'), 'utf8')).toBe(before);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' })).toBe('');
  });

  it('a namePrefix: the generation goes inside the prefix, the file gets the inner name, and kustomize renders the new name', async () => {
    const dir = repo({ ...BASE, 'overlays/prod/kustomization.yaml': overlay('namePrefix: prod-\n') });
    const run = await runPlanRestore({ clusterName: 'prod-app-db', strategy: 'rename', cwd: dir, write: true, checkArchive: false });
    expect(run.plan.newName).toBe('prod-app-db-gen2');
    expect(run.written?.rolledBack ?? []).toEqual([]);
    expect(readFileSync(join(dir, 'base/cluster.yaml'), 'utf8')).toContain('  name: app-db-gen2\n');
    const c = kustomizeCluster(join(dir, 'overlays/prod'));
    expect(c.metadata.name).toBe('prod-app-db-gen2');
    expect(c.spec.bootstrap.recovery.source).toBe('prod-app-db-archive');
    const entry = c.spec.externalClusters.find((e: { name: string }) => e.name === 'prod-app-db-archive');
    expect(entry.plugin.parameters.serverName).toBe('prod-app-db');
  });
});

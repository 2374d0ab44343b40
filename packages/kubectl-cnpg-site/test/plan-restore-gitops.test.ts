/**
 * plan-restore --write on repositories other than the reference site, through the built CLI:
 * a real Flux repository (vendored from the field, with `&name` anchors and Flux Kustomizations)
 * and an ArgoCD app-of-apps whose Application is a Helm template.
 * In each, the written restore reads the old archive, and the result passes `lint` (no new
 * finding) and `cnpg-site-policy ci`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { BIN, REPO, plainEnv } from './fixtures/cli.js';

const POLICY = join(REPO, 'packages/policy/bin/run.js');
const TYRIIS = join(REPO, 'packages/core/test/fixtures/render/field/tyriis-home-ops');
const T = 180_000;
const dirs: string[] = [];
beforeAll(() => {
  // kubectl kustomize is the oracle for what an overlay builds to.
  const ensure = spawnSync(join(REPO, 'scripts/ensure-system-packages.sh'), ['kubectl'], { encoding: 'utf8' });
  expect(ensure.status, `kubectl is required: ${ensure.stderr}`).toBe(0);
}, 600_000);
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A committed git repository holding `files` (paths relative to it), or what `fill` puts in it. */
function gitRepo(fill: Record<string, string> | ((dir: string) => void)): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-restore-gitops-'));
  dirs.push(dir);
  if (typeof fill === 'function') fill(dir);
  else {
    for (const [p, t] of Object.entries(fill)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), t);
    }
  }
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init');
  return dir;
}

const run = (cwd: string, bin: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: plainEnv({ NO_COLOR: '1' }), maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

/** Lint findings without their positions (lines move when a file is edited). */
const findings = (text: string) => text.split('\n').filter((l) => /\s(error|warning)\s/.test(l)).map((l) => l.replace(/:\d+:\d+/, '')).sort();

/** The documents of a YAML file as data. */
const docs = (file: string) => parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS() as Record<string, any>);

/** Writes the restore, then checks lint (nothing new) and the policy on the committed change. */
function writeAndCheck(dir: string, ...args: string[]): string {
  const before = run(dir, BIN, 'lint', '.');
  const w = run(dir, BIN, 'plan-restore', ...args, '--write', '--no-archive-check');
  expect(w.err).toBe('');
  expect(w.code).toBe(0);
  expect(w.out).toMatch(/Wrote \d+ file\(s\)/);
  const after = run(dir, BIN, 'lint', '.');
  expect(findings(after.out)).toEqual(findings(before.out));
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qam', 'restore'], { cwd: dir });
  const policy = run(dir, POLICY, 'ci', '--base', 'HEAD~1');
  expect(policy.out + policy.err).toContain('rename detected');
  expect(policy.code, policy.out + policy.err).toBe(0);
  return w.out;
}

describe('plan-restore --write on GitOps repositories other than the reference site', () => {
  it('Flux, with &name anchors: suspend/resume steps, the aliases keep the ObjectStore, recovery reads the old archive', () => {
    const dir = gitRepo((d) => cpSync(TYRIIS, d, { recursive: true }));
    const out = writeAndCheck(dir, 'postgres17');
    expect(out).toContain('$ flux suspend kustomization cnpg-cluster -n cnpg-system');
    expect(out).toContain('$ flux resume kustomization cnpg-cluster -n cnpg-system && flux reconcile kustomization cnpg-cluster -n cnpg-system --with-source');
    expect(out).not.toContain('argocd');
    expect(out).not.toMatch(/rollout restart deployment -n /);
    const cluster = docs(join(dir, 'kubernetes/main/apps/cnpg-system/cnpg/cluster/cluster.yaml')).find((d) => d.kind === 'Cluster')!;
    expect(cluster.metadata.name).toBe('postgres17-gen2');
    // The ObjectStore is named postgres17 through the alias: it keeps that name.
    expect(cluster.spec.plugins[0].parameters).toEqual({ barmanObjectName: 'postgres17', serverName: 'postgres17-gen2' });
    const source = cluster.spec.externalClusters.find((e: { name: string }) => e.name === cluster.spec.bootstrap.recovery.source);
    expect(source.plugin.parameters).toEqual({ barmanObjectName: 'postgres17', serverName: 'postgres17' });
  }, T);

  it('Flux with ${APP} substitution and a component two apps share: a rename that would change the other app is refused; --keep-name is written', () => {
    const ks = (app: string) => [
      'apiVersion: kustomize.toolkit.fluxcd.io/v1',
      'kind: Kustomization',
      'metadata:',
      `  name: ${app}-db`,
      '  namespace: flux-system',
      'spec:',
      `  path: ./kubernetes/apps/${app}/db`,
      `  targetNamespace: ${app}`,
      '  components:',
      '    - ../../../components/cnpg-backup',
      '  postBuild:',
      '    substitute:',
      `      APP: ${app}`,
      '',
    ].join('\n');
    const cluster = [
      'apiVersion: postgresql.cnpg.io/v1',
      'kind: Cluster',
      'metadata:',
      '  name: ${APP}-db',
      'spec:',
      '  instances: 2',
      '  storage:',
      '    size: 1Gi',
      '  plugins:',
      '    - name: barman-cloud.cloudnative-pg.io',
      '      isWALArchiver: true',
      '      parameters:',
      '        barmanObjectName: ${APP}-store',
      '',
    ].join('\n');
    const files: Record<string, string> = {
      'kubernetes/flux/apps.yaml': `${ks('immich')}---\n${ks('paperless')}`,
      'kubernetes/apps/immich/db/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - cluster.yaml\n',
      'kubernetes/apps/immich/db/cluster.yaml': cluster,
      'kubernetes/apps/paperless/db/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - cluster.yaml\n',
      'kubernetes/apps/paperless/db/cluster.yaml': cluster,
      'kubernetes/components/cnpg-backup/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources:\n  - store.yaml\n  - backup.yaml\n',
      'kubernetes/components/cnpg-backup/store.yaml': 'apiVersion: barmancloud.cnpg.io/v1\nkind: ObjectStore\nmetadata:\n  name: ${APP}-store\nspec:\n  configuration:\n    destinationPath: s3://backups/${APP}/\n    s3Credentials:\n      inheritFromIAMRole: true\n',
      'kubernetes/components/cnpg-backup/backup.yaml': 'apiVersion: postgresql.cnpg.io/v1\nkind: ScheduledBackup\nmetadata:\n  name: ${APP}-db-backup\nspec:\n  schedule: "0 0 2 * * *"\n  backupOwnerReference: self\n  cluster:\n    name: ${APP}-db\n  method: plugin\n  pluginConfiguration:\n    name: barman-cloud.cloudnative-pg.io\n',
    };
    const dir = gitRepo(files);
    const refused = run(dir, BIN, 'plan-restore', 'immich-db', '--write', '--no-archive-check');
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('!! Some edits cannot be made where the value comes from; nothing was written');
    expect(refused.out).toContain('spec.cluster.name of ScheduledBackup immich-db-backup comes from kubernetes/components/cnpg-backup/backup.yaml ("${APP}-db"), which the root flux:flux-system/paperless-db also renders');
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' })).toBe('');

    const before = run(dir, BIN, 'lint', '.');
    const w = run(dir, BIN, 'plan-restore', 'immich-db', '--keep-name', '--write', '--no-archive-check');
    expect(w.err).toBe('');
    expect(w.code).toBe(0);
    expect(w.out).toContain('$ flux suspend kustomization immich-db -n flux-system');
    expect(findings(run(dir, BIN, 'lint', '.').out)).toEqual(findings(before.out));
    const c = docs(join(dir, 'kubernetes/apps/immich/db/cluster.yaml'))[0]!;
    expect(c.metadata.name).toBe('${APP}-db');
    expect(c.spec.plugins[0].parameters).toEqual({ barmanObjectName: '${APP}-store', serverName: 'immich-db-gen2' });
    const source = c.spec.externalClusters.find((e: { name: string }) => e.name === c.spec.bootstrap.recovery.source);
    expect(source.plugin.parameters).toEqual({ barmanObjectName: 'immich-store', serverName: 'immich-db' });
    // The other app and the shared component are untouched.
    expect(readFileSync(join(dir, 'kubernetes/apps/paperless/db/cluster.yaml'), 'utf8')).toBe(cluster);
    expect(readFileSync(join(dir, 'kubernetes/components/cnpg-backup/backup.yaml'), 'utf8')).toBe(files['kubernetes/components/cnpg-backup/backup.yaml']);
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qam', 'restore'], { cwd: dir });
    const policy = run(dir, POLICY, 'ci', '--base', 'HEAD~1');
    expect(policy.code, policy.out + policy.err).toBe(0);
  }, T);

  it('a base with an overlay that patches the Cluster by name: the edits land in the patch too', () => {
    const files: Record<string, string> = {
      'base/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - cluster.yaml\n  - store.yaml\n  - backup.yaml\n',
      'base/cluster.yaml': 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: app-db\nspec:\n  instances: 2\n  storage:\n    size: 1Gi\n  plugins:\n    - name: barman-cloud.cloudnative-pg.io\n      isWALArchiver: true\n      parameters:\n        barmanObjectName: app-store\n',
      'base/store.yaml': 'apiVersion: barmancloud.cnpg.io/v1\nkind: ObjectStore\nmetadata:\n  name: app-store\nspec:\n  configuration:\n    destinationPath: s3://bucket/app/\n    s3Credentials:\n      inheritFromIAMRole: true\n',
      'base/backup.yaml': 'apiVersion: postgresql.cnpg.io/v1\nkind: ScheduledBackup\nmetadata:\n  name: app-db-backup\nspec:\n  schedule: "0 0 2 * * *"\n  backupOwnerReference: self\n  cluster:\n    name: app-db\n  method: plugin\n  pluginConfiguration:\n    name: barman-cloud.cloudnative-pg.io\n',
      'overlays/prod/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: app\nresources:\n  - ../../base\npatches:\n  - path: size.yaml\n',
      'overlays/prod/size.yaml': 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: app-db\nspec:\n  instances: 3\n  externalClusters:\n    - name: seed\n      plugin:\n        name: barman-cloud.cloudnative-pg.io\n        parameters:\n          barmanObjectName: app-store\n          serverName: app-db-seed\n',
    };
    const dir = gitRepo(files);
    const out = writeAndCheck(dir, 'app-db');
    expect(out).toContain('why: the rendered value comes from this patch over base/cluster.yaml');
    const patch = docs(join(dir, 'overlays/prod/size.yaml'))[0]!;
    expect(patch.metadata.name).toBe('app-db-gen2');
    expect(patch.spec.externalClusters.map((e: { name: string }) => e.name)).toEqual(['seed', 'app-db-archive']);
    const r = spawnSync('kubectl', ['kustomize', join(dir, 'overlays/prod')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const c = parseAllDocuments(r.stdout).map((d) => d.toJS() as Record<string, any>).find((o) => o.kind === 'Cluster')!;
    expect(c.metadata.name).toBe('app-db-gen2');
    expect(c.spec.instances).toBe(3);
    const source = c.spec.externalClusters.find((e: { name: string }) => e.name === c.spec.bootstrap.recovery.source);
    expect(source.plugin.parameters).toEqual({ barmanObjectName: 'app-store', serverName: 'app-db' });
  }, T);

  it('parameters: &params shared by the plugin entry and an earlier recovery source: --keep-name moves only the plugin entry', () => {
    const files: Record<string, string> = {
      'db/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: app\nresources:\n  - cluster.yaml\n  - store.yaml\n',
      'db/store.yaml': 'apiVersion: barmancloud.cnpg.io/v1\nkind: ObjectStore\nmetadata:\n  name: app-store\nspec:\n  configuration:\n    destinationPath: s3://bucket/app/\n    s3Credentials:\n      inheritFromIAMRole: true\n',
      'db/cluster.yaml': [
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
        '      parameters: &params',
        '        barmanObjectName: app-store',
        '        serverName: app-db',
        '  externalClusters:',
        '    - name: seed',
        '      plugin:',
        '        name: barman-cloud.cloudnative-pg.io',
        '        parameters: *params',
        '---',
        'apiVersion: postgresql.cnpg.io/v1',
        'kind: ScheduledBackup',
        'metadata:',
        '  name: app-db-backup',
        'spec:',
        '  schedule: "0 0 2 * * *"',
        '  backupOwnerReference: self',
        '  cluster:',
        '    name: app-db',
        '  method: plugin',
        '  pluginConfiguration:',
        '    name: barman-cloud.cloudnative-pg.io',
        '',
      ].join('\n'),
    };
    const dir = gitRepo(files);
    const before = run(dir, BIN, 'lint', '.');
    const w = run(dir, BIN, 'plan-restore', 'app-db', '--keep-name', '--write', '--no-archive-check');
    expect(w.err).toBe('');
    expect(w.code).toBe(0);
    expect(w.out).toContain('why: *params shares the value of spec.plugins[0].parameters');
    expect(findings(run(dir, BIN, 'lint', '.').out)).toEqual(findings(before.out));
    const c = docs(join(dir, 'db/cluster.yaml'))[0]!;
    expect(c.spec.plugins[0].parameters).toEqual({ barmanObjectName: 'app-store', serverName: 'app-db-gen2' });
    // The earlier entry keeps reading what it read, and the recovery reads the old archive.
    expect(c.spec.externalClusters[0].plugin.parameters).toEqual({ barmanObjectName: 'app-store', serverName: 'app-db' });
    const source = c.spec.externalClusters.find((e: { name: string }) => e.name === c.spec.bootstrap.recovery.source);
    expect(source.plugin.parameters).toEqual({ barmanObjectName: 'app-store', serverName: 'app-db' });
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qam', 'restore'], { cwd: dir });
    const policy = run(dir, POLICY, 'ci', '--base', 'HEAD~1');
    expect(policy.code, policy.out + policy.err).toBe(0);
  }, T);

  it('ArgoCD app-of-apps: a Helm-templated Application names the pause, sync and re-enable steps', () => {
    const files: Record<string, string> = {
      'argocd/chart/Chart.yaml': 'apiVersion: v2\nname: apps\nversion: 0.1.0\n',
      'argocd/chart/values.yaml': 'blogNamespace: blog\n',
      'argocd/chart/templates/blog.yaml': [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Application',
        'metadata:',
        '  name: blog',
        '  namespace: argocd',
        'spec:',
        '  source:',
        '    repoURL: https://git.example.net/site.git',
        '    path: apps/blog',
        '    targetRevision: "{{ .Values.revision }}"',
        '  destination:',
        '    namespace: blog',
        '  syncPolicy:',
        '    automated:',
        '      selfHeal: true',
        '',
      ].join('\n'),
      'apps/blog/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - cluster.yaml\n',
      'apps/blog/cluster.yaml': [
        'apiVersion: postgresql.cnpg.io/v1',
        'kind: Cluster',
        'metadata:',
        '  name: blog-db',
        'spec:',
        '  instances: 2',
        '  storage:',
        '    size: 1Gi',
        '  backup:',
        '    barmanObjectStore:',
        '      destinationPath: s3://backups/blog/',
        '      s3Credentials:',
        '        inheritFromIAMRole: true',
        '---',
        'apiVersion: postgresql.cnpg.io/v1',
        'kind: ScheduledBackup',
        'metadata:',
        '  name: blog-db-backup',
        'spec:',
        '  schedule: "0 0 2 * * *"',
        '  backupOwnerReference: self',
        '  cluster:',
        '    name: blog-db',
        '',
      ].join('\n'),
    };
    const dir = gitRepo(files);
    const out = writeAndCheck(dir, 'blog-db');
    expect(out).toContain('Strategy: rename to blog-db-gen2');
    expect(out).toContain('$ argocd app set blog --sync-policy automated --self-heal');
    expect(out).toContain('$ argocd app set blog --sync-policy none');
    expect(out).toContain('$ argocd app get blog --refresh && argocd app sync blog');
    expect(out).not.toContain('<application>');
    const [cluster, sb] = docs(join(dir, 'apps/blog/cluster.yaml'));
    expect(cluster!.metadata.name).toBe('blog-db-gen2');
    expect(cluster!.spec.bootstrap.recovery.source).toBe('blog-db-archive');
    expect(cluster!.spec.externalClusters[0].barmanObjectStore).toMatchObject({ destinationPath: 's3://backups/blog/', serverName: 'blog-db' });
    expect(sb!.spec.cluster.name).toBe('blog-db-gen2');
  }, T);
});

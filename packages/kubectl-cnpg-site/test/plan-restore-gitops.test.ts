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
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { BIN, REPO, plainEnv } from './fixtures/cli.js';

const POLICY = join(REPO, 'packages/policy/bin/run.js');
const TYRIIS = join(REPO, 'packages/core/test/fixtures/render/field/tyriis-home-ops');
const T = 180_000;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function gitRepo(fill: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-restore-gitops-'));
  dirs.push(dir);
  fill(dir);
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
    const dir = gitRepo((d) => {
      for (const [p, t] of Object.entries(files)) {
        mkdirSync(dirname(join(d, p)), { recursive: true });
        writeFileSync(join(d, p), t);
      }
    });
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

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from './archive-harness/harness.js';
import { FakeApiServer } from './live/api-server.js';
import { CLUSTER, NS, runCli, seedHealthy, writeKubeconfig, type Kubeconfig } from './live/fixtures.js';

const FIXTURE = new URL('./fixtures/restore/site', import.meta.url).pathname;
const T = 120_000;

interface PlanJson {
  cluster: { name: string; namespace: string };
  newName: string;
  steps: { kind: string; title: string; command?: string }[];
  warnings: string[];
}

let api: FakeApiServer;
let kube: Kubeconfig;
const dirs: string[] = [];

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** The restore fixture as a committed git repository. Its Application is dal-k1-forgejo, its ScheduledBackup forgejo-db-backup. */
function repo(): string {
  const dir = temp('plan-restore-live-');
  cpSync(FIXTURE, dir, { recursive: true });
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init');
  return dir;
}

/** A HOME without AWS configuration, so the archive is not read and the live window is used. */
function env(): Record<string, string> {
  return { HOME: temp('plan-restore-live-home-') };
}

beforeEach(async () => {
  api = new FakeApiServer();
  await api.start();
  kube = writeKubeconfig(api.url, api.token);
  // Live: Cluster healthy, Application k1-forgejo (automated, selfHeal, prune), ScheduledBackup forgejo-db-daily.
  seedHealthy(api);
});

afterEach(async () => {
  await api.stop();
  kube.cleanup();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('plan-restore --live', () => {
  it('warns first that the Cluster is healthy, and uses the live Application and ScheduledBackup', async () => {
    const dir = repo();
    const r = await runCli(['plan-restore', CLUSTER, '--repo', dir, '--live', '--kubeconfig', kube.file, '-o', 'json'], env());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as PlanJson;
    expect(plan.cluster).toMatchObject({ name: CLUSTER, namespace: NS });
    expect(plan.warnings[0]).toMatch(/^CAUTION: Cluster forgejo-db is HEALTHY right now in context k1 \(phase "Cluster in healthy state", 3\/3 instances ready\)/);

    const argo = plan.steps.filter((s) => s.kind === 'argocd');
    expect(argo[0]?.command).toBe('argocd app set k1-forgejo --sync-policy none');
    expect(argo.map((s) => s.command)).toContain('argocd app get k1-forgejo --refresh && argocd app sync k1-forgejo');
    expect(argo.map((s) => s.command)).toContain('argocd app set k1-forgejo --sync-policy automated --self-heal --auto-prune');
    // The repository's manifest has another name: the live one is what exists.
    expect(r.stdout).not.toContain('dal-k1-forgejo');

    const kinds = plan.steps.map((s) => s.kind);
    const pause = plan.steps.findIndex((s) => s.command === 'argocd app set k1-forgejo --sync-policy none');
    const del = plan.steps.findIndex((s) => s.kind === 'kubectl' && s.title.startsWith('Delete the ScheduledBackup'));
    expect(pause).toBeGreaterThanOrEqual(0);
    expect(pause).toBeLessThan(del);
    expect(plan.steps[del]?.command).toBe(`kubectl delete scheduledbackup forgejo-db-daily -n ${NS}`);
    expect(kinds.indexOf('kubectl')).toBe(del);
    expect(plan.steps.some((s) => s.command?.includes('delete scheduledbackup forgejo-db-backup'))).toBe(false);

    // No AWS configuration here: the archive is not read, so the window comes from the live status.
    expect(plan.warnings.some((w) => w.startsWith('archive not checked (no AWS credentials'))).toBe(true);
    expect(plan.warnings.some((w) => w.startsWith('from the live status (not the archive): first recoverability point '))).toBe(true);
    // Read-only.
    expect(api.requests.length).toBeGreaterThan(0);
    expect(api.requests.every((q) => q.method === 'GET')).toBe(true);
  }, T);

  it('blocks (exit 1) when the target time is before the live first recoverability point', async () => {
    const dir = repo();
    const r = await runCli(['plan-restore', CLUSTER, '--repo', dir, '--live', '--kubeconfig', kube.file, '--target-time', '2020-01-01T00:00:00Z', '-o', 'json'], env());
    expect(r.code).toBe(1);
    const plan = JSON.parse(r.stdout) as PlanJson & { blockers: string[] };
    expect(plan.blockers.some((w) => /^target time 2020-01-01T00:00:00Z is before the first recoverability point \S+ that the live status reports: recovery cannot reach it$/.test(w))).toBe(true);
  }, T);

  it('a Cluster Flux applied (its labels say so) gets Flux steps, for a Kustomization or a HelmRelease', async () => {
    api.delete('argoproj.io/v1alpha1', 'Application', 'argocd', 'k1-forgejo');
    for (const [kind, prefix, resource] of [['Kustomization', 'kustomize.toolkit.fluxcd.io', 'kustomization'], ['HelmRelease', 'helm.toolkit.fluxcd.io', 'helmrelease']] as const) {
      api.update('postgresql.cnpg.io/v1', 'Cluster', NS, CLUSTER, (o) => {
        (o.metadata as Record<string, unknown>).labels = { [`${prefix}/name`]: 'databases', [`${prefix}/namespace`]: 'flux-system' };
      });
      const dir = repo();
      const r = await runCli(['plan-restore', CLUSTER, '--repo', dir, '--live', '--kubeconfig', kube.file, '-o', 'json'], env());
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const plan = JSON.parse(r.stdout) as PlanJson;
      const commands = plan.steps.map((s) => s.command ?? '');
      expect(plan.steps.some((s) => s.kind === 'argocd'), kind).toBe(false);
      const suspend = commands.indexOf(`flux suspend ${resource} databases -n flux-system`);
      const del = commands.findIndex((c) => c.startsWith('kubectl delete cluster'));
      expect(suspend, kind).toBeGreaterThan(0);
      expect(suspend).toBeLessThan(del);
      expect(commands).toContain(`flux resume ${resource} databases -n flux-system && flux reconcile ${resource} databases -n flux-system --with-source`);
      expect(plan.steps.find((s) => s.command?.startsWith('flux suspend'))?.title).toBe(`Suspend the Flux ${kind} databases`);
    }
  }, T);

  it('the text runbook carries the CAUTION and the live names', async () => {
    const dir = repo();
    const r = await runCli(['plan-restore', CLUSTER, '--repo', dir, '--live', '--kubeconfig', kube.file], env());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  - CAUTION: Cluster forgejo-db is HEALTHY right now in context k1');
    expect(r.stdout).toContain('$ argocd app set k1-forgejo --sync-policy none');
    expect(r.stdout).toContain(`$ kubectl delete scheduledbackup forgejo-db-daily -n ${NS}`);
  }, T);

  it('--context picks the kubeconfig context; the namespace comes from the repository', async () => {
    const dir = repo();
    // Context "other" defaults to namespace "default"; the Cluster's namespace is forgejo in git.
    const r = await runCli(['plan-restore', CLUSTER, '--repo', dir, '--live', '--kubeconfig', kube.file, '--context', 'other', '-o', 'json'], env());
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as PlanJson;
    expect(plan.warnings[0]).toMatch(/^CAUTION: Cluster forgejo-db is HEALTHY right now in context other /);
    expect(api.requests.map((q) => q.path)).toContain(`/apis/postgresql.cnpg.io/v1/namespaces/${NS}/clusters`);
    expect(api.requests.some((q) => q.path.includes('/namespaces/default/'))).toBe(false);
  }, T);

  it('without --live the repository decides, and the API server is not contacted', async () => {
    const dir = repo();
    const r = await runCli(['plan-restore', CLUSTER, '--repo', dir, '-o', 'json'], { ...env(), KUBECONFIG: kube.file });
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as PlanJson;
    expect(plan.steps.find((s) => s.kind === 'argocd')?.command).toBe('argocd app set dal-k1-forgejo --sync-policy none');
    expect(plan.warnings.some((w) => w.startsWith('CAUTION'))).toBe(false);
    expect(api.requests).toEqual([]);
  }, T);

  it('an unreachable API server: exit 2 with one line, nothing on stdout', async () => {
    const dir = repo();
    const port = await freePort();
    const dead = writeKubeconfig(`http://127.0.0.1:${port}`, 'token');
    try {
      const r = await runCli(['plan-restore', CLUSTER, '--repo', dir, '--live', '--kubeconfig', dead.file, '-o', 'json'], env());
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^error: /);
      expect(lines[0]).toContain(`127.0.0.1:${port}`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      dead.cleanup();
    }
  }, T);
});

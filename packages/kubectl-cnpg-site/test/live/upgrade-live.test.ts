import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeApiServer } from './api-server.js';
import { CLUSTER, NS, healthyStatus, runCli, seedHealthy, startCli, writeKubeconfig, type Kubeconfig } from './fixtures.js';

const EXAMPLE_SITE = new URL('../../../../examples/site', import.meta.url).pathname;
const CLI_TIMEOUT = 120_000;
const CNPG_V1 = 'postgresql.cnpg.io/v1';
/** CloudNativePG names the job after the primary's instance: `<instance>-major-upgrade`. */
const UPGRADE_JOB = `${CLUSTER}-1-major-upgrade`;

let api: FakeApiServer;
let kube: Kubeconfig;
const dirs: string[] = [];

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

beforeEach(async () => {
  api = new FakeApiServer();
  await api.start();
  kube = writeKubeconfig(api.url, api.token);
  seedHealthy(api);
});

afterEach(async () => {
  await api.stop();
  kube.cleanup();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const imageInfo = (major: number) => ({ image: `ghcr.io/cloudnative-pg/postgresql:${major === 16 ? '16.4' : '17.2'}`, majorVersion: major });

/** The live Cluster as the operator shows it at `major`: healthy, or in the middle of the offline upgrade. */
function setCluster(state: 'healthy' | 'upgrading', major: number, specMajor = 17): void {
  api.update(CNPG_V1, 'Cluster', NS, CLUSTER, (o) => {
    ((o.spec as Record<string, unknown>).imageCatalogRef as Record<string, unknown>).major = specMajor;
    o.status =
      state === 'healthy'
        ? { ...healthyStatus(), pgDataImageInfo: imageInfo(major) }
        : {
            ...healthyStatus(),
            phase: 'Upgrading Postgres major version',
            phaseReason: `Running the major upgrade job ${UPGRADE_JOB}`,
            readyInstances: 0,
            conditions: [{ type: 'Ready', status: 'False', reason: 'ClusterIsNotReady', message: 'Cluster Is Not Ready' }],
            pgDataImageInfo: imageInfo(major),
          };
  });
}

/** The major upgrade Job and the event the Job controller records when it gives up. */
function failUpgradeJob(): void {
  api.apply({
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: UPGRADE_JOB, namespace: NS, labels: { 'cnpg.io/cluster': CLUSTER, 'cnpg.io/instanceName': `${CLUSTER}-1`, 'cnpg.io/jobRole': 'major-upgrade' } },
    spec: { backoffLimit: 6, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'postgres', image: imageInfo(17).image }] } } },
    status: {
      failed: 7,
      conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' }],
    },
  });
  api.event(NS, { type: 'Warning', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit', kind: 'Job', name: UPGRADE_JOB });
}

const strip = (out: string) => out.trim().split('\n').map((l) => l.replace(/^\d\d:\d\d:\d\dZ /, ''));

describe('restore watch --upgrade', () => {
  it('follows the upgrade until the data directory runs 17 and every instance is ready, exit 0', async () => {
    setCluster('upgrading', 16);
    const cli = startCli(['restore', 'watch', CLUSTER, '--upgrade', '17', '--wait', '--kubeconfig', kube.file, '--timeout', '60s']);
    await cli.waitFor(`watching Cluster ${NS}/${CLUSTER} (context k1); waiting until its data directory runs major 17 and it is healthy with all 3 instances ready`);
    await cli.waitFor('phase: Upgrading Postgres major version');
    // pg_upgrade done: the data directory runs 17, the primary comes back first.
    api.update(CNPG_V1, 'Cluster', NS, CLUSTER, (o) => {
      o.status = { ...(o.status as object), phase: 'Waiting for the instances to become active', phaseReason: 'Some instances are not yet active', readyInstances: 1, pgDataImageInfo: imageInfo(17) };
    });
    await cli.waitFor('instances: 1/3 ready');
    setCluster('healthy', 17);
    const r = await cli.done;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = strip(r.stdout);
    expect(lines).toContain('phase: Waiting for the instances to become active (Some instances are not yet active)');
    expect(lines).toContain('phase: Cluster in healthy state');
    expect(lines).toContain('instances: 3/3 ready');
    expect(lines.at(-2)).toBe('HEALTHY: Cluster in healthy state, 3/3 instances ready, data directory at major 17');
    expect(lines.at(-1)).toBe(`next: take an on-demand backup now (kubectl cnpg backup ${CLUSTER} -n ${NS}): the backups taken before restore only with the old major`);
    expect(api.requests.every((q) => q.method === 'GET')).toBe(true);
  }, CLI_TIMEOUT);

  it('healthy at the old major is not done: it waits for the upgrade to start and finish', async () => {
    // Started right after the merge: the operator has not picked the change up yet.
    setCluster('healthy', 16);
    const cli = startCli(['restore', 'watch', CLUSTER, '--upgrade', '17', '--kubeconfig', kube.file, '--timeout', '60s']);
    await cli.waitFor('phase: Cluster in healthy state');
    setCluster('upgrading', 16);
    // Had it stopped on the first reading, this line would never come.
    await cli.waitFor('phase: Upgrading Postgres major version');
    setCluster('healthy', 17);
    const r = await cli.done;
    expect(r.code).toBe(0);
    expect(strip(r.stdout).at(-2)).toBe('HEALTHY: Cluster in healthy state, 3/3 instances ready, data directory at major 17');
  }, CLI_TIMEOUT);

  it('stops with exit 1 naming the job when the major upgrade Job fails', async () => {
    setCluster('upgrading', 16);
    const cli = startCli(['restore', 'watch', CLUSTER, '--upgrade', '17', '--wait', '--kubeconfig', kube.file, '--timeout', '60s']);
    await cli.waitFor('phase: Upgrading Postgres major version');
    failUpgradeJob();
    const r = await cli.done;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const lines = strip(r.stdout);
    expect(lines).toContain(`event Warning job/${UPGRADE_JOB} BackoffLimitExceeded: Job has reached the specified backoff limit`);
    expect(lines.at(-2)).toBe(
      `FAILED: major upgrade job failed: job/${UPGRADE_JOB} BackoffLimitExceeded: Job has reached the specified backoff limit; kubectl logs job/${UPGRADE_JOB} -n ${NS} shows why; ` +
        "the data directory of the old major is kept: fix the cause (extensions, image) and let the operator retry, or roll back with the plan's rollback",
    );
    expect(lines.at(-1)).toBe('next: fix the cause above, then run this command again');
  }, CLI_TIMEOUT);

  it('a job that failed before the watch started fails it at once', async () => {
    setCluster('upgrading', 16);
    failUpgradeJob();
    const r = await runCli(['restore', 'watch', CLUSTER, '--upgrade', '17', '--kubeconfig', kube.file, '--timeout', '60s']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`FAILED: major upgrade job failed: job/${UPGRADE_JOB} BackoffLimitExceeded`);
  }, CLI_TIMEOUT);

  it('times out with exit 1 when the major never changes, and says where it stands', async () => {
    setCluster('healthy', 16);
    const r = await runCli(['restore', 'watch', CLUSTER, '--upgrade', '17', '--kubeconfig', kube.file, '--timeout', '2s']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const lines = strip(r.stdout);
    expect(lines.at(-2)).toMatch(
      /^TIMED OUT: upgrade to major 17 not finished after \d+s: phase "Cluster in healthy state", 3\/3 instances ready, data directory at major 16 \(waiting for the upgrade to 17\)$/,
    );
    expect(lines.at(-1)).toBe('next: fix the cause above, then run this command again');
  }, CLI_TIMEOUT);
});

interface UpgradeJson {
  cluster: { name: string; namespace?: string };
  from: number | null;
  to: number;
  checks: { id: string; verdict: 'ok' | 'failed' | 'to-confirm'; message: string }[];
  warnings: string[];
}

/** examples/site as a committed git repository. It holds no image catalog: only the live one says which majors exist. */
function repo(): string {
  const dir = temp('upgrade-live-');
  cpSync(EXAMPLE_SITE, dir, { recursive: true });
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init');
  return dir;
}

function catalog(majors: number[]): Record<string, unknown> {
  return {
    apiVersion: CNPG_V1,
    kind: 'ClusterImageCatalog',
    metadata: { name: 'postgresql' },
    spec: { images: majors.map((m) => ({ major: m, image: imageInfo(m).image })) },
  };
}

describe('plan-upgrade --live', () => {
  beforeEach(() => {
    setCluster('healthy', 16, 16);
  });

  /** `--repo`: the monorepo holds another forgejo-db (the restore fixture); a HOME without AWS configuration. */
  const plan = (dir: string, extra: string[] = []) =>
    runCli(['plan-upgrade', CLUSTER, '--to', '17', '--repo', dir, '--live', '--context', 'k1', '--kubeconfig', kube.file, ...extra], { HOME: temp('upgrade-live-home-') });

  it('the live ClusterImageCatalog has 17: catalog-has-major ok, exit 0', async () => {
    api.apply(catalog([16, 17]));
    const r = await plan(repo(), ['-o', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout) as UpgradeJson;
    expect(p.cluster).toMatchObject({ name: CLUSTER, namespace: NS });
    expect(p.from).toBe(16);
    expect(p.checks.find((c) => c.id === 'catalog-has-major')).toEqual({
      id: 'catalog-has-major',
      verdict: 'ok',
      message: 'ClusterImageCatalog postgresql in context k1 has major 17: ghcr.io/cloudnative-pg/postgresql:17.2',
    });
    expect(p.checks.some((c) => c.verdict === 'failed')).toBe(false);
    // Live and git agree on 16: no warning about the data directory.
    expect(p.warnings.some((w) => w.includes("live Cluster's data directory"))).toBe(false);
    // Read-only, the catalog read cluster-scoped by name.
    expect(api.requests.every((q) => q.method === 'GET')).toBe(true);
    expect(api.requests.map((q) => `${q.path} ${q.status}`)).toContain('/apis/postgresql.cnpg.io/v1/clusterimagecatalogs/postgresql 200');
  }, CLI_TIMEOUT);

  it('the live ClusterImageCatalog has only 16: catalog-has-major failed, exit 1', async () => {
    api.apply(catalog([16]));
    const dir = repo();
    const r = await plan(dir, ['-o', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const p = JSON.parse(r.stdout) as UpgradeJson;
    expect(p.checks.find((c) => c.id === 'catalog-has-major')).toEqual({
      id: 'catalog-has-major',
      verdict: 'failed',
      message: 'ClusterImageCatalog postgresql in context k1 has no image for major 17 (its majors: 16): add an entry for 17 to the catalog first, or the upgrade cannot start',
    });
    const text = await plan(dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('ClusterImageCatalog postgresql in context k1 has no image for major 17 (its majors: 16)');
  }, CLI_TIMEOUT);
});

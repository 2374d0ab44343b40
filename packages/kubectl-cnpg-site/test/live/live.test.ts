import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { readLiveRestoreContext } from '@cnpg-site/core/live';
import { FakeApiServer } from './api-server.js';
import { CLUSTER, NS, clusterObject, backup, runCli, seedBackupName, seedHealthy, startCli, writeKubeconfig, type Kubeconfig } from './fixtures.js';

const CLI_TIMEOUT = 90_000;

let api: FakeApiServer;
let kube: Kubeconfig;

beforeEach(async () => {
  api = new FakeApiServer();
  await api.start();
  kube = writeKubeconfig(api.url, api.token);
  seedHealthy(api);
});

afterEach(async () => {
  await api.stop();
  kube.cleanup();
});

function restoringStatus(): Record<string, unknown> {
  return { phase: 'Setting up primary', phaseReason: 'Creating primary instance forgejo-db-2-1', instances: 1, readyInstances: 0, conditions: [] };
}

describe('status', () => {
  it('reports a healthy Cluster and exits 0', async () => {
    const r = await runCli(['status', CLUSTER, '--kubeconfig', kube.file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Cluster ${NS}/${CLUSTER} (context k1, ${api.url})`);
    expect(r.stdout).toMatch(/ok +health +Cluster in healthy state, 3\/3 instances ready, primary forgejo-db-1/);
    expect(r.stdout).toMatch(/ok +WAL archiving +WAL archiving works \(ContinuousArchivingSuccess\)/);
    expect(r.stdout).toMatch(/ok +scheduled backup +forgejo-db-daily "0 0 0 \* \* \*" \(plugin\)/);
    expect(r.stdout).toMatch(/ok +recovery window +from \S+ to now \(server forgejo-db, from ObjectStore forgejo-store\)/);
    expect(r.stdout).toContain('argocd/k1-forgejo: automated sync, selfHeal, prune, Synced/Healthy');
    expect(r.stdout).toContain('Backups healthy');
    // A list of Applications cluster-wide, never a write.
    expect(api.requests.every((q) => q.method === 'GET')).toBe(true);
    expect(api.requests.some((q) => q.path === '/apis/argoproj.io/v1alpha1/applications')).toBe(true);
  }, CLI_TIMEOUT);

  it('prints JSON with -o json', async () => {
    const r = await runCli(['status', CLUSTER, '-n', NS, '--context', 'k1', '--kubeconfig', kube.file, '-o', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { backupsHealthy: boolean; healthy: boolean; checks: { id: string; status: string }[]; window: { source: string } };
    expect(j.backupsHealthy).toBe(true);
    expect(j.healthy).toBe(true);
    expect(j.checks.map((c) => `${c.id}:${c.status}`)).toEqual(['health:ok', 'archiving:ok', 'last-backup:ok', 'scheduled-backup:ok', 'window:ok', 'argocd:info']);
    expect(j.window.source).toBe('object-store');
  }, CLI_TIMEOUT);

  it('exits 1 when archiving fails and the last backup is overdue', async () => {
    const old = new Date(Date.now() - 4 * 86_400_000);
    api.update('postgresql.cnpg.io/v1', 'Cluster', NS, CLUSTER, (o) => {
      const st = o.status as Record<string, unknown>;
      st.lastSuccessfulBackup = old.toISOString();
      st.conditions = [
        { type: 'ContinuousArchiving', status: 'False', reason: 'ContinuousArchivingFailing', message: 'unexpected failure invoking barman-cloud-wal-archive: exit status 4 (AccessDenied)' },
        { type: 'LastBackupSucceeded', status: 'False', reason: 'LastBackupFailed', message: 'can\'t execute backup: AccessDenied' },
      ];
    });
    for (const b of [seedBackupName(0), seedBackupName(1)]) api.delete('postgresql.cnpg.io/v1', 'Backup', NS, b);
    api.apply(backup('forgejo-db-daily-old', 'completed', old));
    api.apply(backup('forgejo-db-daily-new', 'failed', new Date(Date.now() - 3_600_000), CLUSTER, 'AccessDenied: not authorized to perform s3:PutObject'));
    api.update('barmancloud.cnpg.io/v1', 'ObjectStore', NS, 'forgejo-store', (o) => {
      (o.status as Record<string, unknown>).serverRecoveryWindow = { [CLUSTER]: { firstRecoverabilityPoint: old.toISOString(), lastSuccessfulBackupTime: old.toISOString() } };
    });
    const r = await runCli(['status', CLUSTER, '--kubeconfig', kube.file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL {2}WAL archiving +WAL archiving failing \(ContinuousArchivingFailing\): unexpected failure invoking barman-cloud-wal-archive/);
    expect(r.stdout).toMatch(/FAIL {2}last backup +last successful backup \S+ \(4d ago\) is older than the run schedule "0 0 0 \* \* \*" expected at/);
    expect(r.stdout).toContain('AccessDenied: not authorized to perform s3:PutObject');
    expect(r.stdout).toContain('Backups UNHEALTHY (2 problems)');
  }, CLI_TIMEOUT);

  it('exits 1 when no ScheduledBackup names the Cluster', async () => {
    api.delete('postgresql.cnpg.io/v1', 'ScheduledBackup', NS, `${CLUSTER}-daily`);
    const r = await runCli(['status', CLUSTER, '--kubeconfig', kube.file, '-o', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as { checks: { id: string; status: string; summary: string }[] };
    expect(j.checks.find((c) => c.id === 'scheduled-backup')).toMatchObject({ status: 'error', summary: 'no ScheduledBackup names Cluster forgejo-db' });
  }, CLI_TIMEOUT);

  it('names the verb and resource on RBAC 403, exit 2', async () => {
    api.deny('list', 'scheduledbackups', NS);
    const r = await runCli(['status', CLUSTER, '--kubeconfig', kube.file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('error: RBAC forbids "list" on scheduledbackups.postgresql.cnpg.io in namespace "forgejo" (403 Forbidden');
    expect(r.stderr).not.toMatch(/\s+at /);
  }, CLI_TIMEOUT);

  it('carries on with ArgoCD unknown when Applications cannot be listed', async () => {
    api.deny('list', 'applications');
    const r = await runCli(['status', CLUSTER, '--kubeconfig', kube.file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/WARN {2}ArgoCD +cannot list ArgoCD Applications \(403 Forbidden\)/);
    // Tried cluster-wide, then the argocd namespace.
    expect(api.requests.filter((q) => q.path.includes('applications')).map((q) => `${q.path} ${q.status}`)).toEqual([
      '/apis/argoproj.io/v1alpha1/applications 403',
      '/apis/argoproj.io/v1alpha1/namespaces/argocd/applications 403',
    ]);
  }, CLI_TIMEOUT);

  it('says CloudNativePG is not installed when the clusters resource is missing', async () => {
    api.removeResource('clusters');
    const r = await runCli(['status', CLUSTER, '--kubeconfig', kube.file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: CloudNativePG is not installed on context "k1": the API server has no clusters.postgresql.cnpg.io resource (404); install the operator, or pick the context of the right cluster with --context\n`);
  }, CLI_TIMEOUT);

  it('lists the Clusters of the namespace when the Cluster is not found', async () => {
    const r = await runCli(['status', 'forgejo-dbb', '--kubeconfig', kube.file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: Cluster "forgejo-dbb" not found in namespace "forgejo"; Clusters there: forgejo-db, gitea-db\n');
    const empty = await runCli(['status', CLUSTER, '--kubeconfig', kube.file, '--context', 'other']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('namespace "default" has no Clusters; pick the namespace with -n/--namespace');
  }, CLI_TIMEOUT);

  it('reports expired credentials (401) in one line', async () => {
    const bad = writeKubeconfig(api.url, 'expired-token');
    try {
      const r = await runCli(['status', CLUSTER, '--kubeconfig', bad.file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`error: the API server ${api.url} rejected the credentials of context "k1" (401 Unauthorized): they are missing or expired; log in again or refresh the token, then retry\n`);
    } finally {
      bad.cleanup();
    }
  }, CLI_TIMEOUT);

  it('reports an unreachable API server (closed port), exit 2', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const closed = writeKubeconfig(`http://127.0.0.1:${port}`, api.token);
    try {
      const r = await runCli(['status', CLUSTER, '--kubeconfig', closed.file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`error: cannot reach the Kubernetes API server http://127.0.0.1:${port} of context "k1" (ECONNREFUSED); check that the cluster is up, the VPN is connected and the context is the right one (--context)\n`);
    } finally {
      closed.cleanup();
    }
  }, CLI_TIMEOUT);

  it('reads KUBECONFIG and refuses an unknown context', async () => {
    const ok = await runCli(['status', CLUSTER], { KUBECONFIG: kube.file });
    expect(ok.code).toBe(0);
    const r = await runCli(['status', CLUSTER, '--context', 'k9'], { KUBECONFIG: kube.file });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: context "k9" is not in the kubeconfig; contexts there: k1, other\n');
  }, CLI_TIMEOUT);
});

describe('readLiveRestoreContext', () => {
  it('returns the Application, the ScheduledBackups present, the window and the health', async () => {
    const ctx = await readLiveRestoreContext(CLUSTER, { kubeconfig: kube.file });
    expect(ctx).toMatchObject({
      context: 'k1',
      namespace: NS,
      clusterExists: true,
      healthyNow: true,
      backupStyle: 'plugin',
      objectStoreName: 'forgejo-store',
      serverName: CLUSTER,
      application: { name: 'k1-forgejo', namespace: 'argocd', automated: true, selfHeal: true, prune: true, syncStatus: 'Synced' },
      argoAccess: 'ok',
      clustersInNamespace: ['forgejo-db', 'gitea-db'],
    });
    expect(ctx.scheduledBackups.map((s) => s.name)).toEqual(['forgejo-db-daily']);
    expect(ctx.window?.source).toBe('object-store');
    expect(ctx.window?.firstRecoverabilityPoint).toMatch(/^\d{4}-/);
  });

  it('reports a missing Cluster as clusterExists: false when asked to', async () => {
    const ctx = await readLiveRestoreContext('forgejo-db-2', { kubeconfig: kube.file, allowMissing: true });
    expect(ctx).toMatchObject({ clusterExists: false, healthyNow: false, scheduledBackups: [] });
    await expect(readLiveRestoreContext('forgejo-db-2', { kubeconfig: kube.file })).rejects.toThrow('Cluster "forgejo-db-2" not found in namespace "forgejo"; Clusters there: forgejo-db, gitea-db');
  });
});

describe('restore watch', () => {
  const NEW = 'forgejo-db-2';

  beforeEach(() => {
    api.apply(clusterObject(NEW, restoringStatus()));
  });

  it('follows a restore until healthy with all instances ready, exit 0', async () => {
    const cli = startCli(['restore', 'watch', NEW, '--kubeconfig', kube.file, '--timeout', '60s']);
    await cli.waitFor('watching Cluster forgejo/forgejo-db-2');
    await cli.waitFor('phase: Setting up primary');
    api.event(NS, { reason: 'Scheduled', message: 'Successfully assigned forgejo/forgejo-db-2-1-full-recovery-7x2kq to node-a', kind: 'Pod', name: 'forgejo-db-2-1-full-recovery-7x2kq' });
    await cli.waitFor('event Normal pod/forgejo-db-2-1-full-recovery-7x2kq Scheduled');
    api.update('postgresql.cnpg.io/v1', 'Cluster', NS, NEW, (o) => {
      o.status = { ...(o.status as object), phase: 'Creating a new replica', readyInstances: 1, instances: 2, currentPrimary: `${NEW}-1` };
    });
    await cli.waitFor('instances: 1/3 ready');
    api.update('postgresql.cnpg.io/v1', 'Cluster', NS, NEW, (o) => {
      o.status = { ...(o.status as object), phase: 'Cluster in healthy state', phaseReason: undefined, readyInstances: 3, instances: 3 };
    });
    const r = await cli.done;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => l.replace(/^\d\d:\d\d:\d\dZ /, ''));
    expect(lines).toContain('primary: forgejo-db-2-1');
    expect(lines).toContain('phase: Cluster in healthy state');
    expect(lines).toContain('instances: 3/3 ready');
    expect(lines.at(-2)).toBe('HEALTHY: Cluster in healthy state, 3/3 instances ready');
    expect(lines.at(-1)).toContain('next: take an on-demand backup now (kubectl cnpg backup forgejo-db-2 -n forgejo)');
    // Watches carry the resourceVersion of the list.
    const watches = api.requests.filter((q) => q.query.watch === 'true');
    expect(watches.length).toBeGreaterThanOrEqual(2);
    expect(watches.every((q) => /^\d+$/.test(q.query.resourceVersion ?? ''))).toBe(true);
  }, CLI_TIMEOUT);

  it('stops with exit 1 when the recovery job fails', async () => {
    const cli = startCli(['restore', 'watch', NEW, '--kubeconfig', kube.file, '--timeout', '60s']);
    await cli.waitFor('phase: Setting up primary');
    api.event(NS, {
      type: 'Warning',
      reason: 'BackoffLimitExceeded',
      message: 'Job has reached the specified backoff limit',
      kind: 'Job',
      name: 'forgejo-db-2-1-full-recovery',
    });
    const r = await cli.done;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAILED: recovery job failed: job/forgejo-db-2-1-full-recovery BackoffLimitExceeded');
  }, CLI_TIMEOUT);

  it('recognises "Expected empty archive" in a condition', async () => {
    const cli = startCli(['restore', 'watch', NEW, '--kubeconfig', kube.file, '--timeout', '60s']);
    await cli.waitFor('phase: Setting up primary');
    api.update('postgresql.cnpg.io/v1', 'Cluster', NS, NEW, (o) => {
      (o.status as Record<string, unknown>).conditions = [
        { type: 'ContinuousArchiving', status: 'False', reason: 'ContinuousArchivingFailing', message: 'WAL archive check failed for server forgejo-db-2: Expected empty archive' },
      ];
    });
    const r = await cli.done;
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('condition ContinuousArchiving=False (ContinuousArchivingFailing): WAL archive check failed for server forgejo-db-2: Expected empty archive');
    expect(r.stdout).toContain('FAILED: ContinuousArchiving False: WAL archive check failed for server forgejo-db-2: Expected empty archive');
  }, CLI_TIMEOUT);

  it('stops on an image pull error in the events', async () => {
    const cli = startCli(['restore', 'watch', NEW, '--kubeconfig', kube.file, '--timeout', '60s']);
    await cli.waitFor('phase: Setting up primary');
    api.event(NS, { type: 'Warning', reason: 'Failed', message: 'Failed to pull image "ghcr.io/cloudnative-pg/postgresql:16.99": not found', kind: 'Pod', name: 'forgejo-db-2-1-full-recovery-7x2kq' });
    const r = await cli.done;
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAILED: image pull error: pod/forgejo-db-2-1-full-recovery-7x2kq Failed: Failed to pull image');
  }, CLI_TIMEOUT);

  it('lists again after 410 Gone and still reaches healthy', async () => {
    const cli = startCli(['restore', 'watch', NEW, '--kubeconfig', kube.file, '--timeout', '60s']);
    await cli.waitFor('phase: Setting up primary');
    await waitUntil(() => api.openWatches === 2);
    // Compaction: the change made meanwhile is only visible through a fresh list.
    api.expireWatches();
    api.update('postgresql.cnpg.io/v1', 'Cluster', NS, NEW, (o) => {
      o.status = { ...(o.status as object), phase: 'Cluster in healthy state', readyInstances: 3, instances: 3, currentPrimary: `${NEW}-1` };
    });
    const r = await cli.done;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('watch on clusters expired (410 Gone); listing again');
    expect(r.stdout).toContain('HEALTHY');
  }, CLI_TIMEOUT);

  it('with --wait, waits for the Cluster to be created', async () => {
    const cli = startCli(['restore', 'watch', 'forgejo-db-3', '--wait', '--kubeconfig', kube.file, '--timeout', '60s']);
    await cli.waitFor('watching for Cluster forgejo/forgejo-db-3 (context k1): it does not exist yet');
    api.apply(clusterObject('forgejo-db-3', restoringStatus()));
    await cli.waitFor('phase: Setting up primary');
    api.update('postgresql.cnpg.io/v1', 'Cluster', NS, 'forgejo-db-3', (o) => {
      o.status = { ...(o.status as object), phase: 'Cluster in healthy state', readyInstances: 3, instances: 3 };
    });
    const r = await cli.done;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('HEALTHY: Cluster in healthy state, 3/3 instances ready');
    // Without --wait a missing Cluster is an input error listing the ones there.
    const missing = await runCli(['restore', 'watch', 'forgejo-db-4', '--kubeconfig', kube.file]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('error: Cluster "forgejo-db-4" not found in namespace "forgejo"; Clusters there: forgejo-db, forgejo-db-2, forgejo-db-3, gitea-db\n');
  }, CLI_TIMEOUT);

  it('times out with exit 1 and says where it stands', async () => {
    const r = await runCli(['restore', 'watch', NEW, '--kubeconfig', kube.file, '--timeout', '2s']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/TIMED OUT: not healthy after \d+s: phase "Setting up primary", 0\/3 instances ready/);
  }, CLI_TIMEOUT);

  it('resumes from the last resourceVersion when the server ends a watch', async () => {
    const cli = startCli(['restore', 'watch', NEW, '--kubeconfig', kube.file, '--timeout', '60s']);
    await cli.waitFor('phase: Setting up primary');
    await waitUntil(() => api.openWatches === 2);
    const before = api.requests.length;
    api.closeWatches();
    await waitUntil(() => api.openWatches === 2);
    // Reconnected by watch, without listing again.
    expect(api.requests.slice(before).every((q) => q.query.watch === 'true')).toBe(true);
    api.update('postgresql.cnpg.io/v1', 'Cluster', NS, NEW, (o) => {
      o.status = { ...(o.status as object), phase: 'Cluster in healthy state', readyInstances: 3, instances: 3 };
    });
    expect((await cli.done).code).toBe(0);
  }, CLI_TIMEOUT);

  it('rejects a bad --timeout and an RBAC-denied watch with exit 2', async () => {
    const bad = await runCli(['restore', 'watch', NEW, '--kubeconfig', kube.file, '--timeout', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('error: --timeout "soon" is not a duration; use a number with a unit, e.g. 90s, 30m or 1h30m\n');
    api.deny('watch', 'clusters', NS);
    const denied = await runCli(['restore', 'watch', NEW, '--kubeconfig', kube.file, '--timeout', '30s']);
    expect(denied.code).toBe(2);
    expect(denied.stderr).toContain('error: RBAC forbids "watch" on clusters.postgresql.cnpg.io in namespace "forgejo" (403 Forbidden');
  }, CLI_TIMEOUT);
});

async function waitUntil(fn: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 25));
  }
}

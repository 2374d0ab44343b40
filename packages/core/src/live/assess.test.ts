import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { assessArgo, assessLastBackup, assessStatus, clusterProgress, watchVerdict } from './assess.js';
import { eventsForCluster, ownerCluster, toLiveApplication, toLiveCluster, type ClusterState, type LiveEvent } from './model.js';
import { CORPUS } from '../../test/helpers.js';

const NOW = new Date('2026-11-25T05:00:00Z');

function cluster(status: Record<string, unknown>, name = 'forgejo-db') {
  return toLiveCluster({
    metadata: { name, namespace: 'forgejo', creationTimestamp: '2026-11-01T00:00:00Z' },
    spec: { instances: 3, plugins: [{ name: 'barman-cloud.cloudnative-pg.io', isWALArchiver: true, parameters: { barmanObjectName: 'store' } }] },
    status,
  });
}

const healthy = {
  phase: 'Cluster in healthy state',
  readyInstances: 3,
  instances: 3,
  currentPrimary: 'forgejo-db-1',
  lastSuccessfulBackup: '2026-11-25T00:10:00Z',
  conditions: [{ type: 'ContinuousArchiving', status: 'True', reason: 'ContinuousArchivingSuccess' }],
};

function state(over: Partial<ClusterState> = {}): ClusterState {
  return {
    context: 'k1',
    server: 'https://k1',
    namespace: 'forgejo',
    cluster: cluster(healthy),
    clustersInNamespace: ['forgejo-db'],
    scheduledBackups: [{ name: 'forgejo-db-daily', cluster: 'forgejo-db', schedule: '0 0 0 * * *', suspend: false, immediate: false, method: 'plugin', pluginName: 'barman-cloud.cloudnative-pg.io' }],
    backups: [],
    objectStore: { name: 'store', recoveryWindows: { 'forgejo-db': { firstRecoverabilityPoint: '2026-11-18T00:10:00Z', lastSuccessfulBackupTime: '2026-11-25T00:10:00Z' } } },
    events: [],
    applications: [],
    argoAccess: 'ok',
    readAt: NOW.toISOString(),
    ...over,
  };
}

function ev(e: Partial<LiveEvent> & Pick<LiveEvent, 'reason' | 'message' | 'involvedKind' | 'involvedName'>): LiveEvent {
  return { type: 'Warning', count: 1, name: `${e.involvedName}.1`, time: '2026-11-25T04:00:00Z', ...e };
}

describe('assessStatus', () => {
  it('passes a healthy plugin Cluster', () => {
    const r = assessStatus(state(), NOW);
    expect(r.backupsHealthy).toBe(true);
    expect(r.healthy).toBe(true);
    expect(r.checks.map((c) => c.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'info']);
    expect(r.window).toEqual({ source: 'object-store', firstRecoverabilityPoint: '2026-11-18T00:10:00Z', lastSuccessfulBackup: '2026-11-25T00:10:00Z' });
  });

  it('flags failing archiving and a missing window', () => {
    const s = state({
      cluster: cluster({ ...healthy, conditions: [{ type: 'ContinuousArchiving', status: 'False', reason: 'ContinuousArchivingFailing', message: 'Expected empty archive' }] }),
      objectStore: { name: 'store', recoveryWindows: {} },
    });
    const r = assessStatus(s, NOW);
    expect(r.backupsHealthy).toBe(false);
    const archiving = r.checks.find((c) => c.id === 'archiving')!;
    expect(archiving.status).toBe('error');
    expect(archiving.hint).toContain('another Cluster already archives');
    // The Cluster status still carries the last backup, but no recoverability point.
    expect(r.checks.find((c) => c.id === 'window')!.status).toBe('error');
  });

  it('the health of the instances alone does not make backups unhealthy', () => {
    const r = assessStatus(state({ cluster: cluster({ ...healthy, phase: 'Switchover in progress', readyInstances: 2 }) }), NOW);
    expect(r.healthy).toBe(false);
    expect(r.backupsHealthy).toBe(true);
    expect(r.checks[0]).toMatchObject({ id: 'health', status: 'warning', summary: 'phase "Switchover in progress", 2/3 instances ready, primary forgejo-db-1' });
  });

  it('flags a suspended or missing ScheduledBackup and a wrong method', () => {
    const sb = state().scheduledBackups[0]!;
    expect(assessStatus(state({ scheduledBackups: [{ ...sb, suspend: true }] }), NOW).checks[3]!.summary).toContain('every ScheduledBackup is suspended');
    expect(assessStatus(state({ scheduledBackups: [] }), NOW).checks[3]!.status).toBe('error');
    const wrong = { ...sb, method: 'barmanObjectStore' };
    delete (wrong as { pluginName?: string }).pluginName;
    expect(assessStatus(state({ scheduledBackups: [wrong] }), NOW).checks[3]!.summary).toContain('no ScheduledBackup uses method: plugin');
  });
});

describe('assessLastBackup', () => {
  const noBackups = (last: string) => state({ cluster: cluster({ ...healthy, lastSuccessfulBackup: last }), objectStore: { name: 'store', recoveryWindows: {} } });

  it('accepts yesterday\'s backup while today\'s run is within the grace period', () => {
    const s = noBackups('2026-11-24T00:10:00Z');
    expect(assessLastBackup(s, new Date('2026-11-25T01:00:00Z')).status).toBe('ok');
    const late = assessLastBackup(s, new Date('2026-11-25T03:00:00Z'));
    expect(late.status).toBe('error');
    expect(late.summary).toBe('last successful backup 2026-11-24T00:10:00Z (26h50m ago) is older than the run schedule "0 0 0 * * *" expected at 2026-11-25T00:00:00.000Z');
  });

  it('reports no backup at all, and a failed latest Backup as a warning', () => {
    const none = state({ cluster: cluster({ ...healthy, lastSuccessfulBackup: undefined }), objectStore: { name: 'store', recoveryWindows: {} } });
    expect(assessLastBackup(none, NOW)).toMatchObject({ status: 'error', summary: 'no successful base backup recorded' });
    const failed = state({ backups: [{ name: 'b2', cluster: 'forgejo-db', phase: 'failed', error: 'AccessDenied' }] });
    expect(assessLastBackup(failed, NOW)).toMatchObject({ status: 'warning' });
    expect(assessLastBackup(failed, NOW).summary).toContain('latest Backup b2 failed: AccessDenied');
  });
});

describe('assessArgo', () => {
  it('describes the sync policy and warns about self-heal', () => {
    const app = toLiveApplication({
      metadata: { name: 'k1-forgejo', namespace: 'argocd' },
      spec: { destination: { namespace: 'forgejo' }, syncPolicy: { automated: { selfHeal: true, prune: true } } },
      status: { sync: { status: 'Synced' }, health: { status: 'Healthy' } },
    });
    const c = assessArgo({ applications: [app], argoAccess: 'ok', namespace: 'forgejo' });
    expect(c.summary).toBe('argocd/k1-forgejo: automated sync, selfHeal, prune, Synced/Healthy');
    expect(c.hint).toContain('land the git change first, or pause auto-sync');
    const off = toLiveApplication({ metadata: { name: 'a', namespace: 'argocd' }, spec: { syncPolicy: { automated: { enabled: false, selfHeal: true } } } });
    expect(off).toMatchObject({ automated: false, selfHeal: false });
  });
});

describe('watchVerdict', () => {
  const restoring = cluster({ phase: 'Setting up primary', readyInstances: 0, instances: 1, conditions: [] }, 'forgejo-db-2');

  it('is healthy only with every instance ready', () => {
    expect(watchVerdict(cluster({ ...healthy, readyInstances: 2 }), []).outcome).toBe('progress');
    expect(watchVerdict(cluster(healthy), [])).toEqual({ outcome: 'healthy', reason: 'Cluster in healthy state, 3/3 instances ready' });
  });

  it('fails on "Expected empty archive", image pulls, a failed job, repeated back-off and an unrecoverable phase', () => {
    const names = ['forgejo-db', 'forgejo-db-2'];
    const fail = (e: LiveEvent) => watchVerdict(restoring, [e], names);
    expect(fail(ev({ type: 'Normal', reason: 'Log', message: 'WAL archive check failed: Expected empty archive', involvedKind: 'Cluster', involvedName: 'forgejo-db-2' })).outcome).toBe('failed');
    expect(fail(ev({ reason: 'ImagePullBackOff', message: 'Back-off pulling image', involvedKind: 'Pod', involvedName: 'forgejo-db-2-1' })).reason).toMatch(/^image pull error/);
    expect(fail(ev({ reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit', involvedKind: 'Job', involvedName: 'forgejo-db-2-1-full-recovery' })).reason).toMatch(/^recovery job failed/);
    expect(fail(ev({ reason: 'BackOff', message: 'Back-off restarting failed container', involvedKind: 'Pod', involvedName: 'forgejo-db-2-1-full-recovery-x7k2p', count: 1 })).outcome).toBe('progress');
    expect(fail(ev({ reason: 'BackOff', message: 'Back-off restarting failed container', involvedKind: 'Pod', involvedName: 'forgejo-db-2-1-full-recovery-x7k2p', count: 4 })).reason).toMatch(/^recovery job failing \(restarted 4 times\)/);
    const unrecoverable = cluster({ phase: 'Cluster is in an unrecoverable state, needs manual intervention', conditions: [] });
    expect(watchVerdict(unrecoverable, []).outcome).toBe('failed');
  });

  it('--upgrade: healthy only once the data directory runs the new major; a failed upgrade job fails', () => {
    const before = cluster({ ...healthy, pgDataImageInfo: { image: 'pg:16', majorVersion: 16 } });
    expect(watchVerdict(before, [], ['forgejo-db'], 17)).toEqual({ outcome: 'progress', reason: 'phase "Cluster in healthy state", 3/3 instances ready, data directory at major 16 (waiting for the upgrade to 17)' });
    const after = cluster({ ...healthy, pgDataImageInfo: { image: 'pg:17', majorVersion: 17 } });
    expect(watchVerdict(after, [], ['forgejo-db'], 17)).toEqual({ outcome: 'healthy', reason: 'Cluster in healthy state, 3/3 instances ready, data directory at major 17' });
    const upgrading = cluster({ phase: 'Upgrading Postgres major version', readyInstances: 0, instances: 3, conditions: [], pgDataImageInfo: { image: 'pg:16', majorVersion: 16 } });
    const job = ev({ reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit', involvedKind: 'Job', involvedName: 'forgejo-db-1-major-upgrade' });
    expect(watchVerdict(upgrading, [job], ['forgejo-db'], 17).reason).toMatch(/^major upgrade job failed: job\/forgejo-db-1-major-upgrade BackoffLimitExceeded/);
  });

  it('ignores events of another Cluster and events from before the Cluster was created', () => {
    const names = ['forgejo-db', 'forgejo-db-2'];
    const other = ev({ reason: 'ImagePullBackOff', message: 'x', involvedKind: 'Pod', involvedName: 'forgejo-db-1' });
    expect(watchVerdict(restoring, [other], names).outcome).toBe('progress');
    const old = ev({ reason: 'ImagePullBackOff', message: 'x', involvedKind: 'Pod', involvedName: 'forgejo-db-2-1', time: '2026-10-01T00:00:00Z' });
    expect(watchVerdict(restoring, [old], names).outcome).toBe('progress');
  });
});

describe('ownership and progress', () => {
  it('gives an instance to the longest matching Cluster name', () => {
    expect(ownerCluster('db-2-1', ['db', 'db-2'])).toBe('db-2');
    expect(ownerCluster('db-1-full-recovery-abc', ['db', 'db-2'])).toBe('db');
    expect(ownerCluster('db-pooler-rw-1', ['db'])).toBeUndefined();
    const events = [ev({ reason: 'a', message: '', involvedKind: 'Pod', involvedName: 'db-2-1', time: '2026-11-25T02:00:00Z' }), ev({ reason: 'b', message: '', involvedKind: 'Cluster', involvedName: 'db', time: '2026-11-25T01:00:00Z' })];
    expect(eventsForCluster(events, 'db', ['db', 'db-2']).map((e) => e.reason)).toEqual(['b']);
  });

  it('prints what changed', () => {
    const a = cluster({ phase: 'Setting up primary', readyInstances: 0, conditions: [] });
    const b = cluster({ phase: 'Creating a new replica', readyInstances: 1, currentPrimary: 'forgejo-db-1', conditions: [] });
    expect(clusterProgress(undefined, a)).toEqual(['phase: Setting up primary', 'instances: 0/3 ready']);
    expect(clusterProgress(a, b)).toEqual(['phase: Creating a new replica', 'instances: 1/3 ready', 'primary: forgejo-db-1']);
    expect(clusterProgress(b, b)).toEqual([]);
  });
});

describe('legacy in-tree backups and the CNPG samples', () => {
  it('reads the window from the Cluster status for spec.backup.barmanObjectStore', () => {
    const legacy = toLiveCluster({
      metadata: { name: 'pg', namespace: 'app' },
      spec: { instances: 1, backup: { barmanObjectStore: { destinationPath: 's3://b/p/', serverName: 'pg-2' } } },
      status: { ...healthy, readyInstances: 1, firstRecoverabilityPoint: '2026-11-20T00:00:00Z' },
    });
    expect(legacy).toMatchObject({ backupStyle: 'legacy', serverName: 'pg-2' });
    const r = assessStatus(state({ cluster: legacy, scheduledBackups: [], objectStore: undefined }), NOW);
    expect(r.window).toEqual({ source: 'cluster-status', firstRecoverabilityPoint: '2026-11-20T00:00:00Z', lastSuccessfulBackup: '2026-11-25T00:10:00Z' });
  });

  it('assesses every sample Cluster without crashing', () => {
    const dir = CORPUS;
    let clusters = 0;
    for (const f of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
      for (const doc of parseAllDocuments(readFileSync(join(dir, f), 'utf8'))) {
        const o: unknown = doc.toJS();
        if (!o || typeof o !== 'object' || (o as { kind?: unknown }).kind !== 'Cluster') continue;
        clusters++;
        const c = toLiveCluster(o);
        const r = assessStatus(state({ cluster: c, objectStore: undefined }), NOW);
        expect(r.checks).toHaveLength(6);
        expect(watchVerdict(c, []).outcome).toBe('progress');
      }
    }
    expect(clusters).toBeGreaterThan(30);
  });
});

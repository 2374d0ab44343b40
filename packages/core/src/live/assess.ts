import { CronError, parseCron, previousRun } from './cron.js';
import { eventsForCluster, type ClusterState, type LiveCluster, type LiveEvent, type LiveScheduledBackup, type RecoveryWindow } from './model.js';

/** Pure assessment of a ClusterState: what a person checks before trusting a restore. */

export const PHASE_HEALTHY = 'Cluster in healthy state';

export type CheckStatus = 'ok' | 'warning' | 'error' | 'info';
export type CheckId = 'health' | 'archiving' | 'last-backup' | 'scheduled-backup' | 'window' | 'argocd';

export interface Check {
  id: CheckId;
  status: CheckStatus;
  /** One line: what was found. */
  summary: string;
  /** What to do, when something is wrong. */
  hint?: string;
}

export interface StatusReport {
  context: string;
  server: string;
  namespace: string;
  cluster: string;
  phase?: string;
  instances: number;
  readyInstances: number;
  currentPrimary?: string;
  checks: Check[];
  /** True when no backup-related check is at error: the exit status of `status`. */
  backupsHealthy: boolean;
  /** Healthy phase with every instance ready. */
  healthy: boolean;
  window?: { firstRecoverabilityPoint?: string; lastSuccessfulBackup?: string; source: 'object-store' | 'cluster-status' };
}

export interface AssessOptions {
  /** How long a scheduled backup may take before its absence counts as missed. Default 2h. */
  graceMs?: number;
  pluginName?: string;
}

const BACKUP_CHECKS: CheckId[] = ['archiving', 'last-backup', 'scheduled-backup', 'window'];

/** Healthy phase and every instance ready. */
export function isHealthy(c: LiveCluster): boolean {
  return c.phase === PHASE_HEALTHY && (c.readyInstances ?? 0) >= c.instances && c.instances > 0;
}

export function condition(c: LiveCluster, type: string) {
  return c.conditions.find((x) => x.type === type);
}

/** "3d4h", "25m", "40s": a human age. */
export function formatAge(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h${m % 60 ? `${m % 60}m` : ''}`;
  const d = Math.floor(h / 24);
  return `${d}d${h % 24 ? `${h % 24}h` : ''}`;
}

function maxTime(...times: (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const t of times) if (t && !Number.isNaN(Date.parse(t)) && (!best || Date.parse(t) > Date.parse(best))) best = t;
  return best;
}

export function assessHealth(c: LiveCluster): Check {
  const ready = c.readyInstances ?? 0;
  const primary = c.currentPrimary ? `, primary ${c.currentPrimary}` : '';
  if (isHealthy(c)) return { id: 'health', status: 'ok', summary: `${c.phase}, ${ready}/${c.instances} instances ready${primary}` };
  return {
    id: 'health',
    status: 'warning',
    summary: `${c.phase ? `phase "${c.phase}"` : 'no phase reported yet'}${c.phaseReason ? ` (${c.phaseReason})` : ''}, ${ready}/${c.instances} instances ready${primary}`,
    hint: `kubectl cnpg status ${c.name} -n ${c.namespace} shows the instances; kubectl get events -n ${c.namespace} shows why`,
  };
}

export function assessArchiving(c: LiveCluster): Check {
  if (c.backupStyle === 'none') {
    return { id: 'archiving', status: 'error', summary: 'no WAL archiving configured (neither the barman-cloud plugin nor spec.backup.barmanObjectStore)', hint: 'configure backups in postgres.yaml; without an archive nothing can be restored' };
  }
  const cond = condition(c, 'ContinuousArchiving');
  if (!cond) return { id: 'archiving', status: 'warning', summary: 'ContinuousArchiving condition not reported yet', hint: 'the operator sets it after the first WAL is archived; check again in a few minutes' };
  if (cond.status === 'True') return { id: 'archiving', status: 'ok', summary: `WAL archiving works (${cond.reason ?? 'ContinuousArchiving True'})` };
  const msg = cond.message ? `: ${cond.message}` : '';
  const hint = /expected empty archive/i.test(cond.message ?? '')
    ? 'another Cluster already archives to this destinationPath + server name; give this Cluster its own server name'
    : 'check the backup credentials (ExternalSecret) and the object store configuration; kubectl logs the primary for barman-cloud-wal-archive errors';
  return { id: 'archiving', status: 'error', summary: `WAL archiving failing (${cond.reason ?? 'ContinuousArchiving False'})${msg}`, hint };
}

/** The ScheduledBackups that name this Cluster, sorted by name. */
export function scheduledBackupsOf(state: Pick<ClusterState, 'scheduledBackups' | 'cluster'>): LiveScheduledBackup[] {
  return state.scheduledBackups.filter((s) => s.cluster === state.cluster.name).sort((a, b) => a.name.localeCompare(b.name));
}

export function assessScheduledBackup(state: Pick<ClusterState, 'scheduledBackups' | 'cluster'>, opts: AssessOptions = {}): Check {
  const c = state.cluster;
  const sbs = scheduledBackupsOf(state);
  if (sbs.length === 0) {
    return { id: 'scheduled-backup', status: 'error', summary: `no ScheduledBackup names Cluster ${c.name}`, hint: 'add a ScheduledBackup (spec.cluster.name, 6-field schedule) to postgres.yaml and sync' };
  }
  const active = sbs.filter((s) => !s.suspend);
  const list = sbs.map((s) => `${s.name} "${s.schedule}"${s.method ? ` (${s.method})` : ''}${s.suspend ? ' SUSPENDED' : ''}`).join(', ');
  if (active.length === 0) return { id: 'scheduled-backup', status: 'error', summary: `every ScheduledBackup is suspended: ${list}`, hint: 'set spec.suspend: false' };
  const plugin = opts.pluginName ?? 'barman-cloud.cloudnative-pg.io';
  if (c.backupStyle === 'plugin') {
    const wrong = active.filter((s) => s.method !== 'plugin' || s.pluginName !== plugin);
    if (wrong.length === active.length) {
      return { id: 'scheduled-backup', status: 'error', summary: `${list}: the Cluster archives through the plugin but no ScheduledBackup uses method: plugin`, hint: `set method: plugin and pluginConfiguration.name: ${plugin}` };
    }
  }
  for (const s of active) {
    try {
      parseCron(s.schedule);
    } catch (e) {
      if (e instanceof CronError) return { id: 'scheduled-backup', status: 'error', summary: `${s.name}: schedule "${s.schedule}" is not valid: ${e.message}`, hint: 'use six fields: seconds minutes hours day-of-month month day-of-week' };
      throw e;
    }
  }
  return { id: 'scheduled-backup', status: 'ok', summary: list };
}

export function recoveryWindowOf(state: Pick<ClusterState, 'cluster' | 'objectStore'>): StatusReport['window'] {
  const c = state.cluster;
  const w: RecoveryWindow | undefined = state.objectStore?.recoveryWindows[c.serverName];
  if (w && (w.firstRecoverabilityPoint || w.lastSuccessfulBackupTime)) {
    const out: NonNullable<StatusReport['window']> = { source: 'object-store' };
    if (w.firstRecoverabilityPoint) out.firstRecoverabilityPoint = w.firstRecoverabilityPoint;
    if (w.lastSuccessfulBackupTime) out.lastSuccessfulBackup = w.lastSuccessfulBackupTime;
    return out;
  }
  if (c.firstRecoverabilityPoint || c.lastSuccessfulBackup) {
    const out: NonNullable<StatusReport['window']> = { source: 'cluster-status' };
    if (c.firstRecoverabilityPoint) out.firstRecoverabilityPoint = c.firstRecoverabilityPoint;
    if (c.lastSuccessfulBackup) out.lastSuccessfulBackup = c.lastSuccessfulBackup;
    return out;
  }
  return undefined;
}

export function assessWindow(state: Pick<ClusterState, 'cluster' | 'objectStore'>): Check {
  const w = recoveryWindowOf(state);
  const c = state.cluster;
  if (!w?.firstRecoverabilityPoint) {
    const where = c.backupStyle === 'plugin' ? `ObjectStore ${c.objectStoreName ?? '?'} status.serverRecoveryWindow["${c.serverName}"]` : 'Cluster status.firstRecoverabilityPoint';
    return { id: 'window', status: 'error', summary: `no recoverability point reported (${where}): the archive has no usable base backup`, hint: `take a backup now: kubectl cnpg backup ${c.name} -n ${c.namespace}${c.backupStyle === 'plugin' ? ' --method plugin --plugin-name barman-cloud.cloudnative-pg.io' : ''}` };
  }
  const from = w.source === 'object-store' ? `ObjectStore ${c.objectStoreName ?? ''}`.trim() : 'Cluster status';
  return { id: 'window', status: 'ok', summary: `from ${w.firstRecoverabilityPoint} to now (server ${c.serverName}, from ${from})` };
}

export function assessLastBackup(state: Pick<ClusterState, 'cluster' | 'objectStore' | 'scheduledBackups' | 'backups'>, now: Date, opts: AssessOptions = {}): Check {
  const c = state.cluster;
  const grace = opts.graceMs ?? 2 * 3_600_000;
  const own = state.backups.filter((b) => b.cluster === c.name);
  const completed = own.filter((b) => (b.phase ?? '').toLowerCase() === 'completed');
  const last = maxTime(c.lastSuccessfulBackup, recoveryWindowOf(state)?.lastSuccessfulBackup, ...completed.map((b) => b.stoppedAt));
  const latest = own[0];
  const failedNote = latest && (latest.phase ?? '').toLowerCase() === 'failed' ? `; latest Backup ${latest.name} failed${latest.error ? `: ${latest.error}` : ''}` : '';
  const lbs = condition(c, 'LastBackupSucceeded');
  const condNote = lbs && lbs.status === 'False' ? `; LastBackupSucceeded False${lbs.message ? `: ${lbs.message}` : ''}` : '';
  if (!last) {
    return { id: 'last-backup', status: 'error', summary: `no successful base backup recorded${failedNote}${condNote}`, hint: `take one now: kubectl cnpg backup ${c.name} -n ${c.namespace}` };
  }
  const age = formatAge(now.getTime() - Date.parse(last));
  const active = scheduledBackupsOf(state).filter((s) => !s.suspend);
  let expected: Date | undefined;
  let schedule: string | undefined;
  for (const s of active) {
    try {
      const cron = parseCron(s.schedule);
      const p1 = previousRun(cron, now);
      if (!p1) continue;
      const due = now.getTime() - p1.getTime() > grace ? p1 : previousRun(cron, new Date(p1.getTime() - 1000));
      if (due && (!expected || due > expected)) {
        expected = due;
        schedule = s.schedule;
      }
    } catch {
      // Reported by the scheduled-backup check.
    }
  }
  if (expected && Date.parse(last) < expected.getTime()) {
    return {
      id: 'last-backup',
      status: 'error',
      summary: `last successful backup ${last} (${age} ago) is older than the run schedule "${schedule}" expected at ${expected.toISOString()}${failedNote}${condNote}`,
      hint: `look at the latest Backup (kubectl get backups -n ${c.namespace}) and take one now: kubectl cnpg backup ${c.name} -n ${c.namespace}`,
    };
  }
  if (lbs && lbs.status === 'False') {
    return { id: 'last-backup', status: 'error', summary: `last successful backup ${last} (${age} ago)${condNote}`, hint: `kubectl describe backup -n ${c.namespace} shows the error` };
  }
  const tail = schedule ? `, on schedule "${schedule}"` : active.length === 0 ? ', no schedule to compare with' : '';
  return { id: 'last-backup', status: failedNote ? 'warning' : 'ok', summary: `${last} (${age} ago)${tail}${failedNote}` };
}

export function assessArgo(state: Pick<ClusterState, 'applications' | 'argoAccess' | 'namespace'>): Check {
  if (state.argoAccess === 'forbidden') return { id: 'argocd', status: 'warning', summary: 'cannot list ArgoCD Applications (403 Forbidden): automation unknown', hint: 'ask for list on applications.argoproj.io, or check the Application in the ArgoCD UI before deleting anything' };
  if (state.argoAccess === 'not-installed') return { id: 'argocd', status: 'info', summary: 'ArgoCD is not installed on this cluster (no applications.argoproj.io resource)' };
  if (state.applications.length === 0) return { id: 'argocd', status: 'info', summary: `no ArgoCD Application deploys to namespace ${state.namespace}` };
  const parts = state.applications.map((a) => {
    const policy = a.automated ? `automated sync${a.selfHeal ? ', selfHeal' : ''}${a.prune ? ', prune' : ''}` : 'manual sync';
    const st = [a.syncStatus, a.healthStatus].filter(Boolean).join('/');
    return `${a.namespace}/${a.name}: ${policy}${st ? `, ${st}` : ''}`;
  });
  const selfHeal = state.applications.some((a) => a.automated && a.selfHeal);
  const check: Check = { id: 'argocd', status: 'info', summary: parts.join('; ') };
  if (selfHeal) check.hint = 'self-heal recreates a deleted Cluster from git: land the git change first, or pause auto-sync, before deleting';
  return check;
}

/** The whole at-a-glance report. */
export function assessStatus(state: ClusterState, now: Date, opts: AssessOptions = {}): StatusReport {
  const c = state.cluster;
  const checks = [
    assessHealth(c),
    assessArchiving(c),
    assessLastBackup(state, now, opts),
    assessScheduledBackup(state, opts),
    assessWindow(state),
    assessArgo(state),
  ];
  const report: StatusReport = {
    context: state.context,
    server: state.server,
    namespace: state.namespace,
    cluster: c.name,
    instances: c.instances,
    readyInstances: c.readyInstances ?? 0,
    checks,
    backupsHealthy: !checks.some((k) => BACKUP_CHECKS.includes(k.id) && k.status === 'error'),
    healthy: isHealthy(c),
  };
  if (c.phase) report.phase = c.phase;
  if (c.currentPrimary) report.currentPrimary = c.currentPrimary;
  const w = recoveryWindowOf(state);
  if (w) report.window = w;
  return report;
}

// ---- restore watch ----

export type WatchOutcome = 'healthy' | 'failed' | 'progress';

export interface WatchVerdict {
  outcome: WatchOutcome;
  /** Why, in one line. */
  reason: string;
}

const FAILED_PHASE = /unrecoverable|cannot proceed|unable to create|failed/i;
const IMAGE_PULL_REASONS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull']);
const JOB_FAILED_REASONS = new Set(['BackoffLimitExceeded', 'DeadlineExceeded']);
/** A recovery pod restarted this many times is failing, not starting. */
export const BACKOFF_FAILURE_COUNT = 3;

function describeEvent(e: LiveEvent): string {
  return `${e.involvedKind.toLowerCase()}/${e.involvedName} ${e.reason}: ${e.message}`;
}

/** A failure seen in one event, or undefined. */
export function eventFailure(e: LiveEvent, namespace?: string): string | undefined {
  const n = namespace ? ` -n ${namespace}` : '';
  if (/expected empty archive/i.test(e.message)) return `the new archive is not empty ("Expected empty archive"): ${describeEvent(e)}; give the Cluster a server name nobody archives to yet`;
  if (e.type !== 'Warning') return undefined;
  if (IMAGE_PULL_REASONS.has(e.reason) || (e.reason === 'Failed' && /failed to pull image|pull access denied|manifest unknown/i.test(e.message))) {
    return `image pull error: ${describeEvent(e)}; check the image catalog and the registry credentials`;
  }
  if (e.involvedKind === 'Job' && (JOB_FAILED_REASONS.has(e.reason) || e.reason === 'Failed') && /-major-upgrade/.test(e.involvedName)) {
    return `major upgrade job failed: ${describeEvent(e)}; kubectl logs job/${e.involvedName}${n} shows why; the data directory of the old major is kept: fix the cause (extensions, image) and let the operator retry, or roll back with the plan's rollback`;
  }
  if (e.involvedKind === 'Pod' && e.reason === 'BackOff' && /-major-upgrade/.test(e.involvedName) && e.count >= BACKOFF_FAILURE_COUNT) {
    return `major upgrade job failing (restarted ${e.count} times): ${describeEvent(e)}; kubectl logs ${e.involvedName}${n} shows why`;
  }
  if (e.involvedKind === 'Job' && (JOB_FAILED_REASONS.has(e.reason) || e.reason === 'Failed')) return `recovery job failed: ${describeEvent(e)}; kubectl logs job/${e.involvedName}${n} shows why`;
  if (e.involvedKind === 'Pod' && e.reason === 'BackOff' && /-(full-recovery|snapshot-recovery|pgbasebackup|import)-/.test(e.involvedName) && e.count >= BACKOFF_FAILURE_COUNT) {
    return `recovery job failing (restarted ${e.count} times): ${describeEvent(e)}; kubectl logs ${e.involvedName}${n} shows why`;
  }
  return undefined;
}

/** Where a restore stands: healthy with all instances ready, failed (and why), or still going. */
export function watchVerdict(cluster: LiveCluster, events: readonly LiveEvent[], clusterNames: readonly string[] = [cluster.name], upgradeTo?: number): WatchVerdict {
  // A major upgrade is done when the data directory runs the new major and the Cluster is healthy again.
  const upgraded = upgradeTo === undefined || cluster.majorVersion === undefined || cluster.majorVersion >= upgradeTo;
  if (isHealthy(cluster) && upgraded) {
    return { outcome: 'healthy', reason: `${cluster.phase}, ${cluster.readyInstances}/${cluster.instances} instances ready${upgradeTo !== undefined ? (cluster.majorVersion !== undefined ? `, data directory at major ${cluster.majorVersion}` : ` (the operator does not report the major of the data directory: check it with SHOW server_version)`) : ''}` };
  }
  if (cluster.phase && FAILED_PHASE.test(cluster.phase)) return { outcome: 'failed', reason: `Cluster phase "${cluster.phase}"${cluster.phaseReason ? `: ${cluster.phaseReason}` : ''}` };
  for (const cond of cluster.conditions) {
    if (cond.status === 'False' && /expected empty archive/i.test(cond.message ?? '')) {
      return { outcome: 'failed', reason: `${cond.type} False: ${cond.message} (the new archive is not empty; give the Cluster a server name nobody archives to yet)` };
    }
  }
  for (const e of eventsForCluster(events, cluster.name, clusterNames, cluster.creationTimestamp)) {
    const why = eventFailure(e, cluster.namespace);
    if (why) return { outcome: 'failed', reason: why };
  }
  const waiting = upgradeTo !== undefined && !upgraded ? `, data directory at major ${cluster.majorVersion} (waiting for the upgrade to ${upgradeTo})` : '';
  return { outcome: 'progress', reason: `${cluster.phase ? `phase "${cluster.phase}"` : 'waiting for the operator'}, ${cluster.readyInstances ?? 0}/${cluster.instances} instances ready${waiting}` };
}

/** Lines a person follows during a restore: what changed between two readings of the Cluster. */
export function clusterProgress(prev: LiveCluster | undefined, next: LiveCluster): string[] {
  const lines: string[] = [];
  if (!prev || prev.phase !== next.phase || prev.phaseReason !== next.phaseReason) {
    lines.push(`phase: ${next.phase ?? '(none yet)'}${next.phaseReason ? ` (${next.phaseReason})` : ''}`);
  }
  if (!prev || (prev.readyInstances ?? 0) !== (next.readyInstances ?? 0) || prev.instances !== next.instances) {
    lines.push(`instances: ${next.readyInstances ?? 0}/${next.instances} ready`);
  }
  if (next.currentPrimary && prev?.currentPrimary !== next.currentPrimary) lines.push(`primary: ${next.currentPrimary}`);
  for (const cond of next.conditions) {
    const before = prev?.conditions.find((x) => x.type === cond.type);
    if (!before || before.status !== cond.status || before.message !== cond.message) {
      lines.push(`condition ${cond.type}=${cond.status}${cond.reason ? ` (${cond.reason})` : ''}${cond.message ? `: ${cond.message}` : ''}`);
    }
  }
  return lines;
}

export function eventLine(e: LiveEvent): string {
  return `event ${e.type} ${describeEvent(e)}${e.count > 1 ? ` (x${e.count})` : ''}`;
}

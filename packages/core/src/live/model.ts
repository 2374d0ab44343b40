import { BARMAN_PLUGIN } from '../cnpg/archive.js';
import { get, getArray, getString, isRecord } from '../inventory/resource.js';

/** Plain data read from a live cluster. Every time is an ISO-8601 string. */

export interface LiveCondition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

export interface LiveCluster {
  name: string;
  namespace: string;
  uid?: string;
  creationTimestamp?: string;
  resourceVersion?: string;
  /** spec.instances. */
  instances: number;
  backupStyle: 'plugin' | 'legacy' | 'none';
  objectStoreName?: string;
  /** The archive server name: explicit, else the Cluster name. */
  serverName: string;
  recoverySource?: string;
  phase?: string;
  phaseReason?: string;
  /** status.instances / status.readyInstances. */
  statusInstances?: number;
  readyInstances?: number;
  currentPrimary?: string;
  /** status.pgDataImageInfo.majorVersion: the PostgreSQL major of the data directory. */
  majorVersion?: number;
  firstRecoverabilityPoint?: string;
  lastSuccessfulBackup?: string;
  lastFailedBackup?: string;
  conditions: LiveCondition[];
  /** The Flux object that applied it, from the labels Flux's controllers put on what they apply. */
  fluxOwner?: { kind: 'Kustomization' | 'HelmRelease'; name: string; namespace: string };
}

export interface LiveScheduledBackup {
  name: string;
  cluster: string;
  schedule: string;
  suspend: boolean;
  immediate: boolean;
  method?: string;
  pluginName?: string;
  lastScheduleTime?: string;
  nextScheduleTime?: string;
}

export interface LiveBackup {
  name: string;
  cluster: string;
  creationTimestamp?: string;
  method?: string;
  phase?: string;
  startedAt?: string;
  stoppedAt?: string;
  error?: string;
}

export interface RecoveryWindow {
  firstRecoverabilityPoint?: string;
  lastSuccessfulBackupTime?: string;
  lastFailedBackupTime?: string;
}

export interface LiveObjectStore {
  name: string;
  /** status.serverRecoveryWindow, by server name. */
  recoveryWindows: Record<string, RecoveryWindow>;
}

export interface LiveEvent {
  type: string;
  reason: string;
  message: string;
  involvedKind: string;
  involvedName: string;
  involvedUid?: string;
  count: number;
  /** The latest time the event was seen. */
  time?: string;
  resourceVersion?: string;
  name: string;
}

export interface LiveApplication {
  name: string;
  namespace: string;
  destinationNamespace?: string;
  destinationServer?: string;
  repoURL?: string;
  path?: string;
  automated: boolean;
  selfHeal: boolean;
  prune: boolean;
  syncStatus?: string;
  healthStatus?: string;
}

/** Whether ArgoCD Applications could be read. */
export type ArgoAccess = 'ok' | 'forbidden' | 'not-installed';

/** Everything read about one Cluster, at one moment. */
export interface ClusterState {
  context: string;
  server: string;
  namespace: string;
  cluster: LiveCluster;
  /** Names of every Cluster in the namespace (the one read included), sorted. */
  clustersInNamespace: string[];
  scheduledBackups: LiveScheduledBackup[];
  /** Backups of the Cluster, newest first. */
  backups: LiveBackup[];
  objectStore?: LiveObjectStore;
  /** Events about the Cluster and its pods, jobs and volumes, oldest first. */
  events: LiveEvent[];
  /** Applications whose destination is the namespace, sorted by namespace/name. */
  applications: LiveApplication[];
  argoAccess: ArgoAccess;
  /** When the state was read. */
  readAt: string;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function time(v: unknown): string | undefined {
  if (typeof v === 'string' && v !== '') return v;
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
  return undefined;
}

function setIf<T extends object, K extends keyof T>(o: T, k: K, v: T[K] | undefined): void {
  if (v !== undefined) o[k] = v;
}

export function toLiveCluster(obj: unknown, pluginName = BARMAN_PLUGIN): LiveCluster {
  const name = getString(obj, ['metadata', 'name']) ?? '';
  const plugin = getArray(obj, ['spec', 'plugins']).find((p) => isRecord(p) && p.name === pluginName && p.isWALArchiver !== false);
  const legacy = get(obj, ['spec', 'backup', 'barmanObjectStore']);
  const backupStyle: LiveCluster['backupStyle'] = isRecord(legacy) ? 'legacy' : plugin ? 'plugin' : 'none';
  const explicitServer = backupStyle === 'legacy' ? getString(legacy, ['serverName']) : getString(plugin, ['parameters', 'serverName']);
  const c: LiveCluster = {
    name,
    namespace: getString(obj, ['metadata', 'namespace']) ?? '',
    instances: num(get(obj, ['spec', 'instances'])) ?? 1,
    backupStyle,
    serverName: explicitServer && explicitServer !== '' ? explicitServer : name,
    conditions: getArray(obj, ['status', 'conditions']).filter(isRecord).map((x) => {
      const cond: LiveCondition = { type: String(x.type ?? ''), status: String(x.status ?? '') };
      setIf(cond, 'reason', typeof x.reason === 'string' ? x.reason : undefined);
      setIf(cond, 'message', typeof x.message === 'string' ? x.message : undefined);
      setIf(cond, 'lastTransitionTime', time(x.lastTransitionTime));
      return cond;
    }),
  };
  setIf(c, 'uid', getString(obj, ['metadata', 'uid']));
  setIf(c, 'creationTimestamp', time(get(obj, ['metadata', 'creationTimestamp'])));
  setIf(c, 'resourceVersion', getString(obj, ['metadata', 'resourceVersion']));
  if (backupStyle === 'plugin') setIf(c, 'objectStoreName', getString(plugin, ['parameters', 'barmanObjectName']));
  setIf(c, 'recoverySource', getString(obj, ['spec', 'bootstrap', 'recovery', 'source']));
  const labels = get(obj, ['metadata', 'labels']);
  if (isRecord(labels)) {
    for (const [kind, prefix] of [['Kustomization', 'kustomize.toolkit.fluxcd.io'], ['HelmRelease', 'helm.toolkit.fluxcd.io']] as const) {
      const n = labels[`${prefix}/name`];
      const ns = labels[`${prefix}/namespace`];
      if (typeof n === 'string' && n !== '' && typeof ns === 'string' && ns !== '') {
        c.fluxOwner = { kind, name: n, namespace: ns };
        break;
      }
    }
  }
  setIf(c, 'phase', getString(obj, ['status', 'phase']));
  setIf(c, 'phaseReason', getString(obj, ['status', 'phaseReason']));
  setIf(c, 'statusInstances', num(get(obj, ['status', 'instances'])));
  setIf(c, 'readyInstances', num(get(obj, ['status', 'readyInstances'])));
  setIf(c, 'currentPrimary', getString(obj, ['status', 'currentPrimary']));
  setIf(c, 'majorVersion', num(get(obj, ['status', 'pgDataImageInfo', 'majorVersion'])));
  setIf(c, 'firstRecoverabilityPoint', time(get(obj, ['status', 'firstRecoverabilityPoint'])));
  setIf(c, 'lastSuccessfulBackup', time(get(obj, ['status', 'lastSuccessfulBackup'])));
  setIf(c, 'lastFailedBackup', time(get(obj, ['status', 'lastFailedBackup'])));
  return c;
}

export function toLiveScheduledBackup(obj: unknown): LiveScheduledBackup {
  const sb: LiveScheduledBackup = {
    name: getString(obj, ['metadata', 'name']) ?? '',
    cluster: getString(obj, ['spec', 'cluster', 'name']) ?? '',
    schedule: getString(obj, ['spec', 'schedule']) ?? '',
    suspend: get(obj, ['spec', 'suspend']) === true,
    immediate: get(obj, ['spec', 'immediate']) === true,
  };
  setIf(sb, 'method', getString(obj, ['spec', 'method']));
  setIf(sb, 'pluginName', getString(obj, ['spec', 'pluginConfiguration', 'name']));
  setIf(sb, 'lastScheduleTime', time(get(obj, ['status', 'lastScheduleTime'])));
  setIf(sb, 'nextScheduleTime', time(get(obj, ['status', 'nextScheduleTime'])));
  return sb;
}

export function toLiveBackup(obj: unknown): LiveBackup {
  const b: LiveBackup = {
    name: getString(obj, ['metadata', 'name']) ?? '',
    cluster: getString(obj, ['spec', 'cluster', 'name']) ?? '',
  };
  setIf(b, 'creationTimestamp', time(get(obj, ['metadata', 'creationTimestamp'])));
  setIf(b, 'method', getString(obj, ['spec', 'method']) ?? getString(obj, ['status', 'method']));
  setIf(b, 'phase', getString(obj, ['status', 'phase']));
  setIf(b, 'startedAt', time(get(obj, ['status', 'startedAt'])));
  setIf(b, 'stoppedAt', time(get(obj, ['status', 'stoppedAt'])));
  setIf(b, 'error', getString(obj, ['status', 'error']));
  return b;
}

export function toLiveObjectStore(obj: unknown): LiveObjectStore {
  const windows: Record<string, RecoveryWindow> = {};
  const raw = get(obj, ['status', 'serverRecoveryWindow']);
  if (isRecord(raw)) {
    for (const [server, w] of Object.entries(raw)) {
      const rw: RecoveryWindow = {};
      setIf(rw, 'firstRecoverabilityPoint', time(get(w, ['firstRecoverabilityPoint'])));
      setIf(rw, 'lastSuccessfulBackupTime', time(get(w, ['lastSuccessfulBackupTime'])));
      setIf(rw, 'lastFailedBackupTime', time(get(w, ['lastFailedBackupTime'])));
      windows[server] = rw;
    }
  }
  return { name: getString(obj, ['metadata', 'name']) ?? '', recoveryWindows: windows };
}

export function toLiveEvent(obj: unknown): LiveEvent {
  const e: LiveEvent = {
    name: getString(obj, ['metadata', 'name']) ?? '',
    type: getString(obj, ['type']) ?? 'Normal',
    reason: getString(obj, ['reason']) ?? '',
    message: (getString(obj, ['message']) ?? getString(obj, ['note']) ?? '').trim(),
    involvedKind: getString(obj, ['involvedObject', 'kind']) ?? getString(obj, ['regarding', 'kind']) ?? '',
    involvedName: getString(obj, ['involvedObject', 'name']) ?? getString(obj, ['regarding', 'name']) ?? '',
    count: num(get(obj, ['count'])) ?? num(get(obj, ['series', 'count'])) ?? 1,
  };
  setIf(e, 'involvedUid', getString(obj, ['involvedObject', 'uid']));
  setIf(
    e,
    'time',
    time(get(obj, ['lastTimestamp'])) ?? time(get(obj, ['eventTime'])) ?? time(get(obj, ['firstTimestamp'])) ?? time(get(obj, ['metadata', 'creationTimestamp'])),
  );
  setIf(e, 'resourceVersion', getString(obj, ['metadata', 'resourceVersion']));
  return e;
}

export function toLiveApplication(obj: unknown): LiveApplication {
  const automatedRaw = get(obj, ['spec', 'syncPolicy', 'automated']);
  // Argo CD 3.x can keep the block and switch it off with `enabled: false`.
  const automated = isRecord(automatedRaw) && automatedRaw.enabled !== false;
  const a: LiveApplication = {
    name: getString(obj, ['metadata', 'name']) ?? '',
    namespace: getString(obj, ['metadata', 'namespace']) ?? '',
    automated,
    selfHeal: automated && get(automatedRaw, ['selfHeal']) === true,
    prune: automated && get(automatedRaw, ['prune']) === true,
  };
  setIf(a, 'destinationNamespace', getString(obj, ['spec', 'destination', 'namespace']));
  setIf(a, 'destinationServer', getString(obj, ['spec', 'destination', 'server']) ?? getString(obj, ['spec', 'destination', 'name']));
  setIf(a, 'repoURL', getString(obj, ['spec', 'source', 'repoURL']) ?? getString(obj, ['spec', 'sources', 0, 'repoURL']));
  setIf(a, 'path', getString(obj, ['spec', 'source', 'path']) ?? getString(obj, ['spec', 'sources', 0, 'path']));
  setIf(a, 'syncStatus', getString(obj, ['status', 'sync', 'status']));
  setIf(a, 'healthStatus', getString(obj, ['status', 'health', 'status']));
  return a;
}

/**
 * The Cluster an object (Pod, Job, PVC) belongs to, by CNPG's naming: `<cluster>-<n>` and
 * `<cluster>-<n>-<job>-<suffix>`. The longest matching Cluster name wins, so `db-2-1` is
 * `db-2`'s when both `db` and `db-2` exist.
 */
export function ownerCluster(objectName: string, clusterNames: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const c of clusterNames) {
    if (objectName === c || (objectName.startsWith(`${c}-`) && /^\d+(-|$)/.test(objectName.slice(c.length + 1)))) {
      if (!best || c.length > best.length) best = c;
    }
  }
  return best;
}

/** Events about the Cluster or its instances, jobs and volumes, since `since` (when given), oldest first. */
export function eventsForCluster(events: readonly LiveEvent[], cluster: string, clusterNames: readonly string[], since?: string): LiveEvent[] {
  const names = clusterNames.includes(cluster) ? clusterNames : [...clusterNames, cluster];
  const sinceMs = since ? Date.parse(since) : undefined;
  return events
    .filter((e) => {
      if (e.involvedKind === 'Cluster') {
        if (e.involvedName !== cluster) return false;
      } else if (!['Pod', 'Job', 'PersistentVolumeClaim', 'Backup'].includes(e.involvedKind) || ownerCluster(e.involvedName, names) !== cluster) {
        return false;
      }
      if (sinceMs !== undefined && e.time !== undefined && Date.parse(e.time) < sinceMs) return false;
      return true;
    })
    .sort((a, b) => (a.time ?? '').localeCompare(b.time ?? '') || a.name.localeCompare(b.name));
}

import { isHealthy, recoveryWindowOf, scheduledBackupsOf } from './assess.js';
import { connect, type KubeConnection, type ReadOptions, readClusterState } from './client.js';
import type { ArgoAccess, LiveApplication, LiveScheduledBackup } from './model.js';
import { InputError } from '../errors.js';

/** What a restore plan takes from the live cluster (`plan-restore --live`). */
export interface LiveRestoreContext {
  context: string;
  server: string;
  namespace: string;
  clusterName: string;
  /** False only with `allowMissing` when the Cluster does not exist. */
  clusterExists: boolean;
  /** Healthy phase with every instance ready, right now: the plan warns before deleting it. */
  healthyNow: boolean;
  phase?: string;
  instances?: number;
  readyInstances?: number;
  backupStyle?: 'plugin' | 'legacy' | 'none';
  objectStoreName?: string;
  serverName?: string;
  /** The ScheduledBackups that name the Cluster, as they exist: these are the ones to delete. */
  scheduledBackups: LiveScheduledBackup[];
  /** The recoverability window from status (ObjectStore, else Cluster), for when S3 is unreachable. */
  window?: { firstRecoverabilityPoint?: string; lastSuccessfulBackup?: string; source: 'object-store' | 'cluster-status' };
  /** The Application managing the namespace (the first by namespace/name when several do). */
  application?: LiveApplication;
  /** Every Application whose destination is the namespace. */
  applications: LiveApplication[];
  argoAccess: ArgoAccess;
  /** Names of every Cluster in the namespace. */
  clustersInNamespace: string[];
  /** The Flux Kustomization or HelmRelease that applied the Cluster (its labels say). */
  flux?: { kind: 'Kustomization' | 'HelmRelease'; name: string; namespace: string };
}

export interface LiveRestoreOptions extends ReadOptions {
  /** Return clusterExists: false instead of throwing when the Cluster is not there. */
  allowMissing?: boolean;
}

/** Reads the live facts a restore plan needs. Throws InputError (one line) on access problems. */
export async function readLiveRestoreContext(clusterName: string, opts: LiveRestoreOptions = {}, conn: KubeConnection = connect(opts)): Promise<LiveRestoreContext> {
  try {
    const state = await readClusterState(clusterName, opts, conn);
    const c = state.cluster;
    const ctx: LiveRestoreContext = {
      context: state.context,
      server: state.server,
      namespace: state.namespace,
      clusterName,
      clusterExists: true,
      healthyNow: isHealthy(c),
      instances: c.instances,
      readyInstances: c.readyInstances ?? 0,
      backupStyle: c.backupStyle,
      serverName: c.serverName,
      scheduledBackups: scheduledBackupsOf(state),
      applications: state.applications,
      argoAccess: state.argoAccess,
      clustersInNamespace: state.clustersInNamespace,
    };
    if (c.phase) ctx.phase = c.phase;
    if (c.objectStoreName) ctx.objectStoreName = c.objectStoreName;
    const w = recoveryWindowOf(state);
    if (w) ctx.window = w;
    if (state.applications[0]) ctx.application = state.applications[0];
    if (c.fluxOwner) ctx.flux = c.fluxOwner;
    return ctx;
  } catch (e) {
    if (opts.allowMissing && e instanceof InputError && e.message.startsWith(`Cluster "${clusterName}" not found`)) {
      return { context: conn.context, server: conn.server, namespace: conn.namespace, clusterName, clusterExists: false, healthyNow: false, scheduledBackups: [], applications: [], argoAccess: 'ok', clustersInNamespace: [] };
    }
    throw e;
  }
}



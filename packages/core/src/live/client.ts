import { existsSync } from 'node:fs';
import { ApiException, CoreV1Api, CustomObjectsApi, KubeConfig } from '@kubernetes/client-node';
import { InputError } from '../errors.js';
import { isRecord } from '../inventory/resource.js';
import {
  eventsForCluster,
  toLiveApplication,
  toLiveBackup,
  toLiveCluster,
  toLiveEvent,
  toLiveObjectStore,
  toLiveScheduledBackup,
  type ArgoAccess,
  type ClusterState,
  type LiveApplication,
  type LiveEvent,
} from './model.js';

/** kubectl's connection flags. */
export interface KubeOptions {
  /** --kubeconfig; else KUBECONFIG; else ~/.kube/config. */
  kubeconfig?: string;
  /** --context; else the current context. */
  context?: string;
  /** -n/--namespace; else the context's namespace; else "default". */
  namespace?: string;
}

export interface KubeConnection {
  kc: KubeConfig;
  context: string;
  server: string;
  namespace: string;
  custom: CustomObjectsApi;
  core: CoreV1Api;
}

export const CNPG = { group: 'postgresql.cnpg.io', version: 'v1' } as const;
export const BARMAN_CLOUD = { group: 'barmancloud.cnpg.io', version: 'v1' } as const;
export const ARGO = { group: 'argoproj.io', version: 'v1alpha1', plural: 'applications' } as const;

/** Loads the kubeconfig the way kubectl does. Throws InputError when it cannot. */
export function connect(opts: KubeOptions = {}): KubeConnection {
  const kc = new KubeConfig();
  try {
    if (opts.kubeconfig) {
      if (!existsSync(opts.kubeconfig)) throw new InputError(`kubeconfig ${opts.kubeconfig} does not exist; pass an existing file to --kubeconfig`);
      kc.loadFromFile(opts.kubeconfig);
    } else {
      kc.loadFromDefault();
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read the kubeconfig ${opts.kubeconfig ?? process.env.KUBECONFIG ?? '~/.kube/config'}: ${(e as Error).message.split('\n')[0]}; fix the file or pass another with --kubeconfig`);
  }
  if (opts.context) {
    if (!kc.getContextObject(opts.context)) {
      const names = kc.getContexts().map((c) => c.name).sort();
      throw new InputError(`context "${opts.context}" is not in the kubeconfig; contexts there: ${names.join(', ') || '(none)'}`);
    }
    kc.setCurrentContext(opts.context);
  }
  const contextName = kc.getCurrentContext();
  const cluster = kc.getCurrentCluster();
  if (!cluster || !contextName) {
    throw new InputError('the kubeconfig has no current context; pass --context or run kubectl config use-context NAME');
  }
  if (!opts.kubeconfig && !process.env.KUBECONFIG && cluster.server === 'http://localhost:8080' && contextName === 'loaded-context') {
    throw new InputError('no kubeconfig found (~/.kube/config is missing and KUBECONFIG is unset); set KUBECONFIG or pass --kubeconfig');
  }
  const ctx = kc.getContextObject(contextName);
  const namespace = opts.namespace ?? ctx?.namespace ?? 'default';
  return { kc, context: contextName, server: cluster.server, namespace, custom: kc.makeApiClient(CustomObjectsApi), core: kc.makeApiClient(CoreV1Api) };
}

/** What a request was doing, for error messages. */
export interface RequestDesc {
  verb: 'get' | 'list' | 'watch';
  resource: string;
  group: string;
  namespace?: string;
  name?: string;
}

function resourceName(d: RequestDesc): string {
  return d.group ? `${d.resource}.${d.group}` : d.resource;
}

function statusMessage(body: unknown): string | undefined {
  let b: unknown = body;
  if (typeof body === 'string') {
    try {
      b = JSON.parse(body);
    } catch {
      return body.trim() || undefined;
    }
  }
  return isRecord(b) && typeof b.message === 'string' ? b.message : undefined;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'UND_ERR_CONNECT_TIMEOUT', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN']);

/** HTTP status of an API error (generated client or Watch), when it has one. */
export function httpStatusOf(err: unknown): number | undefined {
  if (err instanceof ApiException) return err.code;
  const e = err as { statusCode?: unknown; code?: unknown };
  if (typeof e?.statusCode === 'number') return e.statusCode;
  if (typeof e?.code === 'number') return e.code;
  return undefined;
}

/** Turns a client error into one line a person can act on (InputError: exit 2). */
export function explainApiError(err: unknown, d: RequestDesc, conn: Pick<KubeConnection, 'server' | 'context'>): InputError {
  const status = httpStatusOf(err);
  const where = d.namespace ? ` in namespace "${d.namespace}"` : ' cluster-wide';
  if (status === undefined) {
    const e = err as { code?: string; errno?: string; message?: string; cause?: { code?: string } };
    const code = e?.code ?? e?.errno ?? e?.cause?.code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || /^E[A-Z]+$/.test(code))) {
      return new InputError(`cannot reach the Kubernetes API server ${conn.server} of context "${conn.context}" (${code}); check that the cluster is up, the VPN is connected and the context is the right one (--context)`);
    }
    const msg = (e?.message ?? String(err)).split('\n')[0];
    return new InputError(`request to the Kubernetes API server ${conn.server} failed (${msg}); check the context "${conn.context}" and the network`);
  }
  const body = err instanceof ApiException ? err.body : (err as { body?: unknown }).body;
  const detail = statusMessage(body);
  switch (status) {
    case 401:
      return new InputError(`the API server ${conn.server} rejected the credentials of context "${conn.context}" (401 Unauthorized): they are missing or expired; log in again or refresh the token, then retry`);
    case 403:
      return new InputError(`RBAC forbids "${d.verb}" on ${resourceName(d)}${where} (403 Forbidden${detail ? `: ${detail}` : ''}); ask for a Role granting get, list and watch on ${resourceName(d)}`);
    case 404:
      if (d.group === CNPG.group && d.resource === 'clusters' && d.name === undefined) {
        return new InputError(`CloudNativePG is not installed on context "${conn.context}": the API server has no ${resourceName(d)} resource (404); install the operator, or pick the context of the right cluster with --context`);
      }
      return new InputError(`${resourceName(d)}${d.name ? ` "${d.name}"` : ''} not found${where} (404${detail ? `: ${detail}` : ''}); check the name and -n/--namespace`);
    default:
      return new InputError(`the API server answered ${status} to ${d.verb} ${resourceName(d)}${where}${detail ? `: ${detail}` : ''}; retry, or check the API server's health`);
  }
}

async function call<T>(conn: KubeConnection, d: RequestDesc, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw explainApiError(e, d, conn);
  }
}

export interface RawList {
  items: unknown[];
  resourceVersion: string;
}

function toRawList(res: unknown): RawList {
  const items = isRecord(res) && Array.isArray(res.items) ? (res.items as unknown[]) : [];
  const meta = isRecord(res) && isRecord(res.metadata) ? res.metadata : {};
  return { items, resourceVersion: typeof meta.resourceVersion === 'string' ? meta.resourceVersion : '' };
}

export async function listCustom(conn: KubeConnection, group: string, version: string, plural: string, namespace: string, fieldSelector?: string): Promise<RawList> {
  const d: RequestDesc = { verb: 'list', resource: plural, group, namespace };
  const res: unknown = await call(conn, d, () =>
    conn.custom.listNamespacedCustomObject({ group, version, namespace, plural, ...(fieldSelector ? { fieldSelector } : {}) }),
  );
  return toRawList(res);
}

/** One custom object (cluster-scoped without `namespace`); undefined when it does not exist. */
export async function getCustom(conn: KubeConnection, group: string, version: string, plural: string, name: string, namespace?: string): Promise<unknown> {
  const d: RequestDesc = { verb: 'get', resource: plural, group, name, ...(namespace ? { namespace } : {}) };
  try {
    return await (namespace ? conn.custom.getNamespacedCustomObject({ group, version, namespace, plural, name }) : conn.custom.getClusterCustomObject({ group, version, plural, name }));
  } catch (e) {
    if (httpStatusOf(e) === 404) return undefined;
    throw explainApiError(e, d, conn);
  }
}

/** Events of a namespace, as plain data (the typed client's Dates become ISO strings). */
export async function listEvents(conn: KubeConnection, namespace: string): Promise<{ events: LiveEvent[]; resourceVersion: string }> {
  const d: RequestDesc = { verb: 'list', resource: 'events', group: '', namespace };
  const res = await call(conn, d, () => conn.core.listNamespacedEvent({ namespace }));
  return { events: res.items.map((e) => toLiveEvent(e)), resourceVersion: res.metadata?.resourceVersion ?? '' };
}

/** The Clusters of the namespace. A 404 means CloudNativePG is not installed. */
export async function listClusters(conn: KubeConnection, namespace: string): Promise<RawList> {
  return listCustom(conn, CNPG.group, CNPG.version, 'clusters', namespace);
}

export function clusterNotFound(name: string, namespace: string, names: string[]): InputError {
  return new InputError(
    names.length > 0
      ? `Cluster "${name}" not found in namespace "${namespace}"; Clusters there: ${names.join(', ')}`
      : `Cluster "${name}" not found: namespace "${namespace}" has no Clusters; pick the namespace with -n/--namespace`,
  );
}

/** The ArgoCD Applications deploying to `namespace`: cluster-wide first, then the `argocd` namespace. */
export async function readApplications(conn: KubeConnection, namespace: string, argocdNamespace = 'argocd'): Promise<{ applications: LiveApplication[]; access: ArgoAccess }> {
  const attempt = async (ns?: string): Promise<{ items?: unknown[]; status?: number }> => {
    try {
      const res: unknown = ns
        ? await conn.custom.listNamespacedCustomObject({ group: ARGO.group, version: ARGO.version, plural: ARGO.plural, namespace: ns })
        : await conn.custom.listClusterCustomObject({ group: ARGO.group, version: ARGO.version, plural: ARGO.plural });
      return { items: toRawList(res).items };
    } catch (e) {
      const status = httpStatusOf(e);
      if (status === 403 || status === 404) return { status };
      throw explainApiError(e, { verb: 'list', resource: ARGO.plural, group: ARGO.group, ...(ns ? { namespace: ns } : {}) }, conn);
    }
  };
  let r = await attempt();
  if (r.status === 403) r = await attempt(argocdNamespace);
  if (!r.items) return { applications: [], access: r.status === 404 ? 'not-installed' : 'forbidden' };
  const apps = r.items
    .map((o) => toLiveApplication(o))
    .filter((a) => a.destinationNamespace === namespace)
    .sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`));
  return { applications: apps, access: 'ok' };
}

export interface ReadOptions extends KubeOptions {
  argocdNamespace?: string;
  pluginName?: string;
  /** How many Backups of the Cluster to keep, newest first. Default 5. */
  backups?: number;
}

/** Reads everything `status` needs about one Cluster. Errors are InputErrors with one clear line. */
export async function readClusterState(name: string, opts: ReadOptions = {}, conn: KubeConnection = connect(opts)): Promise<ClusterState> {
  const ns = conn.namespace;
  const clusters = await listClusters(conn, ns);
  const names = clusters.items.map((o) => toLiveCluster(o).name).sort();
  const raw = clusters.items.find((o) => toLiveCluster(o).name === name);
  if (!raw) throw clusterNotFound(name, ns, names);
  const cluster = toLiveCluster(raw, opts.pluginName);
  const [sbs, backups, events, argo, store] = await Promise.all([
    listCustom(conn, CNPG.group, CNPG.version, 'scheduledbackups', ns),
    listCustom(conn, CNPG.group, CNPG.version, 'backups', ns),
    listEvents(conn, ns),
    readApplications(conn, ns, opts.argocdNamespace),
    cluster.backupStyle === 'plugin' && cluster.objectStoreName ? readObjectStore(conn, ns, cluster.objectStoreName) : Promise.resolve(undefined),
  ]);
  const ownBackups = backups.items
    .map((o) => toLiveBackup(o))
    .filter((b) => b.cluster === name)
    .sort((a, b) => (b.creationTimestamp ?? '').localeCompare(a.creationTimestamp ?? '') || b.name.localeCompare(a.name))
    .slice(0, opts.backups ?? 5);
  const state: ClusterState = {
    context: conn.context,
    server: conn.server,
    namespace: ns,
    cluster,
    clustersInNamespace: names,
    scheduledBackups: sbs.items.map((o) => toLiveScheduledBackup(o)).sort((a, b) => a.name.localeCompare(b.name)),
    backups: ownBackups,
    events: eventsForCluster(events.events, name, names),
    applications: argo.applications,
    argoAccess: argo.access,
    readAt: new Date().toISOString(),
  };
  if (store) state.objectStore = store;
  return state;
}

async function readObjectStore(conn: KubeConnection, namespace: string, name: string) {
  try {
    const res: unknown = await conn.custom.getNamespacedCustomObject({ group: BARMAN_CLOUD.group, version: BARMAN_CLOUD.version, namespace, plural: 'objectstores', name });
    return toLiveObjectStore(res);
  } catch (e) {
    // A missing ObjectStore shows as "no recoverability point"; anything else is an error.
    if (httpStatusOf(e) === 404) return undefined;
    throw explainApiError(e, { verb: 'get', resource: 'objectstores', group: BARMAN_CLOUD.group, namespace, name }, conn);
  }
}

import { Watch } from '@kubernetes/client-node';
import { InputError } from '../errors.js';
import { isRecord } from '../inventory/resource.js';
import { clusterProgress, eventLine, formatAge, watchVerdict } from './assess.js';
import { clusterNotFound, CNPG, connect, explainApiError, httpStatusOf, listClusters, listEvents, type KubeConnection, type ReadOptions, type RequestDesc } from './client.js';
import { eventsForCluster, toLiveCluster, toLiveEvent, type LiveCluster, type LiveEvent } from './model.js';

export interface WatchOptions extends ReadOptions {
  /** Give up after this long (outcome "timeout"). */
  timeoutMs: number;
  /** Receives each progress line, without a trailing newline. */
  onLine: (line: string) => void;
  /** Wait for the Cluster to be created instead of failing when it does not exist yet. */
  waitForCreate?: boolean;
  /** Watch an offline in-place major upgrade to this major: done when the data directory runs it and the Cluster is healthy. */
  upgradeTo?: number;
  /** How many times a dropped connection is retried before giving up. Default 5. */
  maxReconnects?: number;
}

export interface WatchResult {
  outcome: 'healthy' | 'failed' | 'timeout';
  reason: string;
  /** How many times a watch was restarted from a fresh list after 410 Gone. */
  relists: number;
  /** The namespace that was watched. */
  namespace: string;
}

interface Stream {
  path: string;
  query: Record<string, string | boolean>;
  desc: RequestDesc;
  resourceVersion: string;
  relist: () => Promise<string>;
  onObject: (type: string, obj: unknown) => void;
  controller?: AbortController;
  reconnects: number;
}

function stamp(d: Date): string {
  return d.toISOString().slice(11, 19) + 'Z';
}

/**
 * Follows a Cluster and its events (watch with resourceVersion; a fresh list after 410 Gone)
 * until it is healthy with every instance ready, shows a failure, or the time runs out.
 */
export async function watchRestore(name: string, opts: WatchOptions, conn: KubeConnection = connect(opts)): Promise<WatchResult> {
  const ns = conn.namespace;
  const started = Date.now();
  // Lines from the first list wait until the header is out.
  let pending: string[] | undefined = [];
  const line = (text: string) => {
    const l = `${stamp(new Date())} ${text}`;
    if (pending) pending.push(l);
    else opts.onLine(l);
  };
  let cluster: LiveCluster | undefined;
  let names: string[] = [];
  const events = new Map<string, LiveEvent>();
  const printed = new Set<string>();
  let relists = 0;
  let finished = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let streams: Stream[] = [];
  let finish: (r: WatchResult) => void = () => undefined;
  let fail: (e: unknown) => void = () => undefined;
  const result = new Promise<WatchResult>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });

  const applyCluster = (obj: unknown) => {
    const next = toLiveCluster(obj, opts.pluginName);
    for (const l of clusterProgress(cluster, next)) line(l);
    cluster = next;
  };
  const printEvents = () => {
    if (!cluster) return;
    for (const e of eventsForCluster([...events.values()], name, names, cluster.creationTimestamp)) {
      const key = `${e.name}#${e.count}`;
      if (printed.has(key)) continue;
      printed.add(key);
      line(eventLine(e));
    }
  };
  const evaluate = () => {
    if (finished || !cluster) return;
    printEvents();
    const v = watchVerdict(cluster, [...events.values()], names, opts.upgradeTo);
    if (v.outcome !== 'progress') stop({ outcome: v.outcome, reason: v.reason, relists });
  };

  const relistClusters = async () => {
    const list = await listClusters(conn, ns);
    names = list.items.map((o) => toLiveCluster(o).name).sort();
    const raw = list.items.find((o) => toLiveCluster(o).name === name);
    if (!raw) {
      if (cluster) {
        stop({ outcome: 'failed', reason: `Cluster ${ns}/${name} was deleted while being watched`, relists });
        return list.resourceVersion;
      }
      if (opts.waitForCreate) return list.resourceVersion;
      throw clusterNotFound(name, ns, names);
    }
    applyCluster(raw);
    return list.resourceVersion;
  };
  const relistEvents = async () => {
    const res = await listEvents(conn, ns);
    events.clear();
    for (const e of res.events) events.set(e.name, e);
    return res.resourceVersion;
  };

  const clusterRv = await relistClusters();
  const eventsRv = await relistEvents();
  const buffered = pending ?? [];
  pending = undefined;
  line(
    cluster
      ? `watching Cluster ${ns}/${name} (context ${conn.context}); waiting until ${opts.upgradeTo !== undefined ? `its data directory runs major ${opts.upgradeTo} and it is` : 'it is'} healthy with all ${cluster.instances} instances ready, for at most ${formatAge(opts.timeoutMs)}`
      : `watching for Cluster ${ns}/${name} (context ${conn.context}): it does not exist yet; waiting for it to be created and become healthy, for at most ${formatAge(opts.timeoutMs)}`,
  );
  for (const l of buffered) opts.onLine(l);
  evaluate();
  if (finished) return result;

  const watch = new Watch(conn.kc);
  streams = [
    {
      path: `/apis/${CNPG.group}/${CNPG.version}/namespaces/${ns}/clusters`,
      query: { fieldSelector: `metadata.name=${name}`, allowWatchBookmarks: true },
      desc: { verb: 'watch', resource: 'clusters', group: CNPG.group, namespace: ns },
      resourceVersion: clusterRv,
      relist: relistClusters,
      onObject: (type, obj) => {
        if (type === 'DELETED') stop({ outcome: 'failed', reason: `Cluster ${ns}/${name} was deleted while being watched`, relists });
        else if (type === 'ADDED' || type === 'MODIFIED') applyCluster(obj);
      },
      reconnects: 0,
    },
    {
      path: `/api/v1/namespaces/${ns}/events`,
      query: { allowWatchBookmarks: true },
      desc: { verb: 'watch', resource: 'events', group: '', namespace: ns },
      resourceVersion: eventsRv,
      relist: relistEvents,
      onObject: (type, obj) => {
        const e = toLiveEvent(obj);
        if (type === 'DELETED') events.delete(e.name);
        else if (type === 'ADDED' || type === 'MODIFIED') events.set(e.name, e);
      },
      reconnects: 0,
    },
  ];

  timer = setTimeout(() => {
    const where = cluster ? watchVerdict(cluster, [...events.values()], names, opts.upgradeTo).reason : `Cluster ${ns}/${name} was never created (is the Application synced?)`;
    const what = opts.upgradeTo !== undefined ? `upgrade to major ${opts.upgradeTo} not finished` : 'not healthy';
    stop({ outcome: 'timeout', reason: `${what} after ${formatAge(Date.now() - started)}: ${where}`, relists });
  }, opts.timeoutMs);

  function stop(r: Omit<WatchResult, 'namespace'>) {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    for (const s of streams) s.controller?.abort();
    finish({ ...r, namespace: ns });
  }
  function abortWith(e: unknown) {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    for (const s of streams) s.controller?.abort();
    fail(e);
  }

  const start = (s: Stream) => {
    if (finished) return;
    let gone = false;
    const query = { ...s.query, ...(s.resourceVersion ? { resourceVersion: s.resourceVersion } : {}) };
    void watch
      .watch(
        s.path,
        query,
        (type, obj) => {
          if (finished) return;
          s.reconnects = 0;
          if (type === 'ERROR') {
            if (isRecord(obj) && obj.code === 410) gone = true;
            else abortWith(new InputError(`the watch on ${s.desc.resource} failed: ${isRecord(obj) && typeof obj.message === 'string' ? obj.message : JSON.stringify(obj)}`));
            return;
          }
          const rv = isRecord(obj) && isRecord(obj.metadata) ? obj.metadata.resourceVersion : undefined;
          if (typeof rv === 'string') s.resourceVersion = rv;
          if (type !== 'BOOKMARK') {
            s.onObject(type, obj);
            evaluate();
          }
        },
        (err) => {
          if (finished) return;
          if (gone || httpStatusOf(err) === 410) {
            relists++;
            line(`watch on ${s.desc.resource} expired (410 Gone); listing again`);
            s.relist()
              .then((rv) => {
                s.resourceVersion = rv;
                evaluate();
                start(s);
              })
              .catch(abortWith);
            return;
          }
          const status = httpStatusOf(err);
          if (err && status !== undefined) {
            abortWith(explainApiError(err, s.desc, conn));
            return;
          }
          if (err) {
            s.reconnects++;
            if (s.reconnects > (opts.maxReconnects ?? 5)) {
              abortWith(explainApiError(err, s.desc, conn));
              return;
            }
            setTimeout(() => start(s), Math.min(500 * 2 ** s.reconnects, 10_000));
            return;
          }
          // The server closed the stream (its timeout): carry on from the last resourceVersion.
          start(s);
        },
      )
      .then((c) => {
        s.controller = c;
        if (finished) c.abort();
      })
      .catch(abortWith);
  };
  for (const s of streams) start(s);
  return result;
}

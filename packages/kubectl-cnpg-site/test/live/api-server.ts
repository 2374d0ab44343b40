/**
 * A test-only Kubernetes API server: the REST semantics @kubernetes/client-node uses, over
 * node:http. Core (`/api/v1/...`) and custom (`/apis/{group}/{version}/...`) resources; get,
 * list and watch with resourceVersion; newline-delimited watch events; Status objects for
 * 401/403/404/410; bearer token auth. Tests script changes through the methods below while the
 * CLI runs as a subprocess against it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Obj = Record<string, unknown> & { metadata: Record<string, unknown> };

interface ResourceType {
  group: string; // '' for core
  version: string;
  plural: string;
  kind: string;
}

interface Change {
  rv: number;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  key: string; // group/plural
  object: Obj;
}

interface Watcher {
  key: string;
  namespace?: string;
  fieldSelector?: string;
  res: ServerResponse;
}

export interface RequestRecord {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
}

export const TYPES: ResourceType[] = [
  { group: '', version: 'v1', plural: 'events', kind: 'Event' },
  { group: 'batch', version: 'v1', plural: 'jobs', kind: 'Job' },
  { group: 'postgresql.cnpg.io', version: 'v1', plural: 'clusters', kind: 'Cluster' },
  // Cluster-scoped: applied without metadata.namespace, served at /apis/{g}/{v}/{plural}[/{name}].
  { group: 'postgresql.cnpg.io', version: 'v1', plural: 'clusterimagecatalogs', kind: 'ClusterImageCatalog' },
  { group: 'postgresql.cnpg.io', version: 'v1', plural: 'imagecatalogs', kind: 'ImageCatalog' },
  { group: 'postgresql.cnpg.io', version: 'v1', plural: 'scheduledbackups', kind: 'ScheduledBackup' },
  { group: 'postgresql.cnpg.io', version: 'v1', plural: 'backups', kind: 'Backup' },
  { group: 'barmancloud.cnpg.io', version: 'v1', plural: 'objectstores', kind: 'ObjectStore' },
  { group: 'argoproj.io', version: 'v1alpha1', plural: 'applications', kind: 'Application' },
];

function statusObject(code: number, reason: string, message: string, details?: Record<string, unknown>) {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...(details ? { details } : {}), code };
}

function fieldValue(obj: unknown, path: string): string | undefined {
  let cur: unknown = obj;
  for (const seg of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur === undefined ? undefined : String(cur);
}

function matchesSelector(obj: unknown, selector: string | undefined): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const neq = term.includes('!=');
    const [k, v] = term.split(neq ? '!=' : /==?/) as [string, string];
    return neq ? fieldValue(obj, k) !== v : fieldValue(obj, k) === v;
  });
}

export class FakeApiServer {
  readonly token: string;
  readonly requests: RequestRecord[] = [];
  private server: Server;
  private rv = 100;
  private readonly objects = new Map<string, Map<string, Obj>>(); // key -> ns/name -> obj
  private readonly history: Change[] = [];
  /** Changes at or below this resourceVersion are forgotten (a watch from there gets 410). */
  private compactedThrough = 0;
  private readonly watchers = new Set<Watcher>();
  private readonly denied: { verb: string; plural: string; namespace?: string }[] = [];
  private readonly removed = new Set<string>();
  private uidCounter = 0;

  constructor(opts: { token?: string } = {}) {
    this.token = opts.token ?? 'test-token-0123456789';
    this.server = createServer((req, res) => this.handle(req, res));
  }

  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const w of this.watchers) w.res.end();
    this.watchers.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- scripting ----

  /** Creates or replaces an object (from apiVersion/kind), bumping resourceVersion and notifying watchers. */
  apply(input: Record<string, unknown>): Obj {
    const t = this.typeOfObject(input);
    const key = `${t.group}/${t.plural}`;
    const obj = structuredClone(input) as Obj;
    obj.metadata = { ...(obj.metadata ?? {}) };
    const ns = String(obj.metadata.namespace ?? '');
    const name = String(obj.metadata.name);
    let bucket = this.objects.get(key);
    if (!bucket) this.objects.set(key, (bucket = new Map()));
    const existing = bucket.get(`${ns}/${name}`);
    obj.metadata.uid = existing?.metadata.uid ?? obj.metadata.uid ?? `00000000-0000-4000-8000-${String(++this.uidCounter).padStart(12, '0')}`;
    obj.metadata.creationTimestamp = existing?.metadata.creationTimestamp ?? obj.metadata.creationTimestamp ?? new Date().toISOString();
    obj.metadata.resourceVersion = String(++this.rv);
    bucket.set(`${ns}/${name}`, obj);
    this.record({ rv: this.rv, type: existing ? 'MODIFIED' : 'ADDED', key, object: obj });
    return obj;
  }

  /** Changes an existing object with a function and stores the result. */
  update(apiVersion: string, kind: string, namespace: string, name: string, fn: (o: Obj) => void): Obj {
    const t = this.typeOf(apiVersion, kind);
    const cur = this.objects.get(`${t.group}/${t.plural}`)?.get(`${namespace}/${name}`);
    if (!cur) throw new Error(`no ${kind} ${namespace}/${name}`);
    const next = structuredClone(cur);
    fn(next);
    return this.apply(next);
  }

  delete(apiVersion: string, kind: string, namespace: string, name: string): void {
    const t = this.typeOf(apiVersion, kind);
    const key = `${t.group}/${t.plural}`;
    const cur = this.objects.get(key)?.get(`${namespace}/${name}`);
    if (!cur) return;
    this.objects.get(key)!.delete(`${namespace}/${name}`);
    const obj = structuredClone(cur);
    obj.metadata.resourceVersion = String(++this.rv);
    this.record({ rv: this.rv, type: 'DELETED', key, object: obj });
  }

  /** An Event about an object, as the kubelet or the operator would record it. */
  event(namespace: string, e: { type?: string; reason: string; message: string; kind: string; name: string; count?: number; at?: Date }): Obj {
    const at = (e.at ?? new Date()).toISOString();
    return this.apply({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${e.name}.${(this.rv + 1).toString(16)}`, namespace },
      involvedObject: { kind: e.kind, name: e.name, namespace, apiVersion: e.kind === 'Cluster' ? 'postgresql.cnpg.io/v1' : e.kind === 'Job' ? 'batch/v1' : 'v1' },
      reason: e.reason,
      message: e.message,
      type: e.type ?? 'Normal',
      count: e.count ?? 1,
      firstTimestamp: at,
      lastTimestamp: at,
      source: { component: e.kind === 'Cluster' ? 'cloudnative-pg' : 'kubelet' },
    });
  }

  /** RBAC: refuse `verb` on `plural` (in `namespace`, or everywhere). */
  deny(verb: 'get' | 'list' | 'watch', plural: string, namespace?: string): void {
    this.denied.push({ verb, plural, ...(namespace ? { namespace } : {}) });
  }

  /** The CRD of `plural` is not installed: every path under it answers 404. */
  removeResource(plural: string): void {
    this.removed.add(plural);
  }

  /** Forget history (as etcd compaction does) and end open watches with a 410 ERROR event. */
  expireWatches(): void {
    this.compactedThrough = this.rv;
    for (const w of this.watchers) {
      this.send(w.res, { type: 'ERROR', object: statusObject(410, 'Expired', `too old resource version: ${this.rv - 1} (${this.rv})`) });
      w.res.end();
    }
    this.watchers.clear();
  }

  /** Ends open watches cleanly, as an API server does when their timeout passes. */
  closeWatches(): void {
    for (const w of this.watchers) w.res.end();
    this.watchers.clear();
  }

  get openWatches(): number {
    return this.watchers.size;
  }

  // ---- HTTP ----

  private typeOf(apiVersion: string, kind: string): ResourceType {
    const [group, version] = apiVersion.includes('/') ? (apiVersion.split('/') as [string, string]) : ['', apiVersion];
    const t = TYPES.find((x) => x.group === group && x.version === version && x.kind === kind);
    if (!t) throw new Error(`unknown type ${apiVersion} ${kind}`);
    return t;
  }

  private typeOfObject(o: Record<string, unknown>): ResourceType {
    return this.typeOf(String(o.apiVersion), String(o.kind));
  }

  private record(change: Change): void {
    this.history.push(change);
    for (const w of this.watchers) {
      if (w.key === change.key && (!w.namespace || change.object.metadata.namespace === w.namespace) && matchesSelector(change.object, w.fieldSelector)) {
        this.send(w.res, { type: change.type, object: change.object });
      }
    }
  }

  private send(res: ServerResponse, ev: unknown): void {
    res.write(JSON.stringify(ev) + '\n');
  }

  private json(res: ServerResponse, code: number, body: unknown, rec: RequestRecord): void {
    rec.status = code;
    res.writeHead(code, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const query = Object.fromEntries(url.searchParams.entries());
    const rec: RequestRecord = { method: req.method ?? 'GET', path: url.pathname, query, status: 0 };
    this.requests.push(rec);
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      this.json(res, 401, statusObject(401, 'Unauthorized', 'Unauthorized'), rec);
      return;
    }
    if (req.method !== 'GET') {
      this.json(res, 405, statusObject(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource'), rec);
      return;
    }
    if (url.pathname === '/api') {
      this.json(res, 200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [] }, rec);
      return;
    }
    if (url.pathname === '/apis') {
      const groups = [...new Set(TYPES.filter((t) => t.group && !this.removed.has(t.plural)).map((t) => `${t.group}/${t.version}`))];
      this.json(res, 200, {
        kind: 'APIGroupList',
        apiVersion: 'v1',
        groups: groups.map((gv) => ({ name: gv.split('/')[0], versions: [{ groupVersion: gv, version: gv.split('/')[1] }], preferredVersion: { groupVersion: gv, version: gv.split('/')[1] } })),
      }, rec);
      return;
    }
    // /api/v1/[namespaces/{ns}/]{plural}[/{name}]  or  /apis/{g}/{v}/[namespaces/{ns}/]{plural}[/{name}]
    const parts = url.pathname.split('/').filter(Boolean);
    let group: string;
    let version: string;
    let rest: string[];
    if (parts[0] === 'api') {
      group = '';
      version = parts[1] ?? '';
      rest = parts.slice(2);
    } else if (parts[0] === 'apis') {
      group = parts[1] ?? '';
      version = parts[2] ?? '';
      rest = parts.slice(3);
    } else {
      this.json(res, 404, statusObject(404, 'NotFound', 'the server could not find the requested resource'), rec);
      return;
    }
    let namespace: string | undefined;
    if (rest[0] === 'namespaces' && rest.length >= 3) {
      namespace = rest[1];
      rest = rest.slice(2);
    }
    const [plural, name] = rest as [string | undefined, string | undefined];
    const type = TYPES.find((t) => t.group === group && t.version === version && t.plural === plural);
    if (!type || this.removed.has(type.plural) || rest.length > 2) {
      this.json(res, 404, statusObject(404, 'NotFound', 'the server could not find the requested resource'), rec);
      return;
    }
    const watch = query.watch === 'true' || query.watch === '1';
    const verb = name ? 'get' : watch ? 'watch' : 'list';
    const gr = type.group ? `${type.plural}.${type.group}` : type.plural;
    if (this.denied.some((d) => d.verb === verb && d.plural === type.plural && (!d.namespace || d.namespace === namespace))) {
      const scope = namespace ? ` in the namespace "${namespace}"` : ' at the cluster scope';
      this.json(res, 403, statusObject(403, 'Forbidden', `${gr}${name ? ` "${name}"` : ''} is forbidden: User "system:serviceaccount:ops:reader" cannot ${verb} resource "${type.plural}" in API group "${type.group}"${scope}`, { ...(name ? { name } : {}), group: type.group, kind: type.plural }), rec);
      return;
    }
    const key = `${type.group}/${type.plural}`;
    const all = [...(this.objects.get(key)?.values() ?? [])]
      .filter((o) => !namespace || o.metadata.namespace === namespace)
      .sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`));
    if (name) {
      const o = all.find((x) => x.metadata.name === name);
      if (!o) this.json(res, 404, statusObject(404, 'NotFound', `${gr} "${name}" not found`, { name, group: type.group, kind: type.plural }), rec);
      else this.json(res, 200, o, rec);
      return;
    }
    const selected = all.filter((o) => matchesSelector(o, query.fieldSelector));
    if (!watch) {
      this.json(res, 200, { apiVersion: type.group ? `${type.group}/${type.version}` : type.version, kind: `${type.kind}List`, metadata: { resourceVersion: String(this.rv) }, items: selected }, rec);
      return;
    }
    // Watch: replay history after resourceVersion (or the current objects as ADDED), then stream.
    rec.status = 200;
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    const from = query.resourceVersion;
    if (from && from !== '0' && Number(from) < this.compactedThrough) {
      this.send(res, { type: 'ERROR', object: statusObject(410, 'Expired', `too old resource version: ${from} (${this.compactedThrough})`) });
      res.end();
      return;
    }
    if (!from || from === '0') {
      for (const o of selected) this.send(res, { type: 'ADDED', object: o });
    } else {
      for (const c of this.history) {
        if (c.rv > Number(from) && c.key === key && (!namespace || c.object.metadata.namespace === namespace) && matchesSelector(c.object, query.fieldSelector)) {
          this.send(res, { type: c.type, object: c.object });
        }
      }
    }
    if (query.allowWatchBookmarks === 'true') {
      this.send(res, { type: 'BOOKMARK', object: { apiVersion: type.group ? `${type.group}/${type.version}` : type.version, kind: type.kind, metadata: { resourceVersion: String(this.rv) } } });
    }
    const w: Watcher = { key, ...(namespace ? { namespace } : {}), ...(query.fieldSelector ? { fieldSelector: query.fieldSelector } : {}), res };
    this.watchers.add(w);
    const timeout = query.timeoutSeconds ? setTimeout(() => res.end(), Number(query.timeoutSeconds) * 1000) : undefined;
    req.on('close', () => {
      if (timeout) clearTimeout(timeout);
      this.watchers.delete(w);
    });
  }
}

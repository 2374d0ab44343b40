/**
 * Strategic merge and JSON 6902 patches as kustomize (kyaml) applies them, on plain data.
 * Inputs are never modified: the result shares the untouched parts of the target.
 */
import type { YamlPath } from '../types.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Merge keys of the Kubernetes schema for lists of built-in kinds (`patchMergeKey`). Lists of
 * custom resources, and lists without a merge key, are replaced whole by a patch, as kustomize
 * does.
 */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  topologySpreadConstraints: 'topologyKey',
  conditions: 'type',
  resourceClaims: 'name',
};

/** Whether an apiVersion belongs to a built-in Kubernetes API (whose schema kustomize knows). */
export function isBuiltinApi(apiVersion: unknown): boolean {
  if (typeof apiVersion !== 'string') return false;
  if (!apiVersion.includes('/')) return true;
  const group = apiVersion.split('/')[0]!;
  return !group.includes('.') || group.endsWith('.k8s.io');
}

/** The key that pairs elements of two lists, or undefined when the patch's list replaces the target's. */
export function associativeKey(dest: readonly unknown[], src: readonly unknown[], path: YamlPath, builtin = true): string | undefined {
  if (!builtin) return undefined;
  const all = [...dest, ...src];
  if (!all.every(isObj)) return undefined;
  const last = path[path.length - 1];
  let key: string | undefined;
  if (last === 'ports') key = typeof path[path.length - 2] === 'number' ? 'containerPort' : 'port';
  else if (typeof last === 'string') key = MERGE_KEYS[last];
  if (key === undefined) return undefined;
  return all.every((e) => key! in (e as Obj)) ? key : undefined;
}

const sameKey = (a: unknown, b: unknown) => a === b || (a !== undefined && b !== undefined && String(a) === String(b));

/** Strategic merge of `patch` into `target`; `null` values delete, `$patch` directives apply. */
export function strategicMerge(target: unknown, patch: unknown, path: YamlPath = [], builtin = isObj(target) ? isBuiltinApi(target.apiVersion) : true): unknown {
  if (isObj(patch)) {
    const directive = patch.$patch;
    if (directive === 'delete') return undefined;
    if (directive === 'replace') {
      const { $patch: _drop, ...rest } = patch;
      return stripDirectives(rest);
    }
    if (!isObj(target)) return stripDirectives(patch);
    const out: Obj = { ...target };
    const retain = Array.isArray(patch.$retainKeys) ? new Set(patch.$retainKeys.map(String)) : undefined;
    for (const [k, v] of Object.entries(patch)) {
      if (k === '$patch' || k === '$retainKeys' || k.startsWith('$setElementOrder/') || k.startsWith('$deleteFromPrimitiveList/')) continue;
      if (v === null) {
        delete out[k];
        continue;
      }
      const merged = strategicMerge(out[k], v, [...path, k], builtin);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
    }
    if (retain) for (const k of Object.keys(out)) if (!retain.has(k) && !(k in patch)) delete out[k];
    return out;
  }
  if (Array.isArray(patch)) {
    if (!Array.isArray(target)) return stripDirectives(patch.filter((e) => !(isObj(e) && e.$patch === 'delete')));
    if (patch.some((e) => isObj(e) && e.$patch === 'replace' && Object.keys(e).length === 1)) {
      return stripDirectives(patch.filter((e) => !(isObj(e) && e.$patch === 'replace')));
    }
    const key = associativeKey(target, patch, path, builtin);
    if (key === undefined) return stripDirectives(patch);
    // the patch's elements first, in its order (merged with their match), then the target's others
    const out: unknown[] = [];
    const used = new Set<number>();
    for (const e of patch) {
      const el = e as Obj;
      const i = target.findIndex((d, j) => !used.has(j) && sameKey((d as Obj)[key], el[key]));
      if (i >= 0) used.add(i);
      if (el.$patch === 'delete') continue;
      if (i >= 0) {
        const merged = strategicMerge(target[i], el, [...path, i], builtin);
        if (merged !== undefined) out.push(merged);
      } else {
        out.push(stripDirectives(el));
      }
    }
    target.forEach((d, j) => {
      if (!used.has(j)) out.push(d);
    });
    return out;
  }
  return patch;
}

function stripDirectives(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripDirectives);
  if (isObj(v)) {
    const out: Obj = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === '$patch' || k === '$retainKeys' || k.startsWith('$setElementOrder/') || k.startsWith('$deleteFromPrimitiveList/')) continue;
      out[k] = stripDirectives(x);
    }
    return out;
  }
  return v;
}

/**
 * Where a field of the merged result comes from in the patch: the path inside the patch, and how
 * much of the asked path it covers (a replaced list or scalar covers everything below it).
 */
export function patchPathOf(result: unknown, patch: unknown, path: YamlPath, builtin = isObj(result) ? isBuiltinApi(result.apiVersion) : true): { patchPath: YamlPath; depth: number; covers: boolean } {
  let r: unknown = result;
  let p: unknown = patch;
  const patchPath: YamlPath = [];
  let depth = 0;
  for (const seg of path) {
    if (isObj(p)) {
      if (typeof seg !== 'string' || !(seg in p) || seg.startsWith('$')) return { patchPath, depth, covers: false };
      p = p[seg];
      r = isObj(r) ? r[seg] : undefined;
      patchPath.push(seg);
      depth++;
      if (!isObj(p) && !Array.isArray(p)) return { patchPath, depth, covers: true };
      continue;
    }
    if (Array.isArray(p) && typeof seg === 'number') {
      const rl = Array.isArray(r) ? r : [];
      const key = associativeKey(rl, p, patchPath, builtin);
      const el = rl[seg];
      // a list without a merge key is replaced whole: its items are the patch's, by index
      const j = key === undefined ? (seg < p.length ? seg : -1) : p.findIndex((e) => isObj(e) && isObj(el) && sameKey(e[key], el[key]));
      if (j < 0) return { patchPath, depth, covers: false };
      p = p[j];
      r = el;
      patchPath.push(j);
      depth++;
      continue;
    }
    return { patchPath, depth, covers: false };
  }
  return { patchPath, depth, covers: true };
}

/** One JSON 6902 operation. */
export interface JsonPatchOp {
  op: string;
  path: string;
  from?: string;
  value?: unknown;
}

export class PatchError extends Error {}

/** RFC 6901 pointer to a path. */
export function parsePointer(ptr: string): string[] {
  if (ptr === '') return [];
  if (!ptr.startsWith('/')) throw new PatchError(`JSON pointer "${ptr}" does not start with /`);
  return ptr.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const clone = (v: unknown): unknown => (v === undefined ? undefined : structuredClone(v));

/** Applies JSON 6902 operations; returns the result and, per operation, the result path it set. */
export function applyJsonPatch(target: unknown, ops: readonly JsonPatchOp[]): { result: unknown; touched: YamlPath[] } {
  // A JSON 6902 patch is a list of operations; anything else (a map, a scalar, nothing) is refused.
  const given: unknown = ops;
  if (!Array.isArray(given)) throw new PatchError(`a JSON 6902 patch is a list of operations, not ${given === null || given === undefined ? 'nothing' : typeof given === 'object' ? 'a map' : `a ${typeof given}`}`);
  let doc = clone(target);
  const touched: YamlPath[] = [];
  for (const op of ops) {
    if (!isObj(op) || typeof op.op !== 'string' || typeof op.path !== 'string') throw new PatchError('an operation needs "op" and "path"');
    const segs = parsePointer(op.path);
    switch (op.op) {
      case 'add':
        doc = put(doc, segs, clone(op.value), 'add', touched);
        break;
      case 'replace':
        get(doc, segs, op.path);
        doc = put(doc, segs, clone(op.value), 'replace', touched);
        break;
      case 'remove':
        doc = remove(doc, segs, op.path);
        break;
      case 'move': {
        const from = parsePointer(op.from ?? '');
        const v = get(doc, from, op.from ?? '');
        doc = remove(doc, from, op.from ?? '');
        doc = put(doc, segs, v, 'add', touched);
        break;
      }
      case 'copy': {
        const v = clone(get(doc, parsePointer(op.from ?? ''), op.from ?? ''));
        doc = put(doc, segs, v, 'add', touched);
        break;
      }
      case 'test': {
        const v = get(doc, segs, op.path);
        if (JSON.stringify(v) !== JSON.stringify(op.value)) throw new PatchError(`test failed at ${op.path}`);
        break;
      }
      default:
        throw new PatchError(`unknown operation "${op.op}"`);
    }
  }
  return { result: doc, touched };
}

function get(doc: unknown, segs: string[], ptr: string): unknown {
  let cur = doc;
  for (const s of segs) {
    if (Array.isArray(cur)) {
      const i = Number(s);
      if (!/^\d+$/.test(s) || i >= cur.length) throw new PatchError(`path ${ptr} does not exist`);
      cur = cur[i];
    } else if (isObj(cur)) {
      if (!(s in cur)) throw new PatchError(`path ${ptr} does not exist`);
      cur = cur[s];
    } else {
      throw new PatchError(`path ${ptr} does not exist`);
    }
  }
  return cur;
}

function put(doc: unknown, segs: string[], value: unknown, mode: 'add' | 'replace', touched: YamlPath[]): unknown {
  if (segs.length === 0) {
    touched.push([]);
    return value;
  }
  const parent = get(doc, segs.slice(0, -1), '/' + segs.slice(0, -1).join('/'));
  const last = segs[segs.length - 1]!;
  const path: YamlPath = [];
  let cur: unknown = doc;
  for (const s of segs.slice(0, -1)) {
    path.push(Array.isArray(cur) ? Number(s) : s);
    cur = Array.isArray(cur) ? cur[Number(s)] : (cur as Obj)[s];
  }
  if (Array.isArray(parent)) {
    const i = last === '-' ? parent.length : Number(last);
    if (!(last === '-' || /^\d+$/.test(last)) || i > parent.length) throw new PatchError(`index ${last} is out of range`);
    if (mode === 'add') parent.splice(i, 0, value);
    else parent[i] = value;
    path.push(i);
  } else if (isObj(parent)) {
    parent[last] = value;
    path.push(last);
  } else {
    throw new PatchError(`cannot set ${last} in a scalar`);
  }
  touched.push(path);
  return doc;
}

function remove(doc: unknown, segs: string[], ptr: string): unknown {
  if (segs.length === 0) return undefined;
  const parent = get(doc, segs.slice(0, -1), ptr);
  const last = segs[segs.length - 1]!;
  if (Array.isArray(parent)) {
    const i = Number(last);
    if (!/^\d+$/.test(last) || i >= parent.length) throw new PatchError(`path ${ptr} does not exist`);
    parent.splice(i, 1);
  } else if (isObj(parent)) {
    if (!(last in parent)) throw new PatchError(`path ${ptr} does not exist`);
    delete parent[last];
  } else {
    throw new PatchError(`path ${ptr} does not exist`);
  }
  return doc;
}

import type { YamlPath } from '../types.js';
import type { StructuralSchema } from './registry.js';

/** A field that the structural schema does not define: the API server prunes it. */
export interface UnknownField {
  /** Path of the field inside the object. */
  path: YamlPath;
  /** A defined sibling with a close name (a likely typo). */
  didYouMean?: string;
  /** The nearest ancestor map where a field of this exact name is defined (a field in the wrong place). */
  definedAt?: YamlPath;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Levenshtein distance, bounded: returns `max + 1` as soon as the distance exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest candidate to `name`, when it is close enough to be a likely typo. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestD = limit + 1;
  for (const c of candidates) {
    const d = c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase(), limit);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

interface Frame {
  path: YamlPath;
  properties: Record<string, StructuralSchema>;
}

/**
 * Walks an object alongside its structural schema and lists every field the schema does not
 * define, honouring `properties`, `additionalProperties`, `items`,
 * `x-kubernetes-preserve-unknown-fields`, `x-kubernetes-int-or-string` and
 * `x-kubernetes-embedded-resource`. The top-level `metadata` (ObjectMeta) is not walked: the API
 * server handles it itself.
 */
export function unknownFields(obj: unknown, schema: StructuralSchema): UnknownField[] {
  const out: UnknownField[] = [];
  walk(obj, schema, [], [], true, out);
  return out;
}

function walk(value: unknown, schema: StructuralSchema, path: YamlPath, ancestors: Frame[], isRoot: boolean, out: UnknownField[]): void {
  if (value === null || value === undefined) return;
  if (schema['x-kubernetes-int-or-string']) return;
  const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true;
  if (Array.isArray(value)) {
    if (schema.items) value.forEach((item, i) => walk(item, schema.items!, [...path, i], ancestors, false, out));
    return;
  }
  if (!isRecord(value)) return;
  const embedded = schema['x-kubernetes-embedded-resource'] === true;
  const props = schema.properties;
  const additional = schema.additionalProperties;
  if (!props) {
    if (isRecord(additional)) {
      for (const [k, v] of Object.entries(value)) walk(v, additional, [...path, k], ancestors, false, out);
      return;
    }
    // No properties: a free-form map (preserve, additionalProperties: true) or, in a structural
    // schema, an object without fields. Only the former occurs in the vendored CRDs; do not guess.
    return;
  }
  const frame: Frame = { path, properties: props };
  for (const [k, v] of Object.entries(value)) {
    const sub = props[k];
    if (sub) {
      if ((isRoot || embedded) && k === 'metadata') continue;
      walk(v, sub, [...path, k], [...ancestors, frame], false, out);
      continue;
    }
    if (embedded && (k === 'apiVersion' || k === 'kind' || k === 'metadata')) continue;
    if (isRecord(additional)) {
      walk(v, additional, [...path, k], [...ancestors, frame], false, out);
      continue;
    }
    if (additional === true || preserve) continue;
    const u: UnknownField = { path: [...path, k] };
    const near = closest(k, Object.keys(props));
    if (near !== undefined) u.didYouMean = near;
    else {
      for (let i = ancestors.length - 1; i >= 0; i--) {
        const a = ancestors[i]!;
        if (a.path.length === 0) break;
        if (a.properties[k]) {
          u.definedAt = [...a.path, k];
          break;
        }
      }
    }
    out.push(u);
  }
}

/** `spec.plugins[0].parameters`: a path as users read it. */
export function pathText(path: YamlPath): string {
  let s = '';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else s += s === '' ? seg : `.${seg}`;
  }
  return s;
}

import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { Position, YamlPath } from '../types.js';

/** The node at `path`, or undefined. */
export function nodeAt(doc: Document, path: YamlPath): Node | undefined {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => keyOf(p) === String(seg));
      node = pair?.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
    } else {
      return undefined;
    }
    if (node === undefined || node === null) return undefined;
  }
  return node as Node;
}

export function keyOf(pair: Pair): string | undefined {
  const k = pair.key as unknown;
  if (isScalar(k)) return k.value === null ? '' : String(k.value);
  if (typeof k === 'string') return k;
  return undefined;
}

/**
 * Where `path` is in the document: the value's start, or the key's start with `key: true`.
 * A path that does not exist resolves to its deepest existing ancestor, so a diagnostic about a
 * missing field points at the map where it belongs.
 */
export function locate(doc: Document, lc: LineCounter, path: YamlPath, opts: { key?: boolean } = {}): Position {
  let node: unknown = doc.contents;
  let best: number | undefined = rangeStart(node);
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => keyOf(p) === String(seg));
      if (!pair) break;
      const keyStart = rangeStart(pair.key);
      const valStart = rangeStart(pair.value);
      best = opts.key || valStart === undefined ? keyStart ?? best : valStart;
      node = pair.value;
      if (opts.key && seg === path[path.length - 1]) best = keyStart ?? best;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      best = rangeStart(item) ?? best;
      node = item;
    } else {
      break;
    }
  }
  const offset = best ?? 0;
  const { line, col } = lc.linePos(offset);
  return { line, column: col };
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const r = (node as { range?: [number, number, number] | null }).range;
    if (r) return r[0];
  }
  if (isPair(node)) return rangeStart(node.key);
  return undefined;
}

/** What `inspectNodes` finds wrong in a document that parses. */
export interface NodeProblems {
  /** The first alias that refers to a node holding it (expanding it never ends). */
  cycle?: { offset: number; source: string };
  /** The first key (in the text) that repeats a key of its map (scalars with equal values). */
  duplicate?: { offset: number; key: string };
}

/**
 * One pass over a document's syntax tree, in document order and without recursion (so any depth
 * is fine): aliases resolve to the latest anchor before them, as the `yaml` library resolves
 * them, and an alias resolving to one of its own ancestors is a cycle; map keys are compared
 * through a Set, linear in the number of keys.
 */
export function inspectNodes(doc: Document): NodeProblems {
  const out: NodeProblems = {};
  const anchors = new Map<string, unknown>();
  const open = new Set<unknown>();
  // Frames: a node to enter, or a marker to leave it.
  const stack: { node: unknown; leave: boolean }[] = [{ node: doc.contents, leave: false }];
  while (stack.length > 0) {
    const { node, leave } = stack.pop()!;
    if (leave) {
      open.delete(node);
      continue;
    }
    if (node === null || node === undefined || typeof node !== 'object') continue;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (out.cycle === undefined && target !== undefined && open.has(target)) {
        out.cycle = { offset: node.range?.[0] ?? 0, source: node.source };
      }
      continue;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (typeof anchor === 'string' && anchor !== '') anchors.set(anchor, node);
    if (isScalar(node)) continue;
    const children: unknown[] = [];
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const p of node.items) {
        const k = p.key as unknown;
        if (isScalar(k)) {
          const v = k.value;
          if (!(typeof v === 'number' && Number.isNaN(v))) {
            const offset = k.range?.[0] ?? 0;
            if (!seen.has(v)) seen.add(v);
            else if (out.duplicate === undefined || offset < out.duplicate.offset) out.duplicate = { offset, key: String(v) };
          }
        }
        children.push(p.key, p.value);
      }
    } else if (isSeq(node)) {
      for (const it of node.items) {
        if (isPair(it)) children.push(it.key, it.value);
        else children.push(it);
      }
    } else if (isPair(node)) {
      children.push(node.key, node.value);
    } else {
      continue;
    }
    open.add(node);
    stack.push({ node, leave: true });
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i];
      // A scalar without an anchor changes nothing here (it is no alias and names no anchor):
      // a map of 100,000 plain pairs is not 200,000 frames.
      if (c === null || c === undefined || typeof c !== 'object') continue;
      if (isScalar(c) && !(typeof c.anchor === 'string' && c.anchor !== '')) continue;
      stack.push({ node: c, leave: false });
    }
  }
  return out;
}

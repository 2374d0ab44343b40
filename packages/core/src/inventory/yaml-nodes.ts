import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
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

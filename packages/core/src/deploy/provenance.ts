/**
 * Where each field of a rendered resource comes from: the document it was loaded from, then the
 * patches and transformers that changed it, in order. Positions are resolved on demand, so
 * rendering a large site keeps no syntax trees.
 */
import type { Document, LineCounter } from 'yaml';
import { locate } from '../inventory/yaml-nodes.js';
import type { Position, YamlPath } from '../types.js';
import { patchPathOf } from './merge.js';

/** A field's origin: file, line, column. */
export interface Origin extends Position {
  file: string;
}

/** Text of a patch held inline in a kustomization: where its text starts in that file. */
export interface InlineAt {
  line: number;
  indent: number;
}

export type Layer =
  /** The document the resource was loaded from (or a generator entry). */
  | { kind: 'source'; file: string; docIndex: number; basePath: YamlPath; data: unknown; inline?: InlineAt; text?: string }
  /** A strategic merge patch. */
  | { kind: 'smp'; file: string; docIndex: number; basePath: YamlPath; data: unknown; inline?: InlineAt; text?: string }
  /** JSON 6902 operations: the result paths each operation set. */
  | { kind: 'json6902'; file: string; docIndex: number; basePath: YamlPath; touched: { path: YamlPath; op: number }[]; inline?: InlineAt; text?: string }
  /** A transformer that set these fields (namespace, prefix, labels, images, substitution). */
  | { kind: 'set'; file: string; position: Position; paths: YamlPath[] };

/**
 * A position found only when it is first read (finding one parses its file again): most layers'
 * positions are never read, as most resources have no finding. It reads like a plain Position
 * (its fields are enumerable getters), and a failure to find it gives line 1, column 1.
 */
export function lazyPosition(find: () => Position): Position {
  let p: Position | undefined;
  const get = (): Position => {
    if (!p) {
      try {
        p = find();
      } catch {
        p = { line: 1, column: 1 };
      }
    }
    return p;
  };
  return {
    get line() {
      return get().line;
    },
    get column() {
      return get().column;
    },
  };
}

/** Parses files on demand for positions. */
export interface DocSource {
  docs(file: string, text?: string): { docs: Document[]; lineCounter: LineCounter } | undefined;
}

const isIdentity = (p: YamlPath) =>
  (p.length === 1 && (p[0] === 'apiVersion' || p[0] === 'kind')) || (p.length === 2 && p[0] === 'metadata' && (p[1] === 'name' || p[1] === 'namespace'));

const isPrefix = (a: YamlPath, b: YamlPath) => a.length <= b.length && a.every((s, i) => String(s) === String(b[i]));

/**
 * The origin of `path` in a rendered object: the layer that holds the deepest part of it, the
 * latest one on a tie (a patch over the base).
 */
export function originIn(layers: readonly Layer[], rendered: unknown, path: YamlPath, src: DocSource, opts: { key?: boolean } = {}): Origin {
  let best: { layer: Layer; depth: number; inner: YamlPath } | undefined;
  // the resource as a whole is where it was loaded from
  for (const layer of path.length === 0 ? layers.slice(0, 1) : layers) {
    let depth = 0;
    let inner: YamlPath = [];
    switch (layer.kind) {
      case 'source':
      case 'smp': {
        const m = patchPathOf(rendered, layer.data, path);
        depth = m.covers && m.depth === path.length ? path.length : m.depth;
        // a base covers what it holds; a patch map only covers the keys it names
        inner = m.patchPath;
        if (layer.kind === 'smp' && m.depth === 0 && path.length > 0) depth = -1;
        // a patch's identity (apiVersion, kind, metadata.name and namespace) selects its target; it sets nothing
        if (layer.kind === 'smp' && isIdentity(path)) depth = -1;
        break;
      }
      case 'json6902': {
        for (const t of layer.touched) {
          if (isPrefix(t.path, path)) {
            depth = path.length;
            inner = [t.op, 'value', ...path.slice(t.path.length)];
          } else if (isPrefix(path, t.path) && depth < path.length) {
            depth = path.length;
            inner = [t.op, 'path'];
          }
        }
        if (depth === 0) depth = -1;
        break;
      }
      case 'set':
        depth = layer.paths.some((p) => isPrefix(p, path)) ? path.length : -1;
        break;
    }
    if (depth < 0) continue;
    if (!best || depth >= best.depth) best = { layer, depth, inner };
  }
  const layer = best?.layer ?? layers[0]!;
  if (layer.kind === 'set') return { file: layer.file, ...layer.position };
  const parsed = src.docs(layer.file, layer.text);
  const doc = parsed?.docs[layer.docIndex];
  if (!parsed || !doc) return { file: layer.file, line: layer.inline?.line ?? 1, column: (layer.inline?.indent ?? 0) + 1 };
  let innerPath = best?.inner ?? [];
  if (layer.kind === 'json6902' && innerPath.length > 2) {
    // positions inside the value of an operation: as deep as the value goes
    innerPath = innerPath.slice(0);
  }
  const pos = locate(doc, parsed.lineCounter, [...layer.basePath, ...innerPath], opts);
  if (layer.inline) return { file: layer.file, line: layer.inline.line + pos.line - 1, column: pos.column + layer.inline.indent };
  return { file: layer.file, ...pos };
}

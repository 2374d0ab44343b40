import type { Layer } from '../deploy/provenance.js';
import type { Document, LineCounter } from 'yaml';
import type { Position, ResourceRef, YamlPath } from '../types.js';
import { locate, nodeAt } from './yaml-nodes.js';

/** Where a file sits in the site layout, derived from its path by the profile. */
export interface SiteLocation {
  site?: string;
  k8sCluster?: string;
  wave?: string;
  app?: string;
}

/** One Kubernetes object loaded from a YAML document. */
export interface Resource extends SiteLocation {
  apiVersion: string;
  kind: string;
  name: string;
  /** Effective namespace: the document's, else its kustomization's. Undefined when neither says. */
  namespace?: string;
  /** The namespace written in the document itself. */
  declaredNamespace?: string;
  /** The plain object. Treat as read-only. */
  object: Record<string, unknown>;
  /** Absolute path of the file. */
  file: string;
  /** Index of the document in its file (0-based). */
  docIndex: number;
  /** Path prefix of the object inside its document (non-empty for items of a `List`). */
  basePath: YamlPath;
  /** Position of the document's first key. */
  position: Position;
  /** Directory of the kustomization that lists this file, when one does. */
  overlay?: string;
  /**
   * Namespaces only mean something inside one Kubernetes cluster: the site and cluster from the
   * layout, or '' when the path says nothing. Lookups "in the same namespace" use it.
   */
  scope: string;
  /** The parsed document, for positions and edits. */
  doc: Document;
  lineCounter: LineCounter;
  /** The deployment root that renders it (see the deployment model). */
  root?: string;
  /** Substitution variables or template expressions its rendered values use that have no known value. */
  unknown?: string[];
  /** Where a field of the rendered resource comes from (base file, patch, transformer). */
  origin?: (path: YamlPath, opts?: { key?: boolean }) => { file: string; line: number; column: number };
  /** The document it was loaded from, then the patches and transformers that changed it, in order. */
  layers?: readonly Layer[];
}

/** Where a field of a resource comes from: its origin through patches, or its own file. */
export function originOf(r: Resource, path: YamlPath, opts: { key?: boolean } = {}): { file: string; line: number; column: number } {
  if (r.origin) return r.origin(path, opts);
  return { file: r.file, ...positionOf(r, path, opts) };
}

/** Whether a value (or a message) rests on a value that is not known (an unresolved variable). */
export function restsOnUnknown(r: Pick<Resource, 'unknown'>, ...texts: unknown[]): boolean {
  if (!r.unknown || r.unknown.length === 0) return false;
  for (const t of texts) {
    const s = typeof t === 'string' ? t : t === undefined ? '' : JSON.stringify(t);
    if (r.unknown.some((u) => s.includes(u))) return true;
  }
  return false;
}

export function refOf(r: Resource): ResourceRef {
  const ref: ResourceRef = { apiVersion: r.apiVersion, kind: r.kind, name: r.name };
  if (r.namespace !== undefined) ref.namespace = r.namespace;
  return ref;
}

/** Position of a field of the resource (see `locate`). */
export function positionOf(r: Resource, path: YamlPath, opts: { key?: boolean } = {}): Position {
  return locate(r.doc, r.lineCounter, [...r.basePath, ...path], opts);
}

export function hasNode(r: Resource, path: YamlPath): boolean {
  return nodeAt(r.doc, [...r.basePath, ...path]) !== undefined;
}

export function describe(r: Pick<Resource, 'kind' | 'name' | 'namespace'>): string {
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`;
}

/** Safe property access on unknown data. */
export function get(obj: unknown, path: YamlPath): unknown {
  let cur: unknown = obj;
  for (const seg of path) {
    if (cur === null || cur === undefined) return undefined;
    if (Array.isArray(cur)) {
      if (typeof seg !== 'number') return undefined;
      cur = cur[seg];
    } else if (typeof cur === 'object') {
      cur = (cur as Record<string, unknown>)[String(seg)];
    } else {
      return undefined;
    }
  }
  return cur;
}

export function getString(obj: unknown, path: YamlPath): string | undefined {
  const v = get(obj, path);
  return typeof v === 'string' ? v : undefined;
}

export function getArray(obj: unknown, path: YamlPath): unknown[] {
  const v = get(obj, path);
  return Array.isArray(v) ? v : [];
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

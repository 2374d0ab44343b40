import { dirname } from 'node:path';
import { archiveKey, backupConfigOf, BARMAN_PLUGIN, isCluster, isObjectStore, locationOf, type ArchiveLocation } from '../cnpg/archive.js';
import type { Inventory } from '../inventory/inventory.js';
import { get, getArray, getString, isRecord, type Resource } from '../inventory/resource.js';
import type { YamlPath } from '../types.js';

/** Identity of a Cluster across revisions: where it runs (site/k8s cluster), its namespace and its name. */
export function clusterIdentity(r: Pick<Resource, 'scope' | 'namespace' | 'name'>): string {
  return `${r.scope}|${r.namespace ?? ''}|${r.name}`;
}

/** The overlay directory of a resource: the kustomization that lists it, else its own directory. */
export function overlayDirOf(r: Pick<Resource, 'overlay' | 'file'>): string {
  return r.overlay ?? dirname(r.file);
}

/** An archive target: where a Cluster writes, or where it recovers from. */
export interface ArchiveTarget {
  destinationPath: string;
  serverName: string;
  /** `archiveKey(destinationPath, serverName)`. */
  key: string;
}

/** Where the Cluster archives (destinationPath + effective server name), when configured. */
export function archiveTargetOf(cluster: Resource, inventory: Inventory, pluginName = BARMAN_PLUGIN): (ArchiveTarget & { location: ArchiveLocation }) | undefined {
  const cfg = backupConfigOf(cluster, inventory, pluginName);
  if (!cfg) return undefined;
  const loc = locationOf(cfg);
  if (!loc) return undefined;
  return { destinationPath: loc.destinationPath, serverName: loc.serverName, key: archiveKey(loc.destinationPath, loc.serverName), location: loc };
}

/** What `spec.bootstrap.recovery` restores from. */
export interface RecoverySource {
  /**
   * archive: an externalClusters entry with a barman object store or the barman plugin;
   * backup / volumeSnapshots: a Backup object or snapshots (not checked against an archive);
   * unresolved: `source` names no externalClusters entry, or the entry names no archive.
   */
  kind: 'archive' | 'backup' | 'volumeSnapshots' | 'unresolved';
  /** `spec.bootstrap.recovery.source`. */
  source?: string;
  /** Where to point a finding. */
  path: YamlPath;
  target?: ArchiveTarget;
}

/**
 * The archive a Cluster recovers from. An externalClusters entry's server name defaults to the
 * entry's name (CNPG's rule), in both the barmanObjectStore and the plugin form.
 */
export function recoverySourceOf(cluster: Resource, inventory: Inventory, pluginName = BARMAN_PLUGIN): RecoverySource | undefined {
  const rec = get(cluster.object, ['spec', 'bootstrap', 'recovery']);
  if (!isRecord(rec)) return undefined;
  const path: YamlPath = ['spec', 'bootstrap', 'recovery'];
  if (typeof rec.source !== 'string' || rec.source === '') {
    if (isRecord(rec.backup)) return { kind: 'backup', path: [...path, 'backup'] };
    if (isRecord(rec.volumeSnapshots)) return { kind: 'volumeSnapshots', path: [...path, 'volumeSnapshots'] };
    return { kind: 'unresolved', path };
  }
  const source = rec.source;
  const externals = getArray(cluster.object, ['spec', 'externalClusters']);
  const index = externals.findIndex((e) => isRecord(e) && e.name === source);
  const ext = externals[index];
  if (!isRecord(ext)) return { kind: 'unresolved', source, path: [...path, 'source'] };
  const extPath: YamlPath = ['spec', 'externalClusters', index];
  let destinationPath: string | undefined;
  let serverName: string | undefined;
  if (isRecord(ext.barmanObjectStore)) {
    destinationPath = getString(ext.barmanObjectStore, ['destinationPath']);
    serverName = getString(ext.barmanObjectStore, ['serverName']);
  } else if (isRecord(ext.plugin) && (ext.plugin.name === undefined || ext.plugin.name === pluginName)) {
    const params = isRecord(ext.plugin.parameters) ? ext.plugin.parameters : {};
    serverName = typeof params.serverName === 'string' ? params.serverName : undefined;
    const storeName = typeof params.barmanObjectName === 'string' ? params.barmanObjectName : undefined;
    const store = storeName ? inventory.findNear('ObjectStore', storeName, cluster).find(isObjectStore) : undefined;
    destinationPath = store ? getString(store.object, ['spec', 'configuration', 'destinationPath']) : undefined;
  }
  if (!destinationPath) return { kind: 'unresolved', source, path: extPath };
  const server = serverName && serverName !== '' ? serverName : source;
  return { kind: 'archive', source, path: extPath, target: { destinationPath, serverName: server, key: archiveKey(destinationPath, server) } };
}

export interface ClusterPair {
  before: Resource;
  after: Resource;
}

/** A Cluster that disappeared while another appeared in its place. */
export interface ClusterRename extends ClusterPair {
  /** overlay: same overlay directory; document: same file and document index. */
  by: 'document' | 'overlay';
}

export interface MajorChange extends ClusterPair {
  from: number;
  to: number;
}

export interface ArchiveMove extends ClusterPair {
  from: ArchiveTarget;
  to: ArchiveTarget;
  /** The Cluster now bootstraps from the archive it used to write: a restore under the same name. */
  restoresFromOld: boolean;
}

/** How the Clusters of two inventories relate. */
export interface ClusterDiff {
  /** Same identity (site/k8s cluster, namespace, name) on both sides. */
  kept: ClusterPair[];
  renames: ClusterRename[];
  /** Only in head, not paired with a deleted one. */
  added: Resource[];
  /** Only in base, not paired with an added one. */
  deleted: Resource[];
  majors: MajorChange[];
  archiveMoves: ArchiveMove[];
}

export interface DiffOptions {
  pluginName?: string;
}

/** `spec.imageCatalogRef.major` as a number, when set. */
export function majorOf(cluster: Resource): number | undefined {
  const m = get(cluster.object, ['spec', 'imageCatalogRef', 'major']);
  if (typeof m === 'number' && Number.isFinite(m)) return m;
  if (typeof m === 'string' && /^[0-9]+$/.test(m)) return Number(m);
  return undefined;
}

function byPosition(a: Resource, b: Resource): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.docIndex - b.docIndex || a.position.line - b.position.line;
}

/**
 * Compares the Clusters of two inventories. A Cluster is the same one when its identity is the
 * same. A Cluster gone from base and a new one in head form a rename when they sit in the same
 * file and document, else in the same overlay directory (paired in document order when an overlay
 * holds several). Anything else is an addition or a deletion.
 */
export function diffClusters(base: Inventory, head: Inventory, opts: DiffOptions = {}): ClusterDiff {
  const pluginName = opts.pluginName ?? BARMAN_PLUGIN;
  const before = base.ofKind('Cluster').filter(isCluster).sort(byPosition);
  const after = head.ofKind('Cluster').filter(isCluster).sort(byPosition);
  // One Cluster may be rendered several times (by several roots, each with its own namespace or
  // substitutions): each copy pairs with the copy from the same root, else the next unpaired one.
  const headIds = new Map<string, Resource[]>();
  for (const r of after) {
    const k = clusterIdentity(r);
    const list = headIds.get(k);
    if (list) list.push(r);
    else headIds.set(k, [r]);
  }
  const baseIds = new Set(before.map(clusterIdentity));

  const kept: ClusterPair[] = [];
  const gone: Resource[] = [];
  const pairedHead = new Set<Resource>();
  for (const b of before) {
    const list = headIds.get(clusterIdentity(b));
    if (!list) {
      gone.push(b);
      continue;
    }
    const free = list.filter((r) => !pairedHead.has(r));
    const a = free.find((r) => r.root !== undefined && r.root === b.root) ?? free[0] ?? list[0]!;
    pairedHead.add(a);
    kept.push({ before: b, after: a });
  }
  const fresh = after.filter((a) => !baseIds.has(clusterIdentity(a)));

  const renames: ClusterRename[] = [];
  const used = new Set<Resource>();
  const paired = new Set<Resource>();
  // The first unused fresh Cluster under a key, in head order: linear, however many renames.
  const firstUnused = (key: (r: Resource) => string): ((g: Resource) => Resource | undefined) => {
    const groups = new Map<string, { list: Resource[]; at: number }>();
    for (const f of fresh) {
      const k = key(f);
      const g = groups.get(k);
      if (g) g.list.push(f);
      else groups.set(k, { list: [f], at: 0 });
    }
    return (g) => {
      const group = groups.get(key(g));
      if (!group) return undefined;
      while (group.at < group.list.length && used.has(group.list[group.at]!)) group.at++;
      return group.list[group.at];
    };
  };
  // Same file and document first: the plainest rename, metadata.name edited in place.
  const sameDocument = firstUnused((r) => `${r.file}\0${r.docIndex}\0${r.scope}`);
  for (const g of gone) {
    const n = sameDocument(g);
    if (n) {
      used.add(n);
      paired.add(g);
      renames.push({ before: g, after: n, by: 'document' });
    }
  }
  const sameOverlay = firstUnused((r) => `${overlayDirOf(r)}\0${r.scope}`);
  for (const g of gone) {
    if (paired.has(g)) continue;
    const n = sameOverlay(g);
    if (n) {
      used.add(n);
      paired.add(g);
      renames.push({ before: g, after: n, by: 'overlay' });
    }
  }

  const majors: MajorChange[] = [];
  const archiveMoves: ArchiveMove[] = [];
  for (const p of kept) {
    const from = majorOf(p.before);
    const to = majorOf(p.after);
    if (from !== undefined && to !== undefined && from !== to) majors.push({ ...p, from, to });
    const oldTarget = archiveTargetOf(p.before, base, pluginName);
    const newTarget = archiveTargetOf(p.after, head, pluginName);
    if (oldTarget && newTarget && oldTarget.key !== newTarget.key) {
      const rec = recoverySourceOf(p.after, head, pluginName);
      archiveMoves.push({
        ...p,
        from: strip(oldTarget),
        to: strip(newTarget),
        restoresFromOld: rec?.kind === 'archive' && rec.target?.key === oldTarget.key,
      });
    }
  }
  return {
    kept,
    renames,
    added: fresh.filter((f) => !used.has(f)),
    deleted: gone.filter((g) => !paired.has(g)),
    majors,
    archiveMoves,
  };
}

function strip(t: ArchiveTarget): ArchiveTarget {
  return { destinationPath: t.destinationPath, serverName: t.serverName, key: t.key };
}

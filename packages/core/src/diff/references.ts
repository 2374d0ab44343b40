import { backupConfigOf, BARMAN_PLUGIN, CLUSTER_REFERRING_KINDS, clusterRefOf, isCnpg } from '../cnpg/archive.js';
import type { Inventory } from '../inventory/inventory.js';
import { positionOf, type Resource } from '../inventory/resource.js';
import type { YamlPath } from '../types.js';

/** What kind of reference names a Cluster. */
export type ReferenceKind = 'service' | 'secret' | 'label' | 'metric' | 'cluster-ref' | 'tags-db';

/** A place that still names a Cluster that no longer exists under that name. */
export interface StaleReference {
  kind: ReferenceKind;
  /** Absolute path of the file. */
  file: string;
  line: number;
  column: number;
  /** The text that names the old Cluster, as written. */
  found: string;
  /** The same text naming the new Cluster. */
  replacement: string;
  /** The resource holding the reference, for structural references. */
  resource?: Resource;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Characters that continue a Kubernetes name or a word: a match must not touch them. */
const NAME_CHAR = 'A-Za-z0-9_';

/**
 * Regular expressions that find text naming the Cluster `name`: the services `<name>-rw|-ro|-r`,
 * the secrets `<name>-app|-superuser`, the label `cnpg.io/cluster: <name>` (also `=<name>` in a
 * selector) and the metric label `cnpg_cluster="<name>"`. Word-boundary aware: `<name>` inside a
 * longer name (`x-<name>-rw`, `<name>-rw2`) does not match.
 */
export function referencePatterns(name: string): { kind: ReferenceKind; re: RegExp; suffix?: string }[] {
  const n = escapeRe(name);
  const before = `(?<![${NAME_CHAR}.-])`;
  const after = `(?![${NAME_CHAR}-])`;
  return [
    { kind: 'service', re: new RegExp(`${before}${n}-(rw|ro|r)${after}`, 'g') },
    { kind: 'secret', re: new RegExp(`${before}${n}-(app|superuser)${after}`, 'g') },
    { kind: 'label', re: new RegExp(`cnpg\\.io/cluster\\\\?["']?\\s*(?::|=|==|!=)\\s*\\\\?["']?${n}(?![${NAME_CHAR}.-])`, 'g') },
    { kind: 'metric', re: new RegExp(`cnpg_cluster\\s*(?:=|!=|=~)\\s*\\\\?["'\`]${n}\\\\?["'\`]`, 'g') },
  ];
}

/**
 * Stale references to `oldName` in the lines of a text file (pure: the caller reads the file or
 * greps the repository). `lines` are [1-based line number, text] pairs.
 */
export function staleReferencesInText(file: string, lines: Iterable<[number, string]>, oldName: string, newName: string): StaleReference[] {
  const pats = referencePatterns(oldName);
  const out: StaleReference[] = [];
  for (const [line, text] of lines) {
    if (!text.includes(oldName)) continue;
    for (const p of pats) {
      p.re.lastIndex = 0;
      for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
        const found = m[0];
        const at = m.index + found.lastIndexOf(oldName);
        const replacement = found.slice(0, found.lastIndexOf(oldName)) + newName + found.slice(found.lastIndexOf(oldName) + oldName.length);
        out.push({ kind: p.kind, file, line, column: at + 1, found, replacement });
      }
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Splits a text into numbered lines, for `staleReferencesInText`. */
export function numberedLines(text: string): [number, string][] {
  return text.split(/\r?\n/).map((l, i) => [i + 1, l] as [number, string]);
}

function referrerKey(scope: string, namespace: string | undefined, cluster: string): string {
  return `${scope}\0${namespace ?? ''}\0${namespace === undefined ? 'u' : 'd'}\0${cluster}`;
}

const referrersCache = new WeakMap<Inventory, Map<string, Resource[]>>();

/**
 * CNPG resources that name a Cluster in `spec.cluster.name`, by scope, namespace and Cluster
 * name, in inventory order. Built once per inventory: a change renaming thousands of Clusters
 * looks each one up instead of walking every resource per rename.
 */
function referrersOf(inventory: Inventory): Map<string, Resource[]> {
  let index = referrersCache.get(inventory);
  if (index) return index;
  index = new Map();
  for (const r of inventory.ofKind(...CLUSTER_REFERRING_KINDS)) {
    if (!isCnpg(r)) continue;
    const name = clusterRefOf(r);
    if (name === undefined) continue;
    const k = referrerKey(r.scope, r.namespace, name);
    let list = index.get(k);
    if (!list) index.set(k, (list = []));
    list.push(r);
  }
  referrersCache.set(inventory, index);
  return index;
}

/**
 * Resources of `inventory` that still name the Cluster `old` (identified by its scope and
 * namespace): `spec.cluster.name` of ScheduledBackup, Backup, Pooler, Database, Publication,
 * Subscription, and the `db` tag of the object store configuration the Cluster `renamed` writes to.
 */
export function staleReferencesInInventory(
  old: Pick<Resource, 'name' | 'namespace' | 'scope'>,
  renamed: Resource,
  inventory: Inventory,
  pluginName = BARMAN_PLUGIN,
): StaleReference[] {
  const out: StaleReference[] = [];
  const push = (kind: ReferenceKind, r: Resource, path: YamlPath) => {
    const pos = positionOf(r, path);
    out.push({ kind, file: r.file, line: pos.line, column: pos.column, found: old.name, replacement: renamed.name, resource: r });
  };
  for (const r of referrersOf(inventory).get(referrerKey(old.scope, old.namespace, old.name)) ?? []) push('cluster-ref', r, ['spec', 'cluster', 'name']);
  const cfg = backupConfigOf(renamed, inventory, pluginName);
  if (cfg?.store && cfg.tags && cfg.tags.db === old.name) push('tags-db', cfg.store, [...cfg.storePath, 'tags', 'db']);
  return out;
}

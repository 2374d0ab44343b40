import type { Inventory } from '../inventory/inventory.js';
import { get, getArray, getString, isRecord, type Resource } from '../inventory/resource.js';
import type { YamlPath } from '../types.js';

export const CNPG_GROUP = 'postgresql.cnpg.io';
export const BARMAN_PLUGIN = 'barman-cloud.cloudnative-pg.io';

export function isCluster(r: Resource): boolean {
  return r.kind === 'Cluster' && r.apiVersion.startsWith(`${CNPG_GROUP}/`);
}

export function isCnpg(r: Resource): boolean {
  return r.apiVersion.startsWith(`${CNPG_GROUP}/`);
}

export function isObjectStore(r: Resource): boolean {
  return r.kind === 'ObjectStore' && r.apiVersion.startsWith('barmancloud.cnpg.io/');
}

/** A secret key reference as barman object stores write it. */
export interface SecretKeyRef {
  name: string;
  key: string;
  /** Where the reference is written. */
  resource: Resource;
  path: YamlPath;
}

/** Bucket, prefix and server name: where Barman writes one Cluster's archive. */
export interface ArchiveLocation {
  /** The destinationPath as written. */
  destinationPath: string;
  bucket: string;
  /** Prefix inside the bucket, no leading slash, with a trailing slash (or empty). */
  prefix: string;
  serverName: string;
  endpointURL?: string;
}

/** The backup configuration of a Cluster, in either style. */
export interface BackupConfig {
  style: 'legacy' | 'plugin';
  cluster: Resource;
  /** Resource holding the barman object store configuration (the Cluster, or the ObjectStore). */
  store?: Resource;
  /** Path of the barman object store configuration inside `store`. */
  storePath: YamlPath;
  /** The configuration object (barmanObjectStore, or ObjectStore spec.configuration). */
  config?: Record<string, unknown>;
  /** For plugin style: the plugins[] entry, its index, and the ObjectStore name. */
  pluginIndex?: number;
  objectStoreName?: string;
  destinationPath?: string;
  /** Server name as configured (undefined: defaults to the Cluster name). */
  serverName?: string;
  /** Path of the explicit server name, where it is written. */
  serverNamePath?: { resource: Resource; path: YamlPath };
  effectiveServerName: string;
  /** Where the retention policy belongs in this style, and its value. */
  retention: { resource: Resource; path: YamlPath; value?: unknown } | undefined;
  tags?: Record<string, unknown>;
  credentials: SecretKeyRef[];
  inheritFromIAMRole: boolean;
}

export function parseS3Path(path: string): { bucket: string; prefix: string } | undefined {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(path.trim());
  if (!m) return undefined;
  let prefix = m[2]!.replace(/^\/+/, '');
  if (prefix !== '' && !prefix.endsWith('/')) prefix += '/';
  return { bucket: m[1]!, prefix };
}

export function locationOf(cfg: BackupConfig): ArchiveLocation | undefined {
  if (!cfg.destinationPath) return undefined;
  const s3 = parseS3Path(cfg.destinationPath);
  if (!s3) return undefined;
  const loc: ArchiveLocation = { destinationPath: cfg.destinationPath, ...s3, serverName: cfg.effectiveServerName };
  const endpoint = getString(cfg.config, ['endpointURL']);
  if (endpoint) loc.endpointURL = endpoint;
  return loc;
}

/** Normalised `destinationPath` + server name, to compare archive targets. */
export function archiveKey(destinationPath: string, serverName: string): string {
  return `${destinationPath.trim().replace(/\/+$/, '')}/${serverName}`;
}

function credentialRefs(config: Record<string, unknown> | undefined, resource: Resource, base: YamlPath): SecretKeyRef[] {
  const out: SecretKeyRef[] = [];
  const s3 = get(config, ['s3Credentials']);
  if (!isRecord(s3)) return out;
  for (const field of ['accessKeyId', 'secretAccessKey', 'region', 'sessionToken']) {
    const ref = s3[field];
    if (isRecord(ref) && typeof ref.name === 'string' && typeof ref.key === 'string') {
      out.push({ name: ref.name, key: ref.key, resource, path: [...base, 's3Credentials', field] });
    }
  }
  return out;
}

/** The barman-cloud plugin entry of a Cluster's spec.plugins, when there is one. */
export function barmanPluginEntry(cluster: Resource, pluginName = BARMAN_PLUGIN): { index: number; entry: Record<string, unknown> } | undefined {
  const plugins = getArray(cluster.object, ['spec', 'plugins']);
  let found: { index: number; entry: Record<string, unknown> } | undefined;
  plugins.forEach((p, index) => {
    if (!isRecord(p) || p.name !== pluginName) return;
    // Prefer the WAL archiver when several entries name the plugin.
    if (!found || p.isWALArchiver === true) found = { index, entry: p };
  });
  return found;
}

/**
 * The name of an enabled spec.plugins entry other than the Barman Cloud plugin that archives WAL
 * (pgBackRest and the like): the Cluster is backed up, but not to a Barman archive.
 */
export function otherWalArchiverOf(cluster: Resource, pluginName = BARMAN_PLUGIN): string | undefined {
  for (const p of getArray(cluster.object, ['spec', 'plugins'])) {
    if (isRecord(p) && p.isWALArchiver === true && p.enabled !== false && p.name !== pluginName) return typeof p.name === 'string' ? p.name : '(unnamed plugin)';
  }
  return undefined;
}

/** CNPG-I plugins that back a Cluster up (and archive its WAL) without the Barman Cloud plugin. */
export const OTHER_BACKUP_PLUGINS: readonly string[] = ['pgbackrest.dalibo.com'];

/**
 * The name of an enabled spec.plugins entry, other than the Barman Cloud plugin, that backs the
 * Cluster up: one that archives WAL (`isWALArchiver: true`) or a known backup plugin such as
 * pgBackRest (`pgbackrest.dalibo.com`).
 */
export function otherBackupPluginOf(cluster: Resource, pluginName = BARMAN_PLUGIN): string | undefined {
  const archiver = otherWalArchiverOf(cluster, pluginName);
  if (archiver !== undefined) return archiver;
  for (const p of getArray(cluster.object, ['spec', 'plugins'])) {
    if (isRecord(p) && p.enabled !== false && typeof p.name === 'string' && p.name !== pluginName && OTHER_BACKUP_PLUGINS.includes(p.name)) return p.name;
  }
  return undefined;
}

/**
 * The backup configuration of a Cluster: legacy `spec.backup.barmanObjectStore`, or the
 * Barman Cloud plugin with its ObjectStore (looked up in the Cluster's namespace). Undefined when
 * the Cluster configures neither.
 */
export function backupConfigOf(cluster: Resource, inventory: Inventory, pluginName = BARMAN_PLUGIN): BackupConfig | undefined {
  const obj = cluster.object;
  const legacy = get(obj, ['spec', 'backup', 'barmanObjectStore']);
  if (isRecord(legacy)) {
    const storePath: YamlPath = ['spec', 'backup', 'barmanObjectStore'];
    const serverName = typeof legacy.serverName === 'string' && legacy.serverName !== '' ? legacy.serverName : undefined;
    const cfg: BackupConfig = {
      style: 'legacy',
      cluster,
      store: cluster,
      storePath,
      config: legacy,
      effectiveServerName: serverName ?? cluster.name,
      retention: { resource: cluster, path: ['spec', 'backup', 'retentionPolicy'], value: get(obj, ['spec', 'backup', 'retentionPolicy']) },
      credentials: credentialRefs(legacy, cluster, storePath),
      inheritFromIAMRole: get(legacy, ['s3Credentials', 'inheritFromIAMRole']) === true,
    };
    if (typeof legacy.destinationPath === 'string') cfg.destinationPath = legacy.destinationPath;
    if (serverName !== undefined) {
      cfg.serverName = serverName;
      cfg.serverNamePath = { resource: cluster, path: [...storePath, 'serverName'] };
    }
    if (isRecord(legacy.tags)) cfg.tags = legacy.tags;
    return cfg;
  }
  const plugin = barmanPluginEntry(cluster, pluginName);
  if (!plugin) return undefined;
  const params = isRecord(plugin.entry.parameters) ? plugin.entry.parameters : {};
  const objectStoreName = typeof params.barmanObjectName === 'string' ? params.barmanObjectName : undefined;
  const serverName = typeof params.serverName === 'string' && params.serverName !== '' ? params.serverName : undefined;
  const store = objectStoreName
    ? inventory.findNear('ObjectStore', objectStoreName, cluster).find(isObjectStore)
    : undefined;
  const config = store ? get(store.object, ['spec', 'configuration']) : undefined;
  const storePath: YamlPath = ['spec', 'configuration'];
  const cfg: BackupConfig = {
    style: 'plugin',
    cluster,
    storePath,
    pluginIndex: plugin.index,
    effectiveServerName: serverName ?? cluster.name,
    retention: store ? { resource: store, path: ['spec', 'retentionPolicy'], value: get(store.object, ['spec', 'retentionPolicy']) } : undefined,
    credentials: store && isRecord(config) ? credentialRefs(config, store, storePath) : [],
    inheritFromIAMRole: get(config, ['s3Credentials', 'inheritFromIAMRole']) === true,
  };
  if (objectStoreName !== undefined) cfg.objectStoreName = objectStoreName;
  if (store) cfg.store = store;
  if (isRecord(config)) {
    cfg.config = config;
    if (typeof config.destinationPath === 'string') cfg.destinationPath = config.destinationPath;
    if (isRecord(config.tags)) cfg.tags = config.tags;
  }
  if (serverName !== undefined) {
    cfg.serverName = serverName;
    cfg.serverNamePath = { resource: cluster, path: ['spec', 'plugins', plugin.index, 'parameters', 'serverName'] };
  }
  return cfg;
}

/** The Cluster a ScheduledBackup, Backup, Pooler, Database, Publication or Subscription names. */
export function clusterRefOf(r: Resource): string | undefined {
  return getString(r.object, ['spec', 'cluster', 'name']);
}

export const CLUSTER_REFERRING_KINDS = ['ScheduledBackup', 'Backup', 'Pooler', 'Database', 'Publication', 'Subscription'] as const;

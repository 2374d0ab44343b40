import { stringify } from 'yaml';
import { BARMAN_PLUGIN, type ArchiveLocation, type BackupConfig } from '../cnpg/archive.js';
import { InputError } from '../errors.js';
import { get, isRecord } from '../inventory/resource.js';
import { externalEntry, validateClusterName } from '../restore/plan.js';
import { describeDrillTarget, type DrillTarget } from './target.js';

const MAX_NAME = 50;

/** `<name>-drill-<yyyymmddhhmm>` (UTC), the name shortened to keep it at most 50 characters. */
export function drillClusterName(name: string, now: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${now.getUTCFullYear()}${p(now.getUTCMonth() + 1)}${p(now.getUTCDate())}${p(now.getUTCHours())}${p(now.getUTCMinutes())}`;
  const suffix = `-drill-${stamp}`;
  let base = name.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, MAX_NAME - suffix.length).replace(/-+$/, '');
  if (!/^[a-z]/.test(base)) base = `db${base ? `-${base}` : ''}`.slice(0, MAX_NAME - suffix.length).replace(/-+$/, '');
  const out = `${base}${suffix}`;
  const bad = validateClusterName(out);
  if (bad) throw new InputError(`cannot make a drill Cluster name from "${name}": ${bad}`);
  return out;
}

export interface DrillManifestOptions {
  /** The source Cluster's name (or the server name, for --s3-path). */
  name: string;
  namespace?: string;
  location: ArchiveLocation;
  /** The source Cluster's backup configuration, when it comes from the repository. */
  cfg?: BackupConfig;
  /** The source Cluster object, for its image and storage. */
  cluster?: Record<string, unknown>;
  pluginName?: string;
  /** Endpoint to write for --s3-path (the manifest's own endpointURL is kept otherwise). */
  endpoint?: string;
  target: DrillTarget;
  now: Date;
}

/** The Secret a --s3-path manifest names for S3 credentials: it has to be made in the namespace. */
export const DRILL_SECRET = 'drill-s3-credentials';

/**
 * A scratch Cluster that runs the same drill inside Kubernetes: recovery from the archive to the
 * target, one instance, no backup section and no WAL archiver, so it never writes to any archive.
 */
export function drillManifest(o: DrillManifestOptions): string {
  const name = drillClusterName(o.name, o.now);
  const server = o.location.serverName;
  const source = `${server}-archive`;
  const pluginName = o.pluginName ?? BARMAN_PLUGIN;
  let entry: Record<string, unknown>;
  if (o.cfg) {
    entry = externalEntry(o.cfg, source, server, pluginName);
  } else {
    const store: Record<string, unknown> = { destinationPath: o.location.destinationPath };
    const endpoint = o.endpoint ?? o.location.endpointURL;
    if (endpoint) store.endpointURL = endpoint;
    store.s3Credentials = {
      accessKeyId: { name: DRILL_SECRET, key: 'ACCESS_KEY_ID' },
      secretAccessKey: { name: DRILL_SECRET, key: 'ACCESS_SECRET_KEY' },
    };
    store.serverName = server;
    entry = { name: source, barmanObjectStore: store };
  }
  const recovery: Record<string, unknown> = { source };
  const rt: Record<string, unknown> = {};
  if (o.target.backupId) rt.backupID = o.target.backupId;
  if (o.target.time) rt.targetTime = o.target.time;
  if (o.target.lsn) rt.targetLSN = o.target.lsn;
  if (o.target.backupId && !o.target.time && !o.target.lsn) rt.targetImmediate = true;
  if (Object.keys(rt).length > 0) recovery.recoveryTarget = rt;

  const spec: Record<string, unknown> = { instances: 1 };
  const c = o.cluster;
  for (const key of ['imageName', 'imageCatalogRef']) {
    const v = get(c, ['spec', key]);
    if (v !== undefined) spec[key] = v;
  }
  const params = get(c, ['spec', 'postgresql', 'parameters']);
  if (isRecord(params)) spec.postgresql = { parameters: params };
  for (const key of ['storage', 'walStorage']) {
    const v = get(c, ['spec', key]);
    if (v !== undefined) spec[key] = v;
  }
  if (spec.storage === undefined) spec.storage = { size: '10Gi' };
  spec.bootstrap = { recovery };
  spec.externalClusters = [entry];

  const labels: Record<string, string> = { 'cnpg-site/drill-of': server.slice(0, 63) };
  const doc = { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name, labels }, spec };
  const url = `s3://${o.location.bucket}/${o.location.prefix}${server}/`;
  const header = [
    `Restore drill of ${o.namespace ? `${o.namespace}/` : ''}${o.name}: a scratch Cluster that recovers from ${url}`,
    `to ${describeDrillTarget(o.target)}. Written by kubectl cnpg-site drill --manifest at ${o.now.toISOString()}.`,
    'It has no backup section and no WAL archiver plugin: it reads the archive and writes to none.',
    'Apply it in a namespace of its own (or beside the source Cluster), watch it, check the data, then delete it:',
    `  kubectl apply -n NAMESPACE -f drill.yaml`,
    `  kubectl get cluster ${name} -n NAMESPACE -w`,
    `  kubectl delete cluster ${name} -n NAMESPACE`,
  ];
  if (!o.cfg) {
    header.push(
      `The credentials come from the Secret ${DRILL_SECRET} (keys ACCESS_KEY_ID, ACCESS_SECRET_KEY); create it in that`,
      'namespace with read-only credentials, or edit s3Credentials below.',
    );
  } else if (o.cfg.style === 'plugin') {
    header.push(
      `Recovery reads through the ${pluginName} plugin and the ObjectStore ${o.cfg.objectStoreName ?? '(unnamed)'}: both must exist in that namespace.`,
    );
  } else if (o.cfg.credentials.length > 0) {
    header.push(`The credentials come from the Secret(s) ${[...new Set(o.cfg.credentials.map((r) => r.name))].sort().join(', ')}: they must exist in that namespace.`);
  }
  if (spec.imageName === undefined && spec.imageCatalogRef === undefined) {
    header.push("No image is set: add spec.imageName with the PostgreSQL major of the backup (see kubectl cnpg-site backups).");
  }
  const text = stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
  return `${header.map((h) => `# ${h}`.trimEnd()).join('\n')}\n${text}`;
}

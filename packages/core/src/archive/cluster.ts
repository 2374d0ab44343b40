import { relative } from 'node:path';
import { backupConfigOf, isCluster, locationOf, otherWalArchiverOf, parseS3Path, type ArchiveLocation } from '../cnpg/archive.js';
import { InputError } from '../errors.js';
import { loadInventory } from '../inventory/load.js';
import { positionOf } from '../inventory/resource.js';
import { loadProfile } from '../profile/load.js';

export { repositoryRoot } from '../repo.js';

/**
 * The archive location of Cluster `name` (in `namespace` when given) as the repository's
 * manifests configure it. InputError when it is missing, ambiguous, or has no S3 destination.
 */
export function archiveLocationOfCluster(name: string, opts: { repo: string; namespace?: string; cwd?: string }): ArchiveLocation {
  const cwd = opts.cwd ?? process.cwd();
  const { profile } = loadProfile(opts.repo);
  const { inventory } = loadInventory([opts.repo], { profile, withOverlay: false });
  const show = (f: string): string => relative(cwd, f) || f;
  const all = inventory.ofKind('Cluster').filter(isCluster).filter((c) => c.name === name);
  const matches = opts.namespace === undefined ? all : all.filter((c) => c.namespace === opts.namespace);
  if (matches.length === 0) {
    const inNs = opts.namespace !== undefined ? ` in namespace ${opts.namespace}` : '';
    const elsewhere = opts.namespace !== undefined && all.length > 0 ? ` (found in namespace ${all.map((c) => c.namespace ?? '(none)').join(', ')})` : '';
    throw new InputError(`no CloudNativePG Cluster named ${name}${inNs} under ${opts.repo}${elsewhere}; check the name, -n, or --repo`);
  }
  if (matches.length > 1) {
    const list = matches
      .map((c) => `${show(c.file)}:${c.position.line} (namespace ${c.namespace ?? '(none)'})`)
      .sort()
      .join('; ');
    throw new InputError(`${matches.length} Clusters are named ${name}: ${list}; choose one with -n NAMESPACE`);
  }
  const cluster = matches[0]!;
  const cfg = backupConfigOf(cluster, inventory, profile.backup.pluginName);
  const where = `${show(cluster.file)}:${cluster.position.line}`;
  const other = cfg ? undefined : otherWalArchiverOf(cluster, profile.backup.pluginName);
  if (other) throw new InputError(`Cluster ${name} archives WAL with the ${other} plugin, not to a Barman archive; only Barman archives can be read here (pass --s3-path and --server-name to read one directly)`, show(cluster.file), cluster.position.line);
  if (!cfg) throw new InputError(`Cluster ${name} configures no backups (neither spec.backup.barmanObjectStore nor the barman-cloud plugin); pass --s3-path and --server-name to read an archive directly`, show(cluster.file), cluster.position.line);
  const loc = locationOf(cfg);
  if (!loc) {
    const res = cfg.store ?? cluster;
    const pos = cfg.destinationPath ? positionOf(res, [...cfg.storePath, 'destinationPath']) : res.position;
    const what = cfg.style === 'plugin' && !cfg.store ? `its ObjectStore ${cfg.objectStoreName ?? '(unnamed)'} is not in the repository` : `destinationPath ${cfg.destinationPath ?? '(missing)'} is not an s3:// URL`;
    throw new InputError(`Cluster ${name} (${where}): ${what}; fix the manifest or pass --s3-path and --server-name`, show(res.file), pos.line);
  }
  return loc;
}

/** An ArchiveLocation from `--s3-path s3://BUCKET/PREFIX` and `--server-name`. */
export function archiveLocationOfPath(s3Path: string, serverName: string, endpointURL?: string): ArchiveLocation {
  const p = parseS3Path(s3Path);
  if (!p) throw new InputError(`--s3-path ${s3Path} is not an s3:// URL; write it as s3://BUCKET/PREFIX/`);
  if (!serverName || serverName.includes('/')) throw new InputError(`--server-name "${serverName}" is not a server name (no slashes); it is usually the Cluster name`);
  const loc: ArchiveLocation = { destinationPath: s3Path, ...p, serverName };
  if (endpointURL) loc.endpointURL = endpointURL;
  return loc;
}

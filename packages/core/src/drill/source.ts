import { backupConfigOf, isCluster, type ArchiveLocation, type BackupConfig } from '../cnpg/archive.js';
import { archiveLocationOfCluster } from '../archive/cluster.js';
import { loadInventory } from '../inventory/load.js';
import type { Resource } from '../inventory/resource.js';
import { loadProfile } from '../profile/load.js';

/** A Cluster of the repository with the backup configuration the drill manifest copies. */
export interface DrillSource {
  location: ArchiveLocation;
  cluster: Resource;
  cfg: BackupConfig;
  pluginName: string;
}

/** Finds Cluster `name` as `backups` does (the same errors), with its backup configuration. */
export function drillSourceOfCluster(name: string, opts: { repo: string; namespace?: string; cwd?: string }): DrillSource {
  const location = archiveLocationOfCluster(name, opts);
  const { profile } = loadProfile(opts.repo);
  const { inventory } = loadInventory([opts.repo], { profile, withOverlay: false });
  const cluster = inventory.ofKind('Cluster').filter(isCluster).find((c) => c.name === name && (opts.namespace === undefined || c.namespace === opts.namespace))!;
  const cfg = backupConfigOf(cluster, inventory, profile.backup.pluginName)!;
  return { location, cluster, cfg, pluginName: profile.backup.pluginName };
}

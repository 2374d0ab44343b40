import { backupConfigOf, isCluster } from '../cnpg/archive.js';
import { recoverySourceOf } from '../diff/clusters.js';
import { describe, get } from '../inventory/resource.js';
import type { Rule } from './rule.js';

/** The annotation that makes CNPG skip the empty-archive check. */
export const SKIP_EMPTY_WAL_ARCHIVE_CHECK = 'cnpg.io/skipEmptyWalArchiveCheck';

export const recoveryArchive: Rule = {
  meta: {
    id: 'recovery-archive',
    title: 'A Cluster does not archive to the archive it recovers from',
    defaultSeverity: 'error',
    kind: 'correctness',
    rationale:
      'A restored Cluster reads the old archive through `spec.bootstrap.recovery.source` and an `externalClusters` entry, then starts archiving its own WAL. When its backup configuration (in-tree `spec.backup.barmanObjectStore`, or the barman-cloud plugin and its ObjectStore) resolves to the same destinationPath and server name as that entry (the server name defaults to the Cluster name, and to the entry name on the recovery side), the new Cluster writes into the archive it was restored from: CNPG\'s WAL archive check fails with "Expected empty archive" on the first rebuild and WAL piles up on the volume; with `cnpg.io/skipEmptyWalArchiveCheck` the check is skipped and the new timeline\'s WAL mixes with the old Cluster\'s, so the archive can no longer be restored with confidence. It is the classic mistake of a restore that keeps the Cluster\'s name, and is easy to miss when both sides share one YAML anchor.',
    bad: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  instances: 3
  storage:
    size: 10Gi
  bootstrap:
    recovery:
      source: forgejo-db
  externalClusters:
    - name: forgejo-db
      barmanObjectStore: &archive
        destinationPath: s3://dal-site-backups/dal/forgejo/postgres/
  backup:
    retentionPolicy: 30d
    barmanObjectStore: *archive`,
    good: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  instances: 3
  storage:
    size: 10Gi
  bootstrap:
    recovery:
      source: forgejo-db
  externalClusters:
    - name: forgejo-db
      barmanObjectStore:
        destinationPath: s3://dal-site-backups/dal/forgejo/postgres/
  backup:
    retentionPolicy: 30d
    barmanObjectStore:
      destinationPath: s3://dal-site-backups/dal/forgejo/postgres/
      serverName: forgejo-db-2`,
    howToFix:
      'Give the restored Cluster an archive of its own: a new server name (legacy: `spec.backup.barmanObjectStore.serverName`; plugin: `parameters.serverName` of the Cluster\'s barman-cloud plugin entry), such as `<name>-2`, or rename the Cluster (the runbook\'s first strategy). Keep the recovery side as it is: it must keep reading the old archive. After the Cluster is up, take a base backup on demand, since the new location has none. `kubectl cnpg-site plan-restore` writes either strategy.',
    messages: {
      sameArchive:
        '{{cluster}} recovers from {{archive}}/ (externalClusters entry "{{source}}") and archives to the same place (server name "{{serverName}}"{{note}}): its WAL archive check fails with "Expected empty archive" and it never archives; set a new server name, such as "{{suggestion}}"',
      sameArchiveSkipped:
        '{{cluster}} recovers from {{archive}}/ (externalClusters entry "{{source}}") and archives to the same place (server name "{{serverName}}"{{note}}) with the empty-archive check skipped ({{annotation}}): the new timeline\'s WAL mixes with the old Cluster\'s and the archive can no longer be restored with confidence; set a new server name, such as "{{suggestion}}"',
    },
  },
  check(ctx) {
    const plugin = ctx.profile.backup.pluginName;
    for (const cluster of ctx.inventory.ofKind('Cluster')) {
      if (!isCluster(cluster)) continue;
      const rec = recoverySourceOf(cluster, ctx.inventory, plugin);
      if (rec?.kind !== 'archive' || !rec.target) continue;
      const cfg = backupConfigOf(cluster, ctx.inventory, plugin);
      if (!cfg || typeof cfg.destinationPath !== 'string' || cfg.destinationPath.trim() === '') continue;
      const target = { destinationPath: cfg.destinationPath, serverName: cfg.effectiveServerName };
      const key = `${target.destinationPath.trim().replace(/\/+$/, '')}/${target.serverName}`;
      if (key !== rec.target.key) continue;
      const skip = get(cluster.object, ['metadata', 'annotations', SKIP_EMPTY_WAL_ARCHIVE_CHECK]);
      const skipped = typeof skip === 'string' && skip.toLowerCase() === 'enabled';
      const suggestion = `${cluster.name}-2` === target.serverName ? `${cluster.name}-3` : `${cluster.name}-2`;
      const fix =
        cfg.style === 'legacy'
          ? { description: `set spec.backup.barmanObjectStore.serverName to "${suggestion}"`, path: [...cfg.storePath, 'serverName'], value: suggestion }
          : cfg.pluginIndex !== undefined
            ? { description: `set parameters.serverName of the ${plugin} plugin entry to "${suggestion}"`, path: ['spec', 'plugins', cfg.pluginIndex, 'parameters', 'serverName'], value: suggestion }
            : { description: `set a new server name, such as "${suggestion}", in the backup configuration` };
      ctx.report({
        resource: cluster,
        // The recovery side: the entry that names the archive both sides share.
        path: rec.path,
        messageId: skipped ? 'sameArchiveSkipped' : 'sameArchive',
        data: {
          cluster: describe(cluster),
          archive: rec.target.key,
          source: rec.source ?? '',
          serverName: target.serverName,
          note: cfg.serverName !== undefined ? '' : ', the Cluster\'s own name, as no serverName is set',
          annotation: `${SKIP_EMPTY_WAL_ARCHIVE_CHECK}: enabled`,
          suggestion,
        },
        fix,
      });
    }
  },
};

import { barmanPluginEntry, clusterRefOf, isCluster, isCnpg, isObjectStore } from '../cnpg/archive.js';
import { get, isRecord, type Resource } from '../inventory/resource.js';
import type { Rule, RuleContext } from './rule.js';
import { closest } from './cluster-reference.js';

/** ScheduledBackups and Backups in the Cluster's namespace that name it, in inventory order. */
function backupsOf(ctx: RuleContext, cluster: Resource): Resource[] {
  const ref = (b: Resource) => (isCnpg(b) ? clusterRefOf(b) : undefined);
  return ctx.inventory
    .inNamespaceWith('ScheduledBackup', cluster, 'cnpg-cluster', ref, cluster.name)
    .concat(ctx.inventory.inNamespaceWith('Backup', cluster, 'cnpg-cluster', ref, cluster.name))
    .sort((a, b) => (a.file === b.file ? a.docIndex - b.docIndex : a.file < b.file ? -1 : 1));
}

export const pluginWiring: Rule = {
  meta: {
    id: 'plugin-wiring',
    title: 'The Barman Cloud plugin is wired end to end: ObjectStore, WAL archiver, backup method',
    defaultSeverity: 'error',
    kind: 'correctness',
    rationale:
      'A Cluster archived by the Barman Cloud plugin needs three things that the API server cannot check across resources. The plugin entry in `spec.plugins` names an ObjectStore in the Cluster\'s namespace in `parameters.barmanObjectName` (otherwise the plugin has nowhere to write). It sets `isWALArchiver: true` (otherwise WAL is not archived at all: no point-in-time recovery, and a base backup cannot be restored without the WAL written while it was taken). Its ScheduledBackups and Backups use `method: plugin` with `pluginConfiguration.name` set to the plugin (the default method, `barmanObjectStore`, looks for the in-tree configuration this Cluster does not have, and every backup fails). Conversely, a legacy-style Cluster (in-tree `spec.backup.barmanObjectStore`) cannot take `method: plugin` backups, and a Cluster must not configure both styles at once: pick one archive.',
    bad: `apiVersion: barmancloud.cnpg.io/v1
kind: ObjectStore
metadata:
  name: forgejo-store
spec:
  configuration:
    destinationPath: s3://dal-site-backups/dal/forgejo/postgres/
---
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  plugins:
    - name: barman-cloud.cloudnative-pg.io   # isWALArchiver is not set
      parameters:
        barmanObjectName: forgejo-objectstore   # the ObjectStore is forgejo-store
---
apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
metadata:
  name: forgejo-db-backup
spec:
  schedule: "0 0 2 * * *"
  backupOwnerReference: self
  cluster:
    name: forgejo-db                 # no method: plugin, no pluginConfiguration`,
    good: `apiVersion: barmancloud.cnpg.io/v1
kind: ObjectStore
metadata:
  name: forgejo-store
spec:
  configuration:
    destinationPath: s3://dal-site-backups/dal/forgejo/postgres/
---
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  plugins:
    - name: barman-cloud.cloudnative-pg.io
      isWALArchiver: true
      parameters:
        barmanObjectName: forgejo-store
---
apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
metadata:
  name: forgejo-db-backup
spec:
  schedule: "0 0 2 * * *"
  backupOwnerReference: self
  cluster:
    name: forgejo-db
  method: plugin
  pluginConfiguration:
    name: barman-cloud.cloudnative-pg.io`,
    howToFix:
      'Set `parameters.barmanObjectName` to the ObjectStore of the overlay (same namespace), `isWALArchiver: true` on the plugin entry, and on every ScheduledBackup and Backup of the Cluster `method: plugin` with `pluginConfiguration.name: barman-cloud.cloudnative-pg.io`. When migrating from the in-tree `barmanObjectStore` to the plugin, move the destinationPath, credentials, tags and retention policy to an ObjectStore and remove `spec.backup.barmanObjectStore` in the same change.',
    messages: {
      pluginMethodOnLegacy:
        '{{kind}} {{name}} uses method: plugin, but Cluster {{cluster}} archives with the in-tree spec.backup.barmanObjectStore and has no {{plugin}} plugin entry, so the backup fails; remove method (the default is barmanObjectStore) and pluginConfiguration',
      bothStyles:
        'Cluster {{cluster}} configures both the in-tree spec.backup.barmanObjectStore and the {{plugin}} plugin; only one may archive WAL: finish the migration by moving the configuration to the ObjectStore and removing spec.backup.barmanObjectStore, or remove this plugin entry',
      missingObjectName:
        'the {{plugin}} plugin entry has no parameters.barmanObjectName, so the plugin has no object store to archive to; set it to the ObjectStore in {{namespace}}{{hint}}',
      unknownObjectStore:
        'parameters.barmanObjectName names ObjectStore "{{objectName}}", which does not exist in {{namespace}}, so WAL archiving and backups fail; {{hint}}',
      walArchiverUnset:
        'the {{plugin}} plugin entry does not set isWALArchiver, so WAL is not archived: no point-in-time recovery, and a base backup cannot be restored without the WAL written during it; set isWALArchiver: true',
      walArchiverOff:
        'the {{plugin}} plugin entry sets isWALArchiver: {{value}}, so WAL is not archived: no point-in-time recovery, and a base backup cannot be restored without the WAL written during it; set isWALArchiver: true',
      methodNotPlugin:
        '{{kind}} {{name}} uses method {{method}}, but Cluster {{cluster}} archives through the {{plugin}} plugin, so the backup fails; set method: plugin',
      pluginNameUnset:
        '{{kind}} {{name}} sets no pluginConfiguration.name; set it to "{{plugin}}" so the backup is taken by the plugin that archives Cluster {{cluster}}',
      pluginNameOther:
        '{{kind}} {{name}}: pluginConfiguration.name is {{actual}}; Cluster {{cluster}} archives through "{{plugin}}", so set it to that',
    },
  },
  check(ctx) {
    const pluginName = ctx.profile.backup.pluginName;
    for (const cluster of ctx.inventory.ofKind('Cluster')) {
      if (!isCluster(cluster)) continue;
      const legacy = isRecord(get(cluster.object, ['spec', 'backup', 'barmanObjectStore']));
      const plugin = barmanPluginEntry(cluster, pluginName);
      const backups = backupsOf(ctx, cluster);

      if (!plugin) {
        if (!legacy) continue;
        for (const b of backups) {
          if (get(b.object, ['spec', 'method']) !== 'plugin') continue;
          ctx.report({
            resource: b,
            path: ['spec', 'method'],
            messageId: 'pluginMethodOnLegacy',
            data: { kind: b.kind, name: b.name, cluster: cluster.name, plugin: pluginName },
            fix: { description: 'set method to barmanObjectStore', path: ['spec', 'method'], value: 'barmanObjectStore' },
          });
        }
        continue;
      }

      const base = ['spec', 'plugins', plugin.index];
      if (legacy) {
        ctx.report({
          resource: cluster,
          path: [...base, 'name'],
          messageId: 'bothStyles',
          data: { cluster: cluster.name, plugin: pluginName },
        });
      }

      const params = plugin.entry.parameters;
      const objectName = isRecord(params) ? params.barmanObjectName : undefined;
      const stores = ctx.inventory.inNamespaceOf('ObjectStore', cluster).filter(isObjectStore);
      const ns = cluster.namespace ? `namespace ${cluster.namespace}` : 'the namespace';
      if (typeof objectName !== 'string' || objectName === '') {
        const only = stores.length === 1 ? stores[0]!.name : undefined;
        ctx.report({
          resource: cluster,
          path: objectName === undefined ? (isRecord(params) ? [...base, 'parameters'] : base) : [...base, 'parameters', 'barmanObjectName'],
          messageId: 'missingObjectName',
          data: { plugin: pluginName, namespace: ns, hint: only ? ` ("${only}")` : '' },
          fix: only
            ? { description: `set parameters.barmanObjectName to "${only}"`, path: [...base, 'parameters', 'barmanObjectName'], value: only }
            : { description: 'set parameters.barmanObjectName to the ObjectStore name', path: [...base, 'parameters', 'barmanObjectName'] },
        });
      } else if (!stores.some((s) => s.name === objectName)) {
        const suggestion = closest(objectName, stores.map((s) => s.name));
        ctx.report({
          absent: true,
          resource: cluster,
          path: [...base, 'parameters', 'barmanObjectName'],
          messageId: 'unknownObjectStore',
          data: { objectName, namespace: ns, hint: suggestion ? `did you mean "${suggestion}"?` : 'add the ObjectStore (barmancloud.cnpg.io/v1) to the overlay' },
          fix: suggestion
            ? { description: `set parameters.barmanObjectName to "${suggestion}"`, path: [...base, 'parameters', 'barmanObjectName'], value: suggestion }
            : { description: 'add the ObjectStore, or point barmanObjectName at an existing one', path: [...base, 'parameters', 'barmanObjectName'] },
        });
      }

      const archiver = plugin.entry.isWALArchiver;
      if (archiver !== true) {
        ctx.report({
          resource: cluster,
          path: archiver === undefined ? [...base, 'name'] : [...base, 'isWALArchiver'],
          ...(archiver === undefined
            ? { messageId: 'walArchiverUnset', data: { plugin: pluginName } }
            : { messageId: 'walArchiverOff', data: { plugin: pluginName, value: JSON.stringify(archiver) } }),
          fix: { description: 'set isWALArchiver: true', path: [...base, 'isWALArchiver'], value: true },
        });
      }

      const snapshots = isRecord(get(cluster.object, ['spec', 'backup', 'volumeSnapshot']));
      for (const b of backups) {
        const method = get(b.object, ['spec', 'method']);
        // Volume snapshot backups are independent of the archive.
        if (method === 'volumeSnapshot' && snapshots) continue;
        if (method !== 'plugin') {
          ctx.report({
            resource: b,
            path: ['spec', 'method'],
            messageId: 'methodNotPlugin',
            data: { kind: b.kind, name: b.name, cluster: cluster.name, plugin: pluginName, method: method === undefined ? 'barmanObjectStore (the default)' : JSON.stringify(method) },
            fix: { description: 'set method: plugin', path: ['spec', 'method'], value: 'plugin' },
          });
        }
        const configured = get(b.object, ['spec', 'pluginConfiguration', 'name']);
        if (configured !== pluginName) {
          ctx.report({
            resource: b,
            path: ['spec', 'pluginConfiguration', 'name'],
            ...(configured === undefined
              ? { messageId: 'pluginNameUnset', data: { kind: b.kind, name: b.name, cluster: cluster.name, plugin: pluginName } }
              : { messageId: 'pluginNameOther', data: { kind: b.kind, name: b.name, cluster: cluster.name, plugin: pluginName, actual: JSON.stringify(configured) } }),
            fix: { description: `set pluginConfiguration.name to "${pluginName}"`, path: ['spec', 'pluginConfiguration', 'name'], value: pluginName },
          });
        }
      }
    }
  },
};

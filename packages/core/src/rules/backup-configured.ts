import { barmanPluginEntry, clusterRefOf, isCluster, isCnpg, otherBackupPluginOf } from '../cnpg/archive.js';
import type { SiteBackupMethod } from '../profile/profile.js';
import { get, getArray, isRecord } from '../inventory/resource.js';
import type { Rule } from './rule.js';

/** Predefined schedules the operator's cron parser accepts besides six fields. */
/** What a schedule that does not have six fields does, for messages. */
const CRON =
  'CNPG\'s cron format has six, seconds first (for example "0 0 2 * * *" for 02:00 daily), so this is refused or runs at other times than meant';

const DESCRIPTOR = /^@(yearly|annually|monthly|weekly|daily|midnight|hourly|every\s+\S+)$/;

export const backupConfigured: Rule = {
  meta: {
    id: 'backup-configured',
    title: 'Every Cluster archives to object storage and has a well-formed ScheduledBackup',
    defaultSeverity: 'error',
    kind: 'correctness',
    conventions: 'backupOwnerReference: self',
    rationale:
      'A Cluster without a backup configuration archives no WAL and takes no base backup: there is nothing to restore from, and it is found out on the day a restore is needed. Backups are configured with the legacy in-tree `spec.backup.barmanObjectStore`, with a `spec.plugins` entry for the Barman Cloud plugin, or with another CNPG-I backup plugin (pgBackRest: `pgbackrest.dalibo.com`, or any plugin entry with `isWALArchiver: true`); a Cluster backed up by another plugin is noted, and its configuration is not checked here. The profile field `backup.methods` (default: all three) says which of these the site uses: a Cluster backed up another way is a convention warning. WAL archiving alone is not enough: a point-in-time recovery starts from a base backup, and base backups come from a ScheduledBackup naming the Cluster (profile `backup.requireScheduledBackup`, on by default). Two details of the ScheduledBackup are reported as warnings: its `schedule` is a six-field cron expression with seconds first (`0 0 2 * * *` is 02:00 every day; a five-field expression is refused or fires at other times than meant), and `backupOwnerReference: self` makes the Backup objects it creates belong to it, so they are removed with it instead of being left behind (`none`, the default) or following the Cluster (`cluster`).',
    bad: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  instances: 3
  storage:
    size: 10Gi
    storageClass: cluster-nobackup`,
    good: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  instances: 3
  storage:
    size: 10Gi
    storageClass: cluster-nobackup
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
      'Add a backup configuration: for a new Cluster the Barman Cloud plugin entry (`isWALArchiver: true`, `parameters.barmanObjectName`) and an ObjectStore with the site destinationPath, credentials, tags and retention policy. Add a ScheduledBackup in the same file with `spec.cluster.name` set to the Cluster, a six-field schedule (seconds first) and `backupOwnerReference: self`; for plugin-style Clusters also `method: plugin` and `pluginConfiguration.name`. After enabling archiving on a running Cluster, take a base backup on demand.',
    options: {
      backupOwnerReference: {
        type: 'string',
        enum: ['self', 'cluster', 'none', 'any'],
        description: 'What a ScheduledBackup\'s backupOwnerReference must be (`any`: not checked).',
        default: 'self',
      },
    },
    messages: {
      noBackup:
        'Cluster {{cluster}} has no backup configuration (neither spec.backup.barmanObjectStore nor a spec.plugins entry that archives WAL, such as "{{plugin}}"): WAL is not archived and no base backup is taken, so it cannot be restored; add the {{plugin}} plugin with an ObjectStore, or the backup plugin your site uses',
      noScheduledBackup:
        'no ScheduledBackup{{inNamespace}} names Cluster {{cluster}}: no base backup is ever taken, so WAL alone cannot restore it; add a ScheduledBackup with spec.cluster.name: {{cluster}}',
      scheduleWithoutSeconds: `schedule "{{schedule}}" has 5 fields; ${CRON}; write "{{suggestion}}"`,
      scheduleFieldCount: `schedule "{{schedule}}" has {{fields}}; ${CRON}`,
      ownerUnset:
        'backupOwnerReference is not set, so it defaults to "none": the Backup objects this creates have no owner and are left behind when it is deleted; set backupOwnerReference: self',
      otherPlugin:
        'Cluster {{cluster}} is backed up by the CNPG-I plugin "{{plugin}}"; its backup configuration (repository, credentials, retention) is not checked here',
      methodNotUsed:
        'Cluster {{cluster}} is backed up with {{method}}, which the site does not use (profile backup.methods: {{methods}}); move it to one of those, or add {{method}} to backup.methods',
      ownerOther:
        'backupOwnerReference is {{owner}}; set it to "self" so the Backup objects this creates belong to the ScheduledBackup and are cleaned up with it',
      ownerNotSite: 'backupOwnerReference is {{owner}}; the site sets "{{expected}}" (rule option backupOwnerReference)',
    },
  },
  check(ctx) {
    const pluginName = ctx.profile.backup.pluginName;
    const clusters = ctx.inventory.ofKind('Cluster').filter(isCluster);
    for (const cluster of clusters) {
      const legacy = isRecord(get(cluster.object, ['spec', 'backup', 'barmanObjectStore']));
      const plugin = barmanPluginEntry(cluster, pluginName) !== undefined;
      // Another backup plugin (pgBackRest, …) is a backup configuration too; its own wiring is
      // not checked here.
      const other = otherBackupPluginOf(cluster, pluginName);
      const methods: SiteBackupMethod[] = [
        ...(legacy ? (['barman-object-store'] as const) : []),
        ...(plugin ? (['barman-cloud-plugin'] as const) : []),
        ...(other !== undefined ? (['other-plugin'] as const) : []),
      ];
      const allowed = ctx.profile.backup.methods;
      for (const method of methods) {
        if (allowed.includes(method)) continue;
        ctx.report({
          kind: 'convention',
          resource: cluster,
          path: method === 'barman-object-store' ? ['spec', 'backup', 'barmanObjectStore'] : ['spec', 'plugins'],
          atKey: method === 'barman-object-store',
          severity: 'warning',
          messageId: 'methodNotUsed',
          data: { cluster: cluster.name, method, methods: allowed.join(', ') },
          fix: { description: `back the Cluster up with ${allowed.join(' or ')}, or add ${method} to backup.methods in .cnpg-site.yaml` },
        });
      }
      if (other !== undefined && !legacy && !plugin && allowed.includes('other-plugin')) {
        ctx.report({ resource: cluster, path: ['spec', 'plugins'], severity: 'info', messageId: 'otherPlugin', data: { cluster: cluster.name, plugin: other } });
      }
      if (!legacy && !plugin && other === undefined) {
        ctx.report({
          resource: cluster,
          path: ['spec'],
          messageId: 'noBackup',
          data: { cluster: cluster.name, plugin: pluginName },
          fix: { description: `add a spec.plugins entry "${pluginName}" with isWALArchiver: true and parameters.barmanObjectName naming an ObjectStore of the overlay (see docs/rules/backup-configured.md)` },
        });
      }
      if (ctx.profile.backup.requireScheduledBackup) {
        const scheduled = ctx.inventory.inNamespaceWith('ScheduledBackup', cluster, 'cnpg-cluster', (s) => (isCnpg(s) ? clusterRefOf(s) : undefined), cluster.name).length > 0;
        if (!scheduled) {
          ctx.report({
            absent: true,
            resource: cluster,
            path: ['metadata', 'name'],
            messageId: 'noScheduledBackup',
            data: { cluster: cluster.name, inNamespace: cluster.namespace ? ` in namespace ${cluster.namespace}` : '' },
            fix: { description: `add a ScheduledBackup to the Cluster's file: spec.cluster.name: ${cluster.name}, schedule "0 0 2 * * *", backupOwnerReference: self${barmanPluginEntry(cluster, pluginName) ? `, method: plugin, pluginConfiguration.name: ${pluginName}` : ''}` },
          });
        }
      }
    }
    for (const sb of ctx.inventory.ofKind('ScheduledBackup')) {
      if (!isCnpg(sb)) continue;
      const name = clusterRefOf(sb);
      if (name === undefined || !ctx.inventory.findNear('Cluster', name, sb).some(isCluster)) continue;
      const schedule = get(sb.object, ['spec', 'schedule']);
      if (typeof schedule === 'string' && !DESCRIPTOR.test(schedule.trim())) {
        const fields = schedule.trim().split(/\s+/).filter((f) => f !== '');
        if (fields.length !== 6) {
          const fix =
            fields.length === 5
              ? { description: 'add a seconds field in front', path: ['spec', 'schedule'], value: `0 ${fields.join(' ')}` }
              : { description: 'write six fields: second minute hour day-of-month month day-of-week', path: ['spec', 'schedule'] };
          ctx.report({
            resource: sb,
            path: ['spec', 'schedule'],
            severity: 'warning',
            ...(fields.length === 5
              ? { messageId: 'scheduleWithoutSeconds', data: { schedule, suggestion: `0 ${fields.join(' ')}` } }
              : { messageId: 'scheduleFieldCount', data: { schedule, fields: `${fields.length} field${fields.length === 1 ? '' : 's'}` } }),
            fix,
          });
        }
      }
      const owner = get(sb.object, ['spec', 'backupOwnerReference']);
      const expected = String(ctx.options.backupOwnerReference ?? 'self');
      // Unset means "none" to CloudNativePG.
      if (expected !== 'any' && (owner ?? 'none') !== expected) {
        ctx.report({
          kind: 'convention',
          resource: sb,
          path: ['spec', 'backupOwnerReference'],
          severity: 'warning',
          ...(expected !== 'self'
            ? { messageId: 'ownerNotSite', data: { owner: owner === undefined ? 'not set ("none")' : JSON.stringify(owner), expected } }
            : owner === undefined ? { messageId: 'ownerUnset' } : { messageId: 'ownerOther', data: { owner: JSON.stringify(owner) } }),
          fix: { description: `set backupOwnerReference to ${expected}`, path: ['spec', 'backupOwnerReference'], value: expected },
        });
      }
    }
  },
};

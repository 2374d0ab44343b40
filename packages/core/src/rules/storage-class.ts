import { isCluster } from '../cnpg/archive.js';
import { get, isRecord } from '../inventory/resource.js';
import type { Rule } from './rule.js';

export const storageClass: Rule = {
  meta: {
    id: 'storage-class',
    title: 'Database volumes use the storage class that the volume backup layer skips',
    defaultSeverity: 'error',
    kind: 'convention',
    rationale:
      'Barman already backs up the database. A storage class that the volume layer also backs up doubles the cost, and a volume snapshot of a running PostgreSQL is not a consistent backup anyway. `spec.storage` and `spec.walStorage` must both use the profile storage class (default `cluster-nobackup`). A Cluster that names no storage class gets the cluster default, which usually is backed up.',
    bad: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  instances: 3
  storage:
    size: 10Gi
    storageClass: standard`,
    good: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  instances: 3
  storage:
    size: 10Gi
    storageClass: cluster-nobackup`,
    howToFix:
      'Set `storageClass` to the profile value in `spec.storage` and, when present, `spec.walStorage`. On a running Cluster the storage class of existing volumes does not change: new instances get the new class, so replace instances one at a time or restore into a new Cluster.',
    messages: {
      templateUnset: 'spec.{{field}}.pvcTemplate sets no storageClassName; use "{{want}}"',
      templateOther: 'spec.{{field}}.pvcTemplate.storageClassName is "{{actual}}"; the site uses "{{want}}"',
      unset: 'spec.{{field}} names no storageClass, so the cluster default applies; use "{{want}}"',
      other: 'spec.{{field}}.storageClass is "{{actual}}"; the site uses "{{want}}" so the volume layer does not back up database volumes',
    },
  },
  check(ctx) {
    const want = ctx.profile.storage.storageClass;
    for (const r of ctx.inventory.ofKind('Cluster')) {
      if (!isCluster(r)) continue;
      for (const field of ['storage', 'walStorage'] as const) {
        const section = get(r.object, ['spec', field]);
        if (field === 'walStorage' && section === undefined) continue;
        if (isRecord(section) && section.pvcTemplate !== undefined && section.storageClass === undefined) {
          const tpl = get(section, ['pvcTemplate', 'storageClassName']);
          if (tpl === want) continue;
          ctx.report({
            resource: r,
            path: ['spec', field, 'pvcTemplate', 'storageClassName'],
            ...(tpl === undefined
              ? { messageId: 'templateUnset', data: { field, want } }
              : { messageId: 'templateOther', data: { field, want, actual: String(tpl) } }),
            fix: { description: `set spec.${field}.storageClass to "${want}"`, path: ['spec', field, 'storageClass'], value: want },
          });
          continue;
        }
        const sc = get(section, ['storageClass']);
        if (sc === want) continue;
        ctx.report({
          resource: r,
          path: sc === undefined ? ['spec', field] : ['spec', field, 'storageClass'],
          ...(sc === undefined
            ? { messageId: 'unset', data: { field, want } }
            : { messageId: 'other', data: { field, want, actual: String(sc) } }),
          fix: { description: `set spec.${field}.storageClass to "${want}"`, path: ['spec', field, 'storageClass'], value: want },
        });
      }
    }
  },
};

import { backupConfigOf, isCluster } from '../cnpg/archive.js';
import { expand } from '../profile/profile.js';
import type { Rule } from './rule.js';

/** A destinationPath without surrounding blanks and trailing slashes, to compare prefixes. */
function normalise(path: string): string {
  return path.trim().replace(/\/+$/, '');
}

const WHY = `the IAM policy of the app's backup credentials allows only that prefix, so archiving would fail at runtime with AccessDenied`;

export const archiveDestination: Rule = {
  meta: {
    id: 'archive-destination',
    title: 'The archive destination is the prefix the site reserves for the app',
    defaultSeverity: 'error',
    kind: 'convention',
    rationale:
      'Every app archives to its own prefix, by default `s3://dal-site-backups/<site>/<app>/postgres/`, with `<site>` and `<app>` taken from the overlay path. The S3 credentials that Vault vends for the app carry an IAM policy that allows only that prefix, so any other destinationPath is accepted by Kubernetes and by the operator and then fails at runtime with AccessDenied: WAL archiving stalls, the WAL volume fills up, and the first base backup never happens. Without this rule it is found when the disk is full or when a restore is needed. The destinationPath is checked where it is written: `spec.backup.barmanObjectStore.destinationPath` of the Cluster (legacy in-tree style) or `spec.configuration.destinationPath` of the ObjectStore the Cluster names (Barman Cloud plugin style). A trailing slash makes no difference.',
    bad: `# sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml
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

# sites/dal/clusters/k1/wave-2/overlays/forgejo/object-store.yaml
apiVersion: barmancloud.cnpg.io/v1
kind: ObjectStore
metadata:
  name: forgejo-store
spec:
  retentionPolicy: 7d
  configuration:
    destinationPath: s3://dal-site-backups/dal/gitea/postgres/
    s3Credentials:
      accessKeyId: { name: forgejo-db-backup, key: access_key }
      secretAccessKey: { name: forgejo-db-backup, key: secret_key }`,
    good: `# sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml
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

# sites/dal/clusters/k1/wave-2/overlays/forgejo/object-store.yaml
apiVersion: barmancloud.cnpg.io/v1
kind: ObjectStore
metadata:
  name: forgejo-store
spec:
  retentionPolicy: 7d
  configuration:
    destinationPath: s3://dal-site-backups/dal/forgejo/postgres/
    s3Credentials:
      accessKeyId: { name: forgejo-db-backup, key: access_key }
      secretAccessKey: { name: forgejo-db-backup, key: secret_key }`,
    howToFix:
      'Set destinationPath to the value the finding gives (the profile template `backup.destinationPath` filled with the site and app of the overlay). If the path is right and the overlay sits in the wrong directory, move the overlay instead. Changing the destinationPath of a running Cluster starts a new, empty archive: take a base backup on demand right after the change. When the site uses another bucket or layout, change `backup.destinationPath` in `.cnpg-site.yaml` rather than each app.',
    messages: {
      missing: `{{where}} has no destinationPath; Cluster {{cluster}} (site {{site}}, app {{app}}) must archive to "{{expected}}": ${WHY}`,
      empty: `{{where}}.destinationPath is empty; set it to "{{expected}}": ${WHY}`,
      notString: `{{where}}.destinationPath is not a string ({{value}}); set it to "{{expected}}": ${WHY}`,
      wrongPath: `destinationPath is "{{actual}}"; site {{site}}, app {{app}} archives to "{{expected}}": ${WHY}`,
    },
  },
  check(ctx) {
    const template = ctx.profile.backup.destinationPath;
    for (const cluster of ctx.inventory.ofKind('Cluster')) {
      if (!isCluster(cluster)) continue;
      if (cluster.site === undefined || cluster.app === undefined) continue;
      const cfg = backupConfigOf(cluster, ctx.inventory, ctx.profile.backup.pluginName);
      // No configuration, or an ObjectStore that cannot be found: other rules report those.
      if (!cfg?.store) continue;
      const expected = expand(template, {
        site: cluster.site,
        app: cluster.app,
        cluster: cluster.name,
        k8sCluster: cluster.k8sCluster,
        wave: cluster.wave,
      });
      if (expected === undefined) continue;
      const where = cfg.style === 'legacy' ? 'spec.backup.barmanObjectStore' : `ObjectStore ${cfg.store.name} spec.configuration`;
      const fieldPath = [...cfg.storePath, 'destinationPath'];
      const fix = { description: `set destinationPath to "${expected}"`, path: fieldPath, value: expected };
      const value: unknown = cfg.config?.destinationPath;
      if (typeof value !== 'string' || value.trim() === '') {
        ctx.report({
          resource: cfg.store,
          path: value === undefined ? cfg.storePath : fieldPath,
          ...(value === undefined
            ? { messageId: 'missing', data: { where, cluster: cluster.name, site: cluster.site, app: cluster.app, expected } }
            : value === ''
              ? { messageId: 'empty', data: { where, expected } }
              : { messageId: 'notString', data: { where, expected, value: JSON.stringify(value) } }),
          fix,
        });
        continue;
      }
      if (normalise(value) === normalise(expected)) continue;
      ctx.report({
        resource: cfg.store,
        path: fieldPath,
        messageId: 'wrongPath',
        data: { actual: value, site: cluster.site, app: cluster.app, expected },
        fix,
      });
    }
  },
};

import { backupConfigOf, isCluster } from '../cnpg/archive.js';
import { expand, templateVarsOf } from '../profile/profile.js';
import type { Rule } from './rule.js';

/** A destinationPath without surrounding blanks and trailing slashes, to compare prefixes. */
function normalise(path: string): string {
  return path.trim().replace(/\/+$/, '');
}

/** Why the destination matters, when the credentials are scoped to the prefix (profile `backup.iamScoped`). */
const WHY_IAM_SCOPED = `the IAM policy of the app's backup credentials allows only that prefix, so archiving would fail at runtime with AccessDenied`;
/** Why the destination matters, when nothing says the credentials are scoped to it. */
const WHY_CONVENTION = `the site keeps each app's archive under the prefix the profile's backup.destinationPath gives, where restores and audits look for it`;

export const archiveDestination: Rule = {
  meta: {
    id: 'archive-destination',
    title: 'The archive destination is the prefix the site reserves for the app',
    defaultSeverity: 'error',
    kind: 'convention',
    rationale:
      'Every app archives to its own prefix, by default `s3://dal-site-backups/<site>/<app>/postgres/`, with `<site>` and `<app>` taken from the overlay path. The S3 credentials that Vault vends for the app carry an IAM policy that allows only that prefix, so any other destinationPath is accepted by Kubernetes and by the operator and then fails at runtime with AccessDenied: WAL archiving stalls, the WAL volume fills up, and the first base backup never happens. Without this rule it is found when the disk is full or when a restore is needed. The destinationPath is checked where it is written: `spec.backup.barmanObjectStore.destinationPath` of the Cluster (legacy in-tree style) or `spec.configuration.destinationPath` of the ObjectStore the Cluster names (Barman Cloud plugin style). A trailing slash makes no difference. Where the credentials are not scoped to the prefix (profile `backup.iamScoped: false`), a destination elsewhere still works, and the finding says only that it differs from the convention.',
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
      missing: `{{where}} has no destinationPath; Cluster {{cluster}} ({{owner}}) must archive to "{{expected}}": {{why}}`,
      empty: `{{where}}.destinationPath is empty; set it to "{{expected}}": {{why}}`,
      notString: `{{where}}.destinationPath is not a string ({{value}}); set it to "{{expected}}": {{why}}`,
      wrongPath: `destinationPath is "{{actual}}"; {{owner}} archives to "{{expected}}": {{why}}`,
    },
  },
  check(ctx) {
    const template = ctx.profile.backup.destinationPath;
    const why = ctx.profile.backup.iamScoped ? WHY_IAM_SCOPED : WHY_CONVENTION;
    for (const cluster of ctx.inventory.ofKind('Cluster')) {
      if (!isCluster(cluster)) continue;
      if (cluster.app === undefined) continue;
      const cfg = backupConfigOf(cluster, ctx.inventory, ctx.profile.backup.pluginName);
      // No configuration, or an ObjectStore that cannot be found: other rules report those.
      if (!cfg?.store) continue;
      const expected = expand(template, templateVarsOf(cluster));
      if (expected === undefined) continue;
      const owner = cluster.site !== undefined ? `site ${cluster.site}, app ${cluster.app}` : `app ${cluster.app}`;
      const where = cfg.style === 'legacy' ? 'spec.backup.barmanObjectStore' : `ObjectStore ${cfg.store.name} spec.configuration`;
      const fieldPath = [...cfg.storePath, 'destinationPath'];
      const fix = { description: `set destinationPath to "${expected}"`, path: fieldPath, value: expected };
      const value: unknown = cfg.config?.destinationPath;
      if (typeof value !== 'string' || value.trim() === '') {
        ctx.report({
          resource: cfg.store,
          path: value === undefined ? cfg.storePath : fieldPath,
          ...(value === undefined
            ? { messageId: 'missing', data: { where, cluster: cluster.name, owner, expected, why } }
            : value === ''
              ? { messageId: 'empty', data: { where, expected, why } }
              : { messageId: 'notString', data: { where, expected, value: JSON.stringify(value), why } }),
          fix,
        });
        continue;
      }
      if (normalise(value) === normalise(expected)) continue;
      ctx.report({
        resource: cfg.store,
        path: fieldPath,
        messageId: 'wrongPath',
        data: { actual: value, owner, expected, why },
        fix,
      });
    }
  },
};

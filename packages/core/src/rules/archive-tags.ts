import { backupConfigOf, isCluster } from '../cnpg/archive.js';
import { isRecord } from '../inventory/resource.js';
import { expand, templateVarsOf } from '../profile/profile.js';
import type { Rule } from './rule.js';

/** What a tag template stands for, in words, for messages. */
function meaning(template: string, cluster: string): string {
  switch (template) {
    case '{site}':
      return 'the site';
    case '{app}':
      return 'the app';
    case '{cluster}':
      return `the name of Cluster ${cluster}`;
    case '{k8sCluster}':
      return 'the Kubernetes cluster';
    case '{wave}':
      return 'the wave';
    case '{namespace}':
      return 'the namespace';
    default:
      return `profile template "${template}"`;
  }
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

export const archiveTags: Rule = {
  meta: {
    id: 'archive-tags',
    title: 'The object store configuration carries the site, service and db tags',
    defaultSeverity: 'error',
    kind: 'convention',
    rationale:
      'Barman tags every object it writes with the `tags` of the object store configuration. The site uses them to attribute storage cost, to find the archive of a database in the bucket, and to select objects in lifecycle and audit tooling: `site: <site>`, `service: <app>`, `db: <Cluster name>` by default (the profile `backup.tags`, whose values are templates). A missing or stale tag is invisible until someone searches the bucket for a database during an incident; a stale `db` tag after a restore into a renamed Cluster is the usual case (the runbook step that edits `tags.db` is easy to miss). The tags live in `spec.backup.barmanObjectStore.tags` (legacy in-tree style) or in `spec.configuration.tags` of the ObjectStore (Barman Cloud plugin style).',
    bad: `# sites/dal/clusters/k1/wave-2/overlays/gitea/postgres.yaml
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: gitea-db-2
spec:
  backup:
    retentionPolicy: 14d
    barmanObjectStore:
      destinationPath: s3://dal-site-backups/dal/gitea/postgres/
      tags:
        site: dal
        db: gitea-db`,
    good: `# sites/dal/clusters/k1/wave-2/overlays/gitea/postgres.yaml
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: gitea-db-2
spec:
  backup:
    retentionPolicy: 14d
    barmanObjectStore:
      destinationPath: s3://dal-site-backups/dal/gitea/postgres/
      tags:
        site: dal
        service: gitea
        db: gitea-db-2`,
    howToFix:
      'Set each tag the finding names to the value it gives: `site` and `service` from the overlay path, `db` the name of the Cluster that archives there. After a restore into a renamed Cluster, update `tags.db` in the same change as `metadata.name`. Existing objects keep their old tags; only new objects get the new ones. A site with other tags changes `backup.tags` in `.cnpg-site.yaml`.',
    messages: {
      noTags: `{{where}} has no tags; add {{key}}: "{{expected}}" ({{about}}) so the archive's objects can be attributed and found in the bucket`,
      tagsNotMap: '{{where}}.tags is not a map, so no tag is set; write it as a map with {{key}}: "{{expected}}" ({{about}})',
      missingTag: `tag {{key}} is missing from {{where}}.tags; add {{key}}: "{{expected}}" ({{about}}) so the archive's objects can be attributed and found in the bucket`,
      wrongTag: `tag {{key}} is "{{actual}}"; set it to "{{expected}}" ({{about}}), or the archive's objects are attributed to the wrong {{key}}`,
      tagNotString: `tag {{key}} is not a string; set it to "{{expected}}" ({{about}}), or the archive's objects are attributed to the wrong {{key}}`,
    },
  },
  check(ctx) {
    const wanted = Object.entries(ctx.profile.backup.tags).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (wanted.length === 0) return;
    for (const cluster of ctx.inventory.ofKind('Cluster')) {
      if (!isCluster(cluster)) continue;
      const cfg = backupConfigOf(cluster, ctx.inventory, ctx.profile.backup.pluginName);
      if (!cfg?.store) continue;
      const vars = templateVarsOf(cluster);
      const where = cfg.style === 'legacy' ? 'spec.backup.barmanObjectStore' : `ObjectStore ${cfg.store.name} spec.configuration`;
      const tagsPath = [...cfg.storePath, 'tags'];
      const tags: unknown = cfg.config?.tags;
      for (const [key, template] of wanted) {
        const expected = expand(template, vars);
        if (expected === undefined) continue;
        const fix = { description: `set tag ${key}: "${expected}"`, path: [...tagsPath, key], value: expected };
        const about = meaning(template, cluster.name);
        if (!isRecord(tags)) {
          ctx.report({
            resource: cfg.store,
            path: tags === undefined ? cfg.storePath : tagsPath,
            messageId: tags === undefined ? 'noTags' : 'tagsNotMap',
            data: { where, key, expected, about },
            fix,
          });
          continue;
        }
        const value = tags[key];
        if (value === undefined || value === null) {
          ctx.report({
            resource: cfg.store,
            path: tagsPath,
            atKey: true,
            messageId: 'missingTag',
            data: { where, key, expected, about },
            fix,
          });
        } else if (!isScalar(value) || String(value) !== expected) {
          ctx.report({
            resource: cfg.store,
            path: [...tagsPath, key],
            ...(isScalar(value)
              ? { messageId: 'wrongTag', data: { key, actual: String(value), expected, about } }
              : { messageId: 'tagNotString', data: { key, expected, about } }),
            fix,
          });
        }
      }
    }
  },
};

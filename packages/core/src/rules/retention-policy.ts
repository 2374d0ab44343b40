import { backupConfigOf, barmanPluginEntry, isCluster } from '../cnpg/archive.js';
import { get, isRecord, type Resource } from '../inventory/resource.js';
import type { YamlPath } from '../types.js';
import type { Rule, RuleContext } from './rule.js';

function compile(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}

/** Reports a missing or malformed retention policy at the place the style defines. */
function checkValue(
  ctx: RuleContext,
  resource: Resource,
  path: YamlPath,
  label: string,
  value: unknown,
  pattern: RegExp | undefined,
  misplaced: boolean,
): void {
  if (value === undefined || value === null) {
    // A misplaced retention policy is reported where it is written, with where it belongs.
    if (misplaced) return;
    ctx.report({
      kind: 'convention',
      resource,
      path: path.slice(0, -1),
      messageId: 'unset',
      data: { label },
      fix: { description: `add ${label}, for example 7d`, path },
    });
    return;
  }
  if (typeof value !== 'string') {
    ctx.report({
      resource,
      path,
      messageId: 'notString',
      data: { label, value: JSON.stringify(value) },
      fix: { description: `set ${label} to a string such as "7d"`, path },
    });
    return;
  }
  if (pattern && !pattern.test(value)) {
    ctx.report({
      resource,
      path,
      messageId: 'badFormat',
      data: { label, value, pattern: pattern.source },
      fix: { description: `set ${label} to a value matching ${pattern.source}`, path },
    });
  }
}

export const retentionPolicy: Rule = {
  meta: {
    id: 'retention-policy',
    title: 'A well-formed retention policy is set where the backup style reads it',
    defaultSeverity: 'error',
    kind: 'correctness',
    conventions: 'a retention policy that is not set',
    rationale:
      'Without a retention policy Barman never deletes base backups or WAL: the bucket grows until someone notices the bill. The policy is a recovery window such as `7d`, `4w` or `3m` (option `pattern` of this rule, default `^[1-9][0-9]*[dwm]$`; the profile field `backup.retentionPolicyPattern` is its fallback). It only works in the place the backup style reads it: `spec.backup.retentionPolicy` of the Cluster for the legacy in-tree `barmanObjectStore`, and `spec.retentionPolicy` of the ObjectStore for the Barman Cloud plugin. Written anywhere else it does nothing, silently: the API server prunes fields the CRD does not define (`retentionPolicy` inside `barmanObjectStore` or inside the ObjectStore `spec.configuration`), the plugin ignores unknown `parameters`, and with the plugin the Cluster `spec.backup.retentionPolicy` applies to nothing.',
    bad: `apiVersion: postgresql.cnpg.io/v1
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
apiVersion: barmancloud.cnpg.io/v1
kind: ObjectStore
metadata:
  name: forgejo-store
spec:
  configuration:
    destinationPath: s3://dal-site-backups/dal/forgejo/postgres/
    retentionPolicy: 7d`,
    good: `apiVersion: postgresql.cnpg.io/v1
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
apiVersion: barmancloud.cnpg.io/v1
kind: ObjectStore
metadata:
  name: forgejo-store
spec:
  retentionPolicy: 7d
  configuration:
    destinationPath: s3://dal-site-backups/dal/forgejo/postgres/`,
    howToFix:
      'Legacy style: set `spec.backup.retentionPolicy` on the Cluster (next to `barmanObjectStore`, not inside it). Plugin style: set `spec.retentionPolicy` on the ObjectStore (next to `configuration`, not inside it), and remove `retentionPolicy` from the Cluster\'s plugin `parameters`. Use a number followed by `d`, `w` or `m`. A shorter window deletes older backups at the next retention run: check that no restore depends on them first.',
    options: {
      pattern: {
        type: 'string',
        format: 'regex',
        description: 'A regular expression a retention policy must match.',
        default: '^[1-9][0-9]*[dwm]$',
        fallback: 'backup.retentionPolicyPattern',
      },
    },
    messages: {
      unset: '{{label}} is not set, so backups and WAL are never deleted and the bucket grows without bound; set it, for example to "7d"',
      notString: '{{label}} is {{value}}, not a string; write it as a quoted duration such as "7d"',
      badFormat: '{{label}} is "{{value}}", which does not match {{pattern}}; use a number of days, weeks or months such as "7d", "4w" or "3m"',
      inBarmanObjectStore:
        'retentionPolicy inside spec.backup.barmanObjectStore is not a field of the CRD: the API server prunes it, so no retention applies; move it to spec.backup.retentionPolicy',
      inPluginParameters: 'retentionPolicy in the plugin parameters is ignored by the Barman Cloud plugin, so no retention applies; set it as {{target}}',
      onPluginCluster:
        'spec.backup.retentionPolicy applies only to the in-tree barmanObjectStore; this Cluster archives through the Barman Cloud plugin, which reads {{target}}: move it there',
      inObjectStoreConfiguration:
        'retentionPolicy inside spec.configuration is not a field of the ObjectStore CRD: the API server prunes it, so no retention applies; move it to spec.retentionPolicy',
    },
  },
  check(ctx) {
    const pattern = compile(String(ctx.options.pattern));
    const storesSeen = new Set<Resource>();
    for (const cluster of ctx.inventory.ofKind('Cluster')) {
      if (!isCluster(cluster)) continue;
      const cfg = backupConfigOf(cluster, ctx.inventory, ctx.profile.backup.pluginName);
      if (!cfg) continue;
      if (cfg.style === 'legacy') {
        const misplacedPath = ['spec', 'backup', 'barmanObjectStore', 'retentionPolicy'];
        const misplaced = get(cluster.object, misplacedPath) !== undefined;
        if (misplaced) {
          ctx.report({
            resource: cluster,
            path: misplacedPath,
            atKey: true,
            messageId: 'inBarmanObjectStore',
            fix: { description: 'move retentionPolicy to spec.backup.retentionPolicy', path: ['spec', 'backup', 'retentionPolicy'], value: get(cluster.object, misplacedPath) },
          });
        }
        checkValue(ctx, cluster, ['spec', 'backup', 'retentionPolicy'], 'spec.backup.retentionPolicy', get(cluster.object, ['spec', 'backup', 'retentionPolicy']), pattern, misplaced);
        continue;
      }
      // Plugin style.
      const store = cfg.store;
      const target = store ? `spec.retentionPolicy of ObjectStore ${store.name}` : `spec.retentionPolicy of the ObjectStore${cfg.objectStoreName ? ` ${cfg.objectStoreName}` : ''}`;
      const entry = barmanPluginEntry(cluster, ctx.profile.backup.pluginName);
      const paramsPath: YamlPath = ['spec', 'plugins', cfg.pluginIndex ?? 0, 'parameters', 'retentionPolicy'];
      let misplacedOnCluster = false;
      if (entry && isRecord(entry.entry.parameters) && entry.entry.parameters.retentionPolicy !== undefined) {
        misplacedOnCluster = true;
        ctx.report({
          resource: cluster,
          path: paramsPath,
          atKey: true,
          messageId: 'inPluginParameters',
          data: { target },
          fix: { description: `remove it here and set ${target}` },
        });
      }
      const clusterLevel = get(cluster.object, ['spec', 'backup', 'retentionPolicy']);
      if (clusterLevel !== undefined) {
        misplacedOnCluster = true;
        ctx.report({
          resource: cluster,
          path: ['spec', 'backup', 'retentionPolicy'],
          atKey: true,
          messageId: 'onPluginCluster',
          data: { target },
          fix: { description: `remove it here and set ${target}` },
        });
      }
      if (!store || storesSeen.has(store)) continue;
      storesSeen.add(store);
      const inConfig = get(store.object, ['spec', 'configuration', 'retentionPolicy']);
      if (inConfig !== undefined) {
        ctx.report({
          resource: store,
          path: ['spec', 'configuration', 'retentionPolicy'],
          atKey: true,
          messageId: 'inObjectStoreConfiguration',
          fix: { description: 'move retentionPolicy to spec.retentionPolicy', path: ['spec', 'retentionPolicy'], value: inConfig },
        });
      }
      checkValue(
        ctx,
        store,
        ['spec', 'retentionPolicy'],
        'spec.retentionPolicy',
        get(store.object, ['spec', 'retentionPolicy']),
        pattern,
        inConfig !== undefined || misplacedOnCluster,
      );
    }
  },
};

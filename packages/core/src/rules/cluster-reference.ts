import { CLUSTER_REFERRING_KINDS, clusterRefOf, isCluster, isCnpg } from '../cnpg/archive.js';
import { get, positionOf } from '../inventory/resource.js';
import { shortPath } from './archive-collision.js';
import type { Rule } from './rule.js';

/** Edit distance between two names (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The candidate closest to `name` (ties: alphabetical), or undefined when there is none. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of [...new Set(candidates)].sort()) {
    const d = editDistance(name, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

export const clusterReference: Rule = {
  meta: {
    id: 'cluster-reference',
    title: 'ScheduledBackup, Backup, Pooler, Database, Publication and Subscription name an existing Cluster',
    defaultSeverity: 'error',
    kind: 'correctness',
    rationale:
      'These CloudNativePG resources act on the Cluster named in `spec.cluster.name`, in their own namespace. A name that matches no Cluster is accepted by the API server and then does nothing, or fails quietly in the resource status: a ScheduledBackup that backs up nothing, a Pooler with no backend, a Database never created. It happens most often after a Cluster rename (a restore into a new Cluster) when one of the references is not moved with it. The rule looks for the Cluster in the same namespace of the same Kubernetes cluster (site and cluster from the path).',
    bad: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db-2
---
apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
metadata:
  name: forgejo-db-backup
spec:
  schedule: "0 0 2 * * *"
  backupOwnerReference: self
  cluster:
    name: forgejo-db`,
    good: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db-2
---
apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
metadata:
  name: forgejo-db-backup
spec:
  schedule: "0 0 2 * * *"
  backupOwnerReference: self
  cluster:
    name: forgejo-db-2`,
    howToFix:
      'Set `spec.cluster.name` to the name of the Cluster in the same namespace (the finding suggests the closest one). When a Cluster is renamed, move every reference in the same change: ScheduledBackup, Backup, Pooler, Database, Publication and Subscription. If the Cluster lives in another overlay, the resource belongs in that overlay and namespace.',
    messages: {
      unset: '{{kind}} {{name}} names no Cluster: spec.cluster.name is not set; set it to the Cluster in {{ns}} it belongs to',
      notString: '{{kind}} {{name}}: spec.cluster.name is not a string ({{value}}); set it to the name of a Cluster in {{ns}}',
      unknownCluster: '{{kind}} {{name}} names Cluster "{{cluster}}", which does not exist in {{ns}}{{elsewhere}}; did you mean "{{suggestion}}"?',
      noClusterInNamespace:
        '{{kind}} {{name}} names Cluster "{{cluster}}", which does not exist in {{ns}}{{elsewhere}}; no Cluster exists in {{ns}}: add the Cluster or point spec.cluster.name at an existing one',
    },
  },
  check(ctx) {
    for (const r of ctx.inventory.ofKind(...CLUSTER_REFERRING_KINDS)) {
      if (!isCnpg(r)) continue;
      const name = clusterRefOf(r);
      const ns = r.namespace ? `namespace ${r.namespace}` : 'its namespace';
      if (name === undefined || name === '') {
        const raw = get(r.object, ['spec', 'cluster', 'name']);
        ctx.report({
          resource: r,
          path: ['spec', 'cluster', 'name'],
          ...(raw === undefined || raw === ''
            ? { messageId: 'unset', data: { kind: r.kind, name: r.name, ns } }
            : { messageId: 'notString', data: { kind: r.kind, name: r.name, ns, value: JSON.stringify(raw) } }),
          fix: { description: 'set spec.cluster.name to the Cluster name', path: ['spec', 'cluster', 'name'] },
        });
        continue;
      }
      if (ctx.inventory.findNear('Cluster', name, r).some(isCluster)) continue;
      const near = ctx.inventory.inNamespaceOf('Cluster', r).filter(isCluster);
      const suggestion = closest(name, near.map((c) => c.name));
      const elsewhere = ctx.inventory
        .findAll('Cluster', name)
        .filter(isCluster)
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.position.line - b.position.line))[0];
      // Where a Cluster of that name is, as a hint: it changes with other files, so it is data.
      let hint = '';
      if (elsewhere) {
        const at = positionOf(elsewhere, ['metadata', 'name']);
        const place = elsewhere.namespace ? `namespace ${elsewhere.namespace}` : 'no namespace';
        const scope = elsewhere.scope !== r.scope && elsewhere.scope !== '' ? ` of ${elsewhere.scope}` : '';
        hint = ` (there is one in ${place}${scope} at ${shortPath(elsewhere.file, ctx.profile, r.file)}:${at.line}, but a reference reaches only its own namespace)`;
      }
      const data = { kind: r.kind, name: r.name, ns, cluster: name, elsewhere: hint };
      ctx.report({
        absent: true,
        resource: r,
        path: ['spec', 'cluster', 'name'],
        ...(suggestion !== undefined
          ? { messageId: 'unknownCluster', data: { ...data, suggestion } }
          : { messageId: 'noClusterInNamespace', data }),
        fix:
          suggestion !== undefined
            ? { description: `set spec.cluster.name to "${suggestion}"`, path: ['spec', 'cluster', 'name'], value: suggestion }
            : { description: 'set spec.cluster.name to an existing Cluster in the namespace, or add the Cluster', path: ['spec', 'cluster', 'name'] },
      });
    }
  },
};

import { relative, sep } from 'node:path';
import { isCluster } from '../cnpg/archive.js';
import { InputError } from '../errors.js';
import type { Resource } from '../inventory/resource.js';
import type { PlannerInput } from './model.js';

const rel = (root: string, file: string) => relative(root, file).split(sep).join('/');

/**
 * The Cluster a planner is asked about: by name, `-n` (also picking a Cluster whose namespace the
 * repository does not say) and `--in`. Throws an InputError naming the candidates when several
 * match; `cluster` is undefined when none does (see noSuchCluster), with every Cluster in `all`.
 */
export function plannedCluster(o: PlannerInput, verb: string): { cluster?: Resource; all: Resource[] } {
  const all = o.inventory.ofKind('Cluster').filter(isCluster);
  const inside = (c: Resource) => o.within === undefined || c.file === o.within || c.file.startsWith(o.within.replace(/[\\/]+$/, '') + sep);
  let matching = all.filter((c) => c.name === o.clusterName && (o.namespace === undefined || c.namespace === o.namespace) && inside(c));
  if (matching.length === 0 && o.namespace !== undefined) matching = all.filter((c) => c.name === o.clusterName && c.namespace === undefined && inside(c));
  if (matching.length > 1) {
    const list = matching.map((c) => `${c.namespace ?? '(no namespace)'} in ${rel(o.root, c.file)}:${c.position.line}`).join('; ');
    const namespaces = new Set(matching.map((c) => c.namespace));
    const how = namespaces.size === matching.length && !namespaces.has(undefined)
      ? 'pass -n NAMESPACE to choose one'
      : `they share a namespace (one per Kubernetes cluster, say): pass --in with the file or folder of the one to ${verb}, such as --in ${rel(o.root, matching[0]!.file)}`;
    throw new InputError(`${matching.length} Clusters are named ${o.clusterName}: ${list}; ${how}`);
  }
  return matching.length === 1 ? { cluster: matching[0]!, all } : { all };
}

/** No Cluster of that name: the error, listing the Clusters that are there. */
export function noSuchCluster(o: PlannerInput, all: readonly Resource[]): InputError {
  const names = all.map((c) => `${c.namespace ? `${c.namespace}/` : ''}${c.name} (${rel(o.root, c.file)})`).sort();
  return new InputError(
    `no Cluster named ${o.clusterName}${o.namespace ? ` in namespace ${o.namespace}` : ''} in ${o.root}; ` +
      (names.length ? `Clusters found: ${names.join(', ')}` : 'no CloudNativePG Cluster was found; pass --repo DIR to point at the GitOps repository'),
  );
}

import type { DeploymentModel } from '../deploy/model.js';
import type { Resource } from './resource.js';

export interface SourceFile {
  /** Absolute path. */
  path: string;
  /**
   * manifest: Kubernetes documents; kustomization; values: Helm values of an app (by layout);
   * data: other YAML; skipped: not parsed (empty, binary, too large, Helm template).
   */
  kind: 'manifest' | 'kustomization' | 'values' | 'data' | 'skipped';
  /** The text, when it was read. */
  text?: string | undefined;
}

export interface KustomizationProblem {
  /** The kustomization file. */
  file: string;
  field: 'resources' | 'components';
  entry: string;
  problem: 'missing' | 'no-kustomization' | 'cycle' | 'patch' | 'not-a-component' | 'build';
  /** The problem in words, for problems other than a missing entry. */
  message?: string;
  line: number;
  column: number;
}

/** Every resource loaded, indexed by kind, namespace and name, each with its source. */
export class Inventory {
  private readonly byKindIndex = new Map<string, Resource[]>();
  private byNamespaceIndex: Map<string, Resource[]> | undefined;
  private readonly keyIndexes = new Map<string, Map<string, Resource[]>>();
  /** The deployment model the resources were rendered from, when loaded from files. */
  model?: DeploymentModel;
  /** Where repository paths start: the git repository's root (else the folder loaded), when loaded from files. */
  root?: string;

  constructor(
    /** In file order, then document order. */
    readonly resources: readonly Resource[],
    /** Every file read, sorted by path. */
    readonly files: readonly SourceFile[],
    /** Directories holding a kustomization. */
    readonly overlays: readonly string[] = [],
    /** Entries of kustomization `resources`/`components` that do not resolve. */
    readonly kustomizationProblems: readonly KustomizationProblem[] = [],
  ) {
    for (const r of resources) {
      let list = this.byKindIndex.get(r.kind);
      if (!list) this.byKindIndex.set(r.kind, (list = []));
      list.push(r);
    }
  }

  ofKind(...kinds: string[]): Resource[] {
    if (kinds.length === 1) return this.byKindIndex.get(kinds[0]!) ?? [];
    return kinds.flatMap((k) => this.byKindIndex.get(k) ?? []);
  }

  /** Resources of `kind` named `name` in the namespace (and cluster scope) of `near`. */
  findNear(kind: string, name: string, near: Pick<Resource, 'namespace' | 'scope'> & { root?: string }): Resource[] {
    const all = this.inNamespaceWith(kind, near, 'name', (r) => r.name, name);
    // Two roots can render the same name into one namespace (one per Kubernetes cluster): the
    // resource rendered with `near` is the one it means.
    if (all.length > 1 && near.root !== undefined) {
      const own = all.filter((r) => r.root === near.root);
      if (own.length > 0) return own;
    }
    return all;
  }

  /**
   * Resources of `kind` in the namespace (and cluster scope) of `near` whose `key` is `value`,
   * through an index built once per kind and key name: a rule that looks up, for each of
   * thousands of resources, the few that name it stays linear.
   */
  inNamespaceWith(kind: string, near: Pick<Resource, 'namespace' | 'scope'> & { root?: string | undefined }, keyName: string, key: (r: Resource) => string | undefined, value: string): Resource[] {
    const id = `${kind}\0${keyName}`;
    let index = this.keyIndexes.get(id);
    if (!index) {
      index = new Map();
      for (const r of this.ofKind(kind)) {
        const k = key(r);
        if (k === undefined) continue;
        const at = `${r.scope}\0${r.namespace ?? ''}\0${k}`;
        // Also by root: `\u0001` cannot occur in a scope, namespace or key.
        for (const ak of r.root !== undefined ? [at, `${at}\u0001${r.root}`] : [at]) {
          let list = index.get(ak);
          if (!list) index.set(ak, (list = []));
          list.push(r);
        }
      }
      this.keyIndexes.set(id, index);
    }
    const at = `${near.scope}\0${near.namespace ?? ''}\0${value}`;
    const all = index.get(at) ?? [];
    // Several roots can render the same resources into one namespace (one per Kubernetes cluster,
    // such as an ApplicationSet over a fleet): the ones rendered with `near` are the ones it means.
    if (all.length > 1 && near.root !== undefined) {
      const own = index.get(`${at}\u0001${near.root}`);
      if (own && own.length > 0) return own;
    }
    return all;
  }

  /** Resources of `kind` in the namespace (and cluster scope) of `near`. Indexed: rules call it per resource. */
  inNamespaceOf(kind: string, near: Pick<Resource, 'namespace' | 'scope'>): Resource[] {
    if (!this.byNamespaceIndex) {
      this.byNamespaceIndex = new Map();
      for (const r of this.resources) {
        const k = `${r.kind}\0${r.scope}\0${r.namespace ?? ''}`;
        let list = this.byNamespaceIndex.get(k);
        if (!list) this.byNamespaceIndex.set(k, (list = []));
        list.push(r);
      }
    }
    return this.byNamespaceIndex.get(`${kind}\0${near.scope}\0${near.namespace ?? ''}`) ?? [];
  }

  /** Every resource named `name` of `kind`, anywhere. */
  findAll(kind: string, name: string, namespace?: string): Resource[] {
    return this.ofKind(kind).filter((r) => r.name === name && (namespace === undefined || r.namespace === namespace));
  }
}

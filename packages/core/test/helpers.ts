import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadInventory, type LoadResult } from '../src/inventory/load.js';
import { lint } from '../src/lint/lint.js';
import { DEFAULT_PROFILE, type Profile } from '../src/profile/profile.js';
import { RULES } from '../src/rules/index.js';
import type { Rule } from '../src/rules/rule.js';
import type { Diagnostic } from '../src/types.js';
import { applyEditsToText } from '../src/edit/text.js';
import { planRestore, type RestoreOptions, type RestorePlan } from '../src/restore/plan.js';

export const ROOT = '/repo';

/** Loads an in-memory tree of files (paths relative to /repo) into an Inventory. */
export function loadMemory(files: Record<string, string>, profile: Profile = DEFAULT_PROFILE, paths: string[] = [ROOT]): LoadResult {
  const abs = new Map(Object.entries(files).map(([p, t]) => [posix.join(ROOT, p), Buffer.from(t)]));
  const dirs = new Map<string, Map<string, boolean>>();
  for (const p of abs.keys()) {
    let child = p;
    let dir = posix.dirname(p);
    let isDir = false;
    for (;;) {
      if (!dirs.has(dir)) dirs.set(dir, new Map());
      dirs.get(dir)!.set(posix.basename(child), isDir);
      if (dir === '/') break;
      child = dir;
      dir = posix.dirname(dir);
      isDir = true;
    }
  }
  return loadInventory(paths, {
    profile,
    readFile: (p) => abs.get(p),
    readDir: (p) => {
      const d = dirs.get(p);
      return d ? [...d.entries()] : undefined;
    },
  });
}

/** Diagnostics of one rule (or every rule) over an in-memory tree. */
export function check(files: Record<string, string>, rule?: Rule | string, profile: Profile = DEFAULT_PROFILE): Diagnostic[] {
  const { inventory, diagnostics } = loadMemory(files, profile);
  const r = typeof rule === 'string' ? RULES.find((x) => x.meta.id === rule) : rule;
  return lint(inventory, profile, r ? { rules: [r] } : { loadDiagnostics: diagnostics });
}

/** `file:line:col ruleId` for compact assertions. */
export function where(d: Diagnostic): string {
  return `${posix.relative(ROOT, d.file)}:${d.line}:${d.column} ${d.ruleId}`;
}

export const OVERLAY = 'sites/dal/clusters/k1/wave-2/overlays/forgejo';

/** A complete, clean plugin-style app overlay following the default profile. */
export function pluginApp(app = 'forgejo', cluster = `${app}-db`, site = 'dal'): Record<string, string> {
  const dir = `sites/${site}/clusters/k1/wave-2/overlays/${app}`;
  return {
    [`${dir}/kustomization.yaml`]: `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: ${app}
resources:
  - service-account.yaml
  - vault-dynamic-secret.yaml
  - external-secret.yaml
  - object-store.yaml
  - postgres.yaml
`,
    [`${dir}/service-account.yaml`]: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${app}-sa
`,
    [`${dir}/vault-dynamic-secret.yaml`]: `apiVersion: generators.external-secrets.io/v1alpha1
kind: VaultDynamicSecret
metadata:
  name: ${app}-db-backup
spec:
  path: /aws/creds/${app}-db-backup
  method: GET
  provider:
    server: https://vault.example.com
    auth:
      kubernetes:
        mountPath: kubernetes
        role: workload-reader-${app}-db-backup
        serviceAccountRef:
          name: ${app}-sa
`,
    [`${dir}/external-secret.yaml`]: `apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: ${app}-db-backup
spec:
  refreshInterval: 1h
  target:
    name: ${app}-db-backup
    template:
      metadata:
        labels:
          cnpg.io/reload: "true"
  dataFrom:
    - sourceRef:
        generatorRef:
          apiVersion: generators.external-secrets.io/v1alpha1
          kind: VaultDynamicSecret
          name: ${app}-db-backup
`,
    [`${dir}/object-store.yaml`]: `apiVersion: barmancloud.cnpg.io/v1
kind: ObjectStore
metadata:
  name: ${app}-store
spec:
  retentionPolicy: 7d
  configuration:
    destinationPath: s3://dal-site-backups/${site}/${app}/postgres/
    s3Credentials:
      accessKeyId:
        name: ${app}-db-backup
        key: access_key
      secretAccessKey:
        name: ${app}-db-backup
        key: secret_key
    wal:
      compression: gzip
    data:
      compression: gzip
    tags:
      site: ${site}
      service: ${app}
      db: ${cluster}
`,
    [`${dir}/postgres.yaml`]: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: ${cluster}
spec:
  instances: 3
  imageCatalogRef:
    apiGroup: postgresql.cnpg.io
    kind: ClusterImageCatalog
    name: postgresql
    major: 16
  storage:
    size: 10Gi
    storageClass: cluster-nobackup
  plugins:
    - name: barman-cloud.cloudnative-pg.io
      isWALArchiver: true
      parameters:
        barmanObjectName: ${app}-store
---
apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
metadata:
  name: ${cluster}-backup
spec:
  schedule: "0 0 2 * * *"
  backupOwnerReference: self
  cluster:
    name: ${cluster}
  method: plugin
  pluginConfiguration:
    name: barman-cloud.cloudnative-pg.io
`,
  };
}

/** A complete, clean legacy-style (in-tree barmanObjectStore) app overlay. */
export function legacyApp(app = 'gitea', cluster = `${app}-db`, site = 'dal'): Record<string, string> {
  const dir = `sites/${site}/clusters/k1/wave-2/overlays/${app}`;
  const plugin = pluginApp(app, cluster, site);
  return {
    [`${dir}/kustomization.yaml`]: `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: ${app}
resources:
  - service-account.yaml
  - vault-dynamic-secret.yaml
  - external-secret.yaml
  - postgres.yaml
`,
    [`${dir}/service-account.yaml`]: plugin[`${dir}/service-account.yaml`]!,
    [`${dir}/vault-dynamic-secret.yaml`]: plugin[`${dir}/vault-dynamic-secret.yaml`]!,
    [`${dir}/external-secret.yaml`]: plugin[`${dir}/external-secret.yaml`]!,
    [`${dir}/postgres.yaml`]: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: ${cluster}
spec:
  instances: 2
  imageCatalogRef:
    apiGroup: postgresql.cnpg.io
    kind: ClusterImageCatalog
    name: postgresql
    major: 15
  storage:
    size: 5Gi
    storageClass: cluster-nobackup
  backup:
    retentionPolicy: 14d
    barmanObjectStore:
      destinationPath: s3://dal-site-backups/${site}/${app}/postgres/
      s3Credentials:
        accessKeyId:
          name: ${app}-db-backup
          key: access_key
        secretAccessKey:
          name: ${app}-db-backup
          key: secret_key
      wal:
        compression: gzip
      data:
        compression: gzip
      tags:
        site: ${site}
        service: ${app}
        db: ${cluster}
---
apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
metadata:
  name: ${cluster}-backup
spec:
  schedule: "0 0 3 * * *"
  backupOwnerReference: self
  cluster:
    name: ${cluster}
`,
  };
}

/** Replaces text in one file of a tree (throws when the text is not there, so tests stay honest). */
export function patch(files: Record<string, string>, file: string, from: string | RegExp, to: string): Record<string, string> {
  const key = Object.keys(files).find((k) => k === file || k.endsWith('/' + file));
  if (!key) throw new Error(`no file ${file}`);
  const before = files[key]!;
  const after = before.replace(from, to);
  if (after === before) throw new Error(`patch: ${String(from)} not found in ${key}`);
  return { ...files, [key]: after };
}

/** Malformed values where maps, lists and strings are expected: rules must report, never throw. */
export const ODD_INPUT: Record<string, string> = {
  'sites/dal/clusters/k1/wave-2/overlays/odd/kustomization.yaml': 'namespace: odd\nresources:\n  - postgres.yaml\n',
  'sites/dal/clusters/k1/wave-2/overlays/odd/postgres.yaml': `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: a
spec: text
---
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: b
spec:
  backup:
    barmanObjectStore:
      destinationPath: [1, 2]
      tags: text
  plugins: text
  imageCatalogRef: 3
---
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: c
spec:
  plugins:
    - text
    - name: barman-cloud.cloudnative-pg.io
      isWALArchiver: "yes"
      parameters: text
---
apiVersion: barmancloud.cnpg.io/v1
kind: ObjectStore
metadata:
  name: s
spec: []
---
apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
metadata:
  name: sb
spec:
  cluster: text
  schedule: 5
`,
};

/** The upstream CNPG v1.30.0 samples, vendored with their license (see SOURCES.md there). */
export const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures/cnpg-samples-v1.30.0');

/** The corpus's YAML files, sorted; throws when the folder is missing or holds too few. */
export function corpusFiles(): string[] {
  if (!existsSync(CORPUS) || !statSync(CORPUS).isDirectory()) throw new Error(`corpus directory missing: ${CORPUS}`);
  const files = readdirSync(CORPUS).filter((f) => /\.ya?ml$/.test(f)).sort();
  if (files.length < 50) throw new Error(`corpus has only ${files.length} YAML files: ${CORPUS}`);
  return files;
}

export interface CorpusRun {
  /** YAML files in the corpus. */
  files: string[];
  /** Resources the loader found in them. */
  resources: number;
  diagnostics: Diagnostic[];
}

/** Runs one rule over the whole corpus; fails loudly when the corpus is missing or small. */
export function lintCorpus(rule: Rule): CorpusRun {
  const files = corpusFiles();
  const { inventory } = loadInventory([CORPUS], { profile: DEFAULT_PROFILE });
  if (inventory.resources.length < 50) throw new Error(`corpus has only ${inventory.resources.length} resources`);
  return { files, resources: inventory.resources.length, diagnostics: lint(inventory, DEFAULT_PROFILE, { rules: [rule] }) };
}

/** A restore plan over an in-memory tree (rename unless said otherwise). */
export function planIn(files: Record<string, string>, o: Partial<RestoreOptions> & { clusterName: string }): RestorePlan {
  const { inventory } = loadMemory(files);
  return planRestore({ inventory, profile: DEFAULT_PROFILE, root: ROOT, strategy: 'rename', ...o });
}

/** The tree with a plan's edits applied, as `--write` would write it. */
export function appliedTo(files: Record<string, string>, plan: RestorePlan): Record<string, string> {
  const out = { ...files };
  for (const key of Object.keys(files)) {
    const ops = plan.edits.filter((e) => e.file === `${ROOT}/${key}`).map((e) => e.op);
    if (ops.length) out[key] = applyEditsToText(files[key]!, ops);
  }
  return out;
}

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const BIN = join(__dirname, '..', 'bin', 'run.js');

/** Runs git in `cwd`; throws with git's stderr when it fails. */
export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A real git repository in a temp directory. */
export class TempRepo {
  readonly dir: string;
  constructor(prefix = 'cnpg-policy-') {
    this.dir = mkdtempSync(join(tmpdir(), prefix));
    git(this.dir, 'init', '-q', '-b', 'main');
    git(this.dir, 'config', 'user.email', 'dev@example.com');
    git(this.dir, 'config', 'user.name', 'Dev');
    git(this.dir, 'config', 'commit.gpgsign', 'false');
  }

  /** Writes (or, with null, deletes) files. */
  write(files: Record<string, string | null>): void {
    for (const [p, text] of Object.entries(files)) {
      const abs = join(this.dir, p);
      if (text === null) rmSync(abs, { force: true });
      else {
        mkdirSync(dirname(abs), { recursive: true });
        writeFileSync(abs, text);
      }
    }
  }

  /** Writes the files, stages everything and commits; returns the commit id. */
  commit(files: Record<string, string | null>, message = 'change'): string {
    this.write(files);
    git(this.dir, 'add', '-A');
    git(this.dir, 'commit', '-q', '--allow-empty', '-m', message);
    return git(this.dir, 'rev-parse', 'HEAD');
  }

  /** Writes the files and stages them without committing. */
  stage(files: Record<string, string | null>): void {
    this.write(files);
    git(this.dir, 'add', '-A');
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built cnpg-site-policy CLI. */
export function cli(cwd: string, ...args: string[]): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export interface JsonDiag {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  fix?: { description: string };
}

/** `ci -o json`, parsed. */
export function ciJson(cwd: string, base: string, head?: string): { code: number; diagnostics: JsonDiag[]; stderr: string } {
  const r = cli(cwd, 'ci', '--base', base, ...(head ? ['--head', head] : []), '-o', 'json');
  if (r.code === 2 || r.code === 3) return { code: r.code, diagnostics: [], stderr: r.stderr };
  const parsed = JSON.parse(r.stdout) as { diagnostics: JsonDiag[] };
  return { code: r.code, diagnostics: parsed.diagnostics, stderr: r.stderr };
}

/** Blocking and advisory findings only (pre-existing lint notes left out). */
export function verdicts(ds: JsonDiag[]): JsonDiag[] {
  return ds.filter((d) => d.severity !== 'info');
}

export const OV = 'sites/dal/clusters/k1/wave-2/overlays/forgejo';
export const VALUES = 'sites/dal/clusters/k1/wave-2/values/forgejo/values.yaml';

/** A clean plugin-style app overlay following the default profile, plus app config naming the Cluster. */
export function app(appName = 'forgejo', cluster = `${appName}-db`, opts: { serverName?: string; major?: number; storageClass?: string; recoverFrom?: string; recoveryServer?: string; destination?: string } = {}): Record<string, string> {
  const dir = `sites/dal/clusters/k1/wave-2/overlays/${appName}`;
  const dest = opts.destination ?? `s3://dal-site-backups/dal/${appName}/postgres/`;
  const recovery = opts.recoverFrom
    ? `  bootstrap:
    recovery:
      source: origin
  externalClusters:
    - name: origin
      plugin:
        name: barman-cloud.cloudnative-pg.io
        parameters:
          barmanObjectName: ${appName}-store
          serverName: ${opts.recoveryServer ?? opts.recoverFrom}
`
    : '';
  return {
    [`${dir}/kustomization.yaml`]: `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: ${appName}
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
  name: ${appName}-sa
`,
    [`${dir}/vault-dynamic-secret.yaml`]: `apiVersion: generators.external-secrets.io/v1alpha1
kind: VaultDynamicSecret
metadata:
  name: ${appName}-db-backup
spec:
  path: /aws/creds/${appName}-db-backup
  method: GET
  provider:
    server: https://vault.example.com
    auth:
      kubernetes:
        mountPath: kubernetes
        role: workload-reader-${appName}-db-backup
        serviceAccountRef:
          name: ${appName}-sa
`,
    [`${dir}/external-secret.yaml`]: `apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: ${appName}-db-backup
spec:
  refreshInterval: 1h
  target:
    name: ${appName}-db-backup
    template:
      metadata:
        labels:
          cnpg.io/reload: "true"
  dataFrom:
    - sourceRef:
        generatorRef:
          apiVersion: generators.external-secrets.io/v1alpha1
          kind: VaultDynamicSecret
          name: ${appName}-db-backup
`,
    [`${dir}/object-store.yaml`]: `apiVersion: barmancloud.cnpg.io/v1
kind: ObjectStore
metadata:
  name: ${appName}-store
spec:
  retentionPolicy: 7d
  configuration:
    destinationPath: ${dest}
    s3Credentials:
      accessKeyId:
        name: ${appName}-db-backup
        key: access_key
      secretAccessKey:
        name: ${appName}-db-backup
        key: secret_key
    wal:
      compression: gzip
    data:
      compression: gzip
    tags:
      site: dal
      service: ${appName}
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
    major: ${opts.major ?? 16}
  storage:
    size: 10Gi
    storageClass: ${opts.storageClass ?? 'cluster-nobackup'}
  plugins:
    - name: barman-cloud.cloudnative-pg.io
      isWALArchiver: true
      parameters:
        barmanObjectName: ${appName}-store
${opts.serverName ? `        serverName: ${opts.serverName}\n` : ''}${recovery}---
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
    [`sites/dal/clusters/k1/wave-2/values/${appName}/values.yaml`]: `database:
  host: ${cluster}-rw.${appName}.svc
  existingSecret: ${cluster}-app
`,
    [`sites/dal/clusters/k1/wave-2/overlays/${appName}-netpol/netpol.yaml`]: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${appName}-db-ingress
  namespace: ${appName}
spec:
  podSelector:
    matchLabels:
      cnpg.io/cluster: ${cluster}
`,
    [`monitoring/alerts-${appName}.yaml`]: `groups:
  - name: ${appName}
    rules:
      - alert: ${appName}DbDown
        expr: cnpg_collector_up{cnpg_cluster="${cluster}"} == 0
`,
  };
}

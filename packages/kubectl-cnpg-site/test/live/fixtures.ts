import { fileURLToPath } from 'node:url';
/** Realistic objects for the test-only API server: a plugin-archived forgejo Cluster, ArgoCD, and a CLI runner. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { FakeApiServer } from './api-server.js';

/** The repository this file belongs to (a checkout anywhere, not a fixed path). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');


export const NS = 'forgejo';
export const CLUSTER = 'forgejo-db';
export const CLI = join(REPO_ROOT, 'packages/kubectl-cnpg-site/bin/run.js');

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const ago = (ms: number) => iso(new Date(Date.now() - ms));
const H = 3_600_000;

/** The previous midnight UTC, `days` days back. */
function midnight(days = 0): Date {
  const n = new Date();
  return new Date(Date.UTC(n.getUTCFullYear(), n.getUTCMonth(), n.getUTCDate() - days));
}

export function clusterObject(name = CLUSTER, status: Record<string, unknown> = healthyStatus(name)): Record<string, unknown> {
  return {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: { name, namespace: NS, labels: { 'argocd.argoproj.io/instance': 'forgejo' } },
    spec: {
      instances: 3,
      imageCatalogRef: { apiGroup: 'postgresql.cnpg.io', kind: 'ClusterImageCatalog', name: 'postgresql', major: 16 },
      storage: { size: '10Gi', storageClass: 'cluster-nobackup' },
      plugins: [{ name: 'barman-cloud.cloudnative-pg.io', isWALArchiver: true, parameters: { barmanObjectName: 'forgejo-store' } }],
    },
    status,
  };
}

export function healthyStatus(name = CLUSTER): Record<string, unknown> {
  const lastBackup = iso(new Date(midnight().getTime() + 12 * 60_000));
  return {
    phase: 'Cluster in healthy state',
    instances: 3,
    readyInstances: 3,
    currentPrimary: `${name}-1`,
    targetPrimary: `${name}-1`,
    instanceNames: [`${name}-1`, `${name}-2`, `${name}-3`],
    timelineID: 1,
    lastSuccessfulBackup: lastBackup,
    firstRecoverabilityPoint: iso(new Date(midnight(7).getTime() + 11 * 60_000)),
    conditions: [
      { type: 'Ready', status: 'True', reason: 'ClusterIsReady', message: 'Cluster is Ready', lastTransitionTime: ago(48 * H) },
      { type: 'ContinuousArchiving', status: 'True', reason: 'ContinuousArchivingSuccess', message: 'Continuous archiving is working', lastTransitionTime: ago(48 * H) },
      { type: 'LastBackupSucceeded', status: 'True', reason: 'LastBackupSucceeded', message: 'Backup was successful', lastTransitionTime: lastBackup },
    ],
  };
}

export function scheduledBackup(cluster = CLUSTER): Record<string, unknown> {
  return {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'ScheduledBackup',
    metadata: { name: `${cluster}-daily`, namespace: NS },
    spec: { schedule: '0 0 0 * * *', backupOwnerReference: 'self', cluster: { name: cluster }, method: 'plugin', pluginConfiguration: { name: 'barman-cloud.cloudnative-pg.io' } },
    status: { lastScheduleTime: iso(midnight()), nextScheduleTime: iso(midnight(-1)) },
  };
}

export function backup(name: string, phase: string, stoppedAt: Date, cluster = CLUSTER, error?: string): Record<string, unknown> {
  return {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Backup',
    metadata: { name, namespace: NS, creationTimestamp: iso(new Date(stoppedAt.getTime() - 10 * 60_000)) },
    spec: { cluster: { name: cluster }, method: 'plugin', pluginConfiguration: { name: 'barman-cloud.cloudnative-pg.io' } },
    status: { phase, method: 'plugin', startedAt: iso(new Date(stoppedAt.getTime() - 9 * 60_000)), stoppedAt: iso(stoppedAt), ...(error ? { error } : {}) },
  };
}

export function objectStore(windows: Record<string, Record<string, string>>): Record<string, unknown> {
  return {
    apiVersion: 'barmancloud.cnpg.io/v1',
    kind: 'ObjectStore',
    metadata: { name: 'forgejo-store', namespace: NS },
    spec: {
      configuration: {
        destinationPath: 's3://dal-site-backups/dal/forgejo/postgres/',
        s3Credentials: { accessKeyId: { name: 'forgejo-db-backup', key: 'access_key' }, secretAccessKey: { name: 'forgejo-db-backup', key: 'secret_key' } },
        tags: { site: 'dal', service: 'forgejo', db: CLUSTER },
        wal: { compression: 'gzip' },
      },
      retentionPolicy: '7d',
    },
    status: { serverRecoveryWindow: windows },
  };
}

export function application(): Record<string, unknown> {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: 'k1-forgejo', namespace: 'argocd' },
    spec: {
      project: 'default',
      source: { repoURL: 'https://git.example.org/platform/gitops.git', path: 'sites/dal/clusters/k1/wave-2/overlays/forgejo', targetRevision: 'main' },
      destination: { server: 'https://kubernetes.default.svc', namespace: NS },
      syncPolicy: { automated: { prune: true, selfHeal: true } },
    },
    status: { sync: { status: 'Synced', revision: '3f1c2a9' }, health: { status: 'Healthy' } },
  };
}

/** Name of the seeded Backup taken `days` days ago at midnight, as CNPG names scheduled ones. */
export function seedBackupName(days: number): string {
  return `${CLUSTER}-daily-${iso(midnight(days)).slice(0, 10).replace(/-/g, '')}000000`;
}

/** The reference site: a healthy plugin-archived Cluster with its backups, store and Application. */
export function seedHealthy(api: FakeApiServer): void {
  api.apply(clusterObject());
  api.apply(clusterObject('gitea-db'));
  api.apply(scheduledBackup());
  api.apply(backup(seedBackupName(1), 'completed', new Date(midnight(1).getTime() + 11 * 60_000)));
  api.apply(backup(seedBackupName(0), 'completed', new Date(midnight().getTime() + 12 * 60_000)));
  api.apply(
    objectStore({
      [CLUSTER]: {
        firstRecoverabilityPoint: iso(new Date(midnight(7).getTime() + 11 * 60_000)),
        lastSuccessfulBackupTime: iso(new Date(midnight().getTime() + 12 * 60_000)),
      },
    }),
  );
  api.apply(application());
  api.event(NS, { reason: 'ClusterReady', message: 'Cluster is ready', kind: 'Cluster', name: CLUSTER, at: new Date(Date.now() - 48 * H) });
}

export interface Kubeconfig {
  dir: string;
  file: string;
  cleanup: () => void;
}

/** A real kubeconfig file: server URL, token auth, a context with a namespace. */
export function writeKubeconfig(server: string, token: string, namespace = NS): Kubeconfig {
  const dir = mkdtempSync(join(tmpdir(), 'cnpg-site-live-'));
  const file = join(dir, 'config');
  writeFileSync(
    file,
    `apiVersion: v1
kind: Config
clusters:
- name: k1
  cluster:
    server: ${server}
    # The client refuses plain http unless TLS verification is off.
    insecure-skip-tls-verify: true
users:
- name: reader
  user:
    token: ${token}
contexts:
- name: k1
  context:
    cluster: k1
    user: reader
    namespace: ${namespace}
- name: other
  context:
    cluster: k1
    user: reader
    namespace: default
current-context: k1
`,
  );
  return { dir, file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunningCli {
  /** Resolves when the process exits. */
  done: Promise<CliRun>;
  /** Resolves when stdout contains `text`. */
  waitFor: (text: string | RegExp) => Promise<void>;
  stdout: () => string;
}

/**
 * Runs the built CLI asynchronously (the API server lives in this process, so the event loop
 * must keep running while the CLI talks to it).
 */
export function startCli(args: string[], env: Record<string, string> = {}): RunningCli {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: { test: string | RegExp; resolve: () => void }[] = [];
  const check = () => {
    for (const w of [...waiters]) {
      if (typeof w.test === 'string' ? stdout.includes(w.test) : w.test.test(stdout)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    check();
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliRun>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return {
    done,
    stdout: () => stdout,
    waitFor: (test) =>
      new Promise<void>((resolve, reject) => {
        waiters.push({ test, resolve });
        check();
        void done.then(() => reject(new Error(`CLI exited before printing ${String(test)}\nstdout:\n${stdout}\nstderr:\n${stderr}`)));
      }),
  };
}

export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return startCli(args, env).done;
}

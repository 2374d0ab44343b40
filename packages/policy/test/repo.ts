import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { patch, pluginApp } from '../../core/test/helpers.js';

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
  // The clean overlay of core's tests, with this case's variations.
  let files = pluginApp(appName, cluster);
  const defaultDest = `s3://dal-site-backups/dal/${appName}/postgres/`;
  if (opts.destination && opts.destination !== defaultDest) files = patch(files, `${appName}/object-store.yaml`, `destinationPath: ${defaultDest}`, `destinationPath: ${opts.destination}`);
  if (opts.major !== undefined && opts.major !== 16) files = patch(files, `${appName}/postgres.yaml`, 'major: 16', `major: ${opts.major}`);
  if (opts.storageClass && opts.storageClass !== 'cluster-nobackup') files = patch(files, `${appName}/postgres.yaml`, 'storageClass: cluster-nobackup', `storageClass: ${opts.storageClass}`);
  const plugin = `        barmanObjectName: ${appName}-store\n`;
  if (opts.serverName || recovery) {
    files = patch(files, `${appName}/postgres.yaml`, plugin, `${plugin}${opts.serverName ? `        serverName: ${opts.serverName}\n` : ''}${recovery}`);
  }
  return {
    ...files,
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

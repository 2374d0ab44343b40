import { fileURLToPath } from 'node:url';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CreateBucketCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';

/** The repository this file belongs to (a checkout anywhere, not a fixed path). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');


const S3RVER_BIN = join(REPO_ROOT, 'node_modules/s3rver/bin/s3rver.js');

export const CLI = join(REPO_ROOT, 'packages/kubectl-cnpg-site/bin/run.js');
export const PG_BIN = '/usr/lib/postgresql/15/bin';
export const CREDS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' };

/** Installs postgresql-15 and barman-cli-cloud when missing; throws (the test fails) when it cannot. */
export function ensureSystemPackages(): void {
  const r = spawnSync(join(REPO_ROOT, 'scripts/ensure-system-packages.sh'), ['postgresql-15', 'barman-cli-cloud'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`postgresql-15 and barman-cli-cloud are required and could not be installed: ${r.stderr}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface LocalS3 {
  endpoint: string;
  port: number;
  client: S3Client;
  close(): Promise<void>;
}

/**
 * s3rver on a free loopback port with a fresh store and the given buckets. It runs as a child
 * process, so the synchronous calls of the tests (PostgreSQL, barman-cloud) cannot stall it.
 */
export async function startS3(buckets: string[]): Promise<LocalS3> {
  const dir = mkdtempSync(join(tmpdir(), 'cnpg-site-s3-'));
  const port = await freePort();
  const child = spawn(process.execPath, [S3RVER_BIN, '-d', dir, '-a', '127.0.0.1', '-p', String(port), '--silent'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({ endpoint, forcePathStyle: true, region: 'us-east-1', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  const stop = async (): Promise<void> => {
    client.destroy();
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitAndCreate();
  } catch (err) {
    await stop();
    throw err;
  }
  return { endpoint, port, client, close: stop };

  async function waitAndCreate(): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await client.send(new ListBucketsCommand({}));
      break;
    } catch (err) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`s3rver did not start on port ${port}: ${stderr || String(err)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  for (const b of buckets) await client.send(new CreateBucketCommand({ Bucket: b }));
  }
}

/** A PostgreSQL 15 instance in a temp dir, run as `postgres`, archiving with barman-cloud-wal-archive. */
export class Postgres {
  readonly dir: string;
  readonly data: string;
  readonly port: number;
  constructor(
    readonly destination: string,
    readonly serverName: string,
    readonly endpoint: string,
    port: number,
    readonly extra: Record<string, string> = {},
  ) {
    this.dir = mkdtempSync(join(tmpdir(), 'cnpg-site-pg-'));
    chmodSync(this.dir, 0o755);
    chownSync(this.dir, uid('postgres'), gid('postgres'));
    this.data = join(this.dir, 'data');
    this.port = port;
  }

  private env(): NodeJS.ProcessEnv {
    return { PATH: `${PG_BIN}:/usr/bin:/bin`, ...CREDS, HOME: this.dir, LANG: 'C.UTF-8' };
  }

  /** Runs a program as `postgres`. */
  run(cmd: string, args: string[], opts: { allowFail?: boolean } = {}): string {
    const envArgs = Object.entries(this.env()).map(([k, v]) => `${k}=${v}`);
    const r = spawnSync('runuser', ['-u', 'postgres', '--', 'env', ...envArgs, cmd, ...args], { encoding: 'utf8', cwd: this.dir, timeout: 120_000 });
    if (r.status !== 0 && !opts.allowFail) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}${r.stdout}`);
    return r.stdout;
  }

  archiveCommand(): string {
    return `barman-cloud-wal-archive --endpoint-url ${this.endpoint} ${this.destination} ${this.serverName} %p`;
  }

  initdb(): void {
    this.run(`${PG_BIN}/initdb`, ['-D', this.data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    this.writeConf();
  }

  /**
   * Restores a base backup of the archive into this instance's data directory with
   * barman-cloud-restore, to recover to its consistency point and promote (a new timeline),
   * archiving under this instance's server name.
   */
  restoreFrom(backupId: string): void {
    this.run('barman-cloud-restore', ['--endpoint-url', this.endpoint, this.destination, this.serverName, backupId, this.data]);
    this.writeConf([
      `restore_command = 'barman-cloud-wal-restore --endpoint-url ${this.endpoint} ${this.destination} ${this.serverName} %f %p'`,
      `recovery_target = 'immediate'`,
      `recovery_target_action = 'promote'`,
    ]);
    writeFileSync(join(this.data, 'recovery.signal'), '');
    execFileSync('chown', ['-R', 'postgres:postgres', this.data]);
    execFileSync('chmod', ['0700', this.data]);
  }

  private writeConf(more: string[] = []): void {
    const conf = [
      `port = ${this.port}`,
      `listen_addresses = ''`,
      `unix_socket_directories = '${this.dir}'`,
      `archive_mode = on`,
      `archive_command = '${this.archiveCommand()}'`,
      `wal_level = replica`,
      `fsync = off`,
      `max_wal_size = 64MB`,
      ...Object.entries(this.extra).map(([k, v]) => `${k} = ${v}`),
      ...more,
    ];
    writeFileSync(join(this.data, 'postgresql.auto.conf'), `${conf.join('\n')}\n`);
    execFileSync('chown', ['postgres:postgres', join(this.data, 'postgresql.auto.conf')]);
  }

  start(): void {
    this.run(`${PG_BIN}/pg_ctl`, ['-D', this.data, '-l', join(this.dir, 'log'), '-w', '-t', '60', 'start']);
  }

  stop(): void {
    this.run(`${PG_BIN}/pg_ctl`, ['-D', this.data, '-m', 'fast', '-w', 'stop'], { allowFail: true });
  }

  sql(query: string): string {
    return this.run(`${PG_BIN}/psql`, ['-h', this.dir, '-p', String(this.port), '-U', 'postgres', '-d', 'postgres', '-Atq', '-v', 'ON_ERROR_STOP=1', '-c', query]).trim();
  }

  /** Writes a little data and switches to a new segment, `n` times. */
  switchWal(n: number): void {
    this.sql('CREATE TABLE IF NOT EXISTS t (i int)');
    for (let i = 0; i < n; i++) this.sql(`INSERT INTO t VALUES (${i}); SELECT pg_switch_wal();`);
  }

  /** Waits until every completed segment has been archived. */
  async waitArchived(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const r = this.sql("SELECT coalesce(last_archived_wal,'') || '|' || pg_walfile_name(pg_current_wal_lsn()) || '|' || failed_count FROM pg_stat_archiver");
      const [archived, current] = r.split('|');
      // The current segment is still being written; the one before it must be archived.
      if (archived && current && archived.slice(8) >= prevSegment(current).slice(8)) return;
      if (Date.now() > deadline) throw new Error(`WAL archiving did not catch up: ${r}; see ${join(this.dir, 'log')}`);
      await new Promise((res) => setTimeout(res, 200));
    }
  }

  baseBackup(): void {
    this.run('barman-cloud-backup', ['--endpoint-url', this.endpoint, '-h', this.dir, '-p', String(this.port), '-U', 'postgres', '--immediate-checkpoint', this.destination, this.serverName]);
  }

  cleanup(): void {
    this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function prevSegment(name: string): string {
  const log = parseInt(name.slice(8, 16), 16);
  const seg = parseInt(name.slice(16), 16);
  const abs = log * 256 + seg - 1;
  const h = (n: number): string => n.toString(16).toUpperCase().padStart(8, '0');
  return name.slice(0, 8) + h(Math.floor(abs / 256)) + h(abs % 256);
}

function uid(user: string): number {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
}
function gid(user: string): number {
  return Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
}

/** Runs the built CLI. */
export function cli(args: string[], env: Record<string, string> = {}): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...CREDS, ...env }, timeout: 120_000 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the built CLI without blocking the event loop (for servers running in the test process). */
export function cliAsync(args: string[], env: Record<string, string> = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...CREDS, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
  });
}

/** Runs a barman-cloud tool (as the current user) against the local S3. */
export function barman(tool: string, args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8', env: { ...process.env, ...CREDS }, timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr}`);
  return r.stdout;
}

/**
 * An HTTP proxy in front of s3rver that answers some requests with an S3 XML error instead:
 * `fault(method, path)` returns [status, code] to fail, undefined to forward.
 */
export async function startFaultProxy(target: number, fault: (method: string, path: string) => [number, string] | undefined): Promise<{ endpoint: string; requests: string[]; close(): Promise<void> }> {
  const http = await import('node:http');
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const f = fault(req.method ?? 'GET', req.url ?? '/');
    if (f) {
      const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${f[1]}</Code><Message>${f[1]} from the test proxy</Message><RequestId>1</RequestId></Error>`;
      res.writeHead(f[0], { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    const up = http.request({ host: '127.0.0.1', port: target, method: req.method, path: req.url, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

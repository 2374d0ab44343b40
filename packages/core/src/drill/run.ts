import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, chownSync, constants, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { ArchiveLocation } from '../cnpg/archive.js';
import { InputError } from '../errors.js';
import type { Archive } from '../archive/model.js';
import { preflightRestore, type PreflightResult } from '../archive/preflight.js';
import { readArchive, resolveEndpoint, serverURL } from '../archive/s3.js';
import { DRILL_HBA, drillAutoConf, parseControlData, walRestoreCommand, type ControlData } from './conf.js';
import { parseRecoveryLog, whereRecoveryStopped, type RecoveryLog } from './log.js';
import { settle, type DrillCheck, type DrillDatabase, type DrillReport } from './report.js';
import { checkDrillTarget, describeDrillTarget, drillTargetKind, type DrillTarget } from './target.js';

/** Prefix of the private temporary folders (under the system's temporary folder). */
export const DRILL_TMP_PREFIX = 'cnpg-site-drill-';
/** The copy listens on a Unix socket only; the number names the socket file. */
export const DRILL_PORT = 5432;

const PG_REQUIRED = ['pg_ctl', 'postgres', 'psql', 'pg_controldata'] as const;
const BARMAN_REQUIRED = ['barman-cloud-restore', 'barman-cloud-wal-restore'] as const;

export interface DrillTools {
  major: number;
  pgBin: string;
  pgVersion?: string;
  pgCtl: string;
  postgres: string;
  psql: string;
  pgControldata: string;
  /** Absent when the binary is not installed: the amcheck check is skipped. */
  pgAmcheck?: string;
  restore: string;
  walRestore: string;
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function pathDirs(env: NodeJS.ProcessEnv): string[] {
  return (env.PATH ?? '').split(delimiter).filter((d) => d !== '');
}

/** `pg_ctl (PostgreSQL) 15.18 (Debian …)` → `15.18`. */
function versionOf(pgCtl: string): string | undefined {
  const r = spawnSync(pgCtl, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return /\(PostgreSQL\)\s+(\d+(?:\.\d+)?)/.exec(r.stdout ?? '')?.[1];
}

/**
 * The PostgreSQL programs of `major` (from `pgBin`, else /usr/lib/postgresql/<major>/bin, else
 * PATH) and the barman-cloud tools (PATH). InputError naming exactly what to install otherwise.
 */
export function findDrillTools(major: number, pgBin?: string, env: NodeJS.ProcessEnv = process.env, backupId?: string): DrillTools {
  const candidates = pgBin !== undefined ? [pgBin] : [`/usr/lib/postgresql/${major}/bin`, ...pathDirs(env)];
  let dir: string | undefined;
  const wrong: string[] = [];
  for (const d of candidates) {
    if (!PG_REQUIRED.every((p) => executable(join(d, p)))) continue;
    const v = versionOf(join(d, 'pg_ctl'));
    if (v !== undefined && Number.parseInt(v, 10) !== major) {
      wrong.push(`${d} holds PostgreSQL ${v}`);
      continue;
    }
    dir = d;
    break;
  }
  const barman = new Map<string, string>();
  for (const tool of BARMAN_REQUIRED) {
    const found = pathDirs(env).map((d) => join(d, tool)).find(executable);
    if (found) barman.set(tool, found);
  }
  const missingBarman = BARMAN_REQUIRED.filter((t) => !barman.has(t));
  if (!dir || missingBarman.length > 0) {
    const problems: string[] = [];
    const packages: string[] = [];
    if (!dir) {
      const where = pgBin !== undefined ? `in ${pgBin} (--pg-bin)` : `in /usr/lib/postgresql/${major}/bin or on PATH`;
      problems.push(`the PostgreSQL ${major} programs (${PG_REQUIRED.join(', ')}) are not ${where}${wrong.length ? `; ${wrong.join('; ')}` : ''}`);
      packages.push(`postgresql-${major}`);
    }
    if (missingBarman.length > 0) {
      problems.push(`${missingBarman.join(' and ')} ${missingBarman.length > 1 ? 'are' : 'is'} not on PATH`);
      packages.push('barman-cli-cloud');
    }
    throw new InputError(
      `cannot run the drill: ${problems.join('; ')}. ${backupId ? `Backup ${backupId} was taken by PostgreSQL ${major}, and only that major restores it. ` : ''}` +
        `Install ${packages.join(' and ')} (Debian/Ubuntu: apt-get install ${packages.join(' ')}; majors the distribution lacks come from the PGDG repository, apt.postgresql.org)` +
        `${!dir ? `, or pass --pg-bin with the bin folder of PostgreSQL ${major}` : ''}.`,
    );
  }
  const tools: DrillTools = {
    major,
    pgBin: dir,
    pgCtl: join(dir, 'pg_ctl'),
    postgres: join(dir, 'postgres'),
    psql: join(dir, 'psql'),
    pgControldata: join(dir, 'pg_controldata'),
    restore: barman.get('barman-cloud-restore')!,
    walRestore: barman.get('barman-cloud-wal-restore')!,
  };
  const v = versionOf(tools.pgCtl);
  if (v) tools.pgVersion = v;
  if (executable(join(dir, 'pg_amcheck'))) tools.pgAmcheck = join(dir, 'pg_amcheck');
  return tools;
}

/** The user the PostgreSQL programs run as: `postgres` when this process is root (PostgreSQL refuses root). */
export interface RunAs {
  user: string;
  uid: number;
  gid: number;
}

export function drillRunAs(): RunAs | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const id = (flag: string): number | undefined => {
    const r = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
    return r.status === 0 && /^\d+$/.test(r.stdout.trim()) ? Number(r.stdout.trim()) : undefined;
  };
  const uid = id('-u');
  const gid = id('-g');
  if (uid === undefined || gid === undefined) {
    throw new InputError('the drill runs as root, and PostgreSQL refuses to run as root; there is no "postgres" user to run it as. Create one (Debian: installing postgresql-<major> does) or run the drill as an ordinary user.');
  }
  return { user: 'postgres', uid, gid };
}

/** The environment of the programs the drill starts: the AWS_* credentials and proxies pass through, nothing else of ours. */
export function drillEnv(parent: NodeJS.ProcessEnv, pgBin: string, runAs: RunAs | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: [pgBin, ...pathDirs(parent), '/usr/local/bin', '/usr/bin', '/bin'].filter((d, i, a) => a.indexOf(d) === i).join(delimiter),
    LANG: 'C.UTF-8',
    LC_MESSAGES: 'C',
  };
  const keep = /^(AWS_[A-Z0-9_]+|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy|REQUESTS_CA_BUNDLE|SSL_CERT_FILE|SSL_CERT_DIR|TZ)$/;
  for (const [k, v] of Object.entries(parent)) if (keep.test(k) && v !== undefined) env[k] = v;
  if (!runAs && parent.HOME) env.HOME = parent.HOME;
  return env;
}

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the drill's programs, as `postgres` through runuser when root; one at a time, so a signal can stop it. */
class Runner {
  current: ChildProcess | undefined;
  constructor(
    readonly runAs: RunAs | undefined,
    readonly env: NodeJS.ProcessEnv,
    readonly cwd: string,
  ) {}

  argv(cmd: string, args: string[]): [string, string[]] {
    return this.runAs ? ['runuser', ['-u', this.runAs.user, '--', cmd, ...args]] : [cmd, args];
  }

  run(cmd: string, args: string[], opts: { input?: string; timeoutMs?: number } = {}): Promise<Result> {
    const [c, a] = this.argv(cmd, args);
    return new Promise((resolve) => {
      // A process group of its own: on a signal the whole of it (runuser and the program) is stopped.
      const child = spawn(c, a, { cwd: this.cwd, env: this.env, detached: true, stdio: [opts.input !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
      this.current = child;
      let stdout = '';
      let stderr = '';
      let timer: NodeJS.Timeout | undefined;
      if (opts.timeoutMs) timer = setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs);
      child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', (err) => {
        stderr += String(err.message);
      });
      if (opts.input !== undefined) {
        child.stdin!.on('error', () => undefined);
        child.stdin!.end(opts.input);
      }
      child.on('close', (code, signal) => {
        if (timer) clearTimeout(timer);
        if (this.current === child) this.current = undefined;
        resolve({ code: code ?? (signal ? 128 : -1), stdout, stderr });
      });
    });
  }

  /** Kills the running program and its children, and waits (at most 5 s) until they are gone. */
  killCurrent(): void {
    const pid = this.current?.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      return;
    }
    const wait = new Int32Array(new SharedArrayBuffer(4));
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(-pid, 0);
      } catch {
        return;
      }
      Atomics.wait(wait, 0, 0, 50);
    }
  }

  runSync(cmd: string, args: string[], timeoutMs = 60_000): Result {
    const [c, a] = this.argv(cmd, args);
    const r = spawnSync(c, a, { cwd: this.cwd, env: this.env, encoding: 'utf8', timeout: timeoutMs });
    return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  }
}

export interface DrillRunOptions {
  location: ArchiveLocation;
  /** --endpoint-url; default: the location's, then AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL. */
  endpoint?: string;
  target: DrillTarget;
  /** A SQL file run with psql ON_ERROR_STOP against the copy; failing is a failed check. */
  verifySql?: string;
  keep?: boolean;
  pgBin?: string;
  env?: NodeJS.ProcessEnv;
  /** Where the private folder goes (default: the system's temporary folder). */
  tmpRoot?: string;
  /** Progress lines (for a terminal). */
  onProgress?: (line: string) => void;
  /** Tables counted per database, in name order. Default 500. */
  maxTables?: number;
  /** Seconds a count(*) may take. Default 120. */
  countTimeoutSeconds?: number;
  /** Seconds to wait for recovery to finish. Default: no limit. */
  recoveryTimeoutSeconds?: number;
  /** An archive already read (tests). */
  archive?: Archive;
}

const tail = (s: string, max = 3000): string => (s.length > max ? `…${s.slice(s.length - max)}` : s);
const secs = (ms: number): number => Math.round(ms / 100) / 10;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function folderSize(dir: string): number {
  let total = 0;
  const walk = (d: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(d);
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e);
      try {
        const st = lstatSync(p);
        if (st.isDirectory()) walk(p);
        else if (st.isFile()) total += st.size;
      } catch {
        // Gone meanwhile.
      }
    }
  };
  walk(dir);
  return total;
}

/** Tablespaces of a backup.info (`[('name', oid, '/path'), …]`). */
export function tablespacesOf(raw: string | undefined): { name: string; oid: number; location: string }[] {
  if (!raw || raw === 'None') return [];
  return [...raw.matchAll(/\(\s*'([^']+)'\s*,\s*(\d+)\s*,\s*'([^']+)'\s*\)/g)].map((m) => ({ name: m[1]!, oid: Number(m[2]), location: m[3]! }));
}

/** The preflight failures that make a drill impossible (no base backup, an unreadable target, no major). */
function impossible(pre: PreflightResult): boolean {
  if (!pre.backup || pre.pgMajor === undefined) return true;
  return pre.checks.some((c) => !c.ok && ((c.id === 'target-in-window' && /is not a time/.test(c.message)) || (c.id === 'target-lsn-reachable' && /is not an LSN/.test(c.message))));
}

/**
 * The drill: restores the base backup the target needs into a private temporary folder, replays
 * the archived WAL to the target with barman-cloud-wal-restore, opens the copy (Unix socket only,
 * no archiving), reads what it holds and runs the checks; stops PostgreSQL and removes the folder
 * on every way out (unless `keep`), Ctrl-C included.
 */
export async function runDrill(o: DrillRunOptions): Promise<DrillReport> {
  checkDrillTarget(o.target);
  if (o.verifySql !== undefined) {
    try {
      if (!statSync(o.verifySql).isFile()) throw new Error('not a file');
      accessSync(o.verifySql, constants.R_OK);
    } catch {
      throw new InputError(`--verify-sql ${o.verifySql}: not a readable file`);
    }
  }
  const parentEnv = o.env ?? process.env;
  const endpoint = resolveEndpoint(o.location, o.endpoint, parentEnv);
  const archive = o.archive ?? (await readArchive(o.location, endpoint ? { endpoint } : {}));
  const pre = preflightRestore(archive, {
    ...(o.target.time !== undefined ? { targetTime: o.target.time } : {}),
    ...(o.target.lsn !== undefined ? { targetLSN: o.target.lsn } : {}),
    ...(o.target.backupId !== undefined ? { backupId: o.target.backupId } : {}),
  });
  const kind = drillTargetKind(o.target);
  const report: DrillReport = {
    archive: { url: serverURL(o.location), serverName: o.location.serverName },
    ...(pre.backup ? { backup: { id: pre.backup.id } } : {}),
    target: { kind, description: describeDrillTarget(o.target) },
    outcome: 'not-run',
    reached: false,
    recovery: { restoredWalCount: 0 },
    timings: {},
    sizes: {},
    databases: [],
    checks: pre.checks.map((c) => ({ id: c.id, ok: c.ok, message: c.message })),
    notes: [],
    ok: false,
  };
  if (endpoint) report.archive.endpoint = endpoint;
  if (archive.wal.last) report.archive.newestWal = archive.wal.last;
  if (archive.wal.lastArchivedAt) report.archive.lastArchivedAt = archive.wal.lastArchivedAt;
  if (o.target.time !== undefined) report.target.value = o.target.time;
  if (o.target.lsn !== undefined) report.target.value = o.target.lsn;
  if (o.target.backupId !== undefined) report.target.backupId = o.target.backupId;
  const b = pre.backup;
  if (b) {
    report.backup = { id: b.id };
    if (b.pgMajor !== undefined) report.backup.pgMajor = b.pgMajor;
    if (b.beginWal) report.backup.beginWal = b.beginWal;
    if (b.endWal) report.backup.endWal = b.endWal;
    if (b.endTime) report.backup.endTime = b.endTime;
    if (b.size !== undefined) report.backup.sizeBytes = b.size;
    if (b.size !== undefined) report.sizes.backupBytes = b.size;
  }
  if (!b || impossible(pre)) {
    if (b && pre.pgMajor === undefined) report.notes.push(`backup ${b.id} does not say which PostgreSQL major took it, so the programs to restore it with are unknown`);
    return settle(report);
  }
  const major = pre.pgMajor!;
  const tools = findDrillTools(major, o.pgBin, parentEnv, b.id);
  report.pg = { major, bin: tools.pgBin, ...(tools.pgVersion ? { version: tools.pgVersion } : {}) };
  const majorCheck = report.checks.find((c) => c.id === 'pg-major');
  if (majorCheck) majorCheck.message = `backup ${b.id} was taken by PostgreSQL ${major}; the drill runs PostgreSQL ${tools.pgVersion ?? major} from ${tools.pgBin}`;
  const runAs = drillRunAs();

  const dir = mkdtempSync(join(o.tmpRoot ?? tmpdir(), DRILL_TMP_PREFIX));
  const data = join(dir, 'data');
  const logFile = join(dir, 'postgres.log');
  const socket = join(dir, `.s.PGSQL.${DRILL_PORT}`);
  const runner = new Runner(runAs, drillEnv(parentEnv, tools.pgBin, runAs), dir);
  const progress = o.onProgress ?? (() => undefined);
  let serverStarted = false;
  let keepFolder = false;
  let threw = false;

  const pidFile = join(data, 'postmaster.pid');
  const stopSync = (mode: 'immediate' | 'fast'): void => {
    if (!serverStarted || !existsSync(pidFile)) return;
    runner.runSync(tools.pgCtl, ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']);
  };
  const cleanup = (): void => {
    stopSync('immediate');
    if (!keepFolder) rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    runner.killCurrent();
    stopSync('immediate');
    if (o.keep) process.stderr.write(`\ndrill interrupted (${signal}): PostgreSQL stopped; the copy is kept in ${dir}\n`);
    else {
      rmSync(dir, { recursive: true, force: true });
      process.stderr.write(`\ndrill interrupted (${signal}): PostgreSQL stopped and ${dir} removed\n`);
    }
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const check = (c: DrillCheck): void => {
    report.checks.push(c);
  };

  try {
    chmodSync(dir, 0o700);
    if (runAs) chownSync(dir, runAs.uid, runAs.gid);
    if (Buffer.byteLength(socket) > 107) {
      throw new InputError(`the temporary folder ${dir} is too deep for a Unix socket (${Buffer.byteLength(socket)} bytes, at most 107); set TMPDIR to a shorter folder such as /tmp`);
    }
    let verifyCopy: string | undefined;
    if (o.verifySql !== undefined) {
      verifyCopy = join(dir, 'verify.sql');
      copyFileSync(o.verifySql, verifyCopy);
      if (runAs) chownSync(verifyCopy, runAs.uid, runAs.gid);
    }

    // 1. The base backup.
    const spaces = tablespacesOf(b.info?.raw.tablespaces);
    const restoreArgs = [...(endpoint ? ['--endpoint-url', endpoint] : []), o.location.destinationPath, o.location.serverName, b.id, data];
    for (const t of spaces) {
      const loc = join(dir, 'tablespaces', t.name);
      restoreArgs.push('--tablespace', `${t.name}:${loc}`);
    }
    if (spaces.length > 0) {
      mkdirSync(join(dir, 'tablespaces'), { mode: 0o700 });
      if (runAs) chownSync(join(dir, 'tablespaces'), runAs.uid, runAs.gid);
    }
    progress(`restoring base backup ${b.id} into ${dir}`);
    const t0 = Date.now();
    const restored = await runner.run(tools.restore, restoreArgs);
    report.timings.restoreSeconds = secs(Date.now() - t0);
    if (restored.code !== 0) {
      report.outcome = 'failed';
      report.recovery.stoppedAt = 'the base backup could not be restored';
      check({ id: 'restore', ok: false, message: `barman-cloud-restore of backup ${b.id} failed (exit ${restored.code})`, detail: tail(`${restored.stdout}${restored.stderr}`) });
      return settle(report);
    }
    check({ id: 'restore', ok: true, message: `barman-cloud-restore restored backup ${b.id} in ${report.timings.restoreSeconds} s` });

    // 2. Recovery configuration.
    const control: ControlData = parseControlData(runner.runSync(tools.pgControldata, [data]).stdout);
    const write = (name: string, text: string): void => {
      const p = join(data, name);
      writeFileSync(p, text, { mode: 0o600 });
      if (runAs) chownSync(p, runAs.uid, runAs.gid);
    };
    for (const f of ['postgresql.conf', 'postgresql.auto.conf', 'pg_hba.conf', 'pg_ident.conf']) {
      if (existsSync(join(data, f))) renameSync(join(data, f), join(data, `${f}.from-backup`));
    }
    for (const f of ['standby.signal', 'postmaster.pid', 'postmaster.opts']) rmSync(join(data, f), { force: true });
    write('postgresql.conf', "# Written by kubectl cnpg-site drill: the backup's own file is postgresql.conf.from-backup; the drill's settings are in postgresql.auto.conf.\n");
    write('postgresql.auto.conf', `${drillAutoConf({
      target: o.target,
      restoreCommand: walRestoreCommand(tools.walRestore, o.location, endpoint),
      socketDir: dir,
      port: DRILL_PORT,
      control: control.settings,
      source: serverURL(o.location),
    }).join('\n')}\n`);
    write('pg_hba.conf', DRILL_HBA);
    write('pg_ident.conf', '');
    write('recovery.signal', '');
    chmodSync(data, 0o700);

    // 3. WAL replay.
    progress(`replaying WAL to ${report.target.description}`);
    const t1 = Date.now();
    const started = await runner.run(tools.pgCtl, ['-D', data, '-l', logFile, '-W', 'start']);
    serverStarted = true;
    if (started.code !== 0) {
      report.outcome = 'failed';
      check({ id: 'recovery', ok: false, message: `pg_ctl start failed (exit ${started.code})`, detail: tail(`${started.stdout}${started.stderr}${readLog(logFile)}`) });
      return settle(report);
    }
    const opened = await waitForRecovery(pidFile, logFile, o.recoveryTimeoutSeconds, progress);
    const log = parseRecoveryLog(readLog(logFile));
    report.timings.replaySeconds = secs(Date.now() - t1);
    report.timings.totalSeconds = secs(Date.now() - t0);
    fillRecovery(report, log, archive, opened.ok);
    const segSize = archive.wal.segmentSize;
    report.sizes.walRestoredBytes = report.recovery.restoredWalCount * segSize;
    if (!opened.ok) {
      report.outcome = 'failed';
      const why = opened.timedOut
        ? `recovery did not finish within ${o.recoveryTimeoutSeconds} s`
        : log.endedBeforeTarget
          ? 'recovery ended before the target was reached'
          : log.fatal[log.fatal.length - 1] ?? 'the server stopped before it opened';
      const hint = log.endedBeforeTarget && kind === 'time' && !report.recovery.missingWal
        ? '; PostgreSQL stops at the first transaction committed after the target time, and the archive holds none: pick an earlier time, or wait until later WAL is archived'
        : '';
      check({ id: 'recovery', ok: false, message: `${why}: ${report.recovery.stoppedAt}${hint}`, detail: tail(logTail(readLog(logFile))) });
      check({ id: 'target-reached', ok: false, message: `${report.target.description} was not reached` });
      stopSync('immediate');
      return settle(report);
    }
    report.outcome = 'opened';
    check({ id: 'recovery', ok: true, message: `the copy opened read-write after ${report.timings.replaySeconds} s of WAL replay (${report.recovery.stoppedAt})` });
    const reached = targetReached(report, log, archive, b.targetTimeline);
    report.reached = reached.ok;
    check({ id: 'target-reached', ok: reached.ok, message: reached.message });

    // 4. What the copy holds.
    const t2 = Date.now();
    progress('reading the restored databases');
    const sql = (db: string, query: string, extra: string[] = []): Promise<Result> =>
      runner.run(tools.psql, ['-X', '-q', '-A', '-t', '-F', '\x1f', '-R', '\x1e', '-h', dir, '-p', String(DRILL_PORT), '-U', 'postgres', '-d', db, '-v', 'ON_ERROR_STOP=1', ...extra, '-c', query]);
    // psql ends each result with a newline and separates its rows with -R.
    const records = (s: string): string[][] => s.split(/\x1e|\n/).filter((r) => r !== '').map((r) => r.split('\x1f'));
    const cs = await sql('postgres', 'SHOW data_checksums');
    const csv = cs.stdout.replace(/[\x1e\n]/g, '').trim();
    if (cs.code === 0 && (csv === 'on' || csv === 'off')) {
      report.dataChecksums = csv;
      check({ id: 'data-checksums', ok: true, message: csv === 'on' ? 'data checksums are on' : 'data checksums are off: damaged pages are not detected when read (initdb --data-checksums, CloudNativePG postgresql.dataChecksums)' });
    } else check({ id: 'data-checksums', ok: false, message: 'SHOW data_checksums failed', detail: tail(cs.stderr) });

    const dbs = await sql('postgres', `SELECT datname, pg_database_size(oid) FROM pg_database WHERE datallowconn AND NOT datistemplate ORDER BY datname COLLATE "C"`);
    if (dbs.code !== 0) check({ id: 'row-counts', ok: false, message: 'listing the databases failed', detail: tail(dbs.stderr) });
    else {
      const maxTables = o.maxTables ?? 500;
      const timeout = o.countTimeoutSeconds ?? 120;
      const failures: string[] = [];
      let counted = 0;
      let cut = 0;
      for (const [name, size] of records(dbs.stdout)) {
        const d: DrillDatabase = { name: name!, tables: [], tableCount: 0 };
        if (size && /^\d+$/.test(size)) d.sizeBytes = Number(size);
        const list = await sql(d.name, `SELECT n.nspname, c.relname, format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)' ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"`);
        if (list.code !== 0) {
          failures.push(`${d.name}: listing tables failed: ${list.stderr.trim()}`);
          report.databases.push(d);
          continue;
        }
        const tables = records(list.stdout);
        d.tableCount = tables.length;
        const some = tables.slice(0, maxTables);
        cut += tables.length - some.length;
        const script = [`SET statement_timeout = '${timeout}s';`, ...some.map((t, i) => `SELECT ${i}, count(*) FROM ${t[2]};`)].join('\n');
        const counts = some.length > 0
          ? await runner.run(tools.psql, ['-X', '-q', '-A', '-t', '-F', '\x1f', '-R', '\x1e', '-h', dir, '-p', String(DRILL_PORT), '-U', 'postgres', '-d', d.name, '-f', '-'], { input: script })
          : { code: 0, stdout: '', stderr: '' };
        const byIndex = new Map<number, number>();
        for (const [i, n] of records(counts.stdout)) if (i !== undefined && n !== undefined && /^\d+$/.test(n)) byIndex.set(Number(i), Number(n));
        some.forEach((t, i) => {
          const rows = byIndex.get(i);
          if (rows !== undefined) counted++;
          d.tables.push({ schema: t[0]!, name: t[1]!, rows: rows ?? null, ...(rows === undefined ? { note: 'count(*) failed or timed out' } : {}) });
        });
        const errors = counts.stderr.split('\n').filter((l) => /ERROR:/.test(l));
        const timeouts = errors.filter((l) => /statement timeout/.test(l)).length;
        if (errors.length > timeouts) failures.push(`${d.name}: ${errors.filter((l) => !/statement timeout/.test(l)).slice(0, 3).join('; ')}`);
        if (timeouts > 0) report.notes.push(`${d.name}: ${timeouts} table(s) not counted: count(*) took longer than ${timeout} s`);
        report.databases.push(d);
      }
      if (cut > 0) report.notes.push(`${cut} table(s) not counted: at most ${maxTables} per database, in name order`);
      report.sizes.databasesBytes = report.databases.reduce((n, d) => n + (d.sizeBytes ?? 0), 0);
      check({
        id: 'row-counts',
        ok: failures.length === 0,
        message: failures.length === 0
          ? `counted the rows of ${counted} table(s) in ${report.databases.length} database(s)`
          : `reading tables failed: ${failures.join(' | ')}`,
      });
    }

    if (tools.pgAmcheck) {
      progress('checking tables and indexes with pg_amcheck');
      const am = await runner.run(tools.pgAmcheck, ['-h', dir, '-p', String(DRILL_PORT), '-U', 'postgres', '--all', '--install-missing']);
      check(am.code === 0
        ? { id: 'amcheck', ok: true, message: 'pg_amcheck --all found no corruption in tables and B-tree indexes' }
        : { id: 'amcheck', ok: false, message: `pg_amcheck --all reported problems (exit ${am.code})`, detail: tail(`${am.stdout}${am.stderr}`) });
    } else report.notes.push(`pg_amcheck is not in ${tools.pgBin}: tables and indexes were not checked for corruption`);

    if (verifyCopy !== undefined) {
      progress(`running ${o.verifySql}`);
      const v = await runner.run(tools.psql, ['-X', '-h', dir, '-p', String(DRILL_PORT), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-f', verifyCopy]);
      const out = `${v.stdout}${v.stderr}`;
      check(v.code === 0
        ? { id: 'verify-sql', ok: true, message: `${o.verifySql} ran without error`, ...(out.trim() ? { detail: tail(out) } : {}) }
        : { id: 'verify-sql', ok: false, message: `${o.verifySql} failed (psql exit ${v.code}): ${v.stderr.split('\n').find((l) => /ERROR:/.test(l))?.trim() ?? 'see the output'}`, detail: tail(out) });
    }
    report.timings.checksSeconds = secs(Date.now() - t2);

    // 5. Stop.
    stopSync('fast');
    return settle(report);
  } catch (err) {
    threw = true;
    throw err;
  } finally {
    stopSync('immediate');
    if (existsSync(data)) report.sizes.restoredBytes = folderSize(data);
    if (o.keep && !threw) {
      keepFolder = true;
      const as = runAs ? `runuser -u ${runAs.user} -- ` : '';
      report.kept = {
        dir,
        data,
        socketDir: dir,
        port: DRILL_PORT,
        start: `${as}${tools.pgCtl} -D ${data} -l ${logFile} start`,
        stop: `${as}${tools.pgCtl} -D ${data} -m fast stop`,
        psql: `${as}${tools.psql} -h ${dir} -p ${DRILL_PORT} -U postgres -d postgres`,
        ...(runAs ? { asUser: runAs.user } : {}),
      };
    }
    cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function readLog(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The end of the server log, without the restore_command's noise for files that are not there. */
function logTail(text: string, lines = 25): string {
  return text.split('\n').filter((l) => l.trim() !== '').slice(-lines).join('\n');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Waits until the copy accepts connections (status "ready" in postmaster.pid) or its postmaster exits. */
async function waitForRecovery(pidFile: string, logFile: string, timeoutSeconds: number | undefined, progress: (line: string) => void): Promise<{ ok: boolean; timedOut?: boolean }> {
  const start = Date.now();
  let pid: number | undefined;
  let lastReport = Date.now();
  let lastCount = -1;
  for (;;) {
    let lines: string[] = [];
    try {
      lines = readFileSync(pidFile, 'utf8').split('\n');
    } catch {
      lines = [];
    }
    if (lines.length > 0 && /^\d+$/.test(lines[0]!.trim())) pid = Number(lines[0]!.trim());
    if (lines[7]?.trim() === 'ready') return { ok: true };
    if (pid !== undefined && !alive(pid)) return { ok: false };
    if (pid === undefined && Date.now() - start > 60_000) return { ok: false };
    if (pid === undefined && /database system is shut down|aborting startup/.test(readLog(logFile))) return { ok: false };
    if (timeoutSeconds !== undefined && Date.now() - start > timeoutSeconds * 1000) return { ok: false, timedOut: true };
    if (Date.now() - lastReport > 5000) {
      const log = parseRecoveryLog(readLog(logFile));
      const n = new Set(log.restored).size;
      if (n !== lastCount) progress(`  ${n} WAL segment(s) restored${n ? `, last ${log.restored[log.restored.length - 1]}` : ''}`);
      lastCount = n;
      lastReport = Date.now();
    }
    await sleep(200);
  }
}

function fillRecovery(report: DrillReport, log: RecoveryLog, archive: Archive, opened: boolean): void {
  const r = report.recovery;
  r.restoredWalCount = new Set(log.restored).size;
  const last = log.restored[log.restored.length - 1];
  if (last) r.lastRestoredWal = last;
  if (log.stopping) r.stopLine = log.stopping.text;
  if (log.redoDoneAt) r.redoDoneAt = log.redoDoneAt;
  if (log.lastTransactionAt) r.lastReplayedTransaction = log.lastTransactionAt;
  if (log.newTimeline !== undefined) r.newTimeline = log.newTimeline;
  const missingInArchive = archive.backups.flatMap((x) => x.missingWal);
  const where = whereRecoveryStopped(opened ? { ...log, missing: undefined } as RecoveryLog : log, opened ? [] : missingInArchive, archive.wal.segmentSize);
  r.stoppedAt = where.text;
  if (!opened && where.missing) r.missingWal = where.missing;
  if (log.lastTransactionAt && archive.wal.lastArchivedAt) {
    report.dataAgeSeconds = secs(Date.parse(archive.wal.lastArchivedAt) - Date.parse(log.lastTransactionAt));
  }
}

/** Whether the copy stopped where it was asked to. */
function targetReached(report: DrillReport, log: RecoveryLog, archive: Archive, timeline: number | undefined): { ok: boolean; message: string } {
  const d = report.target.description;
  if (report.target.kind === 'latest') {
    const newest = archive.wal.timelines.find((t) => t.id === timeline)?.last ?? archive.wal.last;
    const last = report.recovery.lastRestoredWal;
    if (newest && last && last.slice(0, 8) === newest.slice(0, 8) && last >= newest) {
      return { ok: true, message: `replayed up to the newest archived segment, ${newest}` };
    }
    return { ok: false, message: `recovery ended at ${last ?? 'the end of the base backup'}, but the newest archived segment is ${newest ?? 'unknown'}: the WAL after ${last ?? 'the backup'} could not be restored${report.recovery.stoppedAt ? ` (${report.recovery.stoppedAt})` : ''}` };
  }
  if (log.stopping) return { ok: true, message: `reached ${d}: ${log.stopping.text}` };
  return { ok: false, message: `the copy opened without stopping at ${d}; PostgreSQL logged no "recovery stopping" line` };
}

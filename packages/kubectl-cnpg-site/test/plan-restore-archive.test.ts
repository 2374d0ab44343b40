import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, CREDS, ensureSystemPackages, freePort, Postgres, startFaultProxy, startS3, type LocalS3 } from './archive-harness/harness.js';

// The restore fixture's forgejo Cluster archives (plugin style, default server name) to exactly this place.
const FIXTURE = new URL('./fixtures/restore/site', import.meta.url).pathname;
const BUCKET = 'dal-site-backups';
const PREFIX = 'dal/forgejo/postgres/';
const DEST = `s3://${BUCKET}/${PREFIX}`;
const SERVER = 'forgejo-db';
const POSTGRES = 'sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml';
const T = 180_000;

interface PlanJson {
  newName: string;
  edits: { file: string; path: string; before: unknown; after: unknown }[];
  blockers: string[];
  warnings: string[];
}
interface BackupsJson {
  backups: { id: string; pgMajor: number }[];
  window: { from: string; to: string } | null;
}

let s3: LocalS3;
let pg: Postgres;
let repoDir: string;
const dirs: string[] = [];

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** Runs the built CLI with exactly `env` (plus PATH), without blocking the event loop. */
function run(args: string[], env: Record<string, string>, cwd = repoDir): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The harness credentials and an empty HOME, so nothing from this machine's AWS setup leaks in. */
function withCredentials(): Record<string, string> {
  return { ...CREDS, HOME: temp('plan-restore-archive-home-') };
}

async function planJson(args: string[], env: Record<string, string> = withCredentials(), code = 0): Promise<PlanJson> {
  const r = await run(['plan-restore', SERVER, '-o', 'json', ...args], env);
  expect(r.stderr).toBe('');
  // 1: the archive says the restore cannot work as planned.
  expect(r.code).toBe(code);
  return JSON.parse(r.stdout) as PlanJson;
}

const failed = (p: PlanJson) => p.blockers.filter((w) => w.startsWith('archive check failed: '));
const notChecked = (p: PlanJson) => p.warnings.filter((w) => w.startsWith('archive not checked'));

beforeAll(async () => {
  ensureSystemPackages();
  s3 = await startS3([BUCKET]);
  pg = new Postgres(DEST, SERVER, s3.endpoint, await freePort());
  pg.initdb();
  pg.start();
  pg.switchWal(2);
  pg.baseBackup();
  pg.switchWal(3);
  await pg.waitArchived();
  repoDir = temp('plan-restore-archive-');
  cpSync(FIXTURE, repoDir, { recursive: true });
  const git = (...a: string[]) => execFileSync('git', a, { cwd: repoDir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init');
}, 300_000);

afterAll(async () => {
  pg?.cleanup();
  await s3?.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('plan-restore reads the archive (preflight) against a real barman-cloud archive', () => {
  it('checks the archive: no "not checked" warning, no failed check, and the major of the base backup', async () => {
    const p = await planJson(['--endpoint-url', s3.endpoint]);
    expect(notChecked(p)).toEqual([]);
    expect(failed(p)).toEqual([]);
    // PostgreSQL 15 took the backup; the Cluster in git runs 16: the restored Cluster runs 15.
    const major = p.edits.find((e) => e.file === POSTGRES && e.path === 'spec.imageCatalogRef.major');
    expect(major).toMatchObject({ before: 16, after: 15 });
    expect(p.warnings.some((w) => /^base backup \d{8}T\d{6} was taken by PostgreSQL 15 and the Cluster runs 16: the restored Cluster runs 15/.test(w))).toBe(true);
  }, T);

  it('sends only read requests to S3', async () => {
    const proxy = await startFaultProxy(s3.port, () => undefined);
    try {
      const p = await planJson(['--endpoint-url', proxy.endpoint]);
      expect(notChecked(p)).toEqual([]);
      expect(proxy.requests.length).toBeGreaterThan(0);
      for (const r of proxy.requests) expect(r).toMatch(/^(GET|HEAD) /);
    } finally {
      await proxy.close();
    }
  }, T);

  it('a target time inside the window passes every check', async () => {
    const b = await run(['backups', '--s3-path', DEST, '--server-name', SERVER, '--endpoint-url', s3.endpoint, '-o', 'json'], withCredentials());
    expect(b.code).toBe(0);
    const window = (JSON.parse(b.stdout) as BackupsJson).window;
    expect(window).not.toBeNull();
    const p = await planJson(['--endpoint-url', s3.endpoint, '--target-time', window!.to]);
    expect(failed(p)).toEqual([]);
    expect(notChecked(p)).toEqual([]);
  }, T);

  it('a target time outside the window is an "archive check failed" blocker naming the window; exit 1', async () => {
    const p = await planJson(['--endpoint-url', s3.endpoint, '--target-time', '2020-01-01T00:00:00Z'], withCredentials(), 1);
    expect(notChecked(p)).toEqual([]);
    expect(failed(p).some((w) => /^archive check failed: target 2020-01-01T00:00:00Z lies outside the window \S+ \.\. \S+; pick a time inside it$/.test(w))).toBe(true);
  }, T);

  it('--backup-id: a real backup passes, an unknown one fails the check', async () => {
    const b = await run(['backups', '--s3-path', DEST, '--server-name', SERVER, '--endpoint-url', s3.endpoint, '-o', 'json'], withCredentials());
    const id = (JSON.parse(b.stdout) as BackupsJson).backups[0]!.id;
    expect(failed(await planJson(['--endpoint-url', s3.endpoint, '--backup-id', id]))).toEqual([]);
    const unknown = await planJson(['--endpoint-url', s3.endpoint, '--backup-id', '20200101T000000'], withCredentials(), 1);
    expect(failed(unknown).some((w) => w.startsWith(`archive check failed: backup 20200101T000000 is not under ${DEST}${SERVER}/; known: ${id}`))).toBe(true);
  }, T);

  it('a new archive place that already holds objects fails the check', async () => {
    const key = `${PREFIX}forgejo-db-gen2/wals/0000000100000000/000000010000000000000001.gz`;
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: 'x' }));
    try {
      const p = await planJson(['--endpoint-url', s3.endpoint], withCredentials(), 1);
      expect(p.newName).toBe('forgejo-db-gen2');
      expect(failed(p)).toEqual([`archive check failed: the new archive location ${DEST}forgejo-db-gen2/ already holds objects: the new Cluster would fail with "Expected empty archive"; change its server name (or Cluster name)`]);
    } finally {
      await s3.client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    }
  }, T);

  it('--write with a target the archive cannot reach writes nothing and exits 1, the reason first; --force writes', async () => {
    const before = readFileSync(join(repoDir, POSTGRES), 'utf8');
    const r = await run(['plan-restore', SERVER, '--endpoint-url', s3.endpoint, '--target-time', '2020-01-01T00:00:00Z', '--write'], withCredentials());
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(readFileSync(join(repoDir, POSTGRES), 'utf8')).toBe(before);
    const lines = r.stdout.split('\n');
    const reason = lines.findIndex((l) => l.startsWith('!! This restore cannot work as planned; nothing was written'));
    const firstStep = lines.findIndex((l) => /^ 1\. /.test(l));
    expect(reason).toBeGreaterThan(0);
    expect(reason).toBeLessThan(firstStep);
    expect(lines.slice(reason + 1, firstStep).some((l) => /^!! {3}- archive check failed: target 2020-01-01T00:00:00Z lies outside the window/.test(l))).toBe(true);
    expect(r.stdout).toContain('Nothing was written');
    try {
      const forced = await run(['plan-restore', SERVER, '--endpoint-url', s3.endpoint, '--target-time', '2020-01-01T00:00:00Z', '--write', '--force'], withCredentials());
      expect(forced.code).toBe(0);
      expect(readFileSync(join(repoDir, POSTGRES), 'utf8')).not.toBe(before);
    } finally {
      writeFileSync(join(repoDir, POSTGRES), before);
    }
  }, T);

  it('--no-archive-check does not read S3 and says the archive was not checked', async () => {
    const proxy = await startFaultProxy(s3.port, () => undefined);
    try {
      const p = await planJson(['--endpoint-url', proxy.endpoint, '--no-archive-check']);
      expect(notChecked(p)).toHaveLength(1);
      expect(notChecked(p)[0]).toMatch(/^archive not checked: the plan did not read s3:\/\/dal-site-backups\/dal\/forgejo\/postgres\/forgejo-db\//);
      expect(failed(p)).toEqual([]);
      expect(proxy.requests).toEqual([]);
      // Without the archive the major stays as git has it.
      expect(p.edits.some((e) => e.path === 'spec.imageCatalogRef.major')).toBe(false);
    } finally {
      await proxy.close();
    }
  }, T);

  it('without AWS credentials the archive is not read, and the plan says why', async () => {
    const proxy = await startFaultProxy(s3.port, () => undefined);
    try {
      const p = await planJson(['--endpoint-url', proxy.endpoint], { HOME: temp('plan-restore-archive-home-') });
      expect(notChecked(p)).toHaveLength(1);
      expect(notChecked(p)[0]).toMatch(/^archive not checked \(no AWS credentials /);
      expect(proxy.requests).toEqual([]);
    } finally {
      await proxy.close();
    }
  }, T);

  it('an archive that refuses access is reported as not checked, never as checked', async () => {
    const proxy = await startFaultProxy(s3.port, () => [403, 'AccessDenied']);
    try {
      const r = await run(['plan-restore', SERVER, '-o', 'json', '--endpoint-url', proxy.endpoint], withCredentials());
      // An unreadable archive is not fatal for the plan: it lists what it could not check.
      expect(r.code).toBe(0);
      const p = JSON.parse(r.stdout) as PlanJson;
      expect(notChecked(p)).toHaveLength(1);
      expect(notChecked(p)[0]).toMatch(/^archive not checked \(access denied \(AccessDenied\) while listing dal\/forgejo\/postgres\/forgejo-db\/ /);
      // No credential value is printed.
      expect(r.stdout + r.stderr).not.toContain(CREDS.AWS_SECRET_ACCESS_KEY);
    } finally {
      await proxy.close();
    }
  }, T);
});

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI, cliAsync, CREDS, ensureSystemPackages, freePort, Postgres, startS3, type LocalS3 } from './archive-harness/harness.js';
import { bucketListing, DRILL_PREFIX, drillLeftovers } from './archive-harness/drill-harness.js';

const BUCKET = 'dal-site-backups';
const PREFIX = 'dal/forgejo/postgres/';
const DEST = `s3://${BUCKET}/${PREFIX}`;
const SERVER = 'forgejo-db';
const T = 180_000;

let s3: LocalS3;
let pg: Postgres;
let endpoint: string;
/** A time between the first 100 rows and the next 50. */
let between: string;
let backupEndWal: string;
let listingBefore: string[];
let work: string;

interface Report {
  outcome: string;
  reached: boolean;
  ok: boolean;
  backup: { id: string; pgMajor: number; endWal: string };
  target: { kind: string; value?: string };
  recovery: { stoppedAt?: string; lastReplayedTransaction?: string; lastRestoredWal?: string; missingWal?: string; restoredWalCount: number };
  timings: { restoreSeconds: number; replaySeconds: number; totalSeconds: number };
  dataAgeSeconds?: number;
  databases: { name: string; tables: { schema: string; name: string; rows: number | null }[] }[];
  dataChecksums?: string;
  checks: { id: string; ok: boolean; message: string; detail?: string }[];
}

const archiveArgs = (): string[] => ['--s3-path', DEST, '--server-name', SERVER, '--endpoint-url', endpoint];

/** Runs a drill and checks that it left nothing behind: no folder, no server. */
async function drill(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const r = await cliAsync(['drill', ...args]);
  const left = drillLeftovers();
  expect(left.dirs, 'a drill folder was left behind').toEqual([]);
  expect(left.processes, 'a drill process is still running').toEqual([]);
  return r;
}

function rowsOf(r: Report, table: string): number | null | undefined {
  return r.databases.find((d) => d.name === 'postgres')?.tables.find((t) => t.schema === 'public' && t.name === table)?.rows;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  ensureSystemPackages();
  // A drill folder from an earlier, killed run would fail the checks of this one.
  for (const e of readdirSync(tmpdir())) if (e.startsWith(DRILL_PREFIX)) rmSync(join(tmpdir(), e), { recursive: true, force: true });
  work = mkdtempSync(join(tmpdir(), 'cnpg-site-drilltest-'));
  s3 = await startS3([BUCKET]);
  endpoint = s3.endpoint;
  pg = new Postgres(DEST, SERVER, endpoint, await freePort());
  pg.initdb();
  pg.start();
  pg.switchWal(1);
  pg.baseBackup();
  pg.sql('CREATE TABLE drill_rows (i int PRIMARY KEY, note text)');
  pg.sql("INSERT INTO drill_rows SELECT g, 'before' FROM generate_series(1, 100) g");
  pg.sql('SELECT pg_switch_wal()');
  await pg.waitArchived();
  await sleep(1500);
  between = pg.sql(`SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`);
  await sleep(1500);
  pg.sql("INSERT INTO drill_rows SELECT g, 'after' FROM generate_series(101, 150) g");
  pg.sql('SELECT pg_switch_wal()');
  await pg.waitArchived();
  // The source stops here: whatever it would archive later must not pass for a drill's write.
  pg.stop();
  listingBefore = await bucketListing(s3.client, BUCKET);
}, 300_000);

afterAll(async () => {
  pg?.cleanup();
  await s3?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('drill against a real barman-cloud archive', () => {
  it('recovers to a time and finds exactly the rows written before it', async () => {
    const r = await drill([...archiveArgs(), '--target-time', between, '-o', 'json']);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout) as Report;
    expect(r.status, JSON.stringify(j.checks, null, 2)).toBe(0);
    expect(j.ok).toBe(true);
    expect(j.outcome).toBe('opened');
    expect(j.reached).toBe(true);
    expect(j.backup.pgMajor).toBe(15);
    backupEndWal = j.backup.endWal;
    expect(j.target).toMatchObject({ kind: 'time', value: between });
    expect(rowsOf(j, 'drill_rows')).toBe(100);
    expect(j.recovery.lastReplayedTransaction! <= between).toBe(true);
    expect(j.dataAgeSeconds).toBeGreaterThan(2);
    expect(j.checks.find((c) => c.id === 'target-reached')).toMatchObject({ ok: true });
    expect(j.checks.find((c) => c.id === 'amcheck')).toMatchObject({ ok: true });
    expect(j.dataChecksums).toBe('off');
    expect(j.timings.restoreSeconds).toBeGreaterThan(0);
    expect(j.timings.replaySeconds).toBeGreaterThan(0);
    expect(j.timings.totalSeconds).toBeGreaterThanOrEqual(j.timings.restoreSeconds + j.timings.replaySeconds - 0.2);
    // The measured times, for whoever reads the test output.
    console.log(`drill to ${between}: restore ${j.timings.restoreSeconds} s, WAL replay ${j.timings.replaySeconds} s, total ${j.timings.totalSeconds} s`);
  }, T);

  it('prints a readable report, and a --verify-sql that passes is a passed check', async () => {
    const sql = join(work, 'pass.sql');
    writeFileSync(sql, "DO $$ BEGIN IF (SELECT count(*) FROM drill_rows) <> 100 THEN RAISE EXCEPTION 'expected 100 rows'; END IF; END $$;\nSELECT count(*) AS rows_before FROM drill_rows;\n");
    const r = await drill([...archiveArgs(), '--target-time', between, '--verify-sql', sql]);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toContain(`Restore drill of ${DEST}${SERVER}/`);
    expect(out).toMatch(/^PASSED: /m);
    expect(out).toMatch(/^Target\s+time /m);
    expect(out).toMatch(/^Reached\s+yes: recovery stopping before commit/m);
    expect(out).toMatch(/^Time\s+restore [\d.]+ s, WAL replay [\d.]+ s, total [\d.]+ s/m);
    expect(out).toMatch(/public\.drill_rows\s+100 row\(s\)/);
    expect(out).toMatch(/^\s+ok\s+verify-sql\s/m);
    expect(out).not.toContain('FAILED');
    console.log(out);
  }, T);

  it('fails with exit 1, naming the check, when --verify-sql fails; without a target it replays all the WAL', async () => {
    const sql = join(work, 'fail.sql');
    writeFileSync(sql, "DO $$ BEGIN IF (SELECT count(*) FROM drill_rows) <> 100 THEN RAISE EXCEPTION 'expected 100 rows'; END IF; END $$;\n");
    const r = await drill([...archiveArgs(), '--verify-sql', sql, '-o', 'json']);
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout) as Report;
    expect(j.outcome).toBe('opened');
    expect(j.reached).toBe(true);
    expect(j.target.kind).toBe('latest');
    expect(rowsOf(j, 'drill_rows')).toBe(150);
    const failed = j.checks.filter((c) => !c.ok);
    expect(failed.map((c) => c.id)).toEqual(['verify-sql']);
    expect(failed[0]!.message).toContain('expected 100 rows');
    const text = await drill([...archiveArgs(), '--backup-id', j.backup.id, '--verify-sql', sql]);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/^FAILED: the copy opened at the target, but verify-sql failed\.$/m);
    // At the end of the backup the table does not exist yet: the script fails on that.
    expect(text.stdout).toMatch(/^\s+FAILED\s+verify-sql\s+.*fail\.sql failed \(psql exit 3\): .*relation "drill_rows" does not exist/m);
  }, T);

  it('exits 2 naming what to install when the PostgreSQL programs are missing', async () => {
    const r = await drill([...archiveArgs(), '--pg-bin', '/nonexistent']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('/nonexistent');
    expect(r.stderr).toContain('apt-get install postgresql-15');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, T);

  it('exits 2 on usage errors', async () => {
    const both = await drill([SERVER, ...archiveArgs()]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('not both');
    const bad = await drill([...archiveArgs(), '--target-time', 'yesterday']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('RFC 3339');
    const sql = await drill([...archiveArgs(), '--verify-sql', join(work, 'nope.sql')]);
    expect(sql.status).toBe(2);
    expect(sql.stderr).toContain('nope.sql');
  }, T);

  it('stops PostgreSQL and removes its folder on Ctrl-C', async () => {
    const child = spawn(process.execPath, [CLI, 'drill', ...archiveArgs()], { env: { ...process.env, ...CREDS } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((res) => child.on('close', (code) => res(code)));
    // Wait until the copy's PostgreSQL runs (replaying WAL), then interrupt.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const dirs = readdirSync(tmpdir()).filter((e) => e.startsWith(DRILL_PREFIX));
      if (dirs.some((d) => existsSync(join(tmpdir(), d, 'data', 'postmaster.pid')))) break;
      if (Date.now() > deadline) throw new Error(`the drill never restored: ${stderr}`);
      await sleep(50);
    }
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('interrupted');
    const left = drillLeftovers();
    expect(left.dirs).toEqual([]);
    expect(left.processes).toEqual([]);
  }, T);

  it('--manifest prints a scratch Cluster that recovers from the same archive and archives nothing', async () => {
    const r = await drill([...archiveArgs(), '--manifest', '--target-time', '2026-11-24T13:05:00Z']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.startsWith('# Restore drill of')).toBe(true);
    const m = parse(r.stdout) as { kind: string; metadata: { name: string }; spec: Record<string, any> };
    expect(m.kind).toBe('Cluster');
    expect(m.metadata.name).toMatch(/^forgejo-db-drill-\d{12}$/);
    expect(m.metadata.name).not.toBe(SERVER);
    expect(m.spec.backup).toBeUndefined();
    expect(m.spec.plugins).toBeUndefined();
    expect(m.spec.instances).toBe(1);
    const src = m.spec.bootstrap.recovery.source as string;
    expect(m.spec.bootstrap.recovery.recoveryTarget).toEqual({ targetTime: '2026-11-24T13:05:00Z' });
    const ext = (m.spec.externalClusters as { name: string; barmanObjectStore: Record<string, unknown> }[]).find((e) => e.name === src)!;
    expect(ext.barmanObjectStore).toMatchObject({ destinationPath: DEST, serverName: SERVER, endpointURL: endpoint });
  }, T);

  it('--manifest of a repository Cluster keeps its store: legacy barmanObjectStore or the Barman Cloud plugin', async () => {
    const repo = join(work, 'repo');
    mkdirSync(join(repo, 'legacy'), { recursive: true });
    mkdirSync(join(repo, 'plugin'), { recursive: true });
    writeFileSync(join(repo, 'legacy/postgres.yaml'), `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: ${SERVER}
  namespace: forgejo
spec:
  instances: 3
  imageName: ghcr.io/cloudnative-pg/postgresql:15
  storage:
    size: 20Gi
  backup:
    retentionPolicy: 7d
    barmanObjectStore:
      destinationPath: ${DEST}
      endpointURL: ${endpoint}
      s3Credentials:
        accessKeyId: { name: forgejo-s3, key: ACCESS_KEY_ID }
        secretAccessKey: { name: forgejo-s3, key: ACCESS_SECRET_KEY }
`);
    writeFileSync(join(repo, 'plugin/postgres.yaml'), `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: gitea-db
  namespace: gitea
spec:
  instances: 2
  storage:
    size: 5Gi
  plugins:
    - name: barman-cloud.cloudnative-pg.io
      isWALArchiver: true
      parameters:
        barmanObjectName: gitea-store
---
apiVersion: barmancloud.cnpg.io/v1
kind: ObjectStore
metadata:
  name: gitea-store
  namespace: gitea
spec:
  configuration:
    destinationPath: s3://${BUCKET}/dal/gitea/postgres/
`);
    const legacy = await drill([SERVER, '--repo', repo, '--manifest', '--backup-id', '20261124T020000']);
    expect(legacy.status, legacy.stderr).toBe(0);
    const l = parse(legacy.stdout) as { metadata: { name: string }; spec: Record<string, any> };
    expect(l.metadata.name).not.toBe(SERVER);
    expect(l.spec.backup).toBeUndefined();
    expect(l.spec.instances).toBe(1);
    expect(l.spec.imageName).toBe('ghcr.io/cloudnative-pg/postgresql:15');
    expect(l.spec.bootstrap.recovery.recoveryTarget).toEqual({ backupID: '20261124T020000', targetImmediate: true });
    const le = l.spec.externalClusters.find((e: { name: string }) => e.name === l.spec.bootstrap.recovery.source);
    expect(le.barmanObjectStore).toMatchObject({ destinationPath: DEST, serverName: SERVER, s3Credentials: { accessKeyId: { name: 'forgejo-s3', key: 'ACCESS_KEY_ID' } } });
    expect(legacy.stdout).toContain('forgejo-s3');

    const plugin = await drill(['gitea-db', '--repo', repo, '--manifest']);
    expect(plugin.status, plugin.stderr).toBe(0);
    const p = parse(plugin.stdout) as { metadata: { name: string }; spec: Record<string, any> };
    expect(p.metadata.name).toMatch(/^gitea-db-drill-\d{12}$/);
    expect(p.spec.plugins).toBeUndefined();
    expect(p.spec.backup).toBeUndefined();
    expect(p.spec.bootstrap.recovery.recoveryTarget).toBeUndefined();
    const pe = p.spec.externalClusters.find((e: { name: string }) => e.name === p.spec.bootstrap.recovery.source);
    expect(pe.plugin).toEqual({ name: 'barman-cloud.cloudnative-pg.io', parameters: { barmanObjectName: 'gitea-store', serverName: 'gitea-db' } });
  }, T);

  it('left every object of the bucket as it was', async () => {
    expect(await bucketListing(s3.client, BUCKET)).toEqual(listingBefore);
  }, T);

  // Last: it deletes a segment of the archive the other tests read.
  it('fails with exit 1 across a deleted WAL segment and says where recovery stopped', async () => {
    expect(backupEndWal).toBeDefined();
    const victim = backupEndWal.slice(0, 16) + (parseInt(backupEndWal.slice(16), 16) + 1).toString(16).toUpperCase().padStart(8, '0');
    await s3.client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}${SERVER}/wals/${victim.slice(0, 16)}/${victim}` }));
    const before = await bucketListing(s3.client, BUCKET);
    const r = await drill([...archiveArgs(), '--target-time', between, '-o', 'json']);
    expect(r.status, r.stdout + r.stderr).toBe(1);
    const j = JSON.parse(r.stdout) as Report;
    expect(j.outcome).toBe('failed');
    expect(j.reached).toBe(false);
    expect(j.recovery.missingWal).toBe(victim);
    expect(j.recovery.stoppedAt).toContain(victim);
    expect(j.checks.find((c) => c.id === 'wal-continuous')).toMatchObject({ ok: false });
    expect(j.checks.find((c) => c.id === 'recovery')!.message).toContain('recovery ended before the target was reached');
    const text = await drill([...archiveArgs(), '--target-time', between]);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(new RegExp(`^FAILED: the copy did not open: .*${victim}, is missing from the archive`, 'm'));
    console.log(text.stdout);
    expect(await bucketListing(s3.client, BUCKET)).toEqual(before);
  }, T);
});

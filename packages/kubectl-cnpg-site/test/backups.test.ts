import { DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveLocation } from '@cnpg-site/core';
import { readArchive } from '@cnpg-site/core/archive';
import { barman, cli, cliAsync, ensureSystemPackages, freePort, Postgres, startFaultProxy, startS3, type LocalS3 } from './archive-harness/harness.js';

const BUCKET = 'dal-site-backups';
const PREFIX = 'dal/forgejo/postgres/';
const DEST = `s3://${BUCKET}/${PREFIX}`;
const SERVER = 'forgejo-db';
const T = 180_000;

let s3: LocalS3;
let pg: Postgres;
let endpoint: string;

interface Json {
  location: Record<string, string>;
  backups: { id: string; status: string; beginWal: string; endWal: string; timeline: number; pgMajor: number; endTime: string; restorable: boolean; restorableTo?: string; window?: number }[];
  wal: { first: string; last: string; count: number; timelines: number[]; gaps: { after: string; missing: string[] }[] };
  windows: { from: string; to: string; fromWal: string; toWal: string; backups: string[]; endsAt: string; gap?: { first: string; count: number } }[];
  window: { from: string; to: string } | null;
  health: { ok: boolean; problem?: string; message: string; newestWal?: string };
  serverNames?: string[];
}

function backupsJson(extra: string[] = [], status = 0): Json {
  const r = cli(['backups', '--s3-path', DEST, '--server-name', SERVER, '--endpoint-url', endpoint, '-o', 'json', ...extra]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(status);
  return JSON.parse(r.stdout) as Json;
}

/** The segment after `name` on its timeline (16 MiB segments). */
function nextSegment(name: string): string {
  const abs = parseInt(name.slice(8, 16), 16) * 256 + parseInt(name.slice(16), 16) + 1;
  const h = (n: number): string => n.toString(16).toUpperCase().padStart(8, '0');
  return name.slice(0, 8) + h(Math.floor(abs / 256)) + h(abs % 256);
}

async function deleteSegment(name: string): Promise<void> {
  const { ListObjectsV2Command } = await import('@aws-sdk/client-s3');
  const folder = `${PREFIX}${SERVER}/wals/${name.slice(0, 16)}/`;
  const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${folder}${name}` }));
  const keys = (listed.Contents ?? []).map((o) => o.Key!);
  expect(keys.length).toBeGreaterThan(0);
  for (const Key of keys) await s3.client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key }));
}

beforeAll(async () => {
  ensureSystemPackages();
  s3 = await startS3([BUCKET]);
  endpoint = s3.endpoint;
  pg = new Postgres(DEST, SERVER, endpoint, await freePort());
  pg.initdb();
  pg.start();
  pg.switchWal(2);
  pg.baseBackup();
  pg.switchWal(3);
  pg.baseBackup();
  pg.switchWal(2);
  await pg.waitArchived();
}, 300_000);

afterAll(async () => {
  pg?.cleanup();
  await s3?.close();
});

describe('backups against a real barman-cloud archive', () => {
  it('lists the same base backups as barman-cloud-backup-list', () => {
    const ours = backupsJson();
    const theirs = JSON.parse(barman('barman-cloud-backup-list', ['--endpoint-url', endpoint, '--format', 'json', DEST, SERVER])) as {
      backups_list: { backup_id: string; status: string; begin_wal: string; end_wal: string; timeline: number; version: number }[];
    };
    expect(ours.location).toEqual({ bucket: BUCKET, prefix: PREFIX, serverName: SERVER, endpoint });
    expect(ours.backups.map((b) => [b.id, b.status, b.beginWal, b.endWal, b.timeline, b.pgMajor])).toEqual(
      theirs.backups_list
        .map((b) => [b.backup_id, b.status, b.begin_wal, b.end_wal, b.timeline, Math.floor(b.version / 10000)])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(ours.backups).toHaveLength(2);
    expect(ours.wal.timelines).toEqual([1]);
    expect(ours.wal.gaps).toEqual([]);
    expect(ours.wal.count).toBeGreaterThanOrEqual(7);
    expect(ours.window).not.toBeNull();
    expect(ours.window!.from).toBe(ours.backups[0]!.endTime);
    expect(ours.window!.to >= ours.window!.from).toBe(true);
    expect(ours.windows).toHaveLength(1);
    expect(ours.windows[0]!).toMatchObject({ toWal: ours.wal.last, endsAt: 'newest', backups: ours.backups.map((b) => b.id) });
    expect(ours.health).toMatchObject({ ok: true, newestWal: ours.wal.last });
  }, T);

  it('writes the picture as an SVG document: well-formed, one mark per backup', async () => {
    const r = cli(['backups', '--s3-path', DEST, '--server-name', SERVER, '--endpoint-url', endpoint, '-o', 'svg']);
    expect(r.status).toBe(0);
    const { XMLValidator } = (await import('fast-xml-parser')) as unknown as { XMLValidator?: { validate(x: string): true | { err: unknown } } } & { validate(x: string): true | { err: unknown } };
    const validate = XMLValidator?.validate ?? (await import('fast-xml-parser')).validate;
    expect(validate(r.stdout)).toBe(true);
    expect(r.stdout.startsWith('<?xml')).toBe(true);
    expect(r.stdout).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    const marks = [...r.stdout.matchAll(/<g class="backup[^"]*" data-id="([^"]+)"/g)].map((m) => m[1]);
    expect(marks).toEqual(backupsJson().backups.map((b) => b.id));
    expect(r.stdout).toContain('class="wal"');
    expect(r.stdout).toContain('class="window"');
  }, T);

  it('prints a table naming the backups and the window', () => {
    const r = cli(['backups', '--s3-path', DEST, '--server-name', SERVER, '--endpoint-url', endpoint]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('BACKUP ID');
    expect(r.stdout).toContain('Recovery window:');
    expect(r.stdout).toContain('Recoverable: recoverable up to the newest archived WAL');
    // Not a terminal: the picture in plain characters, no colour codes.
    expect(r.stdout).toMatch(/^backups {5}.*\^/m);
    expect(r.stdout).toMatch(/^WAL {9} *=+/m);
    expect(r.stdout).toMatch(/^windows {5} *\[1-*\]/m);
    expect(r.stdout).not.toContain('\x1b[');
  }, T);

  it('sends only List and Get requests', async () => {
    const sent: string[] = [];
    const client = s3.client as S3Client & { send: S3Client['send'] };
    const orig = client.send.bind(client);
    const spy = ((cmd: { constructor: { name: string } }, ...rest: unknown[]) => {
      sent.push(cmd.constructor.name);
      return (orig as (...a: unknown[]) => unknown)(cmd, ...rest);
    }) as S3Client['send'];
    client.send = spy;
    try {
      const loc: ArchiveLocation = { destinationPath: DEST, bucket: BUCKET, prefix: PREFIX, serverName: SERVER };
      const a = await readArchive(loc, { client: s3.client });
      expect(a.backups).toHaveLength(2);
    } finally {
      client.send = orig;
    }
    expect(sent.length).toBeGreaterThan(2);
    for (const name of sent) expect(name).toMatch(/^(List|Get|Head)\w*Command$/);
  }, T);

  it('fails an empty server name with exit 1, naming the server names that exist and the likely typo', () => {
    const r = cli(['backups', '--s3-path', DEST, '--server-name', 'forgejo-bd', '--endpoint-url', endpoint, '-o', 'json']);
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout) as Json;
    expect(j.backups).toEqual([]);
    expect(j.wal.count).toBe(0);
    expect(j.window).toBeNull();
    expect(j.serverNames).toEqual([SERVER]);
    expect(j.health).toMatchObject({ ok: false, problem: 'empty' });
    const table = cli(['backups', '--s3-path', DEST, '--server-name', 'forgejo-bd', '--endpoint-url', endpoint]);
    expect(table.status).toBe(1);
    expect(table.stdout).toContain(`server names under ${DEST}: ${SERVER}; did you mean "${SERVER}"?`);
  }, T);

  it('fails with exit 2 on NoSuchBucket, naming the bucket', () => {
    const r = cli(['backups', '--s3-path', 's3://no-such-bucket/x/', '--server-name', SERVER, '--endpoint-url', endpoint]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bucket "no-such-bucket" does not exist');
    expect(r.stderr).not.toContain('    at ');
    expect(r.stdout).toBe('');
  }, T);

  it('fails with exit 2 on AccessDenied, naming the prefix and the IAM scope, without credentials', async () => {
    const proxy = await startFaultProxy(s3.port, (_m, path) => (path.includes('wals') ? [403, 'AccessDenied'] : undefined));
    try {
      const r = await cliAsync(['backups', '--s3-path', DEST, '--server-name', SERVER, '--endpoint-url', proxy.endpoint]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`access denied (AccessDenied)`);
      expect(r.stderr).toContain(`${DEST}${SERVER}/`);
      expect(r.stderr).toContain('<site>/<app>/postgres/');
      expect(r.stderr).not.toContain('S3RVER');
      expect(r.stdout).toBe('');
    } finally {
      await proxy.close();
    }
  }, T);

  it('fails with exit 2 after retries when S3 keeps answering SlowDown', async () => {
    const proxy = await startFaultProxy(s3.port, () => [503, 'SlowDown']);
    try {
      const r = await cliAsync(['backups', '--s3-path', DEST, '--server-name', SERVER, '--endpoint-url', proxy.endpoint]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('S3 kept failing (SlowDown');
      expect(r.stderr).toContain('retry later');
      expect(r.stdout).not.toContain('Recoverable');
      expect(proxy.requests.length).toBeGreaterThan(1);
    } finally {
      await proxy.close();
    }
  }, T);

  it('finds the Cluster in a repository and reads its archive', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const repo = mkdtempSync(join(tmpdir(), 'cnpg-site-repo-'));
    try {
      const cluster = (ns: string) => `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: ${SERVER}
  namespace: ${ns}
spec:
  instances: 1
  backup:
    retentionPolicy: 7d
    barmanObjectStore:
      destinationPath: ${DEST}
      endpointURL: ${endpoint}
`;
      for (const ns of ['forgejo', 'other']) {
        mkdirSync(join(repo, ns), { recursive: true });
        writeFileSync(join(repo, ns, 'postgres.yaml'), cluster(ns));
      }
      const many = cli(['backups', SERVER, '--repo', repo]);
      expect(many.status).toBe(2);
      expect(many.stderr).toContain('2 Clusters are named forgejo-db');
      expect(many.stderr).toContain('postgres.yaml:1');
      const one = cli(['backups', SERVER, '--repo', repo, '-n', 'forgejo', '-o', 'json']);
      expect(one.stderr).toBe('');
      expect(one.status).toBe(0);
      expect((JSON.parse(one.stdout) as Json).backups).toHaveLength(2);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  }, T);
  // These two change the archive, so they come last.
  it('gives two windows when a segment between the two backups is deleted; the older backup restores up to the gap', async () => {
    const before = backupsJson();
    const [older, newer] = before.backups;
    const victim = nextSegment(older!.endWal);
    expect(victim < newer!.beginWal).toBe(true);
    await deleteSegment(victim);
    const after = backupsJson();
    expect(after.wal.gaps).toEqual([{ after: older!.endWal, missing: [victim] }]);
    expect(after.windows).toHaveLength(2);
    expect(after.windows[0]).toMatchObject({ backups: [older!.id], fromWal: older!.endWal, toWal: older!.endWal, endsAt: 'gap', gap: { first: victim, count: 1 } });
    expect(after.windows[1]).toMatchObject({ backups: [newer!.id], toWal: before.wal.last, endsAt: 'newest' });
    expect(after.backups[0]).toMatchObject({ restorable: true, window: 0 });
    expect(after.backups[1]).toMatchObject({ restorable: true, window: 1 });
    expect(after.window).toEqual({ from: after.windows[1]!.from, to: after.windows[1]!.to });
    expect(after.health.ok).toBe(true);
    const table = cli(['backups', '--s3-path', DEST, '--server-name', SERVER, '--endpoint-url', endpoint]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('Recovery windows (2):');
    expect(table.stdout).toContain(`ends at a gap: ${victim} missing`);
    expect(table.stdout).toMatch(/^WAL {9}[ =]*!+[ =]*=/m);
  }, T);

  it('fails with exit 1 when a segment after the newest backup is deleted, naming where recovery stops', async () => {
    const before = backupsJson();
    const last = before.backups[1]!.endWal;
    // A segment after the newest backup's end: every backup's chain runs through it.
    const victim = nextSegment(last);
    expect(victim < before.wal.last).toBe(true);
    await deleteSegment(victim);
    const after = backupsJson([], 1);
    expect(after.wal.gaps.map((g) => g.missing)).toContainEqual([victim]);
    expect(after.health).toMatchObject({ ok: false, problem: 'gap' });
    expect(after.windows[after.windows.length - 1]).toMatchObject({ toWal: last, endsAt: 'gap', gap: { first: victim, count: 1 } });
    const table = cli(['backups', '--s3-path', DEST, '--server-name', SERVER, '--endpoint-url', endpoint]);
    expect(table.status).toBe(1);
    expect(table.stdout).toContain(`gap at ${victim}`);
    expect(table.stdout).toContain(`Not recoverable to the newest WAL: WAL has a gap in the newest window: recovery stops at ${last}`);
  }, T);
});

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
  backups: { id: string; status: string; beginWal: string; endWal: string; timeline: number; pgMajor: number; endTime: string }[];
  wal: { first: string; last: string; count: number; timelines: number[]; gaps: { after: string; missing: string[] }[] };
  window: { from: string; to: string } | null;
}

function backupsJson(extra: string[] = []): Json {
  const r = cli(['backups', '--s3-path', DEST, '--server-name', SERVER, '--endpoint-url', endpoint, '-o', 'json', ...extra]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Json;
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
  }, T);

  it('prints a table naming the backups and the window', () => {
    const r = cli(['backups', '--s3-path', DEST, '--server-name', SERVER, '--endpoint-url', endpoint]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('BACKUP ID');
    expect(r.stdout).toContain('Recoverable from');
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

  it('names the missing segment when one WAL object is deleted, and withdraws the window', async () => {
    const before = backupsJson();
    const segs = before.wal;
    // A segment after the newest backup's end: every backup's chain runs through it.
    const last = before.backups[1]!.endWal;
    const victim = last.slice(0, 16) + (parseInt(last.slice(16), 16) + 1).toString(16).toUpperCase().padStart(8, '0');
    expect(victim < segs.last).toBe(true);
    await s3.client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}${SERVER}/wals/${victim.slice(0, 16)}/${victim}` }));
    const after = backupsJson();
    expect(after.wal.gaps).toEqual([{ after: expect.any(String), missing: [victim] }]);
    expect(after.wal.count).toBe(segs.count - 1);
    expect(after.window).toBeNull();
    const table = cli(['backups', '--s3-path', DEST, '--server-name', SERVER, '--endpoint-url', endpoint]);
    expect(table.stdout).toContain(`first ${victim}`);
    expect(table.stdout).toContain('Not recoverable');
  }, T);

  it('reports an empty server name as empty', () => {
    const r = cli(['backups', '--s3-path', DEST, '--server-name', 'nobody', '--endpoint-url', endpoint, '-o', 'json']);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as Json;
    expect(j.backups).toEqual([]);
    expect(j.wal.count).toBe(0);
    expect(j.window).toBeNull();
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
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barman, cli, ensureSystemPackages, freePort, Postgres, startS3, type LocalS3 } from './archive-harness/harness.js';

const BUCKET = 'dal-site-backups';
const PREFIX = 'dal/gitea/postgres/';
const DEST = `s3://${BUCKET}/${PREFIX}`;
const SERVER = 'gitea-db';

let s3: LocalS3;
let primary: Postgres;
let restored: Postgres;

beforeAll(async () => {
  ensureSystemPackages();
  s3 = await startS3([BUCKET]);
  primary = new Postgres(DEST, SERVER, s3.endpoint, await freePort());
  primary.initdb();
  primary.start();
  primary.switchWal(1);
  primary.baseBackup();
  primary.switchWal(2);
  await primary.waitArchived();
  primary.stop();
  // Restore the backup into a second instance that promotes onto timeline 2 and archives under the same server name.
  const id = (JSON.parse(barman('barman-cloud-backup-list', ['--endpoint-url', s3.endpoint, '--format', 'json', DEST, SERVER])) as { backups_list: { backup_id: string }[] }).backups_list[0]!.backup_id;
  restored = new Postgres(DEST, SERVER, s3.endpoint, await freePort());
  restored.restoreFrom(id);
  restored.start();
  const deadline = Date.now() + 60_000;
  while (restored.sql('SELECT pg_is_in_recovery()') !== 'f') {
    if (Date.now() > deadline) throw new Error('the restored instance did not promote');
    await new Promise((r) => setTimeout(r, 200));
  }
  restored.switchWal(2);
  await restored.waitArchived();
}, 300_000);

afterAll(async () => {
  restored?.cleanup();
  primary?.cleanup();
  await s3?.close();
});

describe('backups across a timeline switch', () => {
  it('follows timeline 2 from the backup taken on timeline 1', () => {
    const r = cli(['backups', '--s3-path', DEST, '--server-name', SERVER, '--endpoint-url', s3.endpoint, '-o', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as { backups: { timeline: number }[]; wal: { last: string; timelines: number[]; gaps: unknown[] }; window: { from: string; to: string } | null };
    expect(j.wal.timelines).toEqual([1, 2]);
    expect(j.wal.last.startsWith('00000002')).toBe(true);
    expect(j.wal.gaps).toEqual([]);
    expect(j.backups).toHaveLength(1);
    expect(j.backups[0]!.timeline).toBe(1);
    expect(j.window).not.toBeNull();
    const table = cli(['backups', '--s3-path', DEST, '--server-name', SERVER, '--endpoint-url', s3.endpoint]);
    expect(table.stdout).toMatch(/timeline 2: \d+ segment\(s\) .* \(from timeline 1 at [0-9A-F]+\/[0-9A-F]+\)/);
  }, 180_000);
});

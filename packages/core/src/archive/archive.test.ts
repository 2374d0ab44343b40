import { describe, expect, it } from 'vitest';
import type { ArchiveLocation } from '../cnpg/archive.js';
import { analyzeArchive } from './analyze.js';
import { parseBackupInfo, parseBarmanTime, pgMajorOf } from './backup-info.js';
import { archiveJson } from './format.js';
import type { ArchiveListing, ListedObject } from './model.js';
import { preflightRestore } from './preflight.js';
import { formatLSN, parseLSN, parseSegmentName, parseWalFile, segmentName, segmentOfLSN, segmentsPerLog } from './wal.js';

const LOC: ArchiveLocation = { destinationPath: 's3://dal-site-backups/dal/forgejo/postgres/', bucket: 'dal-site-backups', prefix: 'dal/forgejo/postgres/', serverName: 'forgejo-db' };

// As written by barman-cloud-backup 3.4.0 (Debian 12) for PostgreSQL 15.18; no backup_id or backup_name key.
const REAL_INFO = `backup_label='START WAL LOCATION: 0/4000028 (file 000000010000000000000004)\\nCHECKPOINT LOCATION: 0/4000060\\nBACKUP METHOD: streamed\\nBACKUP FROM: primary\\nSTART TIME: 2026-11-25 05:44:01 UTC\\nLABEL: Barman backup cloud 20261125T054401\\nSTART TIMELINE: 1\\n'
begin_offset=40
begin_time=2026-11-25 05:44:01.447950+00:00
begin_wal=000000010000000000000004
begin_xlog=0/4000028
compression=None
config_file=/tmp/pg/data/postgresql.conf
copy_stats={'total_time': 0.5, 'number_of_workers': 2, 'analysis_time': 0, 'analysis_time_per_item': {'data': 0}, 'copy_time_per_item': {'data': 0.4}, 'serialized_copy_time_per_item': {'data': 0.3}, 'copy_time': 0.4, 'serialized_copy_time': 0.3}
deduplicated_size=None
end_offset=256
end_time=2026-11-25 05:44:02.012345+00:00
end_wal=000000010000000000000004
end_xlog=0/4000138
error=None
hba_file=/tmp/pg/data/pg_hba.conf
ident_file=/tmp/pg/data/pg_ident.conf
included_files=['/tmp/pg/data/postgresql.auto.conf']
mode=None
pgdata=/tmp/pg/data
server_name=cloud
size=None
status=DONE
systemid=7441234567890123456
tablespaces=None
timeline=1
version=150018
xlog_segment_size=16777216
`;

function info(id: string, begin: string, end: string, endTime: string, extra: Record<string, string> = {}): string {
  const kv: Record<string, string> = { status: 'DONE', begin_wal: begin, end_wal: end, begin_time: endTime.replace('Z', '+00:00'), end_time: endTime.replace('Z', '+00:00'), timeline: String(parseInt(begin.slice(0, 8), 16)), version: '150004', backup_id: id, ...extra };
  return Object.entries(kv).map(([k, v]) => `${k}=${v}`).join('\n');
}

const at = (minute: number): Date => new Date(Date.UTC(2026, 0, 1, 0, minute));
function segs(tl: number, from: number, to: number, skip: number[] = []): ListedObject[] {
  const out: ListedObject[] = [];
  for (let s = from; s <= to; s++) {
    if (skip.includes(s)) continue;
    const n = segmentName(tl, s);
    out.push({ key: `${n.slice(0, 16)}/${n}.gz`, lastModified: at(s) });
  }
  return out;
}

function listing(backups: ArchiveListing['backups'], wal: ListedObject[], histories: [number, string][] = []): ArchiveListing {
  return { location: LOC, backups, wal, histories: new Map(histories), objectCount: backups.length + wal.length };
}

describe('WAL names', () => {
  it('does segment arithmetic for 16 MiB and other sizes', () => {
    expect(segmentsPerLog()).toBe(256);
    expect(segmentsPerLog(64 * 1024 * 1024)).toBe(64);
    expect(parseSegmentName('0000000100000000000000FF')).toEqual({ timeline: 1, segment: 255 });
    expect(segmentName(1, 256)).toBe('000000010000000100000000');
    expect(parseSegmentName('000000010000000100000000')).toEqual({ timeline: 1, segment: 256 });
    expect(parseSegmentName('000000010000000000000040', 64 * 1024 * 1024)).toBeUndefined();
    expect(segmentName(2, 65, 64 * 1024 * 1024)).toBe('000000020000000100000001');
    expect(parseSegmentName('00000001000000000000000G')).toBeUndefined();
  });
  it('classifies archived files with their compression', () => {
    expect(parseWalFile('000000010000000000000003.gz')).toEqual({ name: '000000010000000000000003', kind: 'segment', timeline: 1, segment: 3, compression: 'gz' });
    expect(parseWalFile('00000002.history')).toEqual({ name: '00000002.history', kind: 'history', timeline: 2 });
    expect(parseWalFile('000000010000000000000005.partial')?.kind).toBe('partial');
    expect(parseWalFile('000000010000000000000002.00000028.backup.bz2')).toMatchObject({ kind: 'backup-label', compression: 'bz2', segment: 2 });
    expect(parseWalFile('backup.info')).toBeUndefined();
  });
  it('maps LSNs to segments', () => {
    expect(parseLSN('0/4000028')).toBe(0x4000028n);
    expect(formatLSN(parseLSN('1/A0000060')!)).toBe('1/A0000060');
    expect(segmentOfLSN(parseLSN('1/A0000060')!)).toBe(256 + 0xa0);
    expect(parseLSN('nope')).toBeUndefined();
  });
});

describe('backup.info', () => {
  it('reads a barman 3.x backup.info', () => {
    const i = parseBackupInfo(REAL_INFO);
    expect(i.error).toBeUndefined();
    expect(i).toMatchObject({ status: 'DONE', beginWal: '000000010000000000000004', endWal: '000000010000000000000004', timeline: 1, version: 150018, pgMajor: 15, systemid: '7441234567890123456', walSegmentSize: 16777216 });
    expect(i.beginTime).toBe('2026-11-25T05:44:01.447Z');
    expect(i.endTime).toBe('2026-11-25T05:44:02.012Z');
    expect(i.size).toBeUndefined();
    expect(i.compression).toBeUndefined();
  });
  it('knows majors and time zones', () => {
    expect(pgMajorOf(150004)).toBe(15);
    expect(pgMajorOf(170002)).toBe(17);
    expect(pgMajorOf(90624)).toBe(9.6);
    expect(parseBarmanTime('2024-05-06 12:00:00+02:00')).toBe('2024-05-06T10:00:00.000Z');
    expect(parseBarmanTime('yesterday')).toBeUndefined();
  });
  it('reports a corrupt or incomplete file instead of throwing', () => {
    expect(parseBackupInfo('\u0000\u0001garbage').error).toContain('not a backup.info');
    expect(parseBackupInfo('status=DONE\nbegin_wal=xyz').error).toContain('begin_wal "xyz" is not a WAL segment name');
    expect(parseBackupInfo('status=FAILED\nerror=failure').error).toBeUndefined();
  });
  it('takes a non-default segment size', () => {
    expect(parseBackupInfo(`${info('a', '000000010000000000000004', '000000010000000000000004', '2026-01-01T00:00:00Z')}\nxlog_segment_size=67108864`).walSegmentSize).toBe(67108864);
  });
});

describe('continuity, gaps and window', () => {
  const b1 = { id: '20260101T000200', info: parseBackupInfo(info('20260101T000200', '000000010000000000000002', '000000010000000000000003', '2026-01-01T00:03:00Z')) };
  const b2 = { id: '20260101T000600', info: parseBackupInfo(info('20260101T000600', '000000010000000000000006', '000000010000000000000006', '2026-01-01T00:06:30Z')) };

  it('declares a continuous archive recoverable from the oldest backup end to the newest WAL', () => {
    const a = analyzeArchive(listing([b2, b1], segs(1, 2, 9)));
    expect(a.backups.map((b) => [b.id, b.restorable])).toEqual([[b1.id, true], [b2.id, true]]);
    expect(a.wal).toMatchObject({ first: '000000010000000000000002', last: '000000010000000000000009', count: 8, gaps: [] });
    expect(a.window).toEqual({ from: '2026-01-01T00:03:00.000Z', to: at(9).toISOString() });
    expect(archiveJson(a)).toMatchObject({ location: { bucket: 'dal-site-backups', prefix: 'dal/forgejo/postgres/', serverName: 'forgejo-db' }, wal: { timelines: [1] } });
  });

  it('gives two windows when a segment is missing between two backups; the older backup restores up to the gap', () => {
    const a = analyzeArchive(listing([b1, b2], segs(1, 2, 9, [4, 5])));
    expect(a.wal.gaps).toEqual([{ after: '000000010000000000000003', missing: ['000000010000000000000004', '000000010000000000000005'], missingCount: 2 }]);
    expect(a.backups[0]).toMatchObject({ restorable: true, restorableToWal: '000000010000000000000003', gap: { first: '000000010000000000000004', count: 2 }, missingWal: ['000000010000000000000004', '000000010000000000000005'], window: 0 });
    expect(a.backups[1]).toMatchObject({ restorable: true, restorableToWal: '000000010000000000000009', window: 1 });
    expect(a.windows).toEqual([
      { from: '2026-01-01T00:03:00.000Z', to: at(3).toISOString(), fromWal: '000000010000000000000003', toWal: '000000010000000000000003', timeline: 1, backups: [b1.id], endsAt: 'gap', gap: { first: '000000010000000000000004', count: 2 } },
      { from: '2026-01-01T00:06:30.000Z', to: at(9).toISOString(), fromWal: '000000010000000000000006', toWal: '000000010000000000000009', timeline: 1, backups: [b2.id], endsAt: 'newest' },
    ]);
    // `window` stays the newest one.
    expect(a.window).toEqual({ from: '2026-01-01T00:06:30.000Z', to: at(9).toISOString() });
    expect(a.health).toMatchObject({ ok: true, newestWal: '000000010000000000000009' });
    const j = archiveJson(a) as { windows: unknown[]; health: { ok: boolean } };
    expect(j.windows).toHaveLength(2);
    expect(j.health.ok).toBe(true);
  });

  it('fails the health check when a segment after the newest backup is missing, saying where recovery stops', () => {
    const a = analyzeArchive(listing([b1, b2], segs(1, 2, 9, [8])));
    expect(a.windows).toHaveLength(1);
    expect(a.windows[0]).toMatchObject({ from: '2026-01-01T00:03:00.000Z', toWal: '000000010000000000000007', backups: [b1.id, b2.id], endsAt: 'gap', gap: { first: '000000010000000000000008', count: 1 } });
    expect(a.health.ok).toBe(false);
    expect(a.health.problem).toBe('gap');
    expect(a.health.message).toContain('recovery stops at 000000010000000000000007');
    expect(a.health.message).toContain('000000010000000000000008 is missing');
    expect(a.health.message).toContain('000000010000000000000009');
  });

  it('merges the windows of backups whose WAL overlaps', () => {
    const a = analyzeArchive(listing([b1, b2], segs(1, 2, 9)));
    expect(a.windows).toEqual([{ from: '2026-01-01T00:03:00.000Z', to: at(9).toISOString(), fromWal: '000000010000000000000003', toWal: '000000010000000000000009', timeline: 1, backups: [b1.id, b2.id], endsAt: 'newest' }]);
  });

  it('says there is nothing to restore when WAL is archived but no backup exists', () => {
    const a = analyzeArchive(listing([], segs(1, 2, 4)));
    expect(a.health).toMatchObject({ ok: false, problem: 'no-restorable-backup' });
    expect(a.health.message).toContain('no base backup');
  });

  it('names the server names beside an empty one, and the likely typo', () => {
    const a = analyzeArchive({ ...listing([], []), location: { ...LOC, serverName: 'forgejo-bd' }, siblings: ['forgejo-db', 'gitea-db'] });
    expect(a.health).toMatchObject({ ok: false, problem: 'empty' });
    expect(a.health.message).toContain('server names under s3://dal-site-backups/dal/forgejo/postgres/: forgejo-db, gitea-db; did you mean "forgejo-db"?');
  });

  it('claims no window when the newest backup lacks its end WAL', () => {
    const a = analyzeArchive(listing([b2], segs(1, 2, 5)));
    expect(a.backups[0]!.restorable).toBe(false);
    expect(a.window).toBeUndefined();
    expect(a.windows).toEqual([]);
    expect(a.health).toMatchObject({ ok: false, problem: 'no-restorable-backup' });
    expect(a.health.message).toContain('lacks 000000010000000000000006');
  });

  it('reports a missing backup.info for that backup only', () => {
    const a = analyzeArchive(listing([b1, { id: '20260101T000500', error: 'backup.info is missing' }], segs(1, 2, 9)));
    expect(a.backups[1]).toMatchObject({ status: 'UNKNOWN', error: 'backup.info is missing', restorable: false });
    expect(a.window).toBeDefined();
  });

  it('follows a timeline switch through the history file', () => {
    // Timeline 2 forked from 1 in segment 5 (0/5000100); segment 5 onwards lives on timeline 2.
    const wal = [...segs(1, 2, 7), ...segs(2, 5, 8), { key: '00000002.history', lastModified: at(5) }];
    const a = analyzeArchive(listing([b1], wal, [[2, '1\t0/5000100\tno recovery target specified\n']]));
    expect(a.wal.timelines.map((t) => [t.id, t.count, t.parent])).toEqual([[1, 6, undefined], [2, 4, 1]]);
    expect(a.backups[0]).toMatchObject({ restorable: true, targetTimeline: 2 });
    expect(a.wal.last).toBe('000000020000000000000008');
    expect(a.window!.to).toBe(at(8).toISOString());
    // Without timeline 2's segment 6, recovery cannot reach timeline 2's end.
    const broken = analyzeArchive(listing([b1], wal.filter((o) => !o.key.endsWith('000000020000000000000006.gz')), [[2, '1\t0/5000100\t\n']]));
    expect(broken.backups[0]).toMatchObject({ restorable: true, restorableToWal: '000000020000000000000005', missingWal: ['000000020000000000000006'] });
    expect(broken.health).toMatchObject({ ok: false, problem: 'gap' });
    // Without the history file, timeline 2 cannot be shown to descend from the backup's.
    const orphan = analyzeArchive(listing([b1], segs(1, 2, 4).concat(segs(2, 5, 8))));
    expect(orphan.health).toMatchObject({ ok: false, problem: 'unreachable-timeline' });
    expect(orphan.health.message).toContain('00000002.history');
  });

  it('treats an empty listing as an empty archive', () => {
    const a = analyzeArchive(listing([], []));
    expect(a.empty).toBe(true);
    expect(archiveJson(a)).toMatchObject({ location: { bucket: 'dal-site-backups', prefix: 'dal/forgejo/postgres/', serverName: 'forgejo-db' }, backups: [], wal: { first: null, last: null, count: 0, timelines: [], gaps: [] }, windows: [], window: null, health: { ok: false, problem: 'empty' } });
  });
});

describe('preflightRestore', () => {
  const b1 = { id: '20260101T000200', info: parseBackupInfo(info('20260101T000200', '000000010000000000000002', '000000010000000000000003', '2026-01-01T00:03:00Z', { version: '140009' })) };
  const b2 = { id: '20260101T000600', info: parseBackupInfo(info('20260101T000600', '000000010000000000000006', '000000010000000000000006', '2026-01-01T00:06:30Z')) };
  const archive = analyzeArchive(listing([b1, b2], segs(1, 2, 9)));
  const ids = (r: { checks: { id: string; ok: boolean }[] }): string[] => r.checks.map((c) => `${c.id}:${c.ok}`);

  it('chooses the newest backup ending before the target and its major', () => {
    const r = preflightRestore(archive, { targetTime: '2026-01-01T00:05:00Z', newLocation: { location: { ...LOC, serverName: 'forgejo-db-2' }, empty: true } });
    expect(r.ok).toBe(true);
    expect(r.backup?.id).toBe(b1.id);
    expect(r.pgMajor).toBe(14);
    expect(ids(r)).toEqual(['backups-exist:true', 'target-in-window:true', 'wal-continuous:true', 'pg-major:true', 'new-location-empty:true']);
  });

  it('refuses a target outside the window, an unknown backup and a non-empty new location', () => {
    const r = preflightRestore(archive, { targetTime: '2025-12-31T00:00:00Z', backupId: 'nope', newLocation: { location: LOC, empty: false } });
    expect(r.ok).toBe(false);
    expect(ids(r)).toEqual(['backups-exist:true', 'backup-exists:false', 'target-in-window:false', 'new-location-empty:false']);
    expect(r.checks.find((c) => c.id === 'new-location-empty')!.message).toContain('Expected empty archive');
  });

  it('finds a gap between the backup and the target LSN', () => {
    const gappy = analyzeArchive(listing([b1, b2], segs(1, 2, 9, [4])));
    const r = preflightRestore(gappy, { backupId: b1.id, targetLSN: '0/5000000' });
    expect(ids(r)).toContain('wal-continuous:false');
    expect(r.checks.find((c) => c.id === 'wal-continuous')!.message).toContain('000000010000000000000004');
    expect(r.pgMajor).toBe(14);
  });

  it('judges a target by the windows: before a gap from the older backup, in the gap never', () => {
    // Segments 4 and 5 lost; b1 reaches 3 (archived 00:03), b2 starts a new window at 00:06:30.
    const gappy = analyzeArchive(listing([b1, b2], segs(1, 2, 9, [4, 5])));
    const before = preflightRestore(gappy, { targetTime: '2026-01-01T00:03:00Z' });
    expect(before.backup?.id).toBe(b1.id);
    expect(ids(before)).toEqual(['backups-exist:true', 'target-in-window:true', 'wal-continuous:true', 'pg-major:true']);
    expect(before.checks[1]!.message).toContain('window 1 of 2');
    const inGap = preflightRestore(gappy, { targetTime: '2026-01-01T00:05:00Z' });
    expect(ids(inGap)).toContain('target-in-window:false');
    expect(inGap.checks.find((c) => c.id === 'target-in-window')!.message).toContain('outside every window');
    const after = preflightRestore(gappy, { targetTime: '2026-01-01T00:08:00Z' });
    expect(after.ok).toBe(true);
    expect(after.backup?.id).toBe(b2.id);
  });
});

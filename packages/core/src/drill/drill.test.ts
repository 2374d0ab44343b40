import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ArchiveLocation, BackupConfig } from '../cnpg/archive.js';
import type { Resource } from '../inventory/resource.js';
import { confQuote, drillAutoConf, parseControlData, pgTargetTime, shellQuote, walRestoreCommand } from './conf.js';
import { bytes, drillJson, drillText, seconds } from './format.js';
import { nextSegment, parseRecoveryLog, pgTime, segmentAt, whereRecoveryStopped } from './log.js';
import { drillClusterName, drillManifest } from './manifest.js';
import { drillExitCode, settle, type DrillReport } from './report.js';
import { tablespacesOf } from './run.js';
import { checkDrillTarget, describeDrillTarget, drillTargetKind } from './target.js';

const LOC: ArchiveLocation = { destinationPath: 's3://dal-site-backups/dal/forgejo/postgres/', bucket: 'dal-site-backups', prefix: 'dal/forgejo/postgres/', serverName: 'forgejo-db' };

describe('target', () => {
  it('has a kind and words', () => {
    expect(drillTargetKind({})).toBe('latest');
    expect(drillTargetKind({ backupId: '20261124T020000' })).toBe('immediate');
    expect(drillTargetKind({ backupId: '20261124T020000', time: '2026-11-24T13:05:00Z' })).toBe('time');
    expect(drillTargetKind({ lsn: '0/3000060' })).toBe('lsn');
    expect(describeDrillTarget({})).toBe('the newest archived WAL');
    expect(describeDrillTarget({ backupId: '20261124T020000' })).toBe('the end of backup 20261124T020000 (its consistency point)');
    expect(describeDrillTarget({ time: '2026-11-24T13:05:00Z', backupId: '20261124T020000' })).toBe('time 2026-11-24T13:05:00Z from backup 20261124T020000');
  });

  it('refuses what PostgreSQL would not read, as plan-restore does', () => {
    expect(() => checkDrillTarget({ time: 'yesterday' })).toThrow(/RFC 3339/);
    expect(() => checkDrillTarget({ lsn: '3000060' })).toThrow(/not an LSN/);
    expect(() => checkDrillTarget({ time: '2026-11-24T13:05:00Z', lsn: '0/1' })).toThrow(/at most one/);
    expect(() => checkDrillTarget({ backupId: 'latest' })).toThrow(/Barman backup id/);
    expect(() => checkDrillTarget({ time: '2026-11-24T13:05:00+02:00', backupId: '20261124T020000' })).not.toThrow();
  });
});

describe('postgresql.auto.conf', () => {
  it('quotes for the shell and for the configuration file', () => {
    expect(shellQuote('s3://b/p/')).toBe('s3://b/p/');
    expect(shellQuote("it's here")).toBe(`'it'\\''s here'`);
    expect(confQuote("a 'b' \\c")).toBe(`'a ''b'' \\\\c'`);
    expect(walRestoreCommand('/usr/bin/barman-cloud-wal-restore', LOC, 'http://127.0.0.1:9000')).toBe(
      '/usr/bin/barman-cloud-wal-restore --endpoint-url http://127.0.0.1:9000 s3://dal-site-backups/dal/forgejo/postgres/ forgejo-db %f %p',
    );
    expect(walRestoreCommand('/x/barman-cloud-wal-restore', { ...LOC, serverName: 'a b' })).toBe("/x/barman-cloud-wal-restore s3://dal-site-backups/dal/forgejo/postgres/ 'a b' %f %p");
  });

  it('writes times PostgreSQL reads while loading its configuration (no zone abbreviations)', () => {
    expect(pgTargetTime('2026-11-24T13:05:00.123456Z')).toBe('2026-11-24 13:05:00.123456+00');
    expect(pgTargetTime('2026-11-24T13:05:00+02:00')).toBe('2026-11-24 13:05:00+02:00');
    expect(pgTargetTime('2026-11-24 13:05:00z')).toBe('2026-11-24 13:05:00+00');
  });

  const base = { restoreCommand: 'barman-cloud-wal-restore s3://b/ db %f %p', socketDir: '/tmp/cnpg-site-drill-x', port: 5432, source: 's3://b/db/' };

  it('recovers to the target and promotes, with no archiving and no TCP', () => {
    const lines = drillAutoConf({ ...base, target: { time: '2026-11-24T13:05:00Z' } });
    expect(lines).toContain(`archive_mode = off`);
    expect(lines).toContain(`archive_command = ''`);
    expect(lines).toContain(`listen_addresses = ''`);
    expect(lines).toContain(`unix_socket_directories = '/tmp/cnpg-site-drill-x'`);
    expect(lines).toContain(`restore_command = 'barman-cloud-wal-restore s3://b/ db %f %p'`);
    expect(lines).toContain(`recovery_target_time = '2026-11-24 13:05:00+00'`);
    expect(lines).toContain(`recovery_target_action = 'promote'`);
    expect(lines).toContain(`ssl = off`);
    expect(lines).toContain(`lc_messages = 'C'`);
    expect(lines.filter((l) => l.startsWith('recovery_target'))).toEqual([`recovery_target_timeline = 'latest'`, `recovery_target_time = '2026-11-24 13:05:00+00'`, `recovery_target_action = 'promote'`]);
  });

  it('stops at consistency for a backup id alone, at an LSN, or replays everything', () => {
    expect(drillAutoConf({ ...base, target: { backupId: '20261124T020000' } })).toContain(`recovery_target = 'immediate'`);
    expect(drillAutoConf({ ...base, target: { lsn: '0/3000060' } })).toContain(`recovery_target_lsn = '0/3000060'`);
    const latest = drillAutoConf({ ...base, target: {} });
    expect(latest.filter((l) => l.startsWith('recovery_target'))).toEqual([`recovery_target_timeline = 'latest'`]);
  });

  it('keeps the primary\'s limits that replay needs, from pg_controldata', () => {
    const control = parseControlData(`pg_control version number:            1300
Database system identifier:           7441234567890123456
max_connections setting:              200
max_worker_processes setting:         32
max_wal_senders setting:              10
max_prepared_xacts setting:           5
max_locks_per_xact setting:           64
Data page checksum version:           1
`);
    expect(control).toEqual({
      systemIdentifier: '7441234567890123456',
      checksumVersion: 1,
      settings: { max_connections: 200, max_worker_processes: 32, max_wal_senders: 10, max_prepared_transactions: 5, max_locks_per_transaction: 64 },
    });
    const lines = drillAutoConf({ ...base, target: {}, control: control.settings });
    expect(lines).toContain('max_connections = 200');
    expect(lines).toContain('max_prepared_transactions = 5');
    expect(drillAutoConf({ ...base, target: {} })).toContain('max_connections = 100');
  });
});

// As PostgreSQL 15 logs them with log_line_prefix '%m [%p] ' and lc_messages C.
const OK_LOG = `2026-12-02 16:45:38.600 UTC [100] LOG:  starting PostgreSQL 15.18 (Debian 15.18-1.pgdg120+1) on x86_64-pc-linux-gnu
2026-12-02 16:45:38.610 UTC [102] LOG:  starting point-in-time recovery to 2026-12-02 16:45:29.825538+00
2026-12-02 16:45:38.900 UTC [102] LOG:  restored log file "000000010000000000000003" from archive
2026-12-02 16:45:39.000 UTC [102] LOG:  redo starts at 0/3000028
2026-12-02 16:45:39.300 UTC [102] LOG:  restored log file "000000010000000000000004" from archive
2026-12-02 16:45:39.310 UTC [102] LOG:  consistent recovery state reached at 0/3000138
2026-12-02 16:45:39.700 UTC [102] LOG:  restored log file "000000010000000000000005" from archive
2026-12-02 16:45:39.710 UTC [102] LOG:  recovery stopping before commit of transaction 741, time 2026-12-02 16:45:31.402311+00
2026-12-02 16:45:39.710 UTC [102] LOG:  redo done at 0/5000110 system usage: CPU: user: 0.00 s, system: 0.00 s, elapsed: 0.70 s
2026-12-02 16:45:39.710 UTC [102] LOG:  last completed transaction was at log time 2026-12-02 16:45:28.124512+00
2026-12-02 16:45:40.100 UTC [102] LOG:  selected new timeline ID: 2
2026-12-02 16:45:40.200 UTC [102] LOG:  archive recovery complete
2026-12-02 16:45:40.300 UTC [100] LOG:  database system is ready to accept connections
`;

const GAP_LOG = `2026-12-02 16:50:00.100 UTC [202] LOG:  restored log file "000000010000000000000003" from archive
2026-12-02 16:50:00.300 UTC [202] LOG:  consistent recovery state reached at 0/3000138
2026-12-02 16:50:00.600 UTC [202] LOG:  redo done at 0/3000138 system usage: CPU: user: 0.00 s, system: 0.00 s, elapsed: 0.30 s
2026-12-02 16:50:00.600 UTC [202] FATAL:  recovery ended before configured recovery target was reached
2026-12-02 16:50:00.610 UTC [200] LOG:  startup process (PID 202) exited with exit code 1
2026-12-02 16:50:00.610 UTC [200] LOG:  terminating any other active server processes
2026-12-02 16:50:00.620 UTC [200] LOG:  shutting down due to startup process failure
2026-12-02 16:50:00.640 UTC [200] LOG:  database system is shut down
`;

describe('the server log', () => {
  it('reads PostgreSQL times', () => {
    expect(pgTime('2026-12-02 16:45:31.402311+00')).toBe('2026-12-02T16:45:31.402Z');
    expect(pgTime('2026-12-02 18:45:31+02')).toBe('2026-12-02T16:45:31.000Z');
    expect(pgTime('2026-12-02 16:45:31 UTC')).toBe('2026-12-02T16:45:31.000Z');
    expect(pgTime('yesterday')).toBeUndefined();
  });

  it('says how far a recovery that reached its target went', () => {
    const log = parseRecoveryLog(OK_LOG);
    expect(log).toMatchObject({
      restored: ['000000010000000000000003', '000000010000000000000004', '000000010000000000000005'],
      stopping: { text: 'recovery stopping before commit of transaction 741, time 2026-12-02 16:45:31.402311+00', time: '2026-12-02T16:45:31.402Z' },
      consistentAt: '0/3000138',
      redoDoneAt: '0/5000110',
      lastTransactionAt: '2026-12-02T16:45:28.124Z',
      endedBeforeTarget: false,
      newTimeline: 2,
      ready: true,
      fatal: [],
    });
    expect(log.missing).toBeUndefined();
    expect(whereRecoveryStopped(log).text).toBe('recovery replayed WAL up to 0/5000110; the last segment restored from the archive was 000000010000000000000005');
  });

  it('reads an LSN stop', () => {
    const log = parseRecoveryLog('2026-12-02 16:45:39.710 UTC [102] LOG:  recovery stopping after WAL location (LSN) "0/5000110"\n');
    expect(log.stopping).toEqual({ text: 'recovery stopping after WAL location (LSN) "0/5000110"', lsn: '0/5000110' });
  });

  it('says where recovery stopped when a segment is missing, and names it', () => {
    const log = parseRecoveryLog(GAP_LOG);
    expect(log.endedBeforeTarget).toBe(true);
    expect(log.ready).toBe(false);
    expect(log.fatal).toEqual(['recovery ended before configured recovery target was reached']);
    const where = whereRecoveryStopped(log, ['000000010000000000000004']);
    expect(where).toEqual({
      text: 'recovery replayed WAL up to 0/3000138; the last segment restored from the archive was 000000010000000000000003; the next one, 000000010000000000000004, is missing from the archive',
      lastSegment: '000000010000000000000003',
      missing: '000000010000000000000004',
    });
    expect(whereRecoveryStopped(log).text).toContain('the next one, 000000010000000000000004, could not be restored');
  });

  it('takes the segment the log names as missing', () => {
    const log = parseRecoveryLog(`${GAP_LOG}ERROR: WAL file 000000010000000000000007 for server forgejo-db does not exist\n`);
    expect(log.missing).toBe('000000010000000000000007');
    expect(parseRecoveryLog('ERROR: WAL file 00000002.history for server forgejo-db does not exist\n').missing).toBeUndefined();
  });

  it('does segment arithmetic', () => {
    expect(nextSegment('0000000100000000000000FF')).toBe('000000010000000100000000');
    expect(segmentAt('0/5000110', 1)).toBe('000000010000000000000005');
  });
});

function report(over: Partial<DrillReport> = {}): DrillReport {
  return settle({
    archive: { url: 's3://dal-site-backups/dal/forgejo/postgres/forgejo-db/', serverName: 'forgejo-db', lastArchivedAt: '2026-12-02T16:45:35.000Z' },
    backup: { id: '20261202T164518', pgMajor: 15, beginWal: '000000010000000000000003', endWal: '000000010000000000000003', endTime: '2026-12-02T16:45:20.357Z', sizeBytes: 23_000_000 },
    target: { kind: 'time', value: '2026-12-02T16:45:29.825538Z', description: 'time 2026-12-02T16:45:29.825538Z' },
    outcome: 'opened',
    reached: true,
    recovery: { restoredWalCount: 3, lastRestoredWal: '000000010000000000000005', stopLine: 'recovery stopping before commit of transaction 741, time 2026-12-02 16:45:31.402311+00', stoppedAt: 'recovery replayed WAL up to 0/5000110', lastReplayedTransaction: '2026-12-02T16:45:28.124Z', newTimeline: 2 },
    timings: { restoreSeconds: 2.1, replaySeconds: 1.5, totalSeconds: 3.7, checksSeconds: 0.9 },
    dataAgeSeconds: 6.9,
    sizes: { backupBytes: 23_000_000, restoredBytes: 40_000_000, walRestoredBytes: 3 * 16 * 1024 * 1024, databasesBytes: 7_500_000 },
    databases: [{ name: 'postgres', sizeBytes: 7_500_000, tableCount: 2, tables: [{ schema: 'public', name: 'drill_rows', rows: 100 }, { schema: 'public', name: 't', rows: 1 }] }],
    dataChecksums: 'off',
    checks: [{ id: 'wal-continuous', ok: true, message: 'WAL is continuous' }, { id: 'recovery', ok: true, message: 'opened' }],
    notes: [],
    ok: false,
    ...over,
  });
}

describe('report', () => {
  it('passes only when the copy opened at the target and every check passed', () => {
    expect(drillExitCode(report())).toBe(0);
    expect(drillExitCode(report({ reached: false }))).toBe(1);
    expect(drillExitCode(report({ outcome: 'failed' }))).toBe(1);
    expect(drillExitCode(report({ checks: [{ id: 'verify-sql', ok: false, message: 'x' }] }))).toBe(1);
  });

  it('reads as text: the verdict, what was restored, the tables, the checks', () => {
    const text = drillText(report());
    expect(text.split('\n').slice(0, 3)).toEqual(['Restore drill of s3://dal-site-backups/dal/forgejo/postgres/forgejo-db/', '', 'PASSED: the copy opened at the target and every check passed.']);
    expect(text).toContain('Backup      20261202T164518 (PostgreSQL 15), ended 2026-12-02T16:45:20.357Z, WAL 000000010000000000000003 .. 000000010000000000000003');
    expect(text).toContain('Data as of  2026-12-02T16:45:28.124Z (last transaction replayed), 6.9 s before the newest archived WAL (2026-12-02T16:45:35.000Z)');
    expect(text).toContain('Time        restore 2.1 s, WAL replay 1.5 s, total 3.7 s; checks 0.9 s');
    expect(text).toMatch(/ {4}public\.drill_rows {2}100 row\(s\)/);
    expect(text).toMatch(/^ {2}ok {2}wal-continuous {2}WAL is continuous$/m);
  });

  it('says why it failed, first', () => {
    const failed = drillText(report({ outcome: 'failed', reached: false, recovery: { restoredWalCount: 1, stoppedAt: 'the next one, 000000010000000000000004, is missing from the archive' }, checks: [{ id: 'recovery', ok: false, message: 'recovery ended', detail: 'FATAL: x' }] }));
    expect(failed).toContain('FAILED: the copy did not open: the next one, 000000010000000000000004, is missing from the archive.');
    expect(failed).toContain('recovery output:\n  | FATAL: x');
    expect(drillText(report({ checks: [{ id: 'verify-sql', ok: false, message: 'x' }] }))).toContain('FAILED: the copy opened at the target, but verify-sql failed.');
    expect(drillText(report({ outcome: 'not-run', reached: false }))).toContain('FAILED: the drill could not run');
  });

  it('is JSON for machines', () => {
    const j = JSON.parse(drillJson(report())) as DrillReport;
    expect(j.ok).toBe(true);
    expect(j.databases[0]!.tables[0]).toEqual({ schema: 'public', name: 'drill_rows', rows: 100 });
  });

  it('formats figures', () => {
    expect(seconds(1.24)).toBe('1.2 s');
    expect(seconds(125)).toBe('2 min 5 s');
    expect(seconds(7500)).toBe('2 h 5 min');
    expect(bytes(512)).toBe('512 B');
    expect(bytes(3 * 1024 * 1024)).toBe('3.0 MiB');
  });
});

describe('tablespaces of backup.info', () => {
  it('reads the python list barman writes', () => {
    expect(tablespacesOf("[('tbs1', 16385, '/var/lib/pg/tbs1'), ('other', 16390, '/srv/o')]")).toEqual([
      { name: 'tbs1', oid: 16385, location: '/var/lib/pg/tbs1' },
      { name: 'other', oid: 16390, location: '/srv/o' },
    ]);
    expect(tablespacesOf('None')).toEqual([]);
  });
});

describe('--manifest', () => {
  const now = new Date(Date.UTC(2026, 10, 25, 5, 44));

  it('names the scratch Cluster so that it cannot collide, within 50 characters', () => {
    expect(drillClusterName('forgejo-db', now)).toBe('forgejo-db-drill-202611250544');
    const long = drillClusterName('a'.repeat(60), now);
    expect(long.length).toBeLessThanOrEqual(50);
    expect(long).toMatch(/^a+-drill-202611250544$/);
    expect(drillClusterName('x'.repeat(30) + '-abc', now)).toBe(`${'x'.repeat(30)}-drill-202611250544`);
  });

  it('from --s3-path: a legacy object store with a credentials Secret to create', () => {
    const text = drillManifest({ name: 'forgejo-db', location: LOC, endpoint: 'http://minio:9000', target: { time: '2026-11-24T13:05:00Z' }, now });
    expect(text.startsWith('# Restore drill of forgejo-db: a scratch Cluster')).toBe(true);
    const m = parse(text) as Record<string, any>;
    expect(m).toMatchObject({ apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name: 'forgejo-db-drill-202611250544' } });
    expect(m.spec.instances).toBe(1);
    expect(m.spec.backup).toBeUndefined();
    expect(m.spec.plugins).toBeUndefined();
    expect(m.spec.bootstrap).toEqual({ recovery: { source: 'forgejo-db-archive', recoveryTarget: { targetTime: '2026-11-24T13:05:00Z' } } });
    expect(m.spec.externalClusters).toEqual([{
      name: 'forgejo-db-archive',
      barmanObjectStore: {
        destinationPath: LOC.destinationPath,
        endpointURL: 'http://minio:9000',
        s3Credentials: { accessKeyId: { name: 'drill-s3-credentials', key: 'ACCESS_KEY_ID' }, secretAccessKey: { name: 'drill-s3-credentials', key: 'ACCESS_SECRET_KEY' } },
        serverName: 'forgejo-db',
      },
    }]);
    expect(text).toContain('No image is set');
  });

  it('from a plugin Cluster: the plugin reads the archive, and the Cluster archives nothing', () => {
    const cluster = { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name: 'gitea-db' }, spec: { instances: 3, imageCatalogRef: { apiGroup: 'postgresql.cnpg.io', kind: 'ClusterImageCatalog', name: 'pg', major: 16 }, storage: { size: '5Gi' }, plugins: [{ name: 'barman-cloud.cloudnative-pg.io', isWALArchiver: true, parameters: { barmanObjectName: 'gitea-store' } }] } };
    const cfg = { style: 'plugin', objectStoreName: 'gitea-store', credentials: [], effectiveServerName: 'gitea-db' } as unknown as BackupConfig;
    const m = parse(drillManifest({ name: 'gitea-db', namespace: 'gitea', location: { ...LOC, serverName: 'gitea-db' }, cfg, cluster: cluster as unknown as Resource['object'], target: { backupId: '20261124T020000' }, now })) as Record<string, any>;
    expect(m.spec.plugins).toBeUndefined();
    expect(m.spec.imageCatalogRef.major).toBe(16);
    expect(m.spec.storage).toEqual({ size: '5Gi' });
    expect(m.spec.bootstrap.recovery.recoveryTarget).toEqual({ backupID: '20261124T020000', targetImmediate: true });
    expect(m.spec.externalClusters).toEqual([{ name: 'gitea-db-archive', plugin: { name: 'barman-cloud.cloudnative-pg.io', parameters: { barmanObjectName: 'gitea-store', serverName: 'gitea-db' } } }]);
  });
});

import type { DrillTargetKind } from './target.js';

export interface DrillCheck {
  /** Stable id: the preflight's (backups-exist, wal-continuous, …), then restore, recovery, target-reached, row-counts, data-checksums, amcheck, verify-sql. */
  id: string;
  ok: boolean;
  message: string;
  /** Output worth reading when it failed (a tail, never secrets). */
  detail?: string;
}

export interface DrillTable {
  schema: string;
  name: string;
  /** Exact count(*); null when it was not counted (too many tables, or it timed out). */
  rows: number | null;
  note?: string;
}

export interface DrillDatabase {
  name: string;
  sizeBytes?: number;
  tables: DrillTable[];
  /** User tables in the database; more than `tables` when the list was cut. */
  tableCount: number;
}

export interface DrillReport {
  archive: { url: string; serverName: string; endpoint?: string; newestWal?: string; lastArchivedAt?: string };
  backup?: { id: string; pgMajor?: number; beginWal?: string; endWal?: string; endTime?: string; sizeBytes?: number };
  target: { kind: DrillTargetKind; value?: string; backupId?: string; description: string };
  /** opened: the copy opened (read-write) after recovery; failed: it did not; not-run: the archive made the drill impossible. */
  outcome: 'opened' | 'failed' | 'not-run';
  reached: boolean;
  recovery: {
    /** Where it stopped, in words (also when it worked). */
    stoppedAt?: string;
    stopLine?: string;
    lastReplayedTransaction?: string;
    redoDoneAt?: string;
    restoredWalCount: number;
    lastRestoredWal?: string;
    missingWal?: string;
    newTimeline?: number;
  };
  /** Seconds, measured: restore of the base backup, WAL replay to an open database, both, and the checks after. */
  timings: { restoreSeconds?: number; replaySeconds?: number; totalSeconds?: number; checksSeconds?: number };
  /** Seconds between the last replayed transaction and the newest archived WAL. */
  dataAgeSeconds?: number;
  sizes: { backupBytes?: number; restoredBytes?: number; walRestoredBytes?: number; databasesBytes?: number };
  databases: DrillDatabase[];
  dataChecksums?: 'on' | 'off';
  checks: DrillCheck[];
  pg?: { major: number; bin: string; version?: string };
  /** With --keep: the kept copy and how to use it. */
  kept?: { dir: string; data: string; socketDir: string; port: number; start: string; stop: string; psql: string; asUser?: string };
  /** Things worth saying that are not checks. */
  notes: string[];
  ok: boolean;
}

/** Exit status of a drill: 0 the copy opened at the target and every check passed, 1 otherwise. */
export function drillExitCode(r: Pick<DrillReport, 'ok'>): 0 | 1 {
  return r.ok ? 0 : 1;
}

/** Sets `ok` from the outcome and the checks. */
export function settle(r: DrillReport): DrillReport {
  r.ok = r.outcome === 'opened' && r.reached && r.checks.every((c) => c.ok);
  return r;
}

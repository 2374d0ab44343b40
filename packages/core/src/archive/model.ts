import type { ArchiveLocation } from '../cnpg/archive.js';
import type { BackupInfo } from './backup-info.js';
import type { TimelineHistory, WalFile } from './wal.js';

/** An object as a listing returns it, key relative to the server's `wals/` folder or absolute. */
export interface ListedObject {
  key: string;
  lastModified?: Date;
  size?: number;
}

/** What was read from S3 for one server name, before any interpretation. */
export interface ArchiveListing {
  location: ArchiveLocation;
  /** Endpoint used, when not AWS's default. */
  endpoint?: string;
  /** One entry per `base/<id>/` folder; `info` undefined when backup.info was missing or unreadable. */
  backups: { id: string; info?: BackupInfo; error?: string }[];
  /** Every object under `wals/`, key relative to `wals/` (e.g. `0000000100000000/000000010000000000000003.gz`). */
  wal: ListedObject[];
  /** Text of the `.history` files that could be read, by timeline. */
  histories: Map<number, string>;
  /** Number of objects listed, all prefixes together. */
  objectCount: number;
  /** Server names (folders) beside this one under the prefix; read only when this one is empty. */
  siblings?: string[];
}

/** One base backup, as reported. */
export interface ArchiveBackup {
  id: string;
  status: string;
  beginTime?: string;
  endTime?: string;
  beginWal?: string;
  endWal?: string;
  timeline?: number;
  pgMajor?: number;
  size?: number;
  /** Why backup.info could not be used (missing, corrupt, incomplete). */
  error?: string;
  info?: BackupInfo;
  /** DONE, readable, and WAL continuous from its begin WAL to its end WAL: it restores, to a point in its window. */
  restorable: boolean;
  /** How far its WAL reaches continuously (following timeline history): the end of its window. */
  restorableTo?: string;
  restorableToWal?: string;
  /** The gap that ends its window: first missing segment, how many in a row. */
  gap?: { first: string; count: number };
  /** Which window (index into Archive.windows) it restores into. */
  window?: number;
  /** Segments its WAL chain lacks, from its begin WAL up to the newest archived segment (capped). */
  missingWal: string[];
  missingWalCount: number;
  /** The timeline recovery follows from this backup (`latest`). */
  targetTimeline?: number;
}

export interface WalGap {
  /** The last segment present before the gap. */
  after: string;
  /** Missing segment names (capped at MAX_GAP_NAMES; see `missingCount`). */
  missing: string[];
  missingCount: number;
}

export interface TimelineSummary {
  id: number;
  first?: string;
  last?: string;
  count: number;
  /** From the timeline's .history file, when read. */
  parent?: number;
  switchpoint?: string;
}

export interface ArchiveWal {
  first?: string;
  last?: string;
  /** Completed segments (not .partial, .backup or .history). */
  count: number;
  timelines: TimelineSummary[];
  gaps: WalGap[];
  segmentSize: number;
  /** File names of `.partial` segments, `.backup` labels and `.history` files. */
  partials: string[];
  backupLabels: string[];
  histories: string[];
  /** Keys under wals/ that are not WAL files. */
  unknown: string[];
  /** When the newest segment was written (its LastModified). */
  lastArchivedAt?: string;
}

/** A base backup and the archived WAL after it, read from one server name's prefix. */
export interface Archive {
  location: ArchiveLocation;
  endpoint?: string;
  /** Sorted by id (barman ids are times, so oldest first). */
  backups: ArchiveBackup[];
  wal: ArchiveWal;
  /**
   * The points recovery can reach: each window runs from a restorable backup's end to the last
   * segment its WAL reaches without a gap; overlapping windows are merged. Oldest first.
   */
  windows: RecoveryWindow[];
  /** The newest window (the last of `windows`); absent when nothing is restorable. */
  window?: { from: string; to: string };
  /** Whether the newest archived WAL can be recovered, and if not why: the exit status of `backups`. */
  health: ArchiveHealth;
  /** Server names under the prefix, listed when this one is empty (a mistyped name is the usual cause). */
  siblings?: string[];
  /** Nothing at all under the server name's prefix. */
  empty: boolean;
  /** Things worth saying that are not errors (segment size disagreement, unreadable history). */
  warnings: string[];
  objectCount: number;
  /** Internal index used by continuity checks. */
  readonly index: WalIndex;
}

/** A stretch of time that recovery can reach, from one or more base backups. */
export interface RecoveryWindow {
  /** End of the oldest backup restorable into it (the first recoverable point). */
  from: string;
  /** When the last segment reached was archived (the last recoverable point). */
  to: string;
  fromWal: string;
  /** The last segment reached without a gap. */
  toWal: string;
  timeline: number;
  /** Backups that restore into it, oldest first. */
  backups: string[];
  /** What ends it: the newest archived WAL, a missing segment, or the end of a timeline newer WAL does not continue. */
  endsAt: 'newest' | 'gap' | 'timeline-end';
  /** With endsAt 'gap': the first missing segment and how many are missing up to the next present one. */
  gap?: { first: string; count: number };
}

export interface ArchiveHealth {
  ok: boolean;
  /** Machine-readable reason when not ok. */
  problem?: 'empty' | 'no-restorable-backup' | 'gap' | 'unreachable-timeline';
  message: string;
  /** The newest archived segment and when it was archived. */
  newestWal?: string;
}

/** Segments by timeline, with their LastModified; histories by timeline. */
export interface WalIndex {
  segmentSize: number;
  segments: Map<number, Map<number, number | undefined>>;
  histories: Map<number, TimelineHistory>;
  files: WalFile[];
}

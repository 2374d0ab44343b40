import type { ArchiveLocation } from '../cnpg/archive.js';
import { latestTimelineFrom, missingAlong, recoveryPath } from './analyze.js';
import type { Archive, ArchiveBackup, RecoveryWindow } from './model.js';
import { parseLSN, parseSegmentName, segmentName, segmentOfLSN } from './wal.js';

export interface PreflightCheck {
  /** Stable id: backups-exist, backup-exists, backup-done, target-in-window, target-lsn-reachable, wal-continuous, new-location-empty, pg-major. */
  id: string;
  ok: boolean;
  message: string;
}

export interface PreflightOptions {
  /** recoveryTarget.targetTime (RFC 3339 / ISO 8601, or a barman-style time). */
  targetTime?: string;
  /** recoveryTarget.targetLSN, `X/Y`. */
  targetLSN?: string;
  /** recoveryTarget.backupID. */
  backupId?: string;
  /** Where the new Cluster will archive, and whether it is empty (see isArchiveEmpty). */
  newLocation?: { location: ArchiveLocation; empty: boolean };
}

export interface PreflightResult {
  /** Every check made, in a stable order. */
  checks: PreflightCheck[];
  /** All checks passed. */
  ok: boolean;
  /** The base backup recovery would start from. */
  backup?: ArchiveBackup;
  /** The PostgreSQL major the new Cluster must run: the chosen backup's. */
  pgMajor?: number;
}

/** The window holding a time, with its index. */
export function windowOf(archive: Archive, ms: number): { window: RecoveryWindow; index: number } | undefined {
  for (let i = archive.windows.length - 1; i >= 0; i--) {
    const w = archive.windows[i]!;
    if (ms >= Date.parse(w.from) && ms <= Date.parse(w.to)) return { window: w, index: i };
  }
  return undefined;
}

function timeOf(s: string): number | undefined {
  const norm = s.trim().replace(' ', 'T');
  const t = Date.parse(norm);
  return Number.isNaN(t) ? undefined : t;
}

/**
 * What the archive says about a planned restore: the base backup to start from (the given one,
 * else the newest DONE backup that ends before the target), whether the target is reachable, the
 * major to restore with, and whether the new archive location is empty. Pure.
 */
export function preflightRestore(archive: Archive, opts: PreflightOptions = {}): PreflightResult {
  const checks: PreflightCheck[] = [];
  const add = (id: string, ok: boolean, message: string): void => {
    checks.push({ id, ok, message });
  };
  const where = `s3://${archive.location.bucket}/${archive.location.prefix}${archive.location.serverName}/`;
  const done = archive.backups.filter((b) => b.status === 'DONE' && !b.error);
  const targetMs = opts.targetTime !== undefined ? timeOf(opts.targetTime) : undefined;
  const targetLsn = opts.targetLSN !== undefined ? parseLSN(opts.targetLSN) : undefined;

  add('backups-exist', done.length > 0, done.length > 0
    ? `${done.length} completed base backup(s) under ${where}`
    : `no completed (DONE) base backup under ${where}: there is nothing to restore from; check the server name and take a backup`);

  let chosen: ArchiveBackup | undefined;
  if (opts.backupId !== undefined) {
    const b = archive.backups.find((x) => x.id === opts.backupId);
    add('backup-exists', b !== undefined, b ? `backup ${opts.backupId} exists` : `backup ${opts.backupId} is not under ${where}; known: ${archive.backups.map((x) => x.id).join(', ') || 'none'}`);
    if (b) {
      const ok = b.status === 'DONE' && !b.error;
      add('backup-done', ok, ok ? `backup ${b.id} is DONE` : `backup ${b.id} is ${b.status}${b.error ? ` (${b.error})` : ''}: it cannot be restored; choose a DONE backup`);
      if (ok) chosen = b;
    }
  } else {
    const eligible = done.filter((b) => {
      if (targetMs !== undefined) return b.endTime !== undefined && Date.parse(b.endTime) <= targetMs;
      if (targetLsn !== undefined) return b.info?.endXlog !== undefined && parseLSN(b.info.endXlog)! <= targetLsn;
      return true;
    });
    // Prefer a backup whose window holds the target: an older one before a gap can reach what a newer one cannot.
    const inWindow = targetMs !== undefined ? windowOf(archive, targetMs) : undefined;
    const reaching = inWindow ? eligible.filter((b) => inWindow.window.backups.includes(b.id)) : [];
    chosen = reaching[reaching.length - 1] ?? eligible[eligible.length - 1];
    if (done.length > 0 && !chosen) {
      add('backup-exists', false, `no DONE base backup ends before the target under ${where}; the oldest ends at ${done[0]!.endTime ?? 'an unknown time'}`);
    }
  }

  if (opts.targetTime !== undefined) {
    if (targetMs === undefined) add('target-in-window', false, `recovery target time "${opts.targetTime}" is not a time; write it as RFC 3339, e.g. 2026-05-06T10:11:12Z`);
    else if (archive.windows.length === 0) add('target-in-window', false, `the archive has no recoverability window (no base backup with continuous WAL), so ${opts.targetTime} cannot be reached`);
    else {
      const found = windowOf(archive, targetMs);
      const list = archive.windows.map((w) => `${w.from} .. ${w.to}`).join(', ');
      const n = archive.windows.length;
      add('target-in-window', found !== undefined, found
        ? `target ${opts.targetTime} lies in the window ${found.window.from} .. ${found.window.to}${n > 1 ? ` (window ${found.index + 1} of ${n})` : ''}`
        : `target ${opts.targetTime} lies outside ${n > 1 ? `every window (${list})` : `the window ${list}`}; pick a time inside ${n > 1 ? 'one' : 'it'}`);
    }
  }
  if (opts.targetLSN !== undefined && targetLsn === undefined) {
    add('target-lsn-reachable', false, `recovery target LSN "${opts.targetLSN}" is not an LSN; write it as X/Y in hex, e.g. 0/3000060`);
  }

  if (chosen) {
    const begin = parseSegmentName(chosen.beginWal!, archive.index.segmentSize)!;
    const target = latestTimelineFrom(archive.index, begin.timeline);
    const path = recoveryPath(archive.index, begin.timeline, begin.segment, target);
    const end = parseSegmentName(chosen.endWal!, archive.index.segmentSize)!.segment;
    let until: number | undefined;
    let label = 'the newest archived WAL';
    if (targetLsn !== undefined) {
      until = segmentOfLSN(targetLsn, archive.index.segmentSize);
      label = `target LSN ${opts.targetLSN}`;
      const newest = missingAlong(archive.index, path).end;
      const ok = newest !== undefined && until <= newest;
      add('target-lsn-reachable', ok, ok
        ? `target LSN ${opts.targetLSN} is in segment ${segmentName(path[path.length - 1]!.timeline, until, archive.index.segmentSize)}, which is archived`
        : `target LSN ${opts.targetLSN} is beyond the newest archived WAL${newest !== undefined ? ` (${segmentName(target, newest, archive.index.segmentSize)})` : ''}`);
    } else if (targetMs !== undefined) {
      // The first segment archived at or after the target holds it.
      label = `target time ${opts.targetTime}`;
      for (const r of path) {
        const segs = archive.index.segments.get(r.timeline);
        if (!segs) continue;
        for (const [s, t] of [...segs.entries()].sort((a, b) => a[0] - b[0])) {
          if (s < r.from || s > r.to || t === undefined) continue;
          if (t >= targetMs && (until === undefined || s < until)) until = s;
        }
        if (until !== undefined) break;
      }
    }
    if (until !== undefined) until = Math.max(until, end);
    const { names, count } = missingAlong(archive.index, path, until);
    add('wal-continuous', count === 0, count === 0
      ? `WAL is continuous from backup ${chosen.id} (${chosen.beginWal}) to ${label}`
      : `WAL from backup ${chosen.id} to ${label} lacks ${count} segment(s): ${names.slice(0, 5).join(', ')}${count > 5 ? ', …' : ''}; recovery would stop at the first one`);
    if (chosen.pgMajor !== undefined) {
      add('pg-major', true, `backup ${chosen.id} was taken by PostgreSQL ${chosen.pgMajor}: the new Cluster must run major ${chosen.pgMajor} (imageCatalogRef.major)`);
    } else {
      add('pg-major', false, `backup ${chosen.id} does not say its PostgreSQL version (version in backup.info); the major to restore with is unknown`);
    }
  }

  if (opts.newLocation) {
    const l = opts.newLocation.location;
    const url = `s3://${l.bucket}/${l.prefix}${l.serverName}/`;
    add('new-location-empty', opts.newLocation.empty, opts.newLocation.empty
      ? `the new archive location ${url} is empty`
      : `the new archive location ${url} already holds objects: the new Cluster would fail with "Expected empty archive"; change its server name (or Cluster name)`);
  }

  const result: PreflightResult = { checks, ok: checks.every((c) => c.ok) };
  if (chosen) {
    result.backup = chosen;
    if (chosen.pgMajor !== undefined) result.pgMajor = chosen.pgMajor;
  }
  return result;
}

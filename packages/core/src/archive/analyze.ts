import { closest } from '../models/structural.js';
import type { BackupInfo } from './backup-info.js';
import type { Archive, ArchiveBackup, ArchiveHealth, ArchiveListing, RecoveryWindow, TimelineSummary, WalGap, WalIndex } from './model.js';
import {
  DEFAULT_WAL_SEGMENT_SIZE, formatLSN, parseSegmentName, parseTimelineHistory, parseWalFile, segmentName, segmentOfLSN,
  type TimelineHistory, type WalFile,
} from './wal.js';

/** At most this many names per gap or per backup's missing list; counts stay exact. */
export const MAX_GAP_NAMES = 1000;

/** A stretch of one timeline that recovery replays: segments [from, to] (to may be Infinity: up to the newest). */
export interface PathRange {
  timeline: number;
  from: number;
  to: number;
}

/** The WAL segment size the backups declare; the default when none does. */
function segmentSizeOf(infos: BackupInfo[], warnings: string[]): number {
  const sizes = [...new Set(infos.filter((i) => i.raw.xlog_segment_size !== undefined && !i.error?.includes('xlog_segment_size')).map((i) => i.walSegmentSize))];
  if (sizes.length > 1) warnings.push(`backups declare different WAL segment sizes (${sizes.join(', ')} bytes); using ${sizes[0]}`);
  return sizes[0] ?? DEFAULT_WAL_SEGMENT_SIZE;
}

/** Indexes the WAL listing: segments per timeline, histories, partials, labels. */
export function indexWal(listing: Pick<ArchiveListing, 'wal' | 'histories'>, segmentSize: number, warnings: string[] = []): WalIndex & { unknown: string[] } {
  const segments = new Map<number, Map<number, number | undefined>>();
  const files: WalFile[] = [];
  const unknown: string[] = [];
  for (const o of listing.wal) {
    const slash = o.key.lastIndexOf('/');
    const name = o.key.slice(slash + 1);
    const folder = slash >= 0 ? o.key.slice(0, slash) : '';
    const f = parseWalFile(name, segmentSize);
    if (!f) {
      unknown.push(o.key);
      continue;
    }
    // Barman keeps segments in wals/<timeline><log>/ and history files at the top of wals/.
    if (f.kind !== 'history' && folder !== '' && folder !== name.slice(0, 16)) {
      warnings.push(`wals/${o.key} is not in the folder barman uses for it (wals/${name.slice(0, 16)}/)`);
    }
    files.push(f);
    if (f.kind !== 'segment') continue;
    let tl = segments.get(f.timeline);
    if (!tl) segments.set(f.timeline, (tl = new Map()));
    const t = o.lastModified?.getTime();
    const prev = tl.get(f.segment!);
    // The same segment compressed and not: count it once, keep the newest time.
    tl.set(f.segment!, prev === undefined ? t : t === undefined ? prev : Math.max(prev, t));
  }
  const histories = new Map<number, TimelineHistory>();
  for (const [tl, text] of listing.histories) histories.set(tl, parseTimelineHistory(tl, text));
  return { segmentSize, segments, histories, files, unknown };
}

/** The newest timeline recovery reaches from `timeline` (PostgreSQL's `recovery_target_timeline = latest`). */
export function latestTimelineFrom(index: WalIndex, timeline: number): number {
  let best = timeline;
  for (const h of index.histories.values()) {
    if (h.timeline > best && h.switches.some((s) => s.parent === timeline)) best = h.timeline;
  }
  if (best === timeline) {
    // Without history files, a newer timeline cannot be proven to descend from this one.
    return timeline;
  }
  return best;
}

/**
 * The stretches of WAL that recovery from segment `begin` on `timeline` replays to reach the end
 * of `target`, following the target's history file.
 */
export function recoveryPath(index: WalIndex, timeline: number, begin: number, target = latestTimelineFrom(index, timeline)): PathRange[] {
  if (target === timeline) return [{ timeline, from: begin, to: Infinity }];
  const h = index.histories.get(target);
  if (!h) return [{ timeline, from: begin, to: Infinity }];
  const ranges: PathRange[] = [];
  const start = h.switches.findIndex((s) => s.parent === timeline);
  let from = begin;
  for (let i = start; i < h.switches.length; i++) {
    const s = h.switches[i]!;
    const switchSeg = segmentOfLSN(s.switchpoint, index.segmentSize);
    ranges.push({ timeline: s.parent, from, to: switchSeg - 1 });
    from = Math.max(from, switchSeg);
  }
  ranges.push({ timeline: target, from, to: Infinity });
  return ranges.filter((r) => r.to >= r.from);
}

/** Newest segment present on a timeline. */
function maxSegment(index: WalIndex, timeline: number): number | undefined {
  const m = index.segments.get(timeline);
  if (!m || m.size === 0) return undefined;
  let max = -1;
  for (const s of m.keys()) if (s > max) max = s;
  return max;
}

/**
 * Missing segments along a recovery path, from its start up to `until` (inclusive; default: the
 * newest segment of the path's last timeline). Counts exactly, lists up to MAX_GAP_NAMES.
 */
export function missingAlong(index: WalIndex, path: PathRange[], until?: number): { names: string[]; count: number; end: number | undefined } {
  const last = path[path.length - 1]!;
  const end = until ?? maxSegment(index, last.timeline) ?? (path.length > 1 ? path[path.length - 2]!.to : undefined);
  const names: string[] = [];
  let count = 0;
  if (end === undefined) return { names, count, end };
  for (const r of path) {
    const segs = index.segments.get(r.timeline);
    const to = Math.min(r.to, end);
    for (let s = r.from; s <= to; s++) {
      if (segs?.has(s)) continue;
      count++;
      if (names.length < MAX_GAP_NAMES) names.push(segmentName(r.timeline, s, index.segmentSize));
    }
  }
  return { names, count, end };
}

/** Gaps between the first and last segment of each timeline. */
export function walGaps(index: WalIndex): WalGap[] {
  const gaps: WalGap[] = [];
  for (const tl of [...index.segments.keys()].sort((a, b) => a - b)) {
    const segs = [...index.segments.get(tl)!.keys()].sort((a, b) => a - b);
    for (let i = 1; i < segs.length; i++) {
      const prev = segs[i - 1]!;
      const cur = segs[i]!;
      if (cur === prev + 1) continue;
      const missing: string[] = [];
      for (let s = prev + 1; s < cur && missing.length < MAX_GAP_NAMES; s++) missing.push(segmentName(tl, s, index.segmentSize));
      gaps.push({ after: segmentName(tl, prev, index.segmentSize), missing, missingCount: cur - prev - 1 });
    }
  }
  return gaps;
}

const iso = (t: number | undefined): string | undefined => (t === undefined ? undefined : new Date(t).toISOString());

/** Turns what was read into the Archive: backups with their WAL continuity, gaps, the window. Pure. */
export function analyzeArchive(listing: ArchiveListing): Archive {
  const warnings: string[] = [];
  const infos = listing.backups.flatMap((b) => (b.info ? [b.info] : []));
  const segmentSize = segmentSizeOf(infos, warnings);
  const index = indexWal(listing, segmentSize, warnings);

  const backups: ArchiveBackup[] = [...listing.backups]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((b) => backupOf(b, index));

  const timelines: TimelineSummary[] = [...new Set([...index.segments.keys(), ...index.histories.keys()])]
    .sort((a, b) => a - b)
    .map((id) => {
      const segs = [...(index.segments.get(id)?.keys() ?? [])].sort((a, b) => a - b);
      const t: TimelineSummary = { id, count: segs.length };
      if (segs.length > 0) {
        t.first = segmentName(id, segs[0]!, segmentSize);
        t.last = segmentName(id, segs[segs.length - 1]!, segmentSize);
      }
      const h = index.histories.get(id);
      const sw = h?.switches[h.switches.length - 1];
      if (sw) {
        t.parent = sw.parent;
        t.switchpoint = formatLSN(sw.switchpoint);
      }
      return t;
    });
  const withSegs = timelines.filter((t) => t.count > 0);
  const lastTl = withSegs[withSegs.length - 1];
  const lastSeg = lastTl ? maxSegment(index, lastTl.id) : undefined;
  const lastTime = lastTl && lastSeg !== undefined ? index.segments.get(lastTl.id)!.get(lastSeg) : undefined;

  const byKind = (k: WalFile['kind']): string[] => index.files.filter((f) => f.kind === k).map((f) => f.name).sort();
  const archive: Archive = {
    location: listing.location,
    backups,
    wal: {
      count: timelines.reduce((n, t) => n + t.count, 0),
      timelines,
      gaps: walGaps(index),
      segmentSize,
      partials: byKind('partial'),
      backupLabels: byKind('backup-label'),
      histories: byKind('history'),
      unknown: index.unknown.sort(),
    },
    empty: listing.objectCount === 0,
    windows: [],
    health: { ok: false, message: '' },
    warnings,
    objectCount: listing.objectCount,
    index,
  };
  if (listing.endpoint) archive.endpoint = listing.endpoint;
  if (withSegs.length > 0) {
    archive.wal.first = withSegs[0]!.first!;
    archive.wal.last = lastTl!.last!;
  }
  const lt = iso(lastTime);
  if (lt) archive.wal.lastArchivedAt = lt;
  for (const tl of index.histories.keys()) {
    if (!listing.histories.has(tl)) warnings.push(`history file of timeline ${tl} could not be read`);
  }

  const newest = lastTl && lastSeg !== undefined ? segmentName(lastTl.id, lastSeg, segmentSize) : undefined;
  archive.windows = windowsOf(backups, index, newest);
  backups.forEach((b) => {
    const w = archive.windows.findIndex((x) => x.backups.includes(b.id));
    if (w >= 0) b.window = w;
  });
  const newestWindow = archive.windows[archive.windows.length - 1];
  if (newestWindow) archive.window = { from: newestWindow.from, to: newestWindow.to };
  if (listing.siblings) archive.siblings = listing.siblings;
  archive.health = healthOf(archive, newest, lt);
  return archive;
}

/** One window per restorable backup, merged where they overlap in time. */
function windowsOf(backups: ArchiveBackup[], index: WalIndex, newest: string | undefined): RecoveryWindow[] {
  const single: (RecoveryWindow & { fromMs: number; toMs: number })[] = [];
  for (const b of backups) {
    const endTime = b.endTime ?? b.beginTime;
    if (!b.restorable || !endTime || !b.restorableToWal || !b.endWal) continue;
    const fromMs = Date.parse(endTime);
    const toMs = Math.max(fromMs, b.restorableTo ? Date.parse(b.restorableTo) : fromMs);
    const w: RecoveryWindow & { fromMs: number; toMs: number } = {
      from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString(), fromWal: b.endWal, toWal: b.restorableToWal,
      timeline: parseSegmentName(b.restorableToWal, index.segmentSize)!.timeline, backups: [b.id], endsAt: b.gap ? 'gap' : b.restorableToWal === newest ? 'newest' : 'timeline-end', fromMs, toMs,
    };
    if (b.gap) w.gap = b.gap;
    single.push(w);
  }
  single.sort((a, b) => a.fromMs - b.fromMs || (a.backups[0]! < b.backups[0]! ? -1 : 1));
  const merged: (RecoveryWindow & { fromMs: number; toMs: number })[] = [];
  for (const w of single) {
    const cur = merged[merged.length - 1];
    if (!cur || w.fromMs > cur.toMs) {
      merged.push({ ...w, backups: [...w.backups] });
      continue;
    }
    cur.backups.push(...w.backups);
    if (w.toMs > cur.toMs || (w.toMs === cur.toMs && w.toWal > cur.toWal)) {
      cur.to = w.to;
      cur.toMs = w.toMs;
      cur.toWal = w.toWal;
      cur.timeline = w.timeline;
      cur.endsAt = w.endsAt;
      if (w.gap) cur.gap = w.gap;
      else delete cur.gap;
    }
  }
  return merged.map(({ fromMs: _f, toMs: _t, ...w }) => w);
}

/** Exit status of `backups`: can the newest archived WAL be recovered from some base backup? */
function healthOf(a: Archive, newest: string | undefined, newestAt: string | undefined): ArchiveHealth {
  const where = `s3://${a.location.bucket}/${a.location.prefix}${a.location.serverName}/`;
  if (a.empty) {
    const others = a.siblings;
    const parent = `s3://${a.location.bucket}/${a.location.prefix}`;
    let hint: string;
    if (others === undefined) hint = 'check the server name, the bucket and the prefix';
    else if (others.length === 0) hint = `nothing else is under ${parent} either; check the bucket and prefix (destinationPath), and that the Cluster archives at all`;
    else {
      const near = closest(a.location.serverName, others);
      hint = `server names under ${parent}: ${others.slice(0, 20).join(', ')}${others.length > 20 ? `, … (${others.length} in all)` : ''}${near ? `; did you mean "${near}"?` : ''} Check --server-name (or the Cluster's serverName)`;
    }
    return { ok: false, problem: 'empty', message: `the archive is empty: nothing under ${where}; ${hint}.` };
  }
  const at = newest ? `${newest}${newestAt ? `, archived ${newestAt}` : ''}` : undefined;
  const base: Pick<ArchiveHealth, 'newestWal'> = newest ? { newestWal: newest } : {};
  if (a.windows.length === 0) {
    const done = a.backups.filter((b) => b.status === 'DONE' && !b.error);
    let why: string;
    if (a.backups.length === 0) why = `there is no base backup under ${where}base/${newest ? ` (WAL is archived up to ${at}, but there is nothing to replay it onto)` : ''}; take one (kubectl cnpg backup CLUSTER)`;
    else if (done.length === 0) why = `none of the ${a.backups.length} base backup(s) is usable (${a.backups.map((b) => `${b.id}: ${b.error ?? b.status}`).slice(0, 5).join('; ')}); take a new one`;
    else {
      const b = done[done.length - 1]!;
      why = `no DONE base backup has the WAL it needs to become consistent (newest, ${b.id}, lacks ${b.missingWal[0] ?? 'its WAL'}${b.missingWalCount > 1 ? ` and ${b.missingWalCount - 1} more` : ''}); take a new base backup`;
    }
    return { ok: false, problem: 'no-restorable-backup', message: `not recoverable: ${why}.`, ...base };
  }
  if (newest && a.windows.some((w) => w.toWal === newest)) {
    return { ok: true, message: `recoverable up to the newest archived WAL (${at}).`, ...base };
  }
  const w = a.windows[a.windows.length - 1]!;
  const n = a.windows.length;
  if (w.endsAt === 'gap') {
    return {
      ok: false, problem: 'gap', ...base,
      message: `WAL has a gap in the newest window: recovery stops at ${w.toWal} (${w.to}) because ${w.gap!.first}${w.gap!.count > 1 ? ` and ${w.gap!.count - 1} segment(s) after it are` : ' is'} missing; ` +
        `nothing archived after it (up to ${at}) can be replayed from any base backup${n > 1 ? ` (window ${n} of ${n})` : ''}. Take a new base backup now, and find out why archiving skipped segments.`,
    };
  }
  return {
    ok: false, problem: 'unreachable-timeline', ...base,
    message: `the newest archived WAL (${at}) is on a timeline no base backup reaches: recovery from the newest window stops at ${w.toWal} on timeline ${w.timeline}. ` +
      `Its history file (wals/${newest ? newest.slice(0, 8) : '?'}.history) is missing or does not descend from the backups' timeline; take a new base backup.`,
  };
}

function backupOf(b: ArchiveListing['backups'][number], index: WalIndex): ArchiveBackup {
  const info = b.info;
  const out: ArchiveBackup = { id: b.id, status: info?.status ?? 'UNKNOWN', restorable: false, missingWal: [], missingWalCount: 0 };
  if (info) {
    out.info = info;
    if (info.beginTime) out.beginTime = info.beginTime;
    if (info.endTime) out.endTime = info.endTime;
    if (info.beginWal) out.beginWal = info.beginWal;
    if (info.endWal) out.endWal = info.endWal;
    if (info.timeline !== undefined) out.timeline = info.timeline;
    if (info.pgMajor !== undefined) out.pgMajor = info.pgMajor;
    if (info.size !== undefined) out.size = info.size;
  }
  const error = b.error ?? info?.error;
  if (error) out.error = error;
  if (!info || out.status !== 'DONE' || error || !info.beginWal || !info.endWal) return out;
  const begin = parseSegmentName(info.beginWal, index.segmentSize)!;
  const end = parseSegmentName(info.endWal, index.segmentSize)!;
  const target = latestTimelineFrom(index, begin.timeline);
  out.targetTimeline = target;
  const path = recoveryPath(index, begin.timeline, begin.segment, target);
  const newest = missingAlong(index, path).end;
  // At least up to the backup's end WAL: without it the backup is not consistent.
  const until = Math.max(newest ?? end.segment, end.segment);
  const { names, count } = missingAlong(index, path, until);
  out.missingWal = names;
  out.missingWalCount = count;
  const reach = reachAlong(index, path, until);
  // Consistent: every segment from its begin WAL to its end WAL is there.
  out.restorable = missingAlong(index, path, end.segment).count === 0;
  if (out.restorable && reach.last) {
    out.restorableToWal = segmentName(reach.last.timeline, reach.last.segment, index.segmentSize);
    const t = index.segments.get(reach.last.timeline)?.get(reach.last.segment);
    const endMs = out.endTime ? Date.parse(out.endTime) : undefined;
    const toMs = t === undefined ? endMs : endMs === undefined ? t : Math.max(t, endMs);
    if (toMs !== undefined) out.restorableTo = new Date(toMs).toISOString();
    if (reach.missing) out.gap = { first: segmentName(reach.missing.timeline, reach.missing.segment, index.segmentSize), count: reach.missingRun };
  }
  return out;
}

/**
 * Walks a recovery path from its start: the last segment reached before the first missing one
 * (up to `until`), that missing one, and how many are missing in a row from it.
 */
export function reachAlong(index: WalIndex, path: PathRange[], until: number): { last?: { timeline: number; segment: number }; missing?: { timeline: number; segment: number }; missingRun: number } {
  let last: { timeline: number; segment: number } | undefined;
  let missing: { timeline: number; segment: number } | undefined;
  let missingRun = 0;
  for (const r of path) {
    const segs = index.segments.get(r.timeline);
    const to = Math.min(r.to, until);
    for (let s = r.from; s <= to; s++) {
      const has = segs?.has(s) === true;
      if (!missing) {
        if (has) last = { timeline: r.timeline, segment: s };
        else {
          missing = { timeline: r.timeline, segment: s };
          missingRun = 1;
        }
      } else if (has) return { ...(last ? { last } : {}), missing, missingRun };
      else missingRun++;
    }
  }
  return { ...(last ? { last } : {}), ...(missing ? { missing } : {}), missingRun };
}

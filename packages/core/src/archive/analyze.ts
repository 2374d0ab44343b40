import type { BackupInfo } from './backup-info.js';
import type { Archive, ArchiveBackup, ArchiveListing, TimelineSummary, WalGap, WalIndex } from './model.js';
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

  // The window: from the oldest restorable backup's end to the newest WAL on the timeline it reaches.
  const restorable = backups.filter((b) => b.restorable && b.endTime);
  if (restorable.length > 0) {
    const from = restorable.map((b) => b.endTime!).sort()[0]!;
    let toMs: number | undefined;
    for (const b of restorable) {
      const tl = b.targetTimeline!;
      const s = maxSegment(index, tl);
      const t = s === undefined ? undefined : index.segments.get(tl)!.get(s);
      if (t !== undefined && (toMs === undefined || t > toMs)) toMs = t;
    }
    let to = iso(toMs) ?? restorable.map((b) => b.endTime!).sort().reverse()[0]!;
    if (to < from) to = from;
    archive.window = { from, to };
  }
  return archive;
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
  out.restorable = count === 0;
  return out;
}

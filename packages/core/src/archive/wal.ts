/**
 * WAL file names as PostgreSQL and Barman write them: `TTTTTTTTLLLLLLLLSSSSSSSS` (timeline, log,
 * segment in hex), `TTTTTTTT.history`, `<segment>.partial`, `<segment>.XXXXXXXX.backup`, each
 * optionally with a compression suffix.
 */

export const DEFAULT_WAL_SEGMENT_SIZE = 16 * 1024 * 1024;

export const COMPRESSION_SUFFIXES = ['gz', 'bz2', 'snappy', 'zst', 'lz4', 'xz'] as const;
export type WalCompression = (typeof COMPRESSION_SUFFIXES)[number];

export type WalFileKind = 'segment' | 'partial' | 'backup-label' | 'history';

export interface WalFile {
  /** The name without compression suffix. */
  name: string;
  kind: WalFileKind;
  timeline: number;
  /** Absolute segment number (log × segments per log + segment); absent for history files. */
  segment?: number;
  compression?: WalCompression;
}

const SEGMENT_RE = /^([0-9A-F]{8})([0-9A-F]{8})([0-9A-F]{8})$/;
const FILE_RE = /^([0-9A-F]{8})(?:([0-9A-F]{16})(\.partial|\.[0-9A-F]{8}\.backup)?|(\.history))(?:\.(gz|bz2|snappy|zst|lz4|xz))?$/;

/** Segments in one 4 GiB log file: 256 for 16 MiB segments. */
export function segmentsPerLog(segmentSize = DEFAULT_WAL_SEGMENT_SIZE): number {
  if (!Number.isInteger(segmentSize) || segmentSize <= 0 || 0x100000000 % segmentSize !== 0) {
    throw new RangeError(`invalid WAL segment size ${segmentSize}: it must be a power of two between 1 MiB and 1 GiB`);
  }
  return 0x100000000 / segmentSize;
}

/** Parses a 24-hex segment name. */
export function parseSegmentName(name: string, segmentSize = DEFAULT_WAL_SEGMENT_SIZE): { timeline: number; segment: number } | undefined {
  const m = SEGMENT_RE.exec(name);
  if (!m) return undefined;
  const per = segmentsPerLog(segmentSize);
  const log = parseInt(m[2]!, 16);
  const seg = parseInt(m[3]!, 16);
  if (seg >= per) return undefined;
  return { timeline: parseInt(m[1]!, 16), segment: log * per + seg };
}

const hex8 = (n: number): string => n.toString(16).toUpperCase().padStart(8, '0');

/** The 24-hex name of an absolute segment number on a timeline. */
export function segmentName(timeline: number, segment: number, segmentSize = DEFAULT_WAL_SEGMENT_SIZE): string {
  const per = segmentsPerLog(segmentSize);
  return hex8(timeline) + hex8(Math.floor(segment / per)) + hex8(segment % per);
}

/** Classifies an archived WAL file name (the last part of its key). Undefined for anything else. */
export function parseWalFile(fileName: string, segmentSize = DEFAULT_WAL_SEGMENT_SIZE): WalFile | undefined {
  const m = FILE_RE.exec(fileName);
  if (!m) return undefined;
  const timeline = parseInt(m[1]!, 16);
  const compression = m[5] as WalCompression | undefined;
  let out: WalFile;
  if (m[4]) {
    out = { name: `${m[1]}.history`, kind: 'history', timeline };
  } else {
    const seg = parseSegmentName(m[1]! + m[2]!, segmentSize);
    if (!seg) return undefined;
    const kind: WalFileKind = m[3] === '.partial' ? 'partial' : m[3] ? 'backup-label' : 'segment';
    out = { name: m[1]! + m[2]! + (m[3] ?? ''), kind, timeline, segment: seg.segment };
  }
  if (compression) out.compression = compression;
  return out;
}

/** `X/Y` LSN to a bigint byte position. */
export function parseLSN(lsn: string): bigint | undefined {
  const m = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(lsn.trim());
  if (!m) return undefined;
  return (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`);
}

export function formatLSN(pos: bigint): string {
  return `${(pos >> 32n).toString(16).toUpperCase()}/${(pos & 0xffffffffn).toString(16).toUpperCase()}`;
}

/** The absolute segment number holding an LSN. */
export function segmentOfLSN(lsn: bigint, segmentSize = DEFAULT_WAL_SEGMENT_SIZE): number {
  return Number(lsn / BigInt(segmentSize));
}

/** One line of a timeline history file: the parent timeline and where the child left it. */
export interface TimelineSwitch {
  parent: number;
  switchpoint: bigint;
  reason: string;
}

/** A `.history` file: for timeline N, the ordered list of ancestors and their switch points. */
export interface TimelineHistory {
  timeline: number;
  switches: TimelineSwitch[];
}

/** Parses the text of `TTTTTTTT.history` (lines `parentTLI<TAB>X/Y<TAB>reason`). */
export function parseTimelineHistory(timeline: number, text: string): TimelineHistory {
  const switches: TimelineSwitch[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(\d+)\s+([0-9A-Fa-f]+\/[0-9A-Fa-f]+)\s*(.*)$/.exec(line);
    if (!m) continue;
    switches.push({ parent: Number(m[1]), switchpoint: parseLSN(m[2]!)!, reason: m[3] ?? '' });
  }
  return { timeline, switches };
}

import { parseLSN, parseSegmentName, segmentName, segmentOfLSN } from '../archive/wal.js';

/** What the server log of a recovering copy says about how far recovery went. */
export interface RecoveryLog {
  /** WAL segments restored from the archive, in order (history files excluded). */
  restored: string[];
  /** The `recovery stopping …` line, when a target stopped it. */
  stopping?: { text: string; time?: string; lsn?: string };
  consistentAt?: string;
  /** LSN of the last record replayed ("redo done at"). */
  redoDoneAt?: string;
  /** Commit time of the last transaction replayed ("last completed transaction was at log time"). */
  lastTransactionAt?: string;
  /** "recovery ended before configured recovery target was reached". */
  endedBeforeTarget: boolean;
  /** The new timeline selected at promotion. */
  newTimeline?: number;
  /** "database system is ready to accept connections". */
  ready: boolean;
  /** A segment the log names as missing or unreadable. */
  missing?: string;
  /** FATAL and PANIC messages, in order (the prefix removed). */
  fatal: string[];
}

/** `2026-11-25 05:44:10.123456+00` (as PostgreSQL prints times in UTC) to ISO 8601. */
export function pgTime(s: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d+))?\s*(?:(UTC|GMT|Z)|([+-]\d{2})(?::?(\d{2}))?)?$/.exec(s.trim());
  if (!m) return undefined;
  const ms = (m[3] ?? '').padEnd(3, '0').slice(0, 3);
  const tz = m[5] ? `${m[5]}:${m[6] ?? '00'}` : 'Z';
  const d = new Date(`${m[1]}T${m[2]}.${ms}${tz}`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

const SEGMENT = /\b([0-9A-F]{24})\b/;

/** Reads a server log written with lc_messages = 'C'. */
export function parseRecoveryLog(text: string): RecoveryLog {
  const out: RecoveryLog = { restored: [], endedBeforeTarget: false, ready: false, fatal: [] };
  for (const line of text.split('\n')) {
    let m: RegExpExecArray | null;
    if ((m = /restored log file "([0-9A-F]{24})" from archive/.exec(line))) {
      out.restored.push(m[1]!);
    } else if ((m = /(recovery stopping (?:before|after) .*)$/.exec(line))) {
      const stop: NonNullable<RecoveryLog['stopping']> = { text: m[1]!.trim() };
      const t = /, time (.+)$/.exec(stop.text);
      if (t) {
        const iso = pgTime(t[1]!);
        if (iso) stop.time = iso;
      }
      const l = /\(LSN\) "([0-9A-F]+\/[0-9A-F]+)"/.exec(stop.text);
      if (l) stop.lsn = l[1]!;
      out.stopping = stop;
    } else if ((m = /consistent recovery state reached at ([0-9A-F]+\/[0-9A-F]+)/.exec(line))) {
      out.consistentAt = m[1]!;
    } else if ((m = /redo done at ([0-9A-F]+\/[0-9A-F]+)/.exec(line))) {
      out.redoDoneAt = m[1]!;
    } else if ((m = /last completed transaction was at log time (.+)$/.exec(line))) {
      const iso = pgTime(m[1]!);
      if (iso) out.lastTransactionAt = iso;
    } else if ((m = /selected new timeline ID: (\d+)/.exec(line))) {
      out.newTimeline = Number(m[1]);
    } else if (/database system is ready to accept (read-only )?connections/.test(line)) {
      out.ready = true;
    }
    if (/recovery ended before configured recovery target was reached/.test(line)) out.endedBeforeTarget = true;
    if ((m = /\b(FATAL|PANIC):\s+(.*)$/.exec(line))) out.fatal.push(m[2]!.trim());
    // barman-cloud-wal-restore and PostgreSQL itself name a segment they could not get.
    if (!out.missing && /(does not exist|not found|could not (?:open|read|restore)|has already been removed|invalid|unexpected pageaddr|incorrect prev-link)/i.test(line) && !/\.history\b/.test(line)) {
      const s = SEGMENT.exec(line);
      if (s) out.missing = s[1]!;
    }
  }
  return out;
}

/** The segment after `name` on the same timeline. */
export function nextSegment(name: string, segmentSize?: number): string | undefined {
  const p = parseSegmentName(name, segmentSize);
  return p ? segmentName(p.timeline, p.segment + 1, segmentSize) : undefined;
}

/** The segment holding an LSN on a timeline. */
export function segmentAt(lsn: string, timeline: number, segmentSize?: number): string | undefined {
  const pos = parseLSN(lsn);
  return pos === undefined ? undefined : segmentName(timeline, segmentOfLSN(pos, segmentSize), segmentSize);
}

/** Where recovery stopped, in words, from the log (and the archive's list of missing segments). */
export function whereRecoveryStopped(log: RecoveryLog, missingInArchive: readonly string[] = [], segmentSize?: number): { text: string; lastSegment?: string; missing?: string } {
  const last = log.restored[log.restored.length - 1];
  let missing = log.missing;
  if (!missing && last) {
    const next = nextSegment(last, segmentSize);
    if (next && (missingInArchive.includes(next) || log.endedBeforeTarget)) missing = next;
  }
  const parts: string[] = [];
  if (log.redoDoneAt) parts.push(`recovery replayed WAL up to ${log.redoDoneAt}`);
  else if (log.consistentAt) parts.push(`recovery reached a consistent state at ${log.consistentAt}`);
  else parts.push(log.restored.length > 0 ? 'recovery did not finish replaying' : 'recovery restored no WAL segment from the archive');
  if (last) parts.push(`the last segment restored from the archive was ${last}`);
  if (missing) {
    parts.push(missingInArchive.includes(missing)
      ? `the next one, ${missing}, is missing from the archive`
      : `the next one, ${missing}, could not be restored`);
  }
  const out: { text: string; lastSegment?: string; missing?: string } = { text: parts.join('; ') };
  if (last) out.lastSegment = last;
  if (missing) out.missing = missing;
  return out;
}

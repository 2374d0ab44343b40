import { DEFAULT_WAL_SEGMENT_SIZE, parseLSN, parseSegmentName } from './wal.js';

/** What a barman `backup.info` says about one base backup (barman 2.x and 3.x). */
export interface BackupInfo {
  /** Every key as written, `None` kept as the string. */
  raw: Record<string, string>;
  backupId?: string;
  backupName?: string;
  /** DONE, FAILED, STARTED, WAITING_FOR_WALS, EMPTY, … */
  status?: string;
  /** ISO 8601 in UTC. */
  beginTime?: string;
  endTime?: string;
  beginWal?: string;
  endWal?: string;
  beginXlog?: string;
  endXlog?: string;
  timeline?: number;
  /** PostgreSQL server_version_num, e.g. 150004. */
  version?: number;
  /** Major of `version`: 15 for 150004, 9.6 for 90624. */
  pgMajor?: number;
  /** Bytes. */
  size?: number;
  compression?: string;
  systemid?: string;
  /** WAL segment size in bytes (16 MiB unless set otherwise at initdb). */
  walSegmentSize: number;
  error?: string;
}

export class BackupInfoError extends Error {}

function unquote(v: string): string {
  if (v.length >= 2 && ((v.startsWith("'") && v.endsWith("'")) || (v.startsWith('"') && v.endsWith('"')))) return v.slice(1, -1);
  return v;
}

const present = (v: string | undefined): v is string => v !== undefined && v !== '' && v !== 'None';

/** `2024-05-06 10:11:12.345678+00:00` (or with `T`) to ISO 8601 UTC; undefined when unreadable. */
export function parseBarmanTime(value: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d+))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(value.trim());
  if (!m) return undefined;
  const ms = (m[3] ?? '').padEnd(3, '0').slice(0, 3);
  let tz = m[4] ?? 'Z';
  if (/^[+-]\d{2}$/.test(tz)) tz += ':00';
  else if (/^[+-]\d{4}$/.test(tz)) tz = `${tz.slice(0, 3)}:${tz.slice(3)}`;
  const d = new Date(`${m[1]}T${m[2]}.${ms}${tz}`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** PostgreSQL major of a server_version_num. */
export function pgMajorOf(version: number): number {
  if (version >= 100000) return Math.floor(version / 10000);
  return Math.floor(version / 10000) + (Math.floor(version / 100) % 100) / 10;
}

function int(v: string | undefined): number | undefined {
  if (!present(v) || !/^\d+$/.test(v)) return undefined;
  return Number(v);
}

/**
 * Parses the text of a backup.info. Never throws: a file that is not a backup.info comes back
 * with `error` set, so the caller reports that backup and goes on.
 */
export function parseBackupInfo(text: string): BackupInfo {
  const raw: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim();
    if (!/^[a-z_][a-z0-9_]*$/.test(key)) continue;
    raw[key] = unquote(line.slice(eq + 1).trim());
  }
  const info: BackupInfo = { raw, walSegmentSize: DEFAULT_WAL_SEGMENT_SIZE };
  const problems: string[] = [];
  if (present(raw.backup_id)) info.backupId = raw.backup_id;
  if (present(raw.backup_name)) info.backupName = raw.backup_name;
  if (present(raw.status)) info.status = raw.status;
  else problems.push('no status');
  const seg = int(raw.xlog_segment_size);
  if (seg !== undefined) {
    if (seg > 0 && 0x100000000 % seg === 0) info.walSegmentSize = seg;
    else problems.push(`xlog_segment_size ${seg} is not a valid WAL segment size`);
  }
  for (const [key, field] of [['begin_time', 'beginTime'], ['end_time', 'endTime']] as const) {
    const v = raw[key];
    if (!present(v)) continue;
    const t = parseBarmanTime(v);
    if (t) info[field] = t;
    else problems.push(`${key} "${v}" is not a time`);
  }
  for (const [key, field] of [['begin_wal', 'beginWal'], ['end_wal', 'endWal']] as const) {
    const v = raw[key];
    if (!present(v)) continue;
    if (parseSegmentName(v, info.walSegmentSize)) info[field] = v;
    else problems.push(`${key} "${v}" is not a WAL segment name`);
  }
  for (const [key, field] of [['begin_xlog', 'beginXlog'], ['end_xlog', 'endXlog']] as const) {
    const v = raw[key];
    if (present(v) && parseLSN(v) !== undefined) info[field] = v;
  }
  const tl = int(raw.timeline);
  if (tl !== undefined) info.timeline = tl;
  else if (info.beginWal) info.timeline = parseInt(info.beginWal.slice(0, 8), 16);
  const version = int(raw.version);
  if (version !== undefined) {
    info.version = version;
    info.pgMajor = pgMajorOf(version);
  }
  const size = int(raw.size) ?? int(raw.deduplicated_size);
  if (size !== undefined) info.size = size;
  if (present(raw.compression)) info.compression = raw.compression;
  if (present(raw.systemid)) info.systemid = raw.systemid;
  if (Object.keys(raw).length === 0) problems.unshift('not a backup.info (no key=value lines)');
  if (info.status === 'DONE') {
    for (const [k, v] of [['begin_wal', info.beginWal], ['end_wal', info.endWal], ['end_time', info.endTime], ['version', info.version]] as const) {
      if (v === undefined && !problems.some((p) => p.startsWith(k))) problems.push(`no ${k}`);
    }
  }
  if (problems.length > 0) info.error = problems.join('; ');
  return info;
}

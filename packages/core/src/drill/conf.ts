import type { ArchiveLocation } from '../cnpg/archive.js';
import { drillTargetKind, type DrillTarget } from './target.js';

/** A word for /bin/sh: single-quoted unless it is plainly safe. */
export function shellQuote(s: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A string value of postgresql.conf: single-quoted, quotes doubled, backslashes escaped. */
export function confQuote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The restore_command: barman-cloud-wal-restore reading the archive (it only reads). */
export function walRestoreCommand(walRestore: string, location: Pick<ArchiveLocation, 'destinationPath' | 'serverName'>, endpoint?: string): string {
  const words = [walRestore, ...(endpoint ? ['--endpoint-url', endpoint] : []), location.destinationPath, location.serverName];
  return `${words.map(shellQuote).join(' ')} %f %p`;
}

/**
 * A recovery_target_time PostgreSQL reads while it loads its configuration: time zone
 * abbreviations (`Z`) are not known yet then, so `Z` becomes `+00`; `T` becomes a space.
 */
export function pgTargetTime(time: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2}(?:\.\d+)?)\s*([Zz]|[+-]\d{2}(?::?\d{2})?)$/.exec(time.trim());
  if (!m) return time;
  return `${m[1]} ${m[2]}${/^z$/i.test(m[3]!) ? '+00' : m[3]}`;
}

/** Settings pg_controldata reports that a recovering server must match or exceed. */
export interface ControlSettings {
  max_connections?: number;
  max_worker_processes?: number;
  max_wal_senders?: number;
  max_prepared_transactions?: number;
  max_locks_per_transaction?: number;
}

export interface ControlData {
  settings: ControlSettings;
  /** "Data page checksum version": 0 when off. */
  checksumVersion?: number;
  systemIdentifier?: string;
}

const CONTROL_KEYS: [RegExp, keyof ControlSettings][] = [
  [/^max_connections setting:\s*(\d+)/, 'max_connections'],
  [/^max_worker_processes setting:\s*(\d+)/, 'max_worker_processes'],
  [/^max_wal_senders setting:\s*(\d+)/, 'max_wal_senders'],
  [/^max_prepared_xacts setting:\s*(\d+)/, 'max_prepared_transactions'],
  [/^max_locks_per_xact setting:\s*(\d+)/, 'max_locks_per_transaction'],
];

/** Reads the output of pg_controldata (run with LC_ALL=C). */
export function parseControlData(text: string): ControlData {
  const out: ControlData = { settings: {} };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    for (const [re, key] of CONTROL_KEYS) {
      const m = re.exec(line);
      if (m) out.settings[key] = Number(m[1]);
    }
    const cs = /^Data page checksum version:\s*(\d+)/.exec(line);
    if (cs) out.checksumVersion = Number(cs[1]);
    const id = /^Database system identifier:\s*(\d+)/.exec(line);
    if (id) out.systemIdentifier = id[1]!;
  }
  return out;
}

export interface DrillConfOptions {
  target: DrillTarget;
  restoreCommand: string;
  /** Folder of the Unix socket (the private temporary folder). */
  socketDir: string;
  port: number;
  control?: ControlSettings;
  /** Where the archive is, for the header comment. */
  source: string;
}

/**
 * The postgresql.auto.conf of the restored copy: recovery from the archive to the target, then
 * promotion; no archiving, no TCP, no SSL, nothing preloaded that this machine may lack. It
 * replaces the backup's own file, which is read last and would otherwise win.
 */
export function drillAutoConf(o: DrillConfOptions): string[] {
  const lines = [
    `# Written by kubectl cnpg-site drill: a private copy restored from ${o.source.replace(/\n/g, ' ')}.`,
    '# It reads the archive (restore_command) and never writes to it (archive_mode = off).',
    `archive_mode = off`,
    `archive_command = ''`,
    `listen_addresses = ''`,
    `port = ${o.port}`,
    `unix_socket_directories = ${confQuote(o.socketDir)}`,
    `unix_socket_permissions = 0700`,
    `ssl = off`,
    `shared_preload_libraries = ''`,
    `hot_standby = off`,
    `synchronous_standby_names = ''`,
    `primary_conninfo = ''`,
    `primary_slot_name = ''`,
    `logging_collector = off`,
    `log_destination = 'stderr'`,
    `log_line_prefix = '%m [%p] '`,
    `log_timezone = 'UTC'`,
    `timezone = 'UTC'`,
    `lc_messages = 'C'`,
    `huge_pages = off`,
    `restore_command = ${confQuote(o.restoreCommand)}`,
    `recovery_target_timeline = 'latest'`,
  ];
  const kind = drillTargetKind(o.target);
  if (kind === 'time') lines.push(`recovery_target_time = ${confQuote(pgTargetTime(o.target.time!))}`);
  else if (kind === 'lsn') lines.push(`recovery_target_lsn = ${confQuote(o.target.lsn!)}`);
  else if (kind === 'immediate') lines.push(`recovery_target = 'immediate'`);
  if (kind !== 'latest') lines.push(`recovery_target_action = 'promote'`);
  // Below the primary's values, replay of some records (prepared transactions, locks) fails.
  const defaults: Required<ControlSettings> = { max_connections: 100, max_worker_processes: 8, max_wal_senders: 10, max_prepared_transactions: 0, max_locks_per_transaction: 64 };
  for (const key of Object.keys(defaults) as (keyof ControlSettings)[]) {
    const v = Math.max(defaults[key], o.control?.[key] ?? 0);
    lines.push(`${key} = ${v}`);
  }
  return lines;
}

/** pg_hba.conf of the copy: only the Unix socket, in a folder only its owner can enter. */
export const DRILL_HBA = '# Written by kubectl cnpg-site drill: Unix socket only (the socket folder is mode 0700).\nlocal all all trust\n';

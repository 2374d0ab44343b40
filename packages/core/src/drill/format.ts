import { printable } from '../format/terminal.js';
import type { DrillReport } from './report.js';

/** `1.2 s`, `3 min 4 s`, `2 h 5 min`. */
export function seconds(s: number | undefined): string {
  if (s === undefined) return '-';
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${Math.round(s - m * 60)} s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h ${m - h * 60} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

export function bytes(n: number | undefined): string {
  if (n === undefined) return '-';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${n} B` : `${v.toFixed(1)} ${units[i]}`;
}

/** The `drill -o json` document. */
export function drillJson(r: DrillReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

function pad(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd());
}

/** What an engineer reads: the verdict first, then what was restored and how far, then every check. */
export function drillText(r: DrillReport): string {
  const l: string[] = [];
  l.push(`Restore drill of ${r.archive.url}${r.archive.endpoint ? ` (endpoint ${r.archive.endpoint})` : ''}`);
  l.push('');
  if (r.ok) l.push('PASSED: the copy opened at the target and every check passed.');
  else if (r.outcome === 'not-run') l.push('FAILED: the drill could not run; the archive cannot give what it needs (see the failed checks).');
  else if (r.outcome === 'failed') l.push(`FAILED: the copy did not open${r.recovery.stoppedAt ? `: ${r.recovery.stoppedAt}` : ''}.`);
  else if (!r.reached) l.push('FAILED: the copy opened, but not at the target asked for (see target-reached).');
  else l.push(`FAILED: the copy opened at the target, but ${r.checks.filter((c) => !c.ok).map((c) => c.id).join(', ')} failed.`);
  l.push('');
  const rows: string[][] = [];
  if (r.backup) {
    const b = r.backup;
    rows.push(['Backup', `${b.id}${b.pgMajor !== undefined ? ` (PostgreSQL ${b.pgMajor})` : ''}, ended ${b.endTime ?? '?'}, WAL ${b.beginWal ?? '?'} .. ${b.endWal ?? '?'}`]);
  } else rows.push(['Backup', 'none chosen']);
  rows.push(['Target', r.target.description]);
  if (r.outcome !== 'not-run') {
    rows.push(['Reached', `${r.reached ? 'yes' : 'NO'}${r.recovery.stopLine ? `: ${r.recovery.stopLine}` : ''}`]);
    rows.push(['Stopped', r.recovery.stoppedAt ?? '-']);
    const age = r.dataAgeSeconds !== undefined ? `, ${seconds(r.dataAgeSeconds)} before the newest archived WAL (${r.archive.lastArchivedAt})` : r.archive.lastArchivedAt ? `; newest archived WAL ${r.archive.lastArchivedAt}` : '';
    rows.push(['Data as of', r.recovery.lastReplayedTransaction ? `${r.recovery.lastReplayedTransaction} (last transaction replayed)${age}` : `unknown (no transaction replayed)${age}`]);
    rows.push(['WAL', `${r.recovery.restoredWalCount} segment(s) restored${r.recovery.lastRestoredWal ? `, last ${r.recovery.lastRestoredWal}` : ''}${r.recovery.newTimeline !== undefined ? `; promoted to timeline ${r.recovery.newTimeline}` : ''}`]);
    const t = r.timings;
    rows.push(['Time', `restore ${seconds(t.restoreSeconds)}, WAL replay ${seconds(t.replaySeconds)}, total ${seconds(t.totalSeconds)}${t.checksSeconds !== undefined ? `; checks ${seconds(t.checksSeconds)}` : ''}`]);
    const s = r.sizes;
    rows.push(['Sizes', `backup ${bytes(s.backupBytes)}, restored folder ${bytes(s.restoredBytes)}, WAL restored ${bytes(s.walRestoredBytes)}, databases ${bytes(s.databasesBytes)}`]);
  }
  l.push(...pad(rows));
  if (r.databases.length > 0) {
    l.push('', `Databases (${r.databases.length}):`);
    for (const d of r.databases) {
      l.push(`  ${d.name}  ${bytes(d.sizeBytes)}, ${d.tableCount} table(s)${d.tableCount > d.tables.length ? ` (${d.tables.length} counted)` : ''}`);
      const trows = d.tables.map((t) => [`    ${t.schema}.${t.name}`, t.rows === null ? `- ${t.note ?? 'not counted'}` : `${t.rows} row(s)`]);
      if (trows.length > 0) l.push(...pad(trows));
    }
  }
  l.push('', 'Checks:');
  l.push(...pad(r.checks.map((c) => [`  ${c.ok ? 'ok' : 'FAILED'}`, c.id, c.message])));
  for (const c of r.checks) {
    if (c.ok || !c.detail) continue;
    l.push('', `${c.id} output:`);
    for (const line of c.detail.trimEnd().split('\n')) l.push(`  | ${line}`);
  }
  for (const n of r.notes) l.push('', `note: ${n}`);
  if (r.kept) {
    const k = r.kept;
    l.push('', `Kept the restored copy in ${k.dir} (server stopped; remove the folder when done):`);
    l.push(`  start:  ${k.start}`, `  psql:   ${k.psql}`, `  stop:   ${k.stop}`);
  }
  return `${l.map((x) => printable(x)).join('\n')}\n`;
}

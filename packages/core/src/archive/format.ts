import type { Archive } from './model.js';

/** The `backups -o json` document. */
export function archiveJson(a: Archive): Record<string, unknown> {
  const location: Record<string, unknown> = { bucket: a.location.bucket, prefix: a.location.prefix, serverName: a.location.serverName };
  if (a.endpoint) location.endpoint = a.endpoint;
  return {
    location,
    backups: a.backups.map((b) => {
      const o: Record<string, unknown> = {
        id: b.id, status: b.status, beginTime: b.beginTime ?? null, endTime: b.endTime ?? null, beginWal: b.beginWal ?? null,
        endWal: b.endWal ?? null, timeline: b.timeline ?? null, pgMajor: b.pgMajor ?? null,
      };
      if (b.size !== undefined) o.size = b.size;
      if (b.error) o.error = b.error;
      return o;
    }),
    wal: {
      first: a.wal.first ?? null,
      last: a.wal.last ?? null,
      count: a.wal.count,
      timelines: a.wal.timelines.map((t) => t.id),
      gaps: a.wal.gaps.map((g) => ({ after: g.after, missing: g.missing })),
    },
    window: a.window ? { from: a.window.from, to: a.window.to } : null,
  };
}

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

/** Human-readable summary: backups, WAL per timeline, gaps, window. */
export function archiveTable(a: Archive): string {
  const out: string[] = [];
  out.push(`Archive ${`s3://${a.location.bucket}/${a.location.prefix}${a.location.serverName}/`}${a.endpoint ? ` (endpoint ${a.endpoint})` : ''}`);
  if (a.empty) {
    out.push('', 'The archive is empty: no base backup and no WAL under this server name.');
    return `${out.join('\n')}\n`;
  }
  out.push('');
  if (a.backups.length === 0) out.push('No base backups.');
  else {
    const rows = [['BACKUP ID', 'STATUS', 'END TIME', 'BEGIN WAL', 'END WAL', 'TL', 'PG', 'RESTORABLE']];
    for (const b of a.backups) {
      const why = b.error ? `no: ${b.error}` : b.status !== 'DONE' ? 'no' : b.restorable ? 'yes' : `no: ${b.missingWalCount} WAL segment(s) missing, first ${b.missingWal[0] ?? '?'}`;
      rows.push([b.id, b.status, b.endTime ?? '-', b.beginWal ?? '-', b.endWal ?? '-', String(b.timeline ?? '-'), String(b.pgMajor ?? '-'), why]);
    }
    out.push(pad(rows));
  }
  out.push('');
  out.push(`WAL: ${a.wal.count} segment(s)${a.wal.first ? `, ${a.wal.first} .. ${a.wal.last}` : ''}${a.wal.lastArchivedAt ? `, newest archived at ${a.wal.lastArchivedAt}` : ''}`);
  for (const t of a.wal.timelines) {
    out.push(`  timeline ${t.id}: ${t.count} segment(s)${t.first ? ` ${t.first} .. ${t.last}` : ''}${t.parent !== undefined ? ` (from timeline ${t.parent} at ${t.switchpoint})` : ''}`);
  }
  if (a.wal.gaps.length === 0) out.push('  no gaps');
  for (const g of a.wal.gaps) {
    out.push(`  gap after ${g.after}: ${g.missingCount} missing (${g.missing.slice(0, 3).join(', ')}${g.missingCount > 3 ? ', …' : ''})`);
  }
  out.push('');
  out.push(a.window ? `Recoverable from ${a.window.from} to ${a.window.to}.` : 'Not recoverable: no DONE base backup has continuous WAL to the newest segment.');
  for (const w of a.warnings) out.push(`warning: ${w}`);
  return `${out.join('\n')}\n`;
}

import type { Archive, RecoveryWindow } from './model.js';
import { archiveTimelineText, type TextPictureOptions } from './picture.js';

function windowJson(w: RecoveryWindow): Record<string, unknown> {
  const o: Record<string, unknown> = { from: w.from, to: w.to, fromWal: w.fromWal, toWal: w.toWal, timeline: w.timeline, backups: w.backups, endsAt: w.endsAt };
  if (w.gap) o.gap = w.gap;
  return o;
}

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
      o.restorable = b.restorable;
      if (b.restorableTo) o.restorableTo = b.restorableTo;
      if (b.window !== undefined) o.window = b.window;
      return o;
    }),
    wal: {
      first: a.wal.first ?? null,
      last: a.wal.last ?? null,
      count: a.wal.count,
      timelines: a.wal.timelines.map((t) => t.id),
      gaps: a.wal.gaps.map((g) => ({ after: g.after, missing: g.missing })),
    },
    windows: a.windows.map(windowJson),
    window: a.window ? { from: a.window.from, to: a.window.to } : null,
    health: { ok: a.health.ok, ...(a.health.problem ? { problem: a.health.problem } : {}), message: a.health.message, ...(a.health.newestWal ? { newestWal: a.health.newestWal } : {}) },
    ...(a.siblings ? { serverNames: a.siblings } : {}),
  };
}

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

/** Human-readable summary: backups, WAL per timeline, gaps, windows, the verdict, and a picture when `picture` is given. */
export function archiveTable(a: Archive, picture?: TextPictureOptions): string {
  const out: string[] = [];
  out.push(`Archive ${`s3://${a.location.bucket}/${a.location.prefix}${a.location.serverName}/`}${a.endpoint ? ` (endpoint ${a.endpoint})` : ''}`);
  if (a.empty) {
    out.push('', `Not recoverable: ${a.health.message}`);
    return `${out.join('\n')}\n`;
  }
  out.push('');
  if (a.backups.length === 0) out.push('No base backups.');
  else {
    const rows = [['BACKUP ID', 'STATUS', 'END TIME', 'BEGIN WAL', 'END WAL', 'TL', 'PG', 'RESTORABLE']];
    for (const b of a.backups) {
      let why: string;
      if (b.error) why = `no: ${b.error}`;
      else if (b.status !== 'DONE') why = 'no';
      else if (!b.restorable) why = `no: WAL it needs to become consistent is missing (${b.missingWal[0] ?? '?'})`;
      else why = `yes, to ${b.restorableTo ?? '?'}${b.gap ? ` (gap at ${b.gap.first})` : ''}${b.window !== undefined && a.windows.length > 1 ? ` [window ${b.window + 1}]` : ''}`;
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
  if (a.windows.length > 0) {
    out.push(a.windows.length === 1 ? 'Recovery window:' : `Recovery windows (${a.windows.length}):`);
    a.windows.forEach((w, i) => {
      const end = w.endsAt === 'gap' ? `ends at a gap: ${w.gap!.first} missing${w.gap!.count > 1 ? ` (+${w.gap!.count - 1})` : ''}` : w.endsAt === 'newest' ? 'reaches the newest WAL' : `ends with timeline ${w.timeline}`;
      out.push(`  ${i + 1}  ${w.from} .. ${w.to}  (${w.fromWal} .. ${w.toWal}) from ${w.backups.length === 1 ? `backup ${w.backups[0]}` : `backups ${w.backups.join(', ')}`}; ${end}`);
    });
    out.push('');
  }
  out.push(a.health.ok ? `Recoverable: ${a.health.message}` : `Not recoverable to the newest WAL: ${a.health.message}`);
  for (const w of a.warnings) out.push(`warning: ${w}`);
  let text = `${out.join('\n')}\n`;
  if (picture) {
    const pic = archiveTimelineText(a, picture);
    if (pic) text += `\n${pic}`;
  }
  return text;
}

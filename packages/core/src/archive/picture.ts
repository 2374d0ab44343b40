import type { Archive } from './model.js';
import { segmentName } from './wal.js';

/** What the picture of an archive shows, in time (milliseconds), before any drawing. */
export interface ArchivePicture {
  start: number;
  end: number;
  backups: { id: string; at: number; status: string; restorable: boolean; window?: number }[];
  /** WAL per timeline: stretches archived without a gap, and the gaps between them. */
  timelines: { id: number; runs: { from: number; to: number; first: string; last: string; count: number }[]; gaps: { from: number; to: number; first: string; count: number }[] }[];
  /** Recovery windows, numbered from 1. */
  windows: { n: number; from: number; to: number; endsAt: string; backups: string[] }[];
}

/** Lays the archive out on a time axis. Pure; undefined when there is nothing with a time to show. */
export function archivePicture(a: Archive): ArchivePicture | undefined {
  const times: number[] = [];
  const backups: ArchivePicture['backups'] = [];
  for (const b of a.backups) {
    const t = b.endTime ?? b.beginTime;
    if (!t) continue;
    const at = Date.parse(t);
    times.push(at);
    const mark: ArchivePicture['backups'][number] = { id: b.id, at, status: b.status, restorable: b.restorable };
    if (b.window !== undefined) mark.window = b.window + 1;
    backups.push(mark);
  }
  const timelines: ArchivePicture['timelines'] = [];
  for (const [tl, segs] of [...a.index.segments.entries()].sort((x, y) => x[0] - y[0])) {
    const sorted = [...segs.entries()].filter((e): e is [number, number] => e[1] !== undefined).sort((x, y) => x[0] - y[0]);
    if (sorted.length === 0) continue;
    const runs: ArchivePicture['timelines'][number]['runs'] = [];
    const gaps: ArchivePicture['timelines'][number]['gaps'] = [];
    let runStart = 0;
    const name = (s: number): string => segmentName(tl, s, a.index.segmentSize);
    for (let i = 1; i <= sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i];
      if (cur && cur[0] === prev[0] + 1) continue;
      const first = sorted[runStart]!;
      // Segment times are archive times and need not be monotonic; a run spans its extremes.
      let lo = first[1];
      let hi = first[1];
      for (let j = runStart; j < i; j++) {
        lo = Math.min(lo, sorted[j]![1]);
        hi = Math.max(hi, sorted[j]![1]);
      }
      runs.push({ from: lo, to: hi, first: name(first[0]), last: name(prev[0]), count: i - runStart });
      if (cur) gaps.push({ from: hi, to: Math.max(hi, cur[1]), first: name(prev[0] + 1), count: cur[0] - prev[0] - 1 });
      runStart = i;
    }
    for (const r of runs) times.push(r.from, r.to);
    timelines.push({ id: tl, runs, gaps });
  }
  const windows = a.windows.map((w, i) => ({ n: i + 1, from: Date.parse(w.from), to: Date.parse(w.to), endsAt: w.endsAt, backups: w.backups }));
  for (const w of windows) times.push(w.from, w.to);
  if (times.length === 0) return undefined;
  let start = Math.min(...times);
  let end = Math.max(...times);
  if (end - start < 60_000) {
    start -= 30_000;
    end = start + 60_000;
  }
  return { start, end, backups, timelines, windows };
}

/** `2026-01-01 00:02Z`; the date is left out when `sameDayAs` shares it. */
function stamp(ms: number, sameDayAs?: number): string {
  const iso = new Date(ms).toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 16);
  if (sameDayAs !== undefined && new Date(sameDayAs).toISOString().slice(0, 10) === day) return `${time}Z`;
  return `${day} ${time}Z`;
}

export interface TextPictureOptions {
  /** Total width in columns. Default 80. */
  width?: number;
  /** ANSI colours and box-drawing characters (a terminal); plain ASCII otherwise. */
  color?: boolean;
}

const LABEL = 12;

/** The archive as lines of text: time axis, backups, WAL per timeline with gaps, windows, legend. */
export function archiveTimelineText(a: Archive, opts: TextPictureOptions = {}): string {
  const p = archivePicture(a);
  if (!p) return '';
  const width = Math.max(LABEL + 24, Math.min(opts.width ?? 80, 200));
  const w = width - LABEL;
  const c = opts.color === true;
  const paint = (code: string, s: string): string => (c ? `\x1b[${code}m${s}\x1b[0m` : s);
  const col = (t: number): number => Math.max(0, Math.min(w - 1, Math.round(((t - p.start) / (p.end - p.start)) * (w - 1))));
  const ch = c
    ? { axis: '─', tick: '┼', left: '├', right: '┤', backup: '▲', bad: '✕', wal: '█', gap: '▒', wl: '└', wr: '┘', wm: '─', one: '│' }
    : { axis: '-', tick: '+', left: '|', right: '|', backup: '^', bad: 'x', wal: '=', gap: '!', wl: '[', wr: ']', wm: '-', one: '|' };
  /** A row of cells, each a character with an optional colour. */
  const row = (): { ch: string; code?: string }[] => Array.from({ length: w }, () => ({ ch: ' ' }));
  const emit = (label: string, cells: { ch: string; code?: string }[]): string => {
    let out = label.padEnd(LABEL);
    let run = '';
    let code: string | undefined;
    const flush = (): void => {
      if (run) out += code ? paint(code, run) : run;
      run = '';
    };
    for (const cell of cells) {
      if (cell.code !== code) {
        flush();
        code = cell.code;
      }
      run += cell.ch;
    }
    flush();
    return out.trimEnd();
  };
  const lines: string[] = [];
  const startLabel = stamp(p.start);
  const endLabel = stamp(p.end, p.start);
  lines.push(`${' '.repeat(LABEL)}${startLabel}${' '.repeat(Math.max(1, w - startLabel.length - endLabel.length))}${endLabel}`);
  const ticks = new Set([1, 2, 3].map((k) => Math.round((k * (w - 1)) / 4)));
  const axis = row().map((_, i) => ({ ch: i === 0 ? ch.left : i === w - 1 ? ch.right : ticks.has(i) ? ch.tick : ch.axis }));
  lines.push(emit('', axis));

  const marks = row();
  for (const b of p.backups) {
    const i = col(b.at);
    const bad = !b.restorable;
    // A good mark never hides behind a bad one in the same column, nor the other way round: bad wins, it needs attention.
    if (marks[i]!.ch === ch.bad) continue;
    marks[i] = bad ? { ch: ch.bad, code: '31;1' } : { ch: ch.backup, code: '36;1' };
  }
  lines.push(emit('backups', marks));

  for (const tl of p.timelines) {
    const cells = row();
    for (const r of tl.runs) for (let i = col(r.from); i <= col(r.to); i++) cells[i] = { ch: ch.wal, code: '32' };
    for (const g of tl.gaps) {
      const a0 = col(g.from);
      const b0 = col(g.to);
      // At least one column, even for a single segment among thousands.
      const from = b0 - a0 >= 2 ? a0 + 1 : b0;
      const to = b0 - a0 >= 2 ? b0 - 1 : b0;
      for (let i = from; i <= to; i++) cells[i] = { ch: ch.gap, code: '31;1' };
    }
    lines.push(emit(p.timelines.length > 1 ? `WAL tl ${tl.id}` : 'WAL', cells));
  }

  if (p.windows.length > 0) {
    const cells = row();
    for (const win of p.windows) {
      const a0 = col(win.from);
      const b0 = col(win.to);
      const code = '33;1';
      if (b0 <= a0) {
        cells[a0] = { ch: String(win.n).slice(-1), code };
        continue;
      }
      for (let i = a0; i <= b0; i++) cells[i] = { ch: ch.wm, code };
      cells[a0] = { ch: ch.wl, code };
      cells[b0] = { ch: ch.wr, code };
      const label = String(win.n);
      if (b0 - a0 >= label.length + 1) for (let k = 0; k < label.length; k++) cells[a0 + 1 + k] = { ch: label[k]!, code };
    }
    lines.push(emit('windows', cells));
  }
  const legend = [
    `${paint('36;1', ch.backup)} base backup`,
    `${paint('31;1', ch.bad)} not restorable`,
    `${paint('32', ch.wal)} WAL archived`,
    `${paint('31;1', ch.gap)} WAL missing`,
    `${paint('33;1', `${ch.wl}1${ch.wr}`)} recovery window`,
  ];
  lines.push('', `${' '.repeat(LABEL)}${legend.join('   ')}`);
  return `${lines.join('\n')}\n`;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The same picture as a standalone SVG document: one `g.backup` per base backup. */
export function archiveSvg(a: Archive): string {
  const where = `s3://${a.location.bucket}/${a.location.prefix}${a.location.serverName}/`;
  const p = archivePicture(a);
  const W = 960;
  const left = 110;
  const right = 30;
  const plot = W - left - right;
  const x = (t: number): number => (p ? left + ((t - p.start) / (p.end - p.start)) * plot : left);
  const f = (n: number): string => (Math.round(n * 10) / 10).toString();
  const out: string[] = [];
  let y = 56;
  const body: string[] = [];
  if (!p) {
    body.push(`<text x="${left}" y="${y}" class="note">${esc(a.empty ? 'The archive is empty.' : 'Nothing with a time to show.')}</text>`);
    y += 30;
  } else {
    // Axis with five ticks.
    body.push(`<line class="axis" x1="${left}" y1="${y}" x2="${left + plot}" y2="${y}"/>`);
    for (let i = 0; i <= 4; i++) {
      const t = p.start + ((p.end - p.start) * i) / 4;
      const xx = x(t);
      body.push(`<line class="axis" x1="${f(xx)}" y1="${y - 4}" x2="${f(xx)}" y2="${y + 4}"/>`);
      body.push(`<text class="tick" x="${f(xx)}" y="${y - 10}" text-anchor="${i === 0 ? 'start' : i === 4 ? 'end' : 'middle'}">${esc(stamp(t, i === 0 ? undefined : p.start))}</text>`);
    }
    y += 34;
    body.push(`<text class="label" x="10" y="${y + 5}">base backups</text>`);
    for (const b of p.backups) {
      const xx = x(b.at);
      const cls = b.restorable ? 'backup' : 'backup bad';
      const tip = `${b.id} ${b.status}${b.restorable ? `, restores into window ${b.window ?? '?'}` : ', not restorable'} (ends ${new Date(b.at).toISOString()})`;
      body.push(`<g class="${cls}" data-id="${esc(b.id)}"><title>${esc(tip)}</title><path d="M${f(xx)} ${y - 8} L${f(xx + 7)} ${y + 6} L${f(xx - 7)} ${y + 6} Z"/></g>`);
    }
    y += 30;
    for (const tl of p.timelines) {
      body.push(`<text class="label" x="10" y="${y + 5}">${esc(p.timelines.length > 1 ? `WAL timeline ${tl.id}` : 'WAL')}</text>`);
      for (const r of tl.runs) {
        body.push(`<rect class="wal" x="${f(x(r.from))}" y="${y - 7}" width="${f(Math.max(2, x(r.to) - x(r.from)))}" height="14"><title>${esc(`${r.count} segment(s) ${r.first} .. ${r.last}`)}</title></rect>`);
      }
      for (const g of tl.gaps) {
        const x0 = x(g.from);
        const wd = Math.max(4, x(g.to) - x0);
        body.push(`<rect class="gap" x="${f(Math.min(x0, left + plot - wd))}" y="${y - 10}" width="${f(wd)}" height="20"><title>${esc(`gap: ${g.count} segment(s) missing from ${g.first}`)}</title></rect>`);
      }
      y += 26;
    }
    if (p.windows.length > 0) {
      body.push(`<text class="label" x="10" y="${y + 5}">windows</text>`);
      for (const w of p.windows) {
        const x0 = x(w.from);
        const x1 = Math.max(x0 + 2, x(w.to));
        body.push(
          `<g class="window"><title>${esc(`window ${w.n}: ${new Date(w.from).toISOString()} .. ${new Date(w.to).toISOString()}, ends at ${w.endsAt === 'gap' ? 'a gap' : w.endsAt === 'newest' ? 'the newest WAL' : 'the end of its timeline'}; backups ${w.backups.join(', ')}`)}</title>` +
            `<path d="M${f(x0)} ${y - 6} L${f(x0)} ${y + 2} L${f(x1)} ${y + 2} L${f(x1)} ${y - 6}"/><text x="${f(x0 + 4)}" y="${y - 2}">${w.n}</text></g>`,
        );
      }
      y += 30;
    }
    // Legend.
    const items: [string, string][] = [
      [`<path class="backup" d="M0 -7 L6 5 L-6 5 Z"/>`, 'base backup'],
      [`<path class="backup bad" d="M0 -7 L6 5 L-6 5 Z"/>`, 'not restorable'],
      [`<rect class="wal" x="-6" y="-6" width="12" height="12"/>`, 'WAL archived'],
      [`<rect class="gap" x="-6" y="-6" width="12" height="12"/>`, 'WAL missing'],
      [`<path class="wline" d="M-6 -5 L-6 3 L6 3 L6 -5"/>`, 'recovery window'],
    ];
    items.forEach(([shape, text], i) => {
      const lx = left + i * 150;
      body.push(`<g class="legend" transform="translate(${lx} ${y})">${shape}<text x="12" y="4">${esc(text)}</text></g>`);
    });
    y += 20;
  }
  const H = y + 16;
  out.push(`<?xml version="1.0" encoding="UTF-8"?>`);
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`);
  out.push(`<title>${esc(`Barman archive ${where}`)}</title>`);
  out.push(
    `<style>.axis{stroke:#555;stroke-width:1}.tick{fill:#333}.label{fill:#222;font-weight:bold}.note{fill:#444}` +
      `.backup path,path.backup{fill:#1f77b4}.bad path,path.bad{fill:#d62728}.wal{fill:#2ca02c}.gap{fill:#d62728;opacity:.9}` +
      `.window path,.wline{fill:none;stroke:#b8860b;stroke-width:2}.window text{fill:#b8860b;font-weight:bold}.legend text{fill:#333}</style>`,
  );
  out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  out.push(`<text x="10" y="20" font-size="14" font-weight="bold">${esc(where)}</text>`);
  out.push(...body);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

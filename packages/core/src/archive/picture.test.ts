import { describe, expect, it } from 'vitest';
import fxp from 'fast-xml-parser';
import type { ArchiveLocation } from '../cnpg/archive.js';
import { analyzeArchive } from './analyze.js';
import { parseBackupInfo } from './backup-info.js';
import { archiveTable } from './format.js';
import type { ListedObject } from './model.js';
import { archivePicture, archiveSvg, archiveTimelineText } from './picture.js';
import { segmentName } from './wal.js';

const LOC: ArchiveLocation = { destinationPath: 's3://b/p/', bucket: 'b', prefix: 'p/', serverName: 'db<&>' };
const at = (minute: number): Date => new Date(Date.UTC(2026, 0, 1, 0, minute));
const info = (id: string, b: number, e: number, minute: number, status = 'DONE'): { id: string; info: ReturnType<typeof parseBackupInfo> } => ({
  id,
  info: parseBackupInfo([`status=${status}`, `begin_wal=${segmentName(1, b)}`, `end_wal=${segmentName(1, e)}`, `end_time=${at(minute).toISOString().replace('Z', '+00:00')}`, 'timeline=1', 'version=150004'].join('\n')),
});
function segs(from: number, to: number, skip: number[] = []): ListedObject[] {
  const out: ListedObject[] = [];
  for (let s = from; s <= to; s++) if (!skip.includes(s)) out.push({ key: `${segmentName(1, s).slice(0, 16)}/${segmentName(1, s)}`, lastModified: at(s) });
  return out;
}
const archive = analyzeArchive({
  location: LOC,
  backups: [info('A', 2, 3, 3), info('B', 40, 41, 41), info('C', 60, 61, 61, 'FAILED'), info('D', 70, 71, 71)],
  wal: segs(2, 99, [50]),
  histories: new Map(),
  objectCount: 100,
});

describe('the picture of an archive', () => {
  it('lays out backups, WAL runs, the gap and the windows in time', () => {
    const p = archivePicture(archive)!;
    expect(p.backups.map((b) => [b.id, b.restorable, b.window])).toEqual([['A', true, 1], ['B', true, 1], ['C', false, undefined], ['D', true, 2]]);
    expect(p.timelines).toHaveLength(1);
    expect(p.timelines[0]!.runs.map((r) => r.count)).toEqual([48, 49]);
    expect(p.timelines[0]!.gaps).toEqual([{ from: at(49).getTime(), to: at(51).getTime(), first: segmentName(1, 50), count: 1 }]);
    expect(p.windows.map((w) => [w.n, w.endsAt])).toEqual([[1, 'gap'], [2, 'newest']]);
  });

  it('draws it in plain characters at a given width, the gap visible', () => {
    const text = archiveTimelineText(archive, { width: 60 });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^ {12}2026-01-01 00:02Z +01:39Z$/);
    expect(lines.find((l) => l.startsWith('backups'))).toMatch(/^backups {5}\^.*\^.*x.*\^$/);
    const wal = lines.find((l) => l.startsWith('WAL'))!;
    expect(wal).toMatch(/^WAL {9}=+!=+$/);
    expect(wal.length).toBeLessThanOrEqual(60);
    expect(lines.find((l) => l.startsWith('windows'))).toMatch(/^windows {5}\[1-*\] *\[2-*\]$/);
    expect(text).not.toContain('\x1b[');
  });

  it('marks even one missing segment among thousands', () => {
    const big = analyzeArchive({ location: LOC, backups: [info('A', 2, 3, 3)], wal: segs(2, 5000, [2500]), histories: new Map(), objectCount: 5000 });
    expect(archiveTimelineText(big, { width: 40 })).toMatch(/^WAL {9}=+!=+$/m);
  });

  it('colours it for a terminal', () => {
    const text = archiveTimelineText(archive, { width: 60, color: true });
    expect(text).toContain('\x1b[32m█');
    expect(text).toContain('▒');
    expect(text).toContain('▲');
    expect(text).toContain('✕');
  });

  it('ends the table with the picture only when asked', () => {
    expect(archiveTable(archive)).not.toContain('base backup   ');
    expect(archiveTable(archive, { width: 80 })).toContain('^ base backup');
  });

  it('writes a well-formed SVG with one mark per backup and escaped text', () => {
    const svg = archiveSvg(archive);
    expect(fxp.validate(svg)).toBe(true);
    expect([...svg.matchAll(/<g class="backup[^"]*" data-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['A', 'B', 'C', 'D']);
    expect(svg).toContain('<g class="backup bad" data-id="C">');
    expect(svg.match(/class="gap"/g)).toHaveLength(2); // the gap, and its legend entry
    expect(svg).toContain('s3://b/p/db&lt;&amp;&gt;/');
    const empty = archiveSvg(analyzeArchive({ location: LOC, backups: [], wal: [], histories: new Map(), objectCount: 0 }));
    expect(fxp.validate(empty)).toBe(true);
    expect(empty).toContain('The archive is empty.');
  });
});

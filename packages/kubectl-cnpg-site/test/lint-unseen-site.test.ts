import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, GEN_SITE, tempDir, type JsonReport } from './fixtures/cli.js';

interface Defect {
  app: string;
  overlay: string;
  kind: string;
  style: string;
  partner?: { app: string; overlay: string };
}

const APPS = 40;
// 24 defects: every kind twice (scripts/gen-site.mjs cycles through one kind per rule).
const DEFECTS = 24;

describe('a generated site never seen before, with one planted defect in each of 24 apps', () => {
  let tmp: ReturnType<typeof tempDir>;
  let site: string;
  let defects: Defect[];
  let report: JsonReport;
  let overlays: string[];

  beforeAll(() => {
    tmp = tempDir('unseen');
    site = join(tmp.dir, 'repo');
    const g = spawnSync(process.execPath, [GEN_SITE, site, '--apps', String(APPS), '--defects', String(DEFECTS), '--seed', '20261125'], { encoding: 'utf8' });
    expect(g.status, g.stderr).toBe(0);
    defects = (JSON.parse(readFileSync(join(site, 'defects.json'), 'utf8')) as { defects: Defect[] }).defects;
    const r = cli(['lint', '-o', 'json', '.'], { cwd: site });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    report = JSON.parse(r.stdout) as JsonReport;
    const listing = spawnSync('find', ['sites', '-type', 'd', '-path', '*/overlays/*'], { cwd: site, encoding: 'utf8' });
    overlays = listing.stdout.trim().split('\n').sort();
  }, 300_000);
  afterAll(() => tmp.remove());

  const errorsIn = (overlay: string) => report.diagnostics.filter((d) => d.severity === 'error' && d.file.startsWith(`${overlay}/`));

  it('the generator planted what it was asked for', () => {
    expect(overlays).toHaveLength(APPS);
    expect(defects).toHaveLength(DEFECTS);
    expect(new Set(defects.map((d) => d.app)).size).toBe(DEFECTS);
    expect(new Set(defects.map((d) => d.kind)).size).toBe(12);
  });

  it('every defective app has at least one error in a file of its overlay', () => {
    const missed = defects.filter((d) => errorsIn(d.overlay).length === 0).map((d) => `${d.app} (${d.kind})`);
    expect(missed).toEqual([]);
  });

  it("each defect is caught by the rule of its kind, in the app's overlay", () => {
    const missed = defects.filter((d) => !errorsIn(d.overlay).some((e) => e.ruleId === d.kind)).map((d) => `${d.app} (${d.kind})`);
    expect(missed).toEqual([]);
  });

  it('no clean app has an error', () => {
    // An app whose archive another app took (archive-collision) is reported too: it is half of
    // the collision, so it is not counted as clean.
    const touched = new Set<string>();
    for (const d of defects) {
      touched.add(d.overlay);
      if (d.partner) touched.add(d.partner.overlay);
    }
    const clean = overlays.filter((o) => !touched.has(o));
    expect(clean.length).toBeGreaterThanOrEqual(APPS - DEFECTS - 2);
    const wrong = clean.flatMap((o) => errorsIn(o).map((e) => `${e.file}:${e.line} ${e.ruleId}: ${e.message}`));
    expect(wrong).toEqual([]);
    // and collision partners have nothing but the collision
    for (const d of defects.filter((x) => x.partner && !defects.some((y) => y.overlay === x.partner!.overlay))) {
      expect(errorsIn(d.partner!.overlay).map((e) => e.ruleId).filter((id) => id !== 'archive-collision')).toEqual([]);
    }
  });

  it('no error lands outside the overlays', () => {
    const outside = report.diagnostics.filter((d) => d.severity === 'error' && !overlays.some((o) => d.file.startsWith(`${o}/`)));
    expect(outside).toEqual([]);
  });
});

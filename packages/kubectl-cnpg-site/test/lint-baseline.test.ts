import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, EXAMPLE_SITE, STACK_FRAME, tempDir, type JsonReport } from './fixtures/cli.js';

// Accepting findings on purpose: a baseline of today's findings, and suppression comments.

const T = { timeout: 120_000 };
const GRAFANA = 'sites/dal/clusters/k2/wave-2/overlays/grafana';
const temps: { remove: () => void }[] = [];
afterEach(() => {
  while (temps.length) temps.pop()!.remove();
});

/** A copy of the example site to change. */
function site(): string {
  const t = tempDir('baseline');
  temps.push(t);
  cpSync(EXAMPLE_SITE, t.dir, { recursive: true });
  return t.dir;
}

const json = (s: string) => JSON.parse(s) as JsonReport;

describe('lint --update-baseline and --baseline', () => {
  it('writes today\'s findings sorted, one per line, and then reports only new ones', T, () => {
    const dir = site();
    const before = cli(['lint', '-o', 'json', '.'], { cwd: dir });
    expect(before.status).toBe(1);
    const errors = json(before.stdout).summary.errors;
    expect(errors).toBeGreaterThan(0);

    const w = cli(['lint', '--update-baseline', '.cnpg-site-baseline', '.'], { cwd: dir });
    expect(w.status, w.stderr).toBe(0);
    expect(w.stdout).toMatch(new RegExp(`${errors} accepted by the baseline \\.cnpg-site-baseline`));
    const text = readFileSync(join(dir, '.cnpg-site-baseline'), 'utf8');
    const entries = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(entries).toHaveLength(errors);
    expect([...entries].sort()).toEqual(entries);
    expect(entries).toContain(entries.find((l) => /^storage-class:other Cluster\/grafana\/grafana-db spec\.storage\.storageClass {2}[0-9a-f]{32}$/.test(l)));

    // Accepted: exit 0, and the summary says how many.
    const accepted = cli(['lint', '--baseline', '.cnpg-site-baseline', '-o', 'json', '.'], { cwd: dir });
    expect(accepted.status, accepted.stdout).toBe(0);
    expect(json(accepted.stdout).summary.baseline).toEqual({ file: '.cnpg-site-baseline', accepted: errors, stale: 0 });

    // Lines moved and a document reordered: still accepted.
    const pg = join(dir, GRAFANA, 'postgres.yaml');
    writeFileSync(pg, `# grafana's database\n\n${readFileSync(pg, 'utf8')}`);
    expect(cli(['lint', '--baseline', '.cnpg-site-baseline', '.'], { cwd: dir }).status).toBe(0);

    // A new finding is reported, alone.
    const forgejo = join(dir, 'sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml');
    writeFileSync(forgejo, readFileSync(forgejo, 'utf8').replace('storageClass: cluster-nobackup', 'storageClass: standard'));
    const fresh = cli(['lint', '--baseline', '.cnpg-site-baseline', '-o', 'json', '.'], { cwd: dir });
    expect(fresh.status).toBe(1);
    expect(json(fresh.stdout).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.ruleId} ${d.resource?.name}`)).toEqual(['storage-class forgejo-db']);
  });

  it('says when entries match nothing any more', T, () => {
    const dir = site();
    expect(cli(['lint', '--update-baseline', 'baseline.txt', '.'], { cwd: dir }).status).toBe(0);
    const pg = join(dir, GRAFANA, 'postgres.yaml');
    writeFileSync(pg, readFileSync(pg, 'utf8').replace('storageClass: standard', 'storageClass: cluster-nobackup'));
    const r = cli(['lint', '--baseline', 'baseline.txt', '.'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 baseline entry matches no finding any more \(fixed; --update-baseline drops it\)/);
  });

  it('the profile names the baseline', T, () => {
    const dir = site();
    expect(cli(['lint', '--update-baseline', '.cnpg-site-baseline', '.'], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, '.cnpg-site.yaml'), 'baseline: .cnpg-site-baseline\n');
    const r = cli(['lint', '.'], { cwd: dir });
    expect(r.status, r.stdout).toBe(0);
  });

  it('a broken or missing baseline is an input error naming the file and line', T, () => {
    const dir = site();
    writeFileSync(join(dir, 'bad.txt'), '# ok\nstorage-class Cluster/x/y\n');
    const bad = cli(['lint', '--baseline', 'bad.txt', '.'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.txt:2: not a baseline line/);
    expect(bad.stderr).not.toMatch(STACK_FRAME);
    const missing = cli(['lint', '--baseline', 'nope.txt', '.'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.txt does not exist; create it with --update-baseline/);
    const both = cli(['lint', '--baseline', 'a', '--update-baseline', 'b', '.'], { cwd: dir });
    expect(both.status).toBe(2);
  });
});

describe('suppression comments', () => {
  it('hide a finding, count it, and --report-unused-disable reports one that hides nothing', T, () => {
    const dir = site();
    const pg = join(dir, GRAFANA, 'postgres.yaml');
    writeFileSync(pg, readFileSync(pg, 'utf8').replace(/( +)storageClass: standard/, '$1# cnpg-site-disable-next-line storage-class -- scratch dashboards, rebuilt from git\n$1storageClass: standard'));
    const r = cli(['lint', '-o', 'json', GRAFANA], { cwd: dir });
    const report = json(r.stdout);
    expect(report.diagnostics.map((d) => d.ruleId)).not.toContain('storage-class');
    expect(report.summary.suppressed).toBe(1);
    const stylish = cli(['lint', GRAFANA], { cwd: dir });
    expect(stylish.stdout).toMatch(/1 finding suppressed in the files\./);

    const forgejo = join(dir, 'sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml');
    writeFileSync(forgejo, readFileSync(forgejo, 'utf8').replace(/( +)storageClass: cluster-nobackup/, '$1# cnpg-site-disable-next-line storage-class -- was standard once\n$1storageClass: cluster-nobackup'));
    expect(cli(['lint', 'sites/dal/clusters/k1/wave-2/overlays/forgejo'], { cwd: dir }).status).toBe(0);
    const unused = cli(['lint', '--report-unused-disable', '-o', 'json', 'sites/dal/clusters/k1/wave-2/overlays/forgejo'], { cwd: dir });
    expect(json(unused.stdout).diagnostics.map((d) => `${d.ruleId} ${d.messageId} ${d.file}:${d.line}`)).toEqual([
      'disable-directive unused sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml:16',
    ]);
  });
});

describe('SARIF', () => {
  it('carries each finding\'s fingerprint in partialFingerprints', T, () => {
    const r = cli(['lint', '-o', 'sarif', '.'], { cwd: EXAMPLE_SITE });
    const log = JSON.parse(r.stdout) as { runs: { results: { partialFingerprints?: Record<string, string> }[] }[] };
    const results = log.runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    for (const x of results) expect(x.partialFingerprints?.['cnpgSite/v1']).toMatch(/^[0-9a-f]{32}$/);
  });
});

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, EXAMPLE_SITE, tempDir, type JsonReport } from './fixtures/cli.js';

const T = { timeout: 120_000 };
const temps: { remove: () => void }[] = [];
afterEach(() => {
  while (temps.length) temps.pop()!.remove();
});

/** A git repository holding a copy of the example site, laid out as the runbook says. */
function siteRepo(): string {
  const t = tempDir('init');
  temps.push(t);
  cpSync(EXAMPLE_SITE, t.dir, { recursive: true });
  const r = spawnSync('git', ['init', '-q'], { cwd: t.dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return t.dir;
}

describe('kubectl cnpg-site init', () => {
  it('is what lint points to when the built-in conventions were left out', T, () => {
    const t = tempDir('init-note');
    temps.push(t);
    cpSync(join(EXAMPLE_SITE, 'sites/dal/clusters/k2/wave-2/overlays/grafana'), join(t.dir, 'apps/grafana'), { recursive: true });
    spawnSync('git', ['init', '-q'], { cwd: t.dir });
    const r = cli(['lint', '.'], { cwd: t.dir });
    expect(r.stdout).toContain('site-convention finding');
    expect(r.stdout).toContain('run kubectl cnpg-site init');
  });

  it('prints the inferred profile and its outliers with --dry-run, writing nothing', T, () => {
    const repo = siteRepo();
    const r = cli(['init', '--dry-run'], { cwd: join(repo, 'sites/dal') });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(not written: --dry-run)');
    expect(r.stdout).toContain('  overlay: "sites/{site}/clusters/{k8sCluster}/wave-{wave}/overlays/{app}/"');
    expect(r.stdout).toContain('  destinationPath: "s3://dal-site-backups/{site}/{app}/postgres/"');
    expect(r.stdout).toContain('2 outlier(s), which lint will report:');
    expect(r.stdout).toContain('sites/dal/clusters/k2/wave-2/overlays/grafana/postgres.yaml:1  grafana/grafana-db  storage class: standard (most: cluster-nobackup)');
    expect(existsSync(join(repo, '.cnpg-site.yaml'))).toBe(false);
  });

  it('writes .cnpg-site.yaml at the git root, refuses to overwrite it without --force, and lint then reports the outliers', T, () => {
    const repo = siteRepo();
    const first = cli(['init'], { cwd: join(repo, 'sites') });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Wrote ${join(repo, '.cnpg-site.yaml')} from 3 Cluster(s).`);
    const text = readFileSync(join(repo, '.cnpg-site.yaml'), 'utf8');
    expect(text).toContain('# 3 of 3 Clusters archive here.');

    const again = cli(['init'], { cwd: repo });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists; pass --force to replace it');
    expect(readFileSync(join(repo, '.cnpg-site.yaml'), 'utf8')).toBe(text);
    expect(cli(['init', '--force'], { cwd: repo }).status).toBe(0);

    const report = JSON.parse(cli(['init', '--dry-run', '-o', 'json'], { cwd: repo }).stdout) as { outliers: { convention: string; cluster: string }[] };
    const lint = cli(['lint', '-o', 'json', '.'], { cwd: repo });
    const json = JSON.parse(lint.stdout) as JsonReport & { summary: { profile: string } };
    expect(json.summary.profile).toBe('.cnpg-site.yaml');
    // The convention findings on the outlier are the ones init listed.
    const grafana = json.diagnostics.filter((d) => /grafana/.test(d.file) && ['storage-class', 'archive-tags'].includes(d.ruleId)).map((d) => d.ruleId).sort();
    expect(grafana).toEqual(['archive-tags', 'storage-class']);
    expect(report.outliers.map((o) => `${o.cluster}:${o.convention}`).sort()).toEqual(['grafana-db:storage class', 'grafana-db:tags']);
  });
});

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, EXAMPLE_SITE, tempDir, type JsonReport } from './fixtures/cli.js';

// The profile in force is searched from the linted path up to the git root, no further, and every
// output names it.

const T = { timeout: 120_000 };
const GRAFANA = 'sites/dal/clusters/k2/wave-2/overlays/grafana';
const temps: { remove: () => void }[] = [];
afterEach(() => {
  while (temps.length) temps.pop()!.remove();
});

/** outer/ holds a stray profile turning storage-class off; outer/repo/ is a git repository with the example site. */
function nested(): { outer: string; repo: string } {
  const t = tempDir('profile-lookup');
  temps.push(t);
  const repo = join(t.dir, 'repo');
  mkdirSync(repo);
  cpSync(EXAMPLE_SITE, repo, { recursive: true });
  const r = spawnSync('git', ['init', '-q'], { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  writeFileSync(join(t.dir, '.cnpg-site.yaml'), 'rules:\n  storage-class: off\n');
  return { outer: t.dir, repo };
}

const rules = (stdout: string) => (JSON.parse(stdout) as JsonReport).diagnostics.map((d) => d.ruleId);

describe('profile lookup', () => {
  it('stops at the git root: a profile in a folder above the repository is not used', T, () => {
    const { repo } = nested();
    const r = cli(['lint', '-o', 'json', GRAFANA], { cwd: repo });
    expect(rules(r.stdout)).toContain('storage-class');
    expect((JSON.parse(r.stdout) as { summary: { profile: string } }).summary.profile).toBe('built-in');
  });

  it('finds the profile at the git root from a path below it, and --profile overrides the search', T, () => {
    const { outer, repo } = nested();
    writeFileSync(join(repo, '.cnpg-site.yaml'), 'rules:\n  archive-tags: off\n');
    const r = cli(['lint', '-o', 'json', '.'], { cwd: join(repo, GRAFANA) });
    expect(rules(r.stdout)).not.toContain('archive-tags');
    expect(rules(r.stdout)).toContain('storage-class');
    expect((JSON.parse(r.stdout) as { summary: { profile: string } }).summary.profile).toBe('../../../../../../../.cnpg-site.yaml');
    const o = cli(['lint', '-o', 'json', '--profile', join(outer, '.cnpg-site.yaml'), GRAFANA], { cwd: repo });
    expect(rules(o.stdout)).not.toContain('storage-class');
    expect(rules(o.stdout)).toContain('archive-tags');
  });

  it('is named in every format', T, () => {
    const { repo } = nested();
    writeFileSync(join(repo, '.cnpg-site.yaml'), 'rules:\n  archive-tags: warning\n');
    const stylish = cli(['lint', GRAFANA], { cwd: repo });
    expect(stylish.stdout).toMatch(/^profile: \.cnpg-site\.yaml$/m);
    const json = JSON.parse(cli(['lint', '-o', 'json', GRAFANA], { cwd: repo }).stdout) as { summary: { profile: string } };
    expect(json.summary.profile).toBe('.cnpg-site.yaml');
    const sarif = JSON.parse(cli(['lint', '-o', 'sarif', GRAFANA], { cwd: repo }).stdout) as { runs: { properties?: { profile?: string } }[] };
    expect(sarif.runs[0]!.properties?.profile).toBe('.cnpg-site.yaml');
    const github = cli(['lint', '-o', 'github', GRAFANA], { cwd: repo });
    expect(github.stdout).toMatch(/; profile: \.cnpg-site\.yaml$/m);
    const builtIn = cli(['lint', 'sites/dal/clusters/k1/wave-2/overlays/forgejo'], { cwd: EXAMPLE_SITE });
    expect(builtIn.stdout).toMatch(/^profile: built-in$/m);
  });
});

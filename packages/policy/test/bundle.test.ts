/**
 * The split bundle the pre-commit hooks start from (scripts/bundle-policy.mjs): current, holding
 * only what a hook run needs in the modules it loads up front, and judging as the compiled
 * modules do, with a profile and with a bad one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const PKG = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(PKG, 'dist/bundle');
const BIN = join(PKG, 'bin/run.js');
const T = { timeout: 60_000 };

/** The bundle's files that `cli.js` imports statically, itself included: what every run loads. */
function eagerFiles(): string[] {
  const seen = new Set<string>();
  const queue = ['cli.js'];
  while (queue.length > 0) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const text = readFileSync(join(BUNDLE, f), 'utf8');
    for (const m of text.matchAll(/^import\s+(?:[^"';]*?\s+from\s+)?"\.\/([^"]+)";/gms)) queue.push(m[1]!);
  }
  return [...seen].sort();
}

const dir = mkdtempSync(join(tmpdir(), 'cnpg-site-policy-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function git(...args: string[]) {
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

function guard(bundle: boolean) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.CNPG_SITE_NO_BUNDLE;
  if (!bundle) env.CNPG_SITE_NO_BUNDLE = '1';
  const r = spawnSync(process.execPath, [BIN, 'guard'], { cwd: dir, env, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('the hooks\' split bundle', () => {
  it('is built and current', () => {
    expect(existsSync(join(BUNDLE, 'cli.js')), 'dist/bundle/cli.js is missing: the build runs scripts/bundle-policy.mjs').toBe(true);
    const bundle = statSync(join(BUNDLE, 'cli.js')).mtimeMs;
    expect(bundle).toBeGreaterThanOrEqual(statSync(join(PKG, 'tsconfig.tsbuildinfo')).mtimeMs);
  });

  it('loads up front only what a hook needs: no planner or scaffolder, no S3 or Kubernetes client', () => {
    const eager = eagerFiles();
    const text = eager.map((f) => readFileSync(join(BUNDLE, f), 'utf8')).join('\n');
    // the restore and upgrade planners, the scaffolder and the profile inference are not used
    for (const fn of ['function planRestore(', 'function planUpgrade(', 'function inferProfile(']) expect(text).not.toContain(fn);
    // the S3 and Kubernetes clients are chunks of their own, loaded by the commands that use them
    expect(text).not.toContain('@aws-sdk');
    expect(text).not.toContain('@kubernetes/client-node');
    const bytes = eager.reduce((n, f) => n + statSync(join(BUNDLE, f)).size, 0);
    expect(bytes).toBeLessThan(900_000);
    expect(readdirSync(BUNDLE).length).toBeGreaterThan(eager.length);
  });

  it('judges with a profile as the compiled modules do, and refuses a bad profile the same way', T, () => {
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'Test');
    writeFileSync(join(dir, '.cnpg-site.yaml'), 'rules:\n  storage-class: off\n');
    writeFileSync(join(dir, 'cluster.yaml'), 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: db\n  namespace: app\nspec:\n  instances: 1\n  storage:\n    size: 1Gi\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'site');
    writeFileSync(join(dir, 'cluster.yaml'), readFileSync(join(dir, 'cluster.yaml'), 'utf8').replace('name: db', 'name: db-2'));
    git('add', '-A');
    const bundled = guard(true);
    const modules = guard(false);
    expect(bundled).toEqual(modules);
    expect(bundled.status).toBe(1);
    writeFileSync(join(dir, '.cnpg-site.yaml'), 'layout:\n  bogus: 1\n');
    git('add', '-A');
    const bad = guard(true);
    expect(bad).toEqual(guard(false));
    expect(bad.status).toBe(2);
    expect(bad.out).toContain('.cnpg-site.yaml:2:3: invalid profile');
  });
});

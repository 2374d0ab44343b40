import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app, git, OV, TempRepo } from './repo.js';

const MAIN = join(__dirname, '..', '..', '..');

/**
 * What the repository's root package.json needs so that pre-commit's node install (npm install in
 * the clone, npm pack, npm install -g of the tarball) yields a working `cnpg-site-policy`:
 * a root bin, the built packages in the tarball, and core's runtime dependencies.
 */
export function hookReadyRootPackage(root: Record<string, unknown>, core: { dependencies: Record<string, string> }): Record<string, unknown> {
  return {
    ...root,
    bin: { 'cnpg-site-policy': 'packages/policy/bin/run.js' },
    files: [
      'packages/core/package.json',
      'packages/core/dist',
      'packages/core/crds',
      'packages/core/src/models/schemas',
      'packages/policy/package.json',
      'packages/policy/bin',
      'packages/policy/dist',
    ],
    dependencies: { ...core.dependencies },
  };
}

/**
 * This repository as a hook repository: the last commit of the work tree, with the policy's own
 * files (packages/policy, core's diff, the hook definitions) taken from the work tree so that
 * uncommitted changes to them are what gets tested; committed in a temp repo.
 */
function hookRepository(): { dir: string; rev: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cnpg-policy-hookrepo-'));
  execFileSync('sh', ['-c', `git archive HEAD | tar -x -C "${dir}"`], { cwd: MAIN });
  const own = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', 'packages/policy', 'packages/core/src/diff', '.pre-commit-hooks.yaml'], { cwd: MAIN })
    .toString('utf8')
    .split('\0')
    .filter((f) => f !== '');
  for (const f of own) {
    try {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      copyFileSync(join(MAIN, f), join(dir, f));
    } catch {
      // deleted in the work tree: leave it out
    }
  }
  const rootPkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const corePkg = JSON.parse(readFileSync(join(dir, 'packages/core/package.json'), 'utf8')) as { dependencies: Record<string, string> };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(hookReadyRootPackage(rootPkg, corePkg), null, 2) + '\n');
  // npm pack prints lifecycle script banners on stdout, and pre-commit reads the tarball name from
  // that stdout: scripts must run in the background.
  const npmrc = join(dir, '.npmrc');
  let rc = '';
  try {
    rc = readFileSync(npmrc, 'utf8');
  } catch {
    // no .npmrc yet
  }
  if (!/^foreground-scripts\s*=\s*false/m.test(rc)) writeFileSync(npmrc, `${rc}${rc === '' || rc.endsWith('\n') ? '' : '\n'}foreground-scripts=false\n`);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'dev@example.com');
  git(dir, 'config', 'user.name', 'Dev');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'snapshot');
  return { dir, rev: git(dir, 'rev-parse', 'HEAD') };
}

describe('pre-commit hooks with the real pre-commit', () => {
  let hook: { dir: string; rev: string };
  let user: TempRepo;
  let home: string;

  const preCommit = (...args: string[]) => {
    const r = spawnSync('pre-commit', args, {
      cwd: user.dir,
      encoding: 'utf8',
      env: { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' },
      timeout: 1_500_000,
    });
    return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
  };

  beforeAll(() => {
    const ensure = spawnSync(join(MAIN, 'scripts', 'ensure-system-packages.sh'), ['pre-commit'], { encoding: 'utf8' });
    if (ensure.status !== 0) throw new Error(`pre-commit is needed for this test and could not be installed: ${ensure.stderr}`);
    hook = hookRepository();
    home = mkdtempSync(join(tmpdir(), 'cnpg-policy-precommit-home-'));
    user = new TempRepo('cnpg-policy-user-');
    user.commit({
      ...app(),
      '.pre-commit-config.yaml': `repos:
  - repo: ${hook.dir}
    rev: ${hook.rev}
    hooks:
      - id: cnpg-site-lint
      - id: cnpg-site-guard
`,
    }, 'site');
    const install = preCommit('install-hooks');
    if (install.code !== 0) throw new Error(`pre-commit install-hooks failed:\n${install.out}`);
  }, 1_800_000);

  afterAll(() => {
    user?.remove();
    if (hook) rmSync(hook.dir, { recursive: true, force: true });
    if (home) rmSync(home, { recursive: true, force: true });
  });

  const reset = () => {
    git(user.dir, 'reset', '-q', '--hard', 'HEAD');
    git(user.dir, 'clean', '-qfd');
  };

  it('blocks a half rename', { timeout: 300_000 }, () => {
    reset();
    const renamed = app('forgejo', 'forgejo-db-2', { recoverFrom: 'forgejo-db' });
    user.stage({ [`${OV}/postgres.yaml`]: renamed[`${OV}/postgres.yaml`]! });
    const r = preCommit('run');
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/cnpg-site guard.*Failed/);
    expect(r.out).toContain('policy/cluster-rename');
    expect(r.out).toContain('sites/dal/clusters/k1/wave-2/values/forgejo/values.yaml:2');
  });

  it('blocks a wrong storage class', { timeout: 300_000 }, () => {
    reset();
    user.stage({ [`${OV}/postgres.yaml`]: app('forgejo', 'forgejo-db', { storageClass: 'standard' })[`${OV}/postgres.yaml`]! });
    const r = preCommit('run');
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/cnpg-site lint.*Failed/);
    expect(r.out).toContain('storage-class');
  });

  it('passes a harmless edit', { timeout: 300_000 }, () => {
    reset();
    user.stage({ [`${OV}/postgres.yaml`]: app()[`${OV}/postgres.yaml`]!.replace('instances: 3', 'instances: 2') });
    const r = preCommit('run');
    expect(r.out).toMatch(/cnpg-site lint.*Passed/);
    expect(r.out).toMatch(/cnpg-site guard.*Passed/);
    expect(r.code, r.out).toBe(0);
  });
});

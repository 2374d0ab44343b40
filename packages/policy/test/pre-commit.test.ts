import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app, git, OV, TempRepo } from './repo.js';

const MAIN = join(__dirname, '..', '..', '..');

/**
 * This repository as a hook repository: its working tree (tracked and untracked files that git
 * does not ignore), committed in a temp repo, so that what is tested is what is here.
 */
function hookRepository(): { dir: string; rev: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cnpg-policy-hookrepo-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: MAIN })
    .toString('utf8')
    .split('\0')
    .filter((f) => f !== '');
  for (const f of files) {
    try {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      copyFileSync(join(MAIN, f), join(dir, f));
    } catch {
      // deleted in the work tree: leave it out
    }
  }
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

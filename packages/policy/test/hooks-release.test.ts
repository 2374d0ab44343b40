import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app, git, OV, TempRepo } from './repo.js';

// The released pre-commit hook repository (npm run release): pre-commit installs the hooks from
// a prebuilt bundle with no dependency, and they judge commits as the hooks of this repository do.

const MAIN = join(__dirname, '..', '..', '..');

describe('the released pre-commit hook repository, with the real pre-commit', () => {
  let work: string;
  let hooks: string;
  let user: TempRepo;
  let installSeconds = 0;
  const preCommit = (...args: string[]) => {
    const r = spawnSync('pre-commit', args, {
      cwd: user.dir,
      encoding: 'utf8',
      env: { ...process.env, PRE_COMMIT_HOME: join(work, 'pre-commit-home'), NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' },
      timeout: 600_000,
    });
    return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
  };

  beforeAll(() => {
    const ensure = spawnSync(join(MAIN, 'scripts', 'ensure-system-packages.sh'), ['pre-commit'], { encoding: 'utf8' });
    if (ensure.status !== 0) throw new Error(`pre-commit is needed for this test and could not be installed: ${ensure.stderr}`);
    work = mkdtempSync(join(tmpdir(), 'cnpg-hooks-release-'));
    const rel = spawnSync(process.execPath, [join(MAIN, 'scripts', 'release.mjs'), '--out', join(work, 'release'), '--only', 'hooks'], { encoding: 'utf8' });
    if (rel.status !== 0) throw new Error(`release failed: ${rel.stderr}`);
    hooks = join(work, 'release', 'pre-commit-hooks');
    git(hooks, 'init', '-q', '-b', 'main');
    git(hooks, '-c', 'user.email=rel@example.com', '-c', 'user.name=Rel', 'add', '-A');
    git(hooks, '-c', 'user.email=rel@example.com', '-c', 'user.name=Rel', 'commit', '-q', '-m', 'hooks');
    const rev = git(hooks, 'rev-parse', 'HEAD');
    user = new TempRepo('cnpg-hooks-user-');
    user.commit({
      ...app(),
      '.pre-commit-config.yaml': `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: cnpg-site-lint\n      - id: cnpg-site-guard\n`,
    }, 'site');
    const t0 = process.hrtime.bigint();
    const install = preCommit('install-hooks');
    installSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (install.code !== 0) throw new Error(`pre-commit install-hooks failed:\n${install.out}`);
    // A figure for the record, not an assertion on time.
    console.log(`pre-commit install-hooks from the released hook repository: ${installSeconds.toFixed(1)} s`);
  }, 900_000);

  afterAll(() => {
    user?.remove();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('installs only the bundle: the hook repository has no dependency to fetch', () => {
    const pkg = JSON.parse(spawnSync('git', ['show', 'HEAD:package.json'], { cwd: hooks, encoding: 'utf8' }).stdout) as Record<string, unknown>;
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.devDependencies).toBeUndefined();
    expect(pkg.bin).toEqual({ 'cnpg-site-policy': 'bin/cnpg-site-policy.mjs' });
  });

  it('blocks a half rename and a wrong storage class, and passes a harmless edit', { timeout: 300_000 }, () => {
    const reset = () => {
      git(user.dir, 'reset', '-q', '--hard', 'HEAD');
      git(user.dir, 'clean', '-qfd');
    };
    const files = app();
    user.stage({ [`${OV}/postgres.yaml`]: files[`${OV}/postgres.yaml`]!.replace(/name: forgejo-db\n/, 'name: forgejo-db-2\n') });
    let r = preCommit('run');
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/policy\/cluster-rename|policy\/rename-without-recovery/);
    reset();
    user.stage({ [`${OV}/postgres.yaml`]: files[`${OV}/postgres.yaml`]!.replace('storageClass: cluster-nobackup', 'storageClass: standard') });
    r = preCommit('run');
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/storage-class/);
    reset();
    user.stage({ [`${OV}/postgres.yaml`]: files[`${OV}/postgres.yaml`]!.replace('instances: 3', 'instances: 2') });
    r = preCommit('run');
    expect(r.code, r.out).toBe(0);
    reset();
  });
});

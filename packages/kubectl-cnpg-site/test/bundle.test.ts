import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, EXAMPLE_SITE, plainEnv, REPO, tempDir } from './fixtures/cli.js';

// bin/run.js loads the build's split bundle (scripts/bundle-cli.mjs) when it is current, and the
// compiled modules otherwise (or with CNPG_SITE_NO_BUNDLE=1). Both must behave the same.
const T = { timeout: 120_000 };
const PKG = join(REPO, 'packages/kubectl-cnpg-site');
const tmp = tempDir('cnpg-site-bundle-');
// Prints, at exit, how many of oclif's modules were loaded one by one (none from the bundle).
const probe = join(tmp.dir, 'probe.mjs');
writeFileSync(
  probe,
  `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
process.on('exit', () => process.stderr.write('\\noclif-modules=' + Object.keys(require.cache).filter((k) => k.includes('/node_modules/@oclif/')).length + '\\n'));
`,
);
afterAll(() => tmp.remove());

function run(args: string[], bundle: boolean, cwd = REPO) {
  const env = plainEnv(bundle ? {} : { CNPG_SITE_NO_BUNDLE: '1' });
  const r = spawnSync(process.execPath, ['--import', probe, BIN, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  const m = /\noclif-modules=(\d+)\n$/.exec(r.stderr);
  return { status: r.status, stdout: r.stdout, stderr: m ? r.stderr.slice(0, m.index) : r.stderr, oclifModules: m ? Number(m[1]) : undefined };
}

describe('the split bundle', () => {
  it('is built next to the compiled modules and is current', () => {
    for (const f of ['dist/bundle/main.js', 'dist/bundle/commands.js']) {
      expect(existsSync(join(PKG, f)), `${f} is missing: the build runs scripts/bundle-cli.mjs`).toBe(true);
    }
    const bundle = statSync(join(PKG, 'dist/bundle/main.js')).mtimeMs;
    expect(bundle).toBeGreaterThanOrEqual(statSync(join(PKG, 'tsconfig.tsbuildinfo')).mtimeMs);
  });

  it('is what bin/run.js loads, and CNPG_SITE_NO_BUNDLE=1 loads the modules', T, () => {
    const bundled = run(['lint', '-o', 'json', EXAMPLE_SITE], true);
    const modules = run(['lint', '-o', 'json', EXAMPLE_SITE], false);
    expect(bundled.oclifModules).toBe(0);
    expect(modules.oclifModules).toBeGreaterThan(10);
    expect(bundled.status).toBe(1);
    expect(bundled.stdout).toBe(modules.stdout);
    expect(bundled.stderr).toBe(modules.stderr);
  });

  it.each([
    ['--help'],
    ['lint', '--help'],
    ['render', '-o', 'json', 'examples/site'],
    ['plan-restore', '--help'],
    ['lint', '--bogus'],
    ['no-such-command'],
    ['lint', 'no/such/path'],
  ])('gives the same output and exit code as the modules: %s', (...args) => {
    const bundled = run(args, true);
    const modules = run(args, false);
    expect({ status: bundled.status, stdout: bundled.stdout, stderr: bundled.stderr }).toEqual({ status: modules.status, stdout: modules.stdout, stderr: modules.stderr });
  }, T.timeout);
});

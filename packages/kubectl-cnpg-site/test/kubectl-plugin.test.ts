import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { plainEnv, REPO, type JsonReport } from './fixtures/cli.js';

const T = { timeout: 120_000 };
const BIN_DIR = join(REPO, 'node_modules/.bin');

/** Runs the real kubectl with node_modules/.bin first on PATH, as after `npm ci`. */
function kubectl(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env = plainEnv({ PATH: `${BIN_DIR}${delimiter}${process.env.PATH ?? ''}` });
  // No cluster is needed; keep kubectl away from any real kubeconfig.
  env.KUBECONFIG = '/dev/null';
  const r = spawnSync('kubectl', args, { cwd: REPO, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kubectl finds and runs the plugin', () => {
  beforeAll(() => {
    const ensure = spawnSync(join(REPO, 'scripts/ensure-system-packages.sh'), ['kubectl'], { encoding: 'utf8' });
    // Fail loudly: this test needs a real kubectl.
    expect(ensure.status, `kubectl is required: ${ensure.stderr}`).toBe(0);
    expect(existsSync(join(BIN_DIR, 'kubectl-cnpg_site')), 'node_modules/.bin/kubectl-cnpg_site is missing: run npm ci').toBe(true);
  }, 900_000);

  it('kubectl plugin list shows kubectl-cnpg_site', T, () => {
    const r = kubectl(['plugin', 'list']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(join(BIN_DIR, 'kubectl-cnpg_site'));
    expect(r.stderr).not.toMatch(/kubectl-cnpg_site.*(not executable|overshadowed)/);
  });

  it('kubectl cnpg-site --version', T, () => {
    const r = kubectl(['cnpg-site', '--version']);
    expect(r.status, r.stderr).toBe(0);
    const pkg = JSON.parse(readFileSync(join(REPO, 'packages/kubectl-cnpg-site/package.json'), 'utf8')) as { version: string };
    expect(r.stdout.startsWith(`kubectl-cnpg_site/${pkg.version} `)).toBe(true);
  });

  it('kubectl cnpg-site lint examples/site -o json', T, () => {
    const r = kubectl(['cnpg-site', 'lint', 'examples/site', '-o', 'json']);
    // The example site has an app with planted mistakes: exit 1, passed through by kubectl.
    expect(r.status, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.diagnostics.some((d) => d.file.startsWith('examples/site/sites/dal/clusters/k2/wave-2/overlays/grafana/'))).toBe(true);
  });

  it('kubectl cnpg-site lint on a clean overlay exits 0', T, () => {
    const r = kubectl(['cnpg-site', 'lint', 'examples/site/sites/dal/clusters/k1/wave-2/overlays/forgejo']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('kubectl cnpg-site with a usage error exits 2', T, () => {
    const r = kubectl(['cnpg-site', 'lint', '-o', 'xml', 'examples/site']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: .*xml/m);
  });
});

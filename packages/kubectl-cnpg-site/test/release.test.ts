import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, EXAMPLE_SITE, REPO, tempDir } from './fixtures/cli.js';

// The release: the one-file bundle, the krew archive and manifest, and an npm package with no
// dependencies. Each is installed the way its users install it, somewhere with nothing else
// beside it, and run.

const T = { timeout: 300_000 };
let out: string;
let work: { dir: string; remove: () => void };

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const r = spawnSync(cmd, args, { cwd: opts.cwd ?? work.dir, env: opts.env ?? process.env, encoding: 'utf8', maxBuffer: 1 << 28, ...(opts.input !== undefined ? { input: opts.input } : {}) });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A PATH with only these directories, node's own, and the system's. */
function path(...dirs: string[]): string {
  return [...dirs, dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':');
}

/** The JSON the development CLI gives for the example site, to compare with. */
let expected: string;

beforeAll(() => {
  work = tempDir('release');
  out = join(work.dir, 'out');
  const r = run(process.execPath, [join(REPO, 'scripts/release.mjs'), '--out', out, '--base-url', 'https://example.com/dl'], { cwd: REPO });
  expect(r.status, r.stderr).toBe(0);
  // The example site, copied outside the repository (no node_modules, no package.json above it).
  cpSync(EXAMPLE_SITE, join(work.dir, 'site'), { recursive: true });
  expected = cli(['lint', '-o', 'json', '.'], { cwd: join(work.dir, 'site') }).stdout;
  expect(JSON.parse(expected).summary.errors).toBe(4);
}, 600_000);
afterAll(() => work?.remove());

/** krew's own rules for a plugin manifest (sigs.k8s.io/krew internal/index/validation). */
function krewProblems(name: string, m: Record<string, any>): string[] {
  const p: string[] = [];
  if (m.apiVersion !== 'krew.googlecontainertools.github.com/v1alpha2') p.push(`apiVersion ${m.apiVersion}`);
  if (m.kind !== 'Plugin') p.push(`kind ${m.kind}`);
  if (!/^[\w-]+$/.test(name)) p.push(`unsafe name ${name}`);
  if (m.metadata?.name !== name) p.push(`metadata.name ${m.metadata?.name} is not the file name ${name}`);
  const s = m.spec ?? {};
  if (typeof s.shortDescription !== 'string' || s.shortDescription === '' || /[\r\n]/.test(s.shortDescription)) p.push('shortDescription');
  if (!/^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(s.version ?? '')) p.push(`version ${s.version}`);
  if (!Array.isArray(s.platforms) || s.platforms.length === 0) p.push('no platform');
  for (const pl of s.platforms ?? []) {
    if (!pl.uri) p.push('uri');
    if (!/^[a-f0-9]{64}$/.test(pl.sha256 ?? '')) p.push(`sha256 ${pl.sha256}`);
    if (!pl.bin) p.push('bin');
    if (pl.files !== undefined && (!Array.isArray(pl.files) || pl.files.length === 0 || pl.files.some((f: any) => !f.from || !f.to))) p.push('files');
    const sel = pl.selector;
    const keys = [...Object.keys(sel?.matchLabels ?? {}), ...(sel?.matchExpressions ?? []).map((e: any) => e.key)];
    if (!sel || keys.length === 0 || keys.some((k) => k !== 'os' && k !== 'arch')) p.push(`selector ${JSON.stringify(sel)}`);
  }
  return p;
}

describe('the krew manifest and archive', () => {
  it('follow krew\'s manifest rules, and the sha256 is the archive\'s', T, () => {
    const manifest = parse(readFileSync(join(out, 'cnpg-site.yaml'), 'utf8')) as Record<string, any>;
    expect(krewProblems('cnpg-site', manifest)).toEqual([]);
    // The rules are real: a broken manifest fails them.
    expect(krewProblems('cnpg-site', { ...manifest, spec: { ...manifest.spec, version: '0.1.0', platforms: [{ ...manifest.spec.platforms[0], sha256: 'x', selector: { matchLabels: { distro: 'x' } } }] } })).toHaveLength(3);
    const archive = join(out, `kubectl-cnpg_site-${manifest.spec.version}.tar.gz`);
    const sha = createHash('sha256').update(readFileSync(archive)).digest('hex');
    const platforms = manifest.spec.platforms as { uri: string; sha256: string; bin: string; selector: { matchLabels: { os: string; arch: string } } }[];
    expect(platforms.map((p) => `${p.selector.matchLabels.os}/${p.selector.matchLabels.arch}`)).toEqual(['linux/amd64', 'linux/arm64', 'darwin/amd64', 'darwin/arm64']);
    for (const p of platforms) {
      expect(p.sha256).toBe(sha);
      expect(p.uri).toBe(`https://example.com/dl/kubectl-cnpg_site-${manifest.spec.version}.tar.gz`);
      expect(p.bin).toBe('kubectl-cnpg_site');
    }
    const listing = run('tar', ['-tzf', archive]).stdout.trim().split('\n');
    expect(listing).toEqual(['LICENSE', 'kubectl-cnpg_site', 'kubectl_complete-cnpg_site']);
  });

  it('installs as krew installs it, and kubectl finds and runs the plugin', T, () => {
    const ensure = spawnSync(join(REPO, 'scripts/ensure-system-packages.sh'), ['kubectl'], { encoding: 'utf8' });
    expect(ensure.status, `kubectl is required: ${ensure.stderr}`).toBe(0);
    const manifest = parse(readFileSync(join(out, 'cnpg-site.yaml'), 'utf8')) as { spec: { version: string; platforms: { bin: string; files: { from: string; to: string }[] }[] } };
    // krew: unpack into the store, apply `files`, link `bin` into its bin folder.
    const unpacked = join(work.dir, 'unpacked');
    mkdirSync(unpacked);
    expect(run('tar', ['-xzf', join(out, `kubectl-cnpg_site-${manifest.spec.version}.tar.gz`), '-C', unpacked]).status).toBe(0);
    const store = join(work.dir, 'krew/store/cnpg-site', manifest.spec.version);
    mkdirSync(store, { recursive: true });
    const platform = manifest.spec.platforms[0]!;
    for (const f of platform.files) cpSync(join(unpacked, f.from), join(store, f.to === '.' ? f.from : f.to));
    const bin = join(work.dir, 'krew/bin');
    mkdirSync(bin, { recursive: true });
    symlinkSync(join(store, platform.bin), join(bin, 'kubectl-cnpg_site'));
    const env = { HOME: work.dir, PATH: path(bin), KUBECONFIG: '/dev/null' };
    const list = run('kubectl', ['plugin', 'list'], { env });
    expect(list.stdout).toContain(join(bin, 'kubectl-cnpg_site'));
    const version = run('kubectl', ['cnpg-site', '--version'], { env });
    expect(version.stdout).toMatch(/^kubectl-cnpg_site\/\d+\.\d+\.\d+ /);
    const lint = run('kubectl', ['cnpg-site', 'lint', '-o', 'json', '.'], { env, cwd: join(work.dir, 'site') });
    expect(lint.status).toBe(1);
    expect(lint.stdout).toBe(expected);
    // The completion companion from the store answers in Cobra's format.
    const complete = run(join(store, 'kubectl_complete-cnpg_site'), ['lint', '-o', ''], { env });
    expect(complete.stdout.trimEnd().split('\n')).toEqual(['stylish', 'json', 'sarif', 'github', 'yaml', ':4']);
  });
});

describe('the npm package', () => {
  it('has no dependencies and installs offline from the tarball alone into an empty prefix', T, () => {
    const tarball = join(out, 'cnpg-site-kubectl-cnpg-site-0.1.0.tgz');
    expect(existsSync(tarball)).toBe(true);
    const pkg = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json']).stdout) as { dependencies?: unknown; bin: Record<string, string> };
    expect(pkg.dependencies).toBeUndefined();
    const prefix = join(work.dir, 'prefix');
    const env = { HOME: work.dir, PATH: path(), npm_config_cache: join(work.dir, 'npm-cache') };
    const npm = run('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { env });
    expect(npm.status, npm.stderr).toBe(0);
    const exe = join(prefix, 'bin', 'kubectl-cnpg_site');
    expect(run(exe, ['--version'], { env }).stdout).toMatch(/^kubectl-cnpg_site\/0\.1\.0 /);
    const lint = run(exe, ['lint', '-o', 'json', '.'], { env, cwd: join(work.dir, 'site') });
    expect(lint.status).toBe(1);
    expect(lint.stdout).toBe(expected);
    const help = run(exe, ['lint', '-h'], { env });
    expect(help.stdout).toMatch(/\$ kubectl cnpg-site lint/);
    const complete = run(join(prefix, 'bin', 'kubectl_complete-cnpg_site'), ['pl'], { env });
    expect(complete.stdout).toMatch(/^plan-restore\t/m);
  });
});

describe('the npm package of cnpg-site-policy', () => {
  it('installs offline from the tarball alone and judges a change in a real repository', T, () => {
    const tarball = join(out, 'cnpg-site-policy-0.1.0.tgz');
    const pkg = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json']).stdout) as { dependencies?: unknown };
    expect(pkg.dependencies).toBeUndefined();
    const prefix = join(work.dir, 'prefix-policy');
    const env = { HOME: work.dir, PATH: path(), npm_config_cache: join(work.dir, 'npm-cache'), GIT_CONFIG_NOSYSTEM: '1' };
    const npm = run('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { env });
    expect(npm.status, npm.stderr).toBe(0);
    const exe = join(prefix, 'bin', 'cnpg-site-policy');
    const repo = join(work.dir, 'policy-repo');
    cpSync(EXAMPLE_SITE, repo, { recursive: true });
    const git = (...args: string[]) => expect(run('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=CI', ...args], { cwd: repo, env }).status).toBe(0);
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const pg = join(repo, 'sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml');
    spawnSync('sed', ['-i', 's/storageClass: cluster-nobackup/storageClass: standard/', pg]);
    git('commit', '-q', '-am', 'change');
    const r = run(exe, ['ci', '--base', 'HEAD~1', '-o', 'json'], { env, cwd: repo });
    expect(r.status, r.stderr).toBe(1);
    const found = (JSON.parse(r.stdout) as { diagnostics: { ruleId: string; severity: string }[] }).diagnostics.filter((d) => d.severity === 'error');
    expect(found.map((d) => d.ruleId)).toEqual(['storage-class', 'storage-class']);
    expect(run(exe, ['--version'], { env }).stdout).toBe('cnpg-site-policy/0.1.0\n');
  });
});

describe('the one-file bundle', () => {
  it('is reproducible: a second release gives the same archive', T, () => {
    const again = join(work.dir, 'again');
    expect(run(process.execPath, [join(REPO, 'scripts/release.mjs'), '--out', again, '--base-url', 'https://example.com/dl'], { cwd: REPO }).status).toBe(0);
    const manifest = parse(readFileSync(join(out, 'cnpg-site.yaml'), 'utf8')) as { spec: { version: string } };
    const name = `kubectl-cnpg_site-${manifest.spec.version}.tar.gz`;
    expect(readFileSync(join(again, name)).equals(readFileSync(join(out, name)))).toBe(true);
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './fixtures/cli.js';

const T = { timeout: 120_000 };

interface Pkg {
  name: string;
  license: string;
  repository: { type: string; url: string; directory: string };
  keywords: string[];
  engines: { node: string };
  files: string[];
  bin: Record<string, string>;
  dependencies: Record<string, string>;
}

const read = (p: string): Pkg => JSON.parse(readFileSync(join(REPO, p, 'package.json'), 'utf8')) as Pkg;
const ROOT = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { license: string; engines: { node: string } };

describe('package metadata', () => {
  it('the repository has the full Apache-2.0 text in LICENSE, as package.json says', () => {
    const text = readFileSync(join(REPO, 'LICENSE'), 'utf8');
    expect(ROOT.license).toBe('Apache-2.0');
    expect(text).toMatch(/^\s+Apache License\n\s+Version 2\.0, January 2004\n/);
    expect(text).toContain('TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION');
    expect(text).toContain('END OF TERMS AND CONDITIONS');
    expect(readFileSync(join(REPO, 'packages/kubectl-cnpg-site/LICENSE'), 'utf8')).toBe(text);
  });

  it.each(['packages/kubectl-cnpg-site', 'packages/policy'])('%s: license, repository, keywords, engines, files', (dir) => {
    const pkg = read(dir);
    expect(pkg.license).toBe('Apache-2.0');
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/cnpg-site/cnpg-site.git', directory: dir });
    expect(pkg.keywords).toContain('cloudnativepg');
    expect(pkg.engines.node).toBe(ROOT.engines.node);
    expect(pkg.files).toEqual(expect.arrayContaining(['bin', 'dist']));
    for (const bin of Object.values(pkg.bin)) expect(pkg.files.some((f) => bin.replace(/^\.\//, '').startsWith(`${f}/`))).toBe(true);
  });

  it('the kubectl plugin installs both programs kubectl looks for', () => {
    expect(read('packages/kubectl-cnpg-site').bin).toEqual({ 'kubectl-cnpg_site': './bin/run.js', 'kubectl_complete-cnpg_site': './bin/complete.js' });
  });

  it('npm pack of the kubectl plugin holds the programs, the build and the license, and no tests', T, () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: join(REPO, 'packages/kubectl-cnpg-site'), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'package.json', 'bin/run.js', 'bin/complete.js', 'dist/main.js', 'dist/commands/index.js', 'dist/lib/complete.js']));
    expect(files.filter((f) => /(^|\/)test\/|\.test\./.test(f))).toEqual([]);
  });
});

// cnpg-site-policy's command line: per-command help, input errors, -o yaml. (Its checks are
// tested in packages/policy/test.)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO, plainEnv, STACK_FRAME } from './fixtures/cli.js';

const T = { timeout: 60_000 };
const POLICY = join(REPO, 'packages/policy/bin/run.js');

function policy(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [POLICY, ...args], { cwd, env: plainEnv(), encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

function expectInputError(r: ReturnType<typeof policy>, re: RegExp): void {
  expect(r.status, r.stdout + r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(re);
  expect(r.stderr).not.toMatch(STACK_FRAME);
}

describe('cnpg-site-policy', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cnpg-site-policy-cli-'));
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'config', 'user.email', 'dev@example.com');
    git(dir, 'config', 'user.name', 'Dev');
    git(dir, 'config', 'commit.gpgsign', 'false');
    mkdirSync(join(dir, 'sites'));
    writeFileSync(join(dir, 'sites/sa.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['ci', 'guard', 'lint-staged'])('%s: --help, -h and help COMMAND print its own help with examples', (command) => {
    const long = policy([command, '--help'], dir);
    expect(long.status, long.stderr).toBe(0);
    expect(long.stderr).toBe('');
    expect(long.stdout).toMatch(new RegExp(`^usage: cnpg-site-policy ${command} `));
    expect(long.stdout).toMatch(/^examples:$/m);
    expect(long.stdout).toMatch(new RegExp(`^  cnpg-site-policy ${command}\\b`, 'm'));
    expect(long.stdout).toMatch(/^exit status: 0 pass, 1 blocked/m);
    expect(policy([command, '-h'], dir).stdout).toBe(long.stdout);
    expect(policy(['help', command], dir).stdout).toBe(long.stdout);
    // Help wins over other arguments, even ones that would be errors.
    expect(policy([command, '--no-such-flag', '-h'], dir).stdout).toBe(long.stdout);
    // Outside a repository too.
    expect(policy([command, '--help'], tmpdir()).status).toBe(0);
  });

  it('the commands have different help texts', T, () => {
    const texts = new Set(['ci', 'guard', 'lint-staged'].map((c) => policy([c, '--help'], dir).stdout));
    expect(texts.size).toBe(3);
  });

  it('--help, -h and help print the overview', T, () => {
    const r = policy(['--help'], dir);
    expect(r.status).toBe(0);
    for (const c of ['ci', 'guard', 'lint-staged', 'help']) expect(r.stdout).toContain(`cnpg-site-policy ${c}`);
    expect(policy(['-h'], dir).stdout).toBe(r.stdout);
    expect(policy(['help'], dir).stdout).toBe(r.stdout);
  });

  it('help for an unknown command, and an unknown command, are usage errors', T, () => {
    expectInputError(policy(['help', 'nope'], dir), /no command "nope"/);
    expectInputError(policy(['nope'], dir), /unknown command "nope"/);
  });

  it('lint-staged of a file that does not exist exits 2', T, () => {
    expectInputError(policy(['lint-staged', '/does/not/exist.yaml'], dir), /\/does\/not\/exist\.yaml: not inside the repository/);
    expectInputError(policy(['lint-staged', 'sites/typo.yaml'], dir), /^error: sites\/typo\.yaml: no such file/m);
  });

  it('lint-staged of a file deleted in the index is not an error', T, () => {
    git(dir, 'rm', '-q', '--cached', 'sites/sa.yaml');
    rmSync(join(dir, 'sites/sa.yaml'));
    try {
      const r = policy(['lint-staged', 'sites/sa.yaml'], dir);
      expect(r.status, r.stderr).toBe(0);
    } finally {
      git(dir, 'checkout', '-q', 'HEAD', '--', 'sites/sa.yaml');
    }
  });

  it('-o yaml is -o json as YAML', T, () => {
    const json = policy(['lint-staged', 'sites/sa.yaml', '-o', 'json'], dir);
    const yaml = policy(['lint-staged', 'sites/sa.yaml', '-o', 'yaml'], dir);
    expect(json.status, json.stderr).toBe(0);
    expect(yaml.status, yaml.stderr).toBe(0);
    expect(parse(yaml.stdout)).toEqual(JSON.parse(json.stdout));
    expectInputError(policy(['guard', '-o', 'xml'], dir), /-o xml: unknown output format; use one of stylish, json, sarif, github, yaml/);
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, plainEnv, STACK_FRAME, tempDir } from './fixtures/cli.js';

const T = { timeout: 60_000 };

/** A usage or input error: exit 2, one line on stderr, nothing on stdout, no stack. */
function expectInputError(r: ReturnType<typeof cli>, re: RegExp): void {
  expect(r.status, r.stdout + r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(re);
  expect(r.stderr).not.toMatch(STACK_FRAME);
}

describe('nothing to check is an error', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir('nothing');
    mkdirSync(join(tmp.dir, 'empty'));
    mkdirSync(join(tmp.dir, 'docs'));
    writeFileSync(join(tmp.dir, 'docs/README.md'), '# not a manifest\n');
    mkdirSync(join(tmp.dir, 'app'));
    writeFileSync(join(tmp.dir, 'app/config.yaml'), 'foo: 1\n');
  });
  afterAll(() => tmp.remove());

  it('lint of an empty folder exits 2 with one line', T, () => {
    expectInputError(cli(['lint', 'empty'], { cwd: tmp.dir }), /^error: no YAML files found in empty: nothing to lint$/m);
  });

  it('lint of a folder without YAML files exits 2, whatever the output format', T, () => {
    for (const o of ['stylish', 'json', 'yaml', 'sarif', 'github']) {
      expectInputError(cli(['lint', '-o', o, 'docs', 'empty'], { cwd: tmp.dir }), /no YAML files found in docs, empty/);
    }
  });

  it('lint in a folder without YAML files, with no paths, exits 2', T, () => {
    expectInputError(cli(['lint'], { cwd: join(tmp.dir, 'docs') }), /no YAML files found in \.: nothing to lint/);
  });

  it('a YAML file that is not a manifest is still looked at: a note, exit 0', T, () => {
    const r = cli(['lint', 'app'], { cwd: tmp.dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1 note hidden/);
  });

  it('--profile naming no file says the file does not exist', T, () => {
    expectInputError(cli(['lint', '--profile', '/nope', 'app'], { cwd: tmp.dir }), /^error: --profile \/nope: the file does not exist$/m);
    expectInputError(cli(['lint', '--profile', 'empty', 'app'], { cwd: tmp.dir }), /^error: --profile empty: not a file$/m);
    expectInputError(cli(['plan-restore', 'db', '--profile', '/nope', '--repo', tmp.dir], { cwd: tmp.dir }), /--profile \/nope: the file does not exist/);
  });
});

describe('--endpoint-url is checked first', () => {
  // No credentials and no repository: the URL must be refused before either is looked at.
  const env = plainEnv({ AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' });
  const URL_ERROR = /^error: --endpoint-url "notaurl" is not an http\(s\) URL; give one such as https:\/\/s3\.example\.com or http:\/\/127\.0\.0\.1:9000$/m;

  it('backups with a Cluster name', T, () => {
    expectInputError(cli(['backups', 'forgejo-db', '--endpoint-url', 'notaurl'], { cwd: '/', env }), URL_ERROR);
  });

  it('backups with --s3-path', T, () => {
    expectInputError(cli(['backups', '--s3-path', 's3://b/p/', '--server-name', 'db', '--endpoint-url', 'notaurl'], { cwd: '/', env }), URL_ERROR);
    expectInputError(cli(['backups', '--s3-path', 's3://b/p/', '--server-name', 'db', '--endpoint-url', 'ftp://host'], { cwd: '/', env }), /--endpoint-url "ftp:\/\/host" is not an http\(s\) URL/);
  });

  it('plan-restore', T, () => {
    expectInputError(cli(['plan-restore', 'forgejo-db', '--endpoint-url', 'notaurl'], { cwd: '/', env }), URL_ERROR);
  });
});

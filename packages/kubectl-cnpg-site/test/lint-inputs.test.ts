import { mkdirSync, openSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, plainEnv, STACK_FRAME, tempDir, type CliResult, type JsonReport } from './fixtures/cli.js';

const T = { timeout: 180_000 };

const CLUSTER = `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: pg
spec:
  instances: 1
  storage:
    size: 1Gi
    storageClass: cluster-nobackup
`;

/** Hostile and odd inputs, each in its own directory so its exit code can be checked alone. */
const CASES: Record<string, Record<string, string | Buffer>> = {
  broken: {
    // Line 5 is indented one space too far: the parser reports the mapping at line 4 or 5.
    'broken.yaml': 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: pg\n   instances: 3\n',
  },
  'unclosed-quote': { 'quote.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "x\n' },
  helm: {
    'cluster.yaml': 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: {{ .Release.Name }}-db\nspec:\n  instances: {{ .Values.instances }}\n',
  },
  binary: { 'blob.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x00, 0x01]) },
  empty: { 'empty.yaml': '', 'blank.yaml': '\n\n   \n' },
  'not-kubernetes': { 'config.yaml': 'listen: 0.0.0.0:8080\nworkers: 4\n' },
  'alias-bomb': {
    'bomb.yaml': [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: lol',
      'data:',
      '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      '  b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      '  c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      '  d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      '  e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      '  f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      '  g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      '  h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      '  i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
      '',
    ].join('\n'),
  },
  'duplicate-key': { 'dup.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n' },
  'many-keys': {
    'keys.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: keys\ndata:\n${Array.from({ length: 100_000 }, (_, i) => `  k${i}: v${i}\n`).join('')}`,
    'good.yaml': CLUSTER,
  },
  'wrong-types': { 'weird.yaml': '- 1\n- 2\n---\njust a string\n---\n42\n---\n[apiVersion, kind]\n' },
};

describe('odd and hostile inputs', () => {
  let tmp: ReturnType<typeof tempDir>;
  const run = (name: string, ...extra: string[]): CliResult => cli(['lint', ...extra, name], { cwd: tmp.dir });
  const report = (name: string): { r: CliResult; j: JsonReport } => {
    const r = run(name, '-o', 'json');
    return { r, j: JSON.parse(r.stdout) as JsonReport };
  };
  /** Completed without a crash: a documented exit code and no stack trace anywhere. */
  const clean = (r: CliResult, status: number) => {
    expect(r.status, r.stderr).toBe(status);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(STACK_FRAME);
  };

  beforeAll(() => {
    tmp = tempDir('inputs');
    for (const [name, files] of Object.entries(CASES)) {
      mkdirSync(join(tmp.dir, name));
      for (const [f, content] of Object.entries(files)) writeFileSync(join(tmp.dir, name, f), content);
    }
    // 20 MB of valid YAML: a ConfigMap with many keys.
    mkdirSync(join(tmp.dir, 'huge'));
    const fd = openSync(join(tmp.dir, 'huge', 'huge.yaml'), 'w');
    writeSync(fd, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: huge\ndata:\n');
    const line = `  k%: "${'x'.repeat(90)}"\n`;
    let chunk = '';
    for (let i = 0; i < 200_000; i++) {
      chunk += line.replace('%', String(i));
      if (chunk.length > 1_000_000) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
    closeSync(fd);
    // A good manifest beside each odd file: the rest is still checked.
    writeFileSync(join(tmp.dir, 'broken', 'good.yaml'), CLUSTER);
  });
  afterAll(() => tmp.remove());

  it('broken YAML: an error at the parser location, exit 1, the rest still loaded', T, () => {
    const { r, j } = report('broken');
    clean(r, 1);
    const syntax = j.diagnostics.filter((d) => d.ruleId === 'yaml-syntax');
    expect(syntax).toHaveLength(1);
    expect(syntax[0]).toMatchObject({ severity: 'error', file: 'broken/broken.yaml' });
    expect([4, 5]).toContain(syntax[0]!.line);
    expect(syntax[0]!.message).toMatch(/YAML/);
    expect(j.summary.resources).toBeGreaterThanOrEqual(1);
    // stylish: one line with file:line:col
    const s = run('broken');
    expect(s.stdout).toMatch(new RegExp(`^broken/broken\\.yaml:${syntax[0]!.line}:${syntax[0]!.column} {2}error {2}.* {2}yaml-syntax$`, 'm'));
  });

  it('an unclosed quote: an error, exit 1', T, () => {
    const { r, j } = report('unclosed-quote');
    clean(r, 1);
    expect(j.diagnostics.some((d) => d.ruleId === 'yaml-syntax' && d.severity === 'error' && d.file === 'unclosed-quote/quote.yaml')).toBe(true);
  });

  it('a Helm template is skipped with a note, exit 0', T, () => {
    const { r, j } = report('helm');
    clean(r, 0);
    expect(j.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'skipped-file', severity: 'info', file: 'helm/cluster.yaml', message: expect.stringMatching(/Helm template/) }),
    ]);
  });

  it('a binary file is skipped with a note, exit 0', T, () => {
    const { r, j } = report('binary');
    clean(r, 0);
    expect(j.diagnostics).toEqual([expect.objectContaining({ ruleId: 'skipped-file', severity: 'info', file: 'binary/blob.yaml', message: expect.stringMatching(/binary/) })]);
  });

  it('empty files are skipped with a note, exit 0', T, () => {
    const { r, j } = report('empty');
    clean(r, 0);
    expect(j.diagnostics.map((d) => [d.file, d.ruleId, d.severity])).toEqual([
      ['empty/blank.yaml', 'skipped-file', 'info'],
      ['empty/empty.yaml', 'skipped-file', 'info'],
    ]);
  });

  it('YAML that is not a Kubernetes manifest is skipped with a note, exit 0', T, () => {
    const { r, j } = report('not-kubernetes');
    clean(r, 0);
    expect(j.diagnostics).toEqual([expect.objectContaining({ ruleId: 'skipped-file', severity: 'info', file: 'not-kubernetes/config.yaml' })]);
  });

  it('documents that are not objects do not crash', T, () => {
    const { r } = report('wrong-types');
    expect([0, 1]).toContain(r.status);
    expect(r.stderr).toBe('');
  });

  it('an alias bomb is refused with an error, in bounded time', T, () => {
    const { r, j } = report('alias-bomb');
    clean(r, 1);
    const refused = j.diagnostics.filter((d) => d.file === 'alias-bomb/bomb.yaml' && d.severity === 'error');
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused[0]!.message).toMatch(/alias/i);
  });

  it('a duplicate key is an error', T, () => {
    const { r, j } = report('duplicate-key');
    clean(r, 1);
    expect(j.diagnostics.some((d) => d.ruleId === 'yaml-syntax' && d.file === 'duplicate-key/dup.yaml' && d.line === 5)).toBe(true);
  });

  it('a mapping of 100,000 keys is refused at the entry bound: one error at the mapping, exit 1, the rest still loaded', T, () => {
    const { r, j } = report('many-keys');
    clean(r, 1);
    expect(j.diagnostics.filter((d) => d.file === 'many-keys/keys.yaml')).toEqual([
      expect.objectContaining({ ruleId: 'yaml-syntax', severity: 'error', line: 6, column: 3, message: expect.stringContaining('more than 10,000 entries') }),
    ]);
    expect(j.summary.resources).toBe(1);
  });

  it("the yaml library's debug variables (LOG_TOKENS, LOG_STREAM) in the environment print nothing into the output", T, () => {
    const r = cli(['lint', '-o', 'json', 'broken'], { cwd: tmp.dir, env: plainEnv({ LOG_TOKENS: '1', LOG_STREAM: '1' }) });
    clean(r, 1);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stdout).not.toMatch(/^\|/m);
  });

  it('a 20 MB file is skipped with a note saying why, exit 0', T, () => {
    const { r, j } = report('huge');
    clean(r, 0);
    expect(j.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'skipped-file', severity: 'info', file: 'huge/huge.yaml', message: expect.stringMatching(/MiB.*limit/) }),
    ]);
  });

  it('everything at once: each file gets its own diagnostic, exit 1, no crash', T, () => {
    const r = cli(['lint', '-o', 'json', '.'], { cwd: tmp.dir });
    clean(r, 1);
    const j = JSON.parse(r.stdout) as JsonReport;
    const files = new Set(j.diagnostics.map((d) => d.file));
    for (const f of ['broken/broken.yaml', 'helm/cluster.yaml', 'binary/blob.yaml', 'empty/empty.yaml', 'alias-bomb/bomb.yaml', 'huge/huge.yaml']) {
      expect(files, f).toContain(f);
    }
    // stylish hides the notes but says how many were hidden
    const s = cli(['lint', '.'], { cwd: tmp.dir });
    expect(s.stdout).toMatch(/notes? hidden; --verbose shows them/);
    expect(s.stdout).not.toMatch(STACK_FRAME);
    const v = cli(['lint', '--verbose', '.'], { cwd: tmp.dir });
    expect(v.stdout).toMatch(/^helm\/cluster\.yaml:1:1 {2}info {2}Helm template/m);
  });
});

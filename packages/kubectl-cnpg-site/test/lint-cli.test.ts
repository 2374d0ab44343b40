import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli, EXAMPLE_SITE, plainEnv, REPO, STACK_FRAME, tempDir, type JsonReport } from './fixtures/cli.js';

const T = { timeout: 120_000 };
const GRAFANA = 'examples/site/sites/dal/clusters/k2/wave-2/overlays/grafana/';
const FORGEJO = 'examples/site/sites/dal/clusters/k1/wave-2/overlays/forgejo';
const CNPG_TEST_1 = 'examples/site/sites/dal/clusters/k1/wave-1/overlays/cnpg-test-1';

function json(stdout: string): JsonReport {
  return JSON.parse(stdout) as JsonReport;
}

/** A usage or input error: exit 2, one line on stderr, nothing on stdout, no stack. */
function expectInputError(r: { status: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(STACK_FRAME);
}

describe('the example site', () => {
  let report: JsonReport;
  let status: number | null;
  beforeAll(() => {
    const r = cli(['lint', 'examples/site', '-o', 'json']);
    status = r.status;
    expect(r.stderr).toBe('');
    report = json(r.stdout);
  });

  it('exits 1: the grafana app has errors', () => {
    expect(status).toBe(1);
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it('finds nothing, not even a warning, outside the app with planted mistakes', () => {
    const elsewhere = report.diagnostics.filter((d) => d.severity !== 'info' && !d.file.startsWith(GRAFANA));
    expect(elsewhere).toEqual([]);
  });

  it('finds each planted mistake of grafana with its rule', () => {
    const at = (file: string, ruleId: string) =>
      report.diagnostics.filter((d) => d.severity === 'error' && d.file === GRAFANA + file && d.ruleId === ruleId);
    expect(at('postgres.yaml', 'storage-class')).toHaveLength(1);
    expect(at('object-store.yaml', 'archive-tags')).toHaveLength(1);
    expect(at('object-store.yaml', 'retention-policy').length).toBeGreaterThanOrEqual(1);
    // The schema rule says the same of the misplaced field; the specific finding supersedes it.
    expect(at('object-store.yaml', 'schema')).toHaveLength(0);
    expect(at('object-store.yaml', 'backup-credentials').length).toBeGreaterThanOrEqual(1);
    // Each points at the planted line.
    const text = readFileSync(join(REPO, GRAFANA, 'postgres.yaml'), 'utf8').split('\n');
    expect(text[at('postgres.yaml', 'storage-class')[0]!.line - 1]).toContain('storageClass: standard');
    const store = readFileSync(join(REPO, GRAFANA, 'object-store.yaml'), 'utf8').split('\n');
    expect(store[at('object-store.yaml', 'archive-tags')[0]!.line - 1]).toContain('db: grafana-postgres');
    expect(store[at('object-store.yaml', 'backup-credentials')[0]!.line - 1]).toContain('ACCESS_KEY_ID');
  });

  it('counts every file and resource', () => {
    expect(report.summary.files).toBeGreaterThanOrEqual(20);
    expect(report.summary.resources).toBeGreaterThanOrEqual(20);
  });

  it('exits 0 on each clean overlay', T, () => {
    for (const overlay of [FORGEJO, CNPG_TEST_1]) {
      const r = cli(['lint', overlay]);
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^✔ 0 errors, 0 warnings in \d+ resources from \d+ files/m);
    }
  });
});

describe('-o json', () => {
  it('has the documented shape, with paths relative to the working directory', T, () => {
    const r = cli(['lint', '-o', 'json', 'sites/dal/clusters/k2'], { cwd: EXAMPLE_SITE });
    expect(r.status).toBe(1);
    const out = json(r.stdout) as unknown as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['diagnostics', 'summary']);
    expect(Object.keys(out.summary as object)).toEqual(['errors', 'warnings', 'files', 'resources', 'profile']);
    expect((out.summary as { profile: string }).profile).toBe('built-in');
    const list = (out as unknown as JsonReport).diagnostics;
    expect(list.length).toBeGreaterThan(0);
    for (const d of list) {
      for (const k of Object.keys(d)) expect(['ruleId', 'severity', 'message', 'file', 'line', 'column', 'resource', 'field', 'messageId', 'fingerprint', 'fix']).toContain(k);
      expect(d.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(typeof d.messageId).toBe('string');
      expect(['error', 'warning', 'info']).toContain(d.severity);
      expect(typeof d.ruleId).toBe('string');
      expect(typeof d.message).toBe('string');
      expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
      expect(Number.isInteger(d.column) && d.column >= 1).toBe(true);
      expect(d.file).not.toMatch(/^\/|\\/);
      expect(d.file.startsWith('sites/dal/clusters/k2/')).toBe(true);
      if (d.resource) {
        expect(typeof d.resource.apiVersion).toBe('string');
        expect(typeof d.resource.kind).toBe('string');
        expect(typeof d.resource.name).toBe('string');
      }
      if (d.fix) expect(typeof d.fix.description).toBe('string');
    }
    const sc = list.find((d) => d.ruleId === 'storage-class')!;
    expect(sc.resource).toEqual({ apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', namespace: 'grafana', name: 'grafana-db' });
  });

  it('counts errors and warnings as listed', T, () => {
    const r = json(cli(['lint', '-o', 'json', 'examples/site']).stdout);
    expect(r.summary.errors).toBe(r.diagnostics.filter((d) => d.severity === 'error').length);
    expect(r.summary.warnings).toBe(r.diagnostics.filter((d) => d.severity === 'warning').length);
  });
});

describe('output is stable', () => {
  it('is byte-identical across runs, in every format', T, () => {
    for (const format of ['json', 'stylish', 'sarif', 'github']) {
      const a = cli(['lint', '-o', format, 'examples/site']);
      const b = cli(['lint', '-o', format, 'examples/site']);
      expect(a.stdout.length).toBeGreaterThan(0);
      expect(b.stdout).toBe(a.stdout);
    }
  });

  it('lists diagnostics by file, then line, then column', T, () => {
    const list = json(cli(['lint', '-o', 'json', 'examples/site']).stdout).diagnostics;
    const keys = list.map((d) => [d.file, d.line, d.column] as const);
    const sorted = [...keys].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1] || x[2] - y[2]));
    expect(keys).toEqual(sorted);
  });
});

describe('-o stylish', () => {
  it('prints file:line:col  severity  message  ruleId, the fix, and a summary', T, () => {
    const r = cli(['lint', 'examples/site']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /^examples\/site\/sites\/dal\/clusters\/k2\/wave-2\/overlays\/grafana\/postgres\.yaml:16:19 {2}error {2}spec\.storage\.storageClass is "standard".* {2}storage-class$/m,
    );
    expect(r.stdout).toMatch(/^ {2}fix: set spec\.storage\.storageClass to "cluster-nobackup"$/m);
    expect(r.stdout).toMatch(/^✖ \d+ errors, 0 warnings in \d+ resources from \d+ files/m);
  });
});

describe('-o github', () => {
  it('prints one workflow command per finding', T, () => {
    const r = cli(['lint', '-o', 'github', 'examples/site']);
    expect(r.status).toBe(1);
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands.length).toBeGreaterThanOrEqual(4);
    for (const c of commands) expect(c).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[a-z-]+::\S/);
    expect(commands).toContainEqual(
      expect.stringMatching(/^::error file=examples\/site\/sites\/dal\/clusters\/k2\/wave-2\/overlays\/grafana\/postgres\.yaml,line=16,col=19,title=storage-class::/),
    );
  });
});

describe('-o sarif', () => {
  /** The official SARIF 2.1.0 schema (OASIS errata01), vendored in fixtures/. */
  function sarifValidator() {
    const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    // The published file declares draft-04 (`id`); its keywords mean the same in draft-07,
    // which is what Ajv's default export implements.
    schema.$schema = 'http://json-schema.org/draft-07/schema#';
    schema.$id = schema.id;
    delete schema.id;
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/\s/.test(s));
    ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s));
    return ajv.compile(schema);
  }

  it('is valid against the official 2.1.0 schema', T, () => {
    const validate = sarifValidator();
    const r = cli(['lint', '-o', 'sarif', 'examples/site']);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout) as { version: string; runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(log.version).toBe('2.1.0');
    const results = log.runs[0]!.results;
    expect(results.length).toBeGreaterThanOrEqual(4);
    expect(results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toContain(
      'examples/site/sites/dal/clusters/k2/wave-2/overlays/grafana/postgres.yaml',
    );
  });

  it('rejects a log that breaks the schema (the validator is real)', () => {
    const validate = sarifValidator();
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });

  it('places files from the git root whatever the working directory (SARIF and GitHub annotations)', T, () => {
    const r = cli(['lint', '-o', 'sarif', 'sites/dal/clusters/k2'], { cwd: EXAMPLE_SITE });
    const log = JSON.parse(r.stdout) as { runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[] }[] };
    const run = log.runs[0]!;
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`file://${REPO}/`);
    const uris = run.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation);
    expect(uris.length).toBeGreaterThan(0);
    for (const u of uris) {
      expect(u.uriBaseId).toBe('%SRCROOT%');
      expect(u.uri.startsWith('examples/site/sites/dal/clusters/k2/')).toBe(true);
    }
    const gh = cli(['lint', '-o', 'github', 'sites/dal/clusters/k2'], { cwd: EXAMPLE_SITE });
    const files = gh.stdout.split('\n').filter((l) => l.startsWith('::')).map((l) => /file=([^,]+)/.exec(l)![1]!);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f.startsWith('examples/site/sites/dal/clusters/k2/')).toBe(true);
    // Stylish and JSON stay relative to the working directory, for the reader.
    const json = JSON.parse(cli(['lint', '-o', 'json', 'sites/dal/clusters/k2'], { cwd: EXAMPLE_SITE }).stdout) as JsonReport;
    expect(json.diagnostics[0]!.file.startsWith('sites/dal/clusters/k2/')).toBe(true);
  });

  it('is valid on a clean run too', T, () => {
    const validate = sarifValidator();
    const r = cli(['lint', '-o', 'sarif', FORGEJO]);
    expect(r.status).toBe(0);
    expect(validate(JSON.parse(r.stdout))).toBe(true);
  });
});

describe('color', () => {
  const ESC = '\u001b[';
  it('is off when stdout is a pipe', T, () => {
    const r = cli(['lint', 'examples/site']);
    expect(r.stdout).not.toContain(ESC);
  });

  it('is on with FORCE_COLOR, off again with NO_COLOR', T, () => {
    const forced = cli(['lint', 'examples/site'], { env: plainEnv({ FORCE_COLOR: '1' }) });
    expect(forced.stdout).toContain(`${ESC}31merror${ESC}0m`);
    const both = cli(['lint', 'examples/site'], { env: plainEnv({ FORCE_COLOR: '1', NO_COLOR: '1' }) });
    expect(both.stdout).not.toContain(ESC);
    expect(both.stdout.length).toBeGreaterThan(0);
  });

  /** Runs the CLI with stdout on a pseudo-terminal (util-linux `script`). */
  function onTty(extra: Record<string, string>): string {
    const ensure = spawnSync(join(REPO, 'scripts/ensure-system-packages.sh'), ['bsdutils'], { encoding: 'utf8' });
    expect(ensure.status, `script(1) from bsdutils is required: ${ensure.stderr}`).toBe(0);
    const r = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} lint examples/site`, '/dev/null'], {
      cwd: REPO,
      env: plainEnv(extra),
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(1);
    return r.stdout;
  }

  it('is on when stdout is a terminal, and off there with NO_COLOR', T, () => {
    expect(onTty({})).toContain(`${ESC}31merror${ESC}0m`);
    const noColor = onTty({ NO_COLOR: '1' });
    expect(noColor).toMatch(/error {2}/);
    expect(noColor).not.toContain(ESC);
  });

  it('never colors machine formats', T, () => {
    for (const format of ['json', 'sarif', 'github']) {
      const r = cli(['lint', '-o', format, 'examples/site'], { env: plainEnv({ FORCE_COLOR: '1' }) });
      expect(r.stdout).not.toContain(ESC);
    }
  });
});

describe('usage and input errors exit 2 with one line', () => {
  it('an unknown flag', T, () => {
    expectInputError(cli(['lint', '--no-such-flag', 'examples/site']), /--no-such-flag/);
  });

  it('an unknown output format', T, () => {
    expectInputError(cli(['lint', '-o', 'xml', 'examples/site']), /xml.*stylish, json, sarif, github/);
  });

  it('an unknown command', T, () => {
    expectInputError(cli(['lnit']), /lnit/);
  });

  it('a path that does not exist', T, () => {
    expectInputError(cli(['lint', 'examples/no-such-site']), /no such file or directory: .*examples\/no-such-site/);
  });

  it('a profile given with --profile that does not exist', T, () => {
    expectInputError(cli(['lint', '--profile', 'no-such-profile.yaml', 'examples/site']), /no-such-profile\.yaml/);
  });

  describe('a bad .cnpg-site.yaml', () => {
    let tmp: ReturnType<typeof tempDir>;
    beforeAll(() => {
      tmp = tempDir('profile');
      cpSync(join(EXAMPLE_SITE, 'sites'), join(tmp.dir, 'sites'), { recursive: true });
    });
    afterAll(() => tmp.remove());

    it('an unknown field: names the file, line and field', T, () => {
      writeFileSync(join(tmp.dir, '.cnpg-site.yaml'), 'storage:\n  storageClas: fast\n');
      expectInputError(cli(['lint', 'sites'], { cwd: tmp.dir }), /^error: \.cnpg-site\.yaml:2:3: .*storage\.storageClas/);
    });

    it('a bad severity', T, () => {
      writeFileSync(join(tmp.dir, '.cnpg-site.yaml'), 'rules:\n  storage-class: loud\n');
      expectInputError(cli(['lint', 'sites'], { cwd: tmp.dir }), /\.cnpg-site\.yaml:2:\d+: .*rules\.storage-class.*"error", "warning", "info", "off"/);
    });

    it('an unknown rule', T, () => {
      writeFileSync(join(tmp.dir, '.cnpg-site.yaml'), 'rules:\n  no-such-rule: off\n');
      expectInputError(cli(['lint', 'sites'], { cwd: tmp.dir }), /no-such-rule/);
    });

    it('broken YAML', T, () => {
      writeFileSync(join(tmp.dir, '.cnpg-site.yaml'), 'rules: [\n');
      expectInputError(cli(['lint', 'sites'], { cwd: tmp.dir }), /\.cnpg-site\.yaml/);
    });

    it('a valid one changes severities', T, () => {
      writeFileSync(join(tmp.dir, '.cnpg-site.yaml'), 'rules:\n  storage-class: warning\n');
      const r = json(cli(['lint', '-o', 'json', 'sites'], { cwd: tmp.dir }).stdout);
      const sc = r.diagnostics.filter((d) => d.ruleId === 'storage-class');
      expect(sc.length).toBe(1);
      expect(sc[0]!.severity).toBe('warning');
    });
  });
});

describe('--version and --help', () => {
  it('--version prints name and version', T, () => {
    const r = cli(['--version']);
    expect(r.status).toBe(0);
    const pkg = JSON.parse(readFileSync(join(REPO, 'packages/kubectl-cnpg-site/package.json'), 'utf8')) as { version: string };
    expect(r.stdout).toMatch(new RegExp(`^kubectl-cnpg_site/${pkg.version.replace(/\./g, '\\.')} `));
    expect(r.stderr).toBe('');
  });

  it('--help lists the lint command', T, () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\s+lint\s+Check manifests/m);
  });

  it('lint --help shows the flags, the exit codes and examples', T, () => {
    const r = cli(['lint', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--output');
    expect(r.stdout).toContain('stylish|json|sarif|github|yaml');
    expect(r.stdout).toMatch(/Exit status: 0 no errors, 1 errors found, 2 usage or input error/);
    expect(r.stdout).toMatch(/^EXAMPLES$/m);
    expect(r.stdout).toMatch(/\$ kubectl cnpg-site lint -o sarif/);
  });
});

import { describe, expect, it } from 'vitest';
import { appliedTo, legacyApp, loadMemory, OVERLAY, pluginApp, ROOT } from '../../test/helpers.js';
import { parseHelmTemplate } from '../deploy/model.js';
import { parseProfile } from '../profile/load.js';
import { lint } from '../lint/lint.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { planRestore } from '../restore/plan.js';
import { restorePlanJson } from '../restore/render.js';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPaths } from '../deploy/render.js';
import { MAX_DEPTH, MAX_ENTRIES, parseFileContent, readYamlText } from './parse-file.js';

const ROOT_FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures');

const LIMITS = { maxBytes: 5 * 1024 * 1024, maxAlias: 1000 };
const parseText = (text: string) => parseFileContent('/repo/f.yaml', Buffer.from(text), LIMITS);

describe('aliases that form a cycle', () => {
  it.each([
    ['an anchor used inside its own sequence', 'a: &x [*x]\n', 1, 8],
    ['an anchor used inside its own map', 'kind: A\nb: &x\n  c: *x\n', 3, 6],
    ['a re-defined anchor used inside itself', 'a: &x [1]\nb: &x\n  - *x\n', 3, 5],
    ['two anchors, each inside the other', '- &a\n  - &b\n    - *a\n    - *b\n', 3, 7],
  ])('%s: one error at the alias, the document skipped, the others kept', (_name, doc, line, column) => {
    const r = parseText(`x: 1\n---\n${doc}---\ny: 2\n`);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'yaml-syntax', severity: 'error', line: line + 2, column, message: expect.stringContaining('refers to a node that holds it') }),
    ]);
    expect(r.docs.map((d) => d.index)).toEqual([0, 2]);
    expect(r.docs.map((d) => d.data)).toEqual([{ x: 1 }, { y: 2 }]);
  });

  it('keeps aliases that only share a value', () => {
    const r = parseText('a: &x [1]\nb: *x\nc: &y {d: *x}\ne: *y\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.docs[0]!.data).toEqual({ a: [1], b: [1], c: { d: [1] }, e: { d: [1] } });
  });

  it('still refuses alias bombs', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    const r = parseText(lines.join('\n') + '\n');
    expect(r.diagnostics[0]!.message).toMatch(/aliases expand beyond 1000/);
    expect(r.docs).toEqual([]);
  });

  it('no rule and no planner walks a cyclic value; plan-restore JSON has no circular structure', () => {
    const files = pluginApp();
    const key = Object.keys(files).find((k) => k.endsWith('postgres.yaml'))!;
    // The Cluster file gets cyclic documents before and after the Cluster, and one inside a ScheduledBackup.
    files[key] = `x: &x [*x]\n---\n${files[key]!}---\napiVersion: postgresql.cnpg.io/v1\nkind: ScheduledBackup\nmetadata:\n  name: sb\nspec:\n  cluster: &c\n    name: *c\n`;
    const { inventory, diagnostics } = loadMemory(files);
    const cyc = diagnostics.filter((d) => d.message.includes('refers to a node that holds it'));
    expect(cyc.map((d) => d.line)).toEqual([1, expect.any(Number)]);
    expect(() => lint(inventory, DEFAULT_PROFILE, { loadDiagnostics: diagnostics })).not.toThrow();
    const plan = planRestore({ inventory, profile: DEFAULT_PROFILE, root: ROOT, strategy: 'rename', clusterName: 'forgejo-db' });
    expect(() => JSON.parse(restorePlanJson(plan, ROOT))).not.toThrow();
  });

  it('plans a restore beside a kustomization whose alias comes before its anchor (found by fuzzing)', () => {
    const files = pluginApp();
    const key = Object.keys(files).find((k) => k.endsWith('/kustomization.yaml'))!;
    files[key] = `  <<: *f0\nnamePrefix: &f0 x-\n%YAML 1.2\n---\n${files[key]!}`;
    const { inventory } = loadMemory(files);
    expect(() => planRestore({ inventory, profile: DEFAULT_PROFILE, root: ROOT, strategy: 'rename', clusterName: 'forgejo-db' })).not.toThrow();
  });

  // The bound is a hang guard: the plan's own parse of the file, without the loader's guards, took minutes.
  it('plans a restore beside a file holding a megabyte run of quotes (found by fuzzing)', { timeout: 30_000 }, () => {
    const files = pluginApp();
    const key = Object.keys(files).find((k) => k.endsWith('service-account.yaml'))!;
    // The file names the Cluster, so the plan reads it for references.
    files[key] = `${files[key]!}  annotations:\n    db: forgejo-db-rw\n  huge: ${'"'.repeat(1_000_000)}\n`;
    const { inventory } = loadMemory(files);
    const plan = planRestore({ inventory, profile: DEFAULT_PROFILE, root: ROOT, strategy: 'rename', clusterName: 'forgejo-db' });
    expect(plan.edits.length).toBeGreaterThan(0);
  });

  it('refuses an inline patch whose alias is used inside its own anchor: one error, lint and render go on (found by fuzzing)', () => {
    const files = pluginApp();
    const k = `${OVERLAY}/kustomization.yaml`;
    files[k] += `patches:\n  - target:\n      kind: ConfigMap\n    patch: |-\n      apiVersion: v1\n      kind: ConfigMap\n      metadata:\n        name: x\n      a: &x [*x]\n`;
    const { inventory, diagnostics } = loadMemory(files);
    const found = lint(inventory, DEFAULT_PROFILE, { loadDiagnostics: diagnostics }).filter((d) => d.message.includes('holds it'));
    expect(found.map((d) => [d.ruleId, d.file, d.line])).toEqual([['kustomize-resources', `${ROOT}/${k}`, expect.any(Number)]]);
    expect(found[0]!.message).toMatch(/^inline patch does not parse: YAML alias \*x refers to a node that holds it, so its value never ends$/);
    const plan = planRestore({ inventory, profile: DEFAULT_PROFILE, root: ROOT, strategy: 'rename', clusterName: 'forgejo-db' });
    expect(() => JSON.parse(restorePlanJson(plan, ROOT))).not.toThrow();
  });

  it('reads YAML inline in another file with the loader\'s checks: a cycle is refused, a shared value kept', () => {
    expect(readYamlText('a: &x [*x]\n').error?.message).toMatch(/refers to a node that holds it/);
    expect(readYamlText('a: &x [1]\nb: *x\n')).toEqual({ docs: [{ a: [1], b: [1] }] });
    // A Helm template's text: keys set in an if and its else both stay readable; a cycle is not.
    expect(parseHelmTemplate('kind: Application\n{{- if .Values.a }}\npath: a\n{{- else }}\npath: b\n{{- end }}\n')).toEqual([{ kind: 'Application', path: 'b' }]);
    expect(parseHelmTemplate('kind: Application\nspec: &s\n  x: *s\n')).toEqual([undefined]);
  });

  it('refuses a profile whose alias is used inside its own anchor, at its line', () => {
    expect(() => parseProfile('site:\n  name: x\nrules: &r\n  a: *r\n', '/repo/.cnpg-site.yaml')).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/^invalid profile: YAML alias \*r refers to a node that holds it, so its value never ends$/), line: 4 }),
    );
  });

  it('plans a restore of a Cluster whose document holds 101 to 1000 aliases', () => {
    const files = pluginApp();
    const key = Object.keys(files).find((k) => k.endsWith('postgres.yaml'))!;
    const labels = Array.from({ length: 500 }, (_, i) => `    l${i}: *team`).join('\n');
    expect(files[key]).toMatch(/^kind: Cluster\nmetadata:\n/m);
    files[key] = files[key]!.replace(/^kind: Cluster\nmetadata:\n/m, `kind: Cluster\nmetadata:\n  labels:\n    team: &team db\n${labels}\n`);
    const { inventory, diagnostics } = loadMemory(files);
    expect(diagnostics.filter((d) => d.severity === 'error' && d.ruleId === 'yaml-syntax')).toEqual([]);
    const plan = planRestore({ inventory, profile: DEFAULT_PROFILE, root: ROOT, strategy: 'rename', clusterName: 'forgejo-db' });
    expect(plan.edits.length).toBeGreaterThan(0);
  });
});

describe('bounded work on hostile YAML', () => {
  it('reports a duplicate key as one error, found in linear time (100,000 keys, the entry bound raised)', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}: ${i}`);
    const raised = { ...LIMITS, maxEntries: 200_000 };
    expect(parseFileContent('/repo/f.yaml', Buffer.from(keys.join('\n') + '\n'), raised).diagnostics).toEqual([]);
    const r = parseFileContent('/repo/f.yaml', Buffer.from([...keys, 'k5: again'].join('\n') + '\n'), raised);
    expect(r.diagnostics).toEqual([expect.objectContaining({ ruleId: 'yaml-syntax', line: 100_001, column: 1, message: 'YAML syntax error: Map keys must be unique; the document is skipped' })]);
    // The first duplicate in the text is the one reported, at any depth.
    expect(parseText('a:\n  x: 1\n  x: 2\na: 3\n').diagnostics[0]).toMatchObject({ line: 3 });
    expect(parseText('{a: 1, a: 2}\n').diagnostics[0]).toMatchObject({ message: expect.stringContaining('Map keys must be unique') });
  });

  it('refuses a mapping of 100,000 keys at the entry bound: one error at the mapping, without parsing the rest', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `  k${i}: v${i}`);
    const r = parseText(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n${keys.join('\n')}\n`);
    expect(r.skipped).toBe(true);
    expect(r.docs).toEqual([]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'yaml-syntax', severity: 'error', line: 6, column: 3, message: `a mapping or sequence here holds more than ${MAX_ENTRIES.toLocaleString('en')} entries, the most one collection may hold; the file is skipped` }),
    ]);
  });

  it('refuses a flow sequence of 20,000 items on one line, and a block sequence, at the bound', () => {
    expect(parseText(`a: [${'1,'.repeat(20_000)}1]\n`).diagnostics).toEqual([expect.objectContaining({ line: 1, column: 4, message: expect.stringContaining('more than 10,000 entries') })]);
    expect(parseText(`a:\n${'- 1\n'.repeat(20_000)}`).diagnostics).toEqual([expect.objectContaining({ line: 2, column: 1, message: expect.stringContaining('more than 10,000 entries') })]);
  });

  it('holds the entry bound in YAML written inline in a kustomization (a patch of 20,000 keys)', () => {
    const files = pluginApp();
    const dir = 'sites/dal/clusters/k1/wave-2/overlays/forgejo';
    const keys = Array.from({ length: 20_000 }, (_, i) => `            k${i}: v`).join('\n');
    files[`${dir}/kustomization.yaml`] += `patches:\n  - patch: |\n      apiVersion: v1\n      kind: ConfigMap\n      metadata:\n        name: big\n      data:\n${keys.replace(/^ {6}/gm, '        ')}\n`;
    const { inventory, diagnostics } = loadMemory(files);
    const found = lint(inventory, DEFAULT_PROFILE, { loadDiagnostics: diagnostics }).filter((d) => d.message.includes('entries'));
    expect(found.map((d) => [d.ruleId, d.message])).toEqual([['kustomize-resources', 'inline patch does not parse: a mapping or sequence holds more than 10,000 entries']]);
  });

  it('refuses a mapping that passes the bound a few entries before its document ends (found by fuzzing)', () => {
    // 10,004 top-level keys: the looks while parsing (every 1024 tokens) come before the map passes the bound.
    const keys = Array.from({ length: MAX_ENTRIES }, (_, i) => `k${i}: v`).join('\n');
    const r = parseText(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n${keys}\nspec: {}\n`);
    expect(r.diagnostics).toEqual([expect.objectContaining({ line: 1, column: 1, message: expect.stringContaining('more than 10,000 entries') })]);
  });

  it.each([
    ['render (each root as its controller renders it)', (dir: string) => renderPaths([join(dir, 'overlays/prod')])],
    ['render --root (as kustomize build)', (dir: string) => renderPaths([], { root: join(dir, 'overlays/prod') })],
  ])('%s reads an inline patch of 3,000 keys once, not once per field (found by fuzzing)', (_n, run) => {
    const dir = mkdtempSync(join(tmpdir(), 'cnpg-site-inline-'));
    try {
      cpSync(join(ROOT_FIXTURES, 'render/own'), dir, { recursive: true });
      const k = join(dir, 'overlays/prod/kustomization.yaml');
      const keys = Array.from({ length: 3000 }, (_, i) => `          k${i}: v`).join('\n');
      // The NetworkPolicy patch gains a map of 3,000 keys: 3,000 fields whose origin is the inline text.
      writeFileSync(k, readFileSync(k, 'utf8').replace(/( {6}metadata:\n {8}name: ignored\n)/, `$1        extra:\n${keys}\n`));
      const out = run(dir);
      const np = out.resources.find((r) => (r.object as { kind?: string }).kind === 'NetworkPolicy')!;
      expect(Object.keys((np.object as { metadata: { extra: object } }).metadata.extra)).toHaveLength(3000);
      const origin = np.fields['metadata.extra.k2999'];
      expect(origin).toMatchObject({ file: k, line: expect.any(Number) });
      expect(readFileSync(k, 'utf8').split('\n')[origin!.line - 1]).toContain('k2999: v');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a collection of exactly the bound', () => {
    const keys = Array.from({ length: MAX_ENTRIES }, (_, i) => `  k${i}: v`);
    const r = parseText(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n${keys.join('\n')}\n`);
    expect(r.diagnostics).toEqual([]);
    expect(Object.keys((r.docs[0]!.data as { data: object }).data)).toHaveLength(MAX_ENTRIES);
  });

  it('stops a parse that takes longer than its time budget, with one error at the line where it stopped', () => {
    const docs = Array.from({ length: 5000 }, (_, i) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm${i}\ndata:\n  a: "${'x'.repeat(100)}"\n`).join('');
    const r = parseFileContent('/repo/f.yaml', Buffer.from(docs), { ...LIMITS, maxParseMs: 1 });
    expect(r.skipped).toBe(true);
    expect(r.docs).toEqual([]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ ruleId: 'yaml-syntax', severity: 'error', message: 'parsing this file took longer than 0.001 s and stopped here; the file is skipped' })]);
    expect(r.diagnostics[0]!.line).toBeGreaterThan(1);
    // With the default budget the same file reads whole.
    expect(parseText(docs).docs).toHaveLength(5000);
  });

  it.each([
    ['flow sequences', '['],
    ['flow maps', '{a: '],
    ['block sequences on one line', '- '],
    ['explicit keys', '? '],
  ])('refuses %s nested deeper than the bound with one error, without a stack overflow', (_n, unit) => {
    const r = parseText(`ok: 1\n${'x: '}${unit.repeat(100_000)}\n`);
    expect(r.skipped).toBe(true);
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', line: 2, message: `YAML nested more than ${MAX_DEPTH} levels deep; skipped` })]);
  });

  it('refuses block nesting thousands of levels deep (the parser would run out of stack), at the line where it passes the bound', () => {
    const lines = ['apiVersion: v1', 'kind: ConfigMap', 'data:'];
    for (let d = 0; d < 3000; d++) lines.push(`${' '.repeat(d + 1)}k${d}:`);
    const r = parseText(lines.join('\n') + '\n');
    expect(r.skipped).toBe(true);
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', line: 3 + MAX_DEPTH, message: `YAML nested more than ${MAX_DEPTH} levels deep; skipped` })]);
    // Sequences of sequences on one line count each level.
    expect(parseText(`a:\n${'- '.repeat(400)}x\n`).skipped).toBe(true);
  });

  it('does not count the lines of a block scalar as nesting', () => {
    const body = Array.from({ length: 600 }, (_, d) => `${' '.repeat(4 + d)}line ${d}`).join('\n');
    const r = parseText(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep-text\ndata:\n  script: |\n${body}\n`);
    expect(r.skipped).toBeFalsy();
    expect(r.diagnostics).toEqual([]);
  });

  it('plans a restore in an overlay whose other file maps 10,000 keys (no quadratic duplicate-key check in the planner)', () => {
    const files = pluginApp();
    const dir = 'sites/dal/clusters/k1/wave-2/overlays/forgejo';
    const keys = Array.from({ length: MAX_ENTRIES - 1 }, (_, i) => `  k${i}: v`).join('\n');
    files[`${dir}/big.yaml`] = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n${keys}\n  note: forgejo-db-rw\n`;
    files[`${dir}/kustomization.yaml`] = files[`${dir}/kustomization.yaml`]!.replace('  - postgres.yaml\n', '  - postgres.yaml\n  - big.yaml\n');
    const { inventory } = loadMemory(files);
    const plan = planRestore({ inventory, profile: DEFAULT_PROFILE, root: ROOT, strategy: 'rename', clusterName: 'forgejo-db' });
    expect(plan.references.some((r) => r.file.endsWith('big.yaml') && r.text === 'forgejo-db-rw')).toBe(true);
  });

  it('refuses data that aliases nest deeper than the bound', () => {
    // Each alias adds 60 levels: six of them nest deeper than the bound, though no line does.
    const lines = ['a0: &a0 [1]'];
    for (let i = 1; i <= 6; i++) lines.push(`a${i}: &a${i} ${'['.repeat(60)}*a${i - 1}${']'.repeat(60)}`);
    const r = parseText(lines.join('\n') + '\n');
    expect(r.docs).toEqual([]);
    expect(r.diagnostics[0]!.message).toContain('nested more than');
  });

  it('refuses a line longer than a Kubernetes object may be (a 4 MB run of quotes) at once, naming the line', () => {
    const r = parseText(`apiVersion: v1\nkind: ConfigMap\ndata:\n  huge: ${'"'.repeat(4_000_000)}\n`);
    expect(r.skipped).toBe(true);
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', line: 4, message: expect.stringContaining('line 4 is 4,000,008 characters long') })]);
  });

  it('reads a long run of quotes as one syntax error', () => {
    const r = parseText('"'.repeat(200_000));
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.message).toMatch(/^YAML syntax error: /);
  });

  it('prints no warning for a collection used as a key', async () => {
    const warnings: unknown[] = [];
    const listen = (w: unknown) => warnings.push(w);
    process.on('warning', listen);
    try {
      const r = parseText('? [a, b]\n: 1\n? {c: d}\n: 2\n');
      expect(r.docs).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off('warning', listen);
    }
    expect(warnings).toEqual([]);
  });

  it('prints no warning for an unknown tag in a kustomization or a patch (rendered through the deployment model)', async () => {
    const warnings: unknown[] = [];
    const listen = (w: unknown) => warnings.push(w);
    process.on('warning', listen);
    try {
      const files = pluginApp();
      const k = Object.keys(files).find((f) => f.endsWith('kustomization.yaml'))!;
      files[k] = files[k]!.replace('resources:', 'commonAnnotations:\n  note: !custom x\nresources:');
      loadMemory(files);
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off('warning', listen);
    }
    expect(warnings).toEqual([]);
  });
});

describe('values an edit copies', () => {
  it('plans a restore of a Cluster with a !!binary value in the block it copies (found by fuzzing)', () => {
    const files = legacyApp();
    const key = Object.keys(files).find((k) => k.endsWith('postgres.yaml'))!;
    files[key] = files[key]!.replace('key: secret_key', `key: !!binary ${'QUFB'.repeat(40)}`);
    const { inventory } = loadMemory(files);
    const plan = planRestore({ inventory, profile: DEFAULT_PROFILE, root: ROOT, strategy: 'rename', clusterName: 'gitea-db' });
    expect(() => JSON.parse(restorePlanJson(plan, ROOT))).not.toThrow();
    // The edits as --write applies them: the copied block keeps the value, as !!binary.
    const written = appliedTo(files, plan)[key]!;
    const cluster = parseText(written).docs[0]!.data as { spec: { externalClusters: { barmanObjectStore: { s3Credentials: { secretAccessKey: { key: unknown } } } }[] } };
    const copied = cluster.spec.externalClusters[0]!.barmanObjectStore.s3Credentials.secretAccessKey.key;
    expect(Buffer.from(copied as Uint8Array).toString('base64')).toBe('QUFB'.repeat(40));
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMemory } from '../../test/helpers.js';
import { InputError } from '../errors.js';
import { lint } from '../lint/lint.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { kustomizeResources } from '../rules/kustomize-resources.js';
import type { Diagnostic } from '../types.js';
import { loadInventory, siteLocationOf } from './load.js';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cnpg-site-load-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(files: Record<string, string | Buffer>): void {
  for (const [p, text] of Object.entries(files)) {
    const abs = join(root, p);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
}

const load = (paths: string[] = ['.'], opts: { maxFileBytes?: number; maxAliasCount?: number } = {}) =>
  loadInventory(
    paths.map((p) => join(root, p)),
    { profile: DEFAULT_PROFILE, ...opts },
  );

const at = (d: Diagnostic) => `${relative(root, d.file)}:${d.line}:${d.column} ${d.ruleId} ${d.severity}`;

const sa = (name: string, ns?: string) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}`;

describe('loadInventory: kustomizations', () => {
  it('applies the kustomization namespace over the document namespace', () => {
    write({
      'app/kustomization.yaml': 'namespace: shop\nresources:\n  - sa.yaml\n',
      'app/sa.yaml': sa('shop-sa', 'elsewhere'),
    });
    const { inventory } = load();
    const [r] = inventory.ofKind('ServiceAccount');
    expect(r).toMatchObject({ name: 'shop-sa', namespace: 'shop', declaredNamespace: 'elsewhere', overlay: join(root, 'app') });
  });

  it('lets an outer kustomization namespace win, and follows directories outside the given path', () => {
    write({
      'base/kustomization.yaml': 'namespace: inner\nresources:\n  - sa.yaml\n  - extra\n',
      'base/sa.yaml': sa('a'),
      'base/extra/kustomization.yaml': 'resources:\n  - b.yaml\n',
      'base/extra/b.yaml': sa('b'),
      'overlay/kustomization.yaml': 'namespace: outer\nresources:\n  - ../base\n  - own.yaml\n',
      'overlay/own.yaml': sa('c'),
    });
    for (const paths of [['overlay'], ['.']]) {
      const { inventory, diagnostics } = load(paths);
      expect(diagnostics).toEqual([]);
      expect(inventory.ofKind('ServiceAccount').map((r) => `${r.name}@${r.namespace}`).sort()).toEqual(['a@outer', 'b@outer', 'c@outer']);
    }
    // The inner kustomization alone keeps its own namespace.
    expect(load(['base']).inventory.ofKind('ServiceAccount').map((r) => `${r.name}@${r.namespace}`).sort()).toEqual(['a@inner', 'b@inner']);
  });

  it('loads the overlay of a file given alone', () => {
    write({
      'app/kustomization.yaml': 'namespace: shop\nresources:\n  - sa.yaml\n  - other.yaml\n',
      'app/sa.yaml': sa('one'),
      'app/other.yaml': sa('two'),
    });
    const { inventory } = load(['app/sa.yaml']);
    expect(inventory.ofKind('ServiceAccount').map((r) => `${r.name}@${r.namespace}`)).toEqual(['one@shop', 'two@shop']); // in the kustomization's order, as kustomize renders it
  });

  it('reports a listed file that does not exist at the entry, as a kustomize-resources error', () => {
    write({
      'app/kustomization.yaml': 'namespace: shop\nresources:\n  - sa.yaml\n  - external-secrets.yaml\n  - nodir/\n',
      'app/sa.yaml': sa('x'),
      'app/nodir/readme.yaml': 'a: 1\n',
    });
    const { inventory } = load();
    const d = lint(inventory, DEFAULT_PROFILE, { rules: [kustomizeResources] });
    expect(d.map(at)).toEqual(['app/kustomization.yaml:4:5 kustomize-resources error', 'app/kustomization.yaml:5:5 kustomize-resources error']);
    expect(d[0]!.message).toContain('"external-secrets.yaml" is listed in resources but does not exist');
    expect(d[1]!.message).toContain('without a kustomization.yaml');
  });

  it('derives site and app from the layout path, else the app from the kustomization namespace', () => {
    write({
      'sites/dal/clusters/k1/wave-3/overlays/forgejo/kustomization.yaml': 'namespace: git\nresources: [sa.yaml]\n',
      'sites/dal/clusters/k1/wave-3/overlays/forgejo/sa.yaml': sa('forgejo-sa'),
      'elsewhere/kustomization.yaml': 'namespace: billing\nresources: [sa.yaml]\n',
      'elsewhere/sa.yaml': sa('billing-sa'),
      'loose/sa.yaml': sa('loose-sa'),
    });
    const byName = Object.fromEntries(load().inventory.resources.map((r) => [r.name, r]));
    expect(byName['forgejo-sa']).toMatchObject({ site: 'dal', k8sCluster: 'k1', wave: '3', app: 'forgejo', namespace: 'git', scope: 'dal/k1' });
    expect(byName['billing-sa']).toMatchObject({ app: 'billing', namespace: 'billing', scope: '' });
    expect(byName['billing-sa']!.site).toBeUndefined();
    expect(byName['loose-sa']!.app).toBeUndefined();
    expect(siteLocationOf('/x/sites/s1/clusters/c/wave-1/values/app1/values.yaml', DEFAULT_PROFILE)).toEqual({ site: 's1', k8sCluster: 'c', wave: '1', app: 'app1', values: true });
  });

  it('throws an InputError for a path that does not exist', () => {
    expect(() => load(['nope'])).toThrow(InputError);
    expect(() => load(['nope'])).toThrow(/no such file or directory/);
  });
});

describe('loadInventory: robustness', () => {
  it('reports broken YAML at the parser location and still loads the other documents', () => {
    write({ 'm.yaml': `${sa('first')}---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: broken\n   bad: indent\n---\n${sa('third')}` });
    const { inventory, diagnostics } = load();
    expect(inventory.resources.map((r) => r.name)).toEqual(['first', 'third']);
    expect(diagnostics.map(at)).toEqual(['m.yaml:9:9 yaml-syntax error']);
    expect(diagnostics[0]!.message).toMatch(/^YAML syntax error: .*; the document is skipped$/);
  });

  it('reports duplicate keys', () => {
    write({ 'm.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a\n  name: b\n' });
    const { inventory, diagnostics } = load();
    expect(inventory.resources).toEqual([]);
    expect(diagnostics.map(at)).toEqual(['m.yaml:5:3 yaml-syntax error']);
  });

  it('skips Helm templates, empty, binary and non-Kubernetes files with an info note', () => {
    write({
      'helm.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {{ .Release.Name }}-sa\n',
      'helm-control.yaml': '{{- if .Values.enabled }}\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: x\n{{- end }}\n',
      'empty.yaml': '',
      'blank.yaml': '\n  \n# only a comment\n',
      'binary.yaml': Buffer.from([0x61, 0x3a, 0x00, 0x01, 0x02]),
      'values.yaml': 'replicaCount: 2\nimage:\n  tag: 1.0\n',
      'list.yaml': '- a\n- b\n',
      'scalar.yaml': 'just text\n',
    });
    const { inventory, diagnostics } = load();
    expect(inventory.resources).toEqual([]);
    expect(diagnostics.map(at)).toEqual([
      'binary.yaml:1:1 skipped-file info',
      'blank.yaml:1:1 skipped-file info',
      'empty.yaml:1:1 skipped-file info',
      'helm-control.yaml:1:1 skipped-file info',
      'helm.yaml:1:1 skipped-file info',
      'list.yaml:1:1 skipped-file info',
      'scalar.yaml:1:1 skipped-file info',
      'values.yaml:1:1 skipped-file info',
    ]);
    const byFile = Object.fromEntries(diagnostics.map((d) => [relative(root, d.file), d.message]));
    expect(byFile['helm.yaml']).toContain('Helm template');
    expect(byFile['binary.yaml']).toContain('binary');
    expect(byFile['empty.yaml']).toContain('empty');
    expect(byFile['values.yaml']).toContain('not a Kubernetes manifest');
  });

  it('loads manifests whose string values hold {{ }} (ExternalSecret templates, alert annotations)', () => {
    write({
      'es.yaml': `apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: creds
spec:
  target:
    template:
      data:
        AWS_ACCESS_KEY_ID: "{{ .access_key }}"
        config: |
          key={{ .secret_key }}
`,
      'rule.yaml': 'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: r\nspec:\n  groups:\n    - name: g\n      rules:\n        - alert: A\n          annotations:\n            description: Pod {{ $labels.pod }} is slow # {{ not a template }}\n',
    });
    const { inventory, diagnostics } = load();
    expect(diagnostics).toEqual([]);
    expect(inventory.resources.map((r) => r.kind)).toEqual(['ExternalSecret', 'PrometheusRule']);
  });

  it('refuses an alias bomb (billion laughs) without expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = 'abcdefghi';
    for (let i = 1; i < names.length; i++) {
      const prev = names[i - 1]!;
      levels.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    write({ 'bomb.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n  ${levels.join('\n  ')}\n`, 'ok.yaml': sa('fine') });
    const { inventory, diagnostics } = load();
    expect(inventory.resources.map((r) => r.name)).toEqual(['fine']);
    expect(diagnostics.map(at)).toEqual(['bomb.yaml:1:1 yaml-syntax error']);
    expect(diagnostics[0]!.message).toContain('aliases expand beyond 1000');
  });

  it('skips a file over the size limit', () => {
    write({ 'big.yaml': sa('big') + `# ${'x'.repeat(4096)}\n`, 'small.yaml': sa('small') });
    const { inventory, diagnostics } = load(['.'], { maxFileBytes: 2048 });
    expect(inventory.resources.map((r) => r.name)).toEqual(['small']);
    expect(diagnostics.map(at)).toEqual(['big.yaml:1:1 skipped-file info']);
    expect(diagnostics[0]!.message).toContain('over the');
  });

  it('expands a List into its items, with positions inside the list', () => {
    write({ 'list.yaml': `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ServiceAccount\n    metadata:\n      name: one\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: two\n` });
    const { inventory } = load();
    expect(inventory.resources.map((r) => `${r.kind}/${r.name} ${r.position.line}:${r.position.column} ${JSON.stringify(r.basePath)}`)).toEqual([
      'ServiceAccount/one 4:5 ["items",0]',
      'ConfigMap/two 8:5 ["items",1]',
    ]);
  });

  it('reads a UTF-8 BOM and CRLF line endings with correct positions', () => {
    write({ 'crlf.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sa('crlf').replace(/\n/g, '\r\n'))]) });
    const { inventory, diagnostics } = load();
    expect(diagnostics).toEqual([]);
    expect(inventory.resources.map((r) => `${r.name} ${r.position.line}:${r.position.column}`)).toEqual(['crlf 1:1']);
  });

  it('reports a resource without metadata.name', () => {
    write({ 'm.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  labels: {a: b}\n' });
    const { inventory, diagnostics } = load();
    expect(inventory.resources).toEqual([]);
    expect(diagnostics.map(at)).toEqual(['m.yaml:4:3 schema error']);
  });
});

describe('loadInventory: in memory', () => {
  it('reads through the given readFile/readDir', () => {
    const { inventory } = loadMemory({ 'a/kustomization.yaml': 'namespace: n\nresources: [s.yaml]\n', 'a/s.yaml': sa('s') });
    expect(inventory.resources.map((r) => `${r.name}@${r.namespace}`)).toEqual(['s@n']);
  });
});

/**
 * The deployment model: roots found the way their controllers find them, rendered as they render
 * them, every field with its origin; and lint over what is applied.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadInventory } from '../inventory/load.js';
import { originOf, type Resource } from '../inventory/resource.js';
import { lint } from '../lint/lint.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { applyJsonPatch, PatchError } from './merge.js';
import { substituteString } from './substitute.js';
import { parseHelmTemplate } from './model.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = resolve(HERE, '../../test/fixtures/render');
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cnpg-site-model-'));
  temps.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

const load = (root: string, paths = [root]) => loadInventory(paths, { profile: DEFAULT_PROFILE, repoRoot: root });
const find = (rs: readonly Resource[], kind: string, name?: string) => rs.filter((r) => r.kind === kind && (name === undefined || r.name === name));
const at = (r: Resource, path: (string | number)[], root: string) => {
  const o = originOf(r, path);
  return `${relative(root, o.file)}:${o.line}`;
};

describe('Flux substitution', () => {
  const vars = new Map([['APP', 'echo'], ['EMPTY', '']]);
  it.each([
    ['${APP}-db', 'echo-db', []],
    ['${SIZE:=5Gi}', '5Gi', []],
    ['${SIZE:-1Gi}', '1Gi', []],
    ['${EMPTY:=x}', 'x', []],
    ['$${APP}', '${APP}', []],
    ['${NOPE}-x', '${NOPE}-x', ['NOPE']],
    ['plain', 'plain', []],
  ])('%s', (input, value, unknown) => {
    const r = substituteString(input, vars);
    expect(r.value).toBe(value);
    expect(r.unknown).toEqual(unknown);
  });
});

describe('Flux roots (a real repository: tyriis/home-ops)', () => {
  const repo = join(FIXTURES, 'field/tyriis-home-ops');
  const { inventory, model, diagnostics } = load(repo);

  it('finds the Flux Kustomizations and renders each at its path with its targetNamespace', () => {
    const ids = model!.roots.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['flux:cnpg-system/cnpg-cluster', 'flux:cnpg-system/cnpg-operator', 'flux:default/echo-server']));
    const root = model!.roots.find((r) => r.id === 'flux:cnpg-system/cnpg-cluster')!;
    expect(root.controller).toBe('flux');
    expect(relative(repo, root.path)).toBe('kubernetes/main/apps/cnpg-system/cnpg/cluster');
    expect(root.targetNamespace).toBe('cnpg-system');
    expect(root.dependsOn).toEqual(['cnpg-system/cnpg-crds', 'cnpg-system/dbman']);
    const cluster = find(inventory.resources, 'Cluster', 'postgres17')[0]!;
    expect(cluster.namespace).toBe('cnpg-system');
    expect(cluster.root).toBe('flux:cnpg-system/cnpg-cluster');
    // commonMetadata labels from the Flux Kustomization
    expect((cluster.object.metadata as { labels: Record<string, string> }).labels['app.kubernetes.io/name']).toBe('cnpg-cluster');
  });

  it('adds the components a Flux Kustomization names and substitutes its variables', () => {
    const policy = find(inventory.resources, 'SecurityPolicy');
    expect(policy.map((r) => `${r.namespace}/${r.name}`)).toEqual(['default/echo-server-pocketid']);
    // the overlay's patch over the component's resource applies
    expect(JSON.stringify(policy[0]!.object)).toContain('https://echo.techtales.io/oauth2/callback');
    expect(JSON.stringify(policy[0]!.object)).not.toContain('${');
    const root = model!.roots.find((r) => r.id === 'flux:default/echo-server')!;
    expect(root.variables?.known).toEqual(['APP', 'NAMESPACE', 'POCKETID_GROUP']);
  });

  it('never lints a component on its own, and lints nothing it cannot know', () => {
    // with no profile file, the built-in conventions do not apply outside their layout: nothing to report
    const stats = { conventionsSkipped: 0 };
    expect(lint(inventory, DEFAULT_PROFILE, { loadDiagnostics: diagnostics, stats }).filter((d) => d.severity === 'error')).toEqual([]);
    expect(stats.conventionsSkipped).toBeGreaterThan(0);
    const errors = lint(inventory, DEFAULT_PROFILE, { loadDiagnostics: diagnostics, conventions: 'everywhere' }).filter((d) => d.severity === 'error');
    // what the built-in conventions would say if this repository declared them (storage class, tags)
    expect([...new Set(errors.map((d) => d.ruleId))].sort()).toEqual(['archive-tags', 'storage-class']);
    expect(errors.every((d) => !d.message.includes('${'))).toBe(true);
    expect(errors.every((d) => !relative(repo, d.file).startsWith('kubernetes/components/'))).toBe(true);
  });
});

describe('kustomize overlays: provenance', () => {
  const root = join(FIXTURES, 'own');
  const { inventory } = load(join(root, 'overlays/prod'));
  const cluster = find(inventory.resources, 'Cluster')[0]!;

  it('points each field at the file it comes from', () => {
    expect(cluster.name).toBe('shop-db-prod');
    expect(at(cluster, ['spec', 'storage', 'storageClass'], root)).toBe('overlays/prod/cluster-storage.yaml:7');
    expect(at(cluster, ['spec', 'walStorage', 'size'], root)).toBe('overlays/prod/cluster-instances.yaml:7');
    expect(at(cluster, ['spec', 'instances'], root)).toBe('overlays/prod/cluster-instances.yaml:3');
    expect(at(cluster, ['spec', 'imageCatalogRef', 'major'], root)).toBe('base/cluster.yaml:11');
    expect(at(cluster, ['metadata', 'namespace'], root)).toBe('overlays/prod/kustomization.yaml:3');
    expect(at(cluster, ['spec', 'monitoring', 'enablePodMonitor'], root)).toBe('components/monitoring/kustomization.yaml:13');
    // a list the component's patch replaced: its items come from the patch
    expect(at(cluster, ['spec', 'plugins', 0, 'parameters', 'serverName'], root)).toBe('components/backup/cluster-backup.yaml:9');
  });

  it('reports a finding at the origin of the field, once for a base shared by several roots', () => {
    const all = load(root);
    const d = lint(all.inventory, DEFAULT_PROFILE, { conventions: 'everywhere' }).filter((x) => x.ruleId === 'storage-class');
    const sites = d.map((x) => `${relative(root, x.file)}:${x.line} ${(x.roots ?? []).join(',')}`);
    // prod's storage class comes from its patch; the base's spec.storage is shared by the other roots
    expect(sites).toContain('overlays/prod/cluster-storage.yaml:7 kustomize:overlays/prod');
    expect(sites).toContain('base/cluster.yaml:13 kustomize:overlays/recovery,kustomize:overlays/staging');
    // and prod's WAL storage class, set by a JSON 6902 operation
    expect(sites).toContain('overlays/prod/cluster-instances.yaml:8 kustomize:overlays/prod');
    expect(sites).toHaveLength(3);
  });

  it('never lints a patch file as a resource of its own', () => {
    const rec = load(join(root, 'overlays/recovery'));
    const d = lint(rec.inventory, DEFAULT_PROFILE, { loadDiagnostics: rec.diagnostics });
    expect(d.filter((x) => x.file.endsWith('bootstrap-patch.yaml') && x.severity === 'error').map((x) => x.ruleId)).toEqual([]);
    expect(find(rec.inventory.resources, 'Cluster').map((r) => r.name)).toEqual(['shop-db']);
    expect(find(rec.inventory.resources, 'Deployment')).toEqual([]);
    const c = find(rec.inventory.resources, 'Cluster')[0]!;
    expect(at(c, ['spec', 'bootstrap', 'recovery', 'source'], root)).toBe('overlays/recovery/bootstrap-patch.yaml:8');
  });
});

describe('ArgoCD roots', () => {
  const root = tree({
    'apps/shop/kustomization.yaml': 'resources:\n  - cluster.yaml\n  - store.yaml\n',
    'apps/shop/cluster.yaml': 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: shop-db\nspec:\n  instances: 1\n  storage:\n    size: 1Gi\n  plugins:\n    - name: barman-cloud.cloudnative-pg.io\n      isWALArchiver: true\n      parameters:\n        barmanObjectName: shop-store\n',
    'apps/shop/store.yaml': 'apiVersion: barmancloud.cnpg.io/v1\nkind: ObjectStore\nmetadata:\n  name: shop-store\nspec:\n  configuration:\n    destinationPath: s3://b/shop/\n',
    'apps/blog/kustomization.yaml': 'resources:\n  - cluster.yaml\n',
    'apps/blog/cluster.yaml': 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: blog-db\nspec:\n  instances: 1\n  storage:\n    size: 1Gi\n',
    'argocd/appset.yaml': `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: apps
  namespace: argocd
spec:
  goTemplate: true
  generators:
    - git:
        repoURL: https://git.example.net/site.git
        revision: main
        directories:
          - path: apps/*
          - path: apps/blog
            exclude: true
  template:
    metadata:
      name: '{{ .path.basename }}'
    spec:
      project: default
      source:
        repoURL: https://git.example.net/site.git
        path: '{{ .path.path }}'
      destination:
        server: https://kubernetes.default.svc
        namespace: '{{ .path.basename }}'
      syncPolicy:
        automated:
          prune: true
          selfHeal: true
`,
    'argocd/chart/Chart.yaml': 'apiVersion: v2\nname: apps\nversion: 0.1.0\n',
    'argocd/chart/values.yaml': 'blogNamespace: blog\n',
    'argocd/chart/templates/blog.yaml': `{{- if .Values.blog }}
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: blog
  namespace: argocd
spec:
  source:
    repoURL: https://git.example.net/site.git
    path: apps/blog
    kustomize:
      namePrefix: prod-
  destination:
    namespace: {{ .Values.blogNamespace }}
{{- end }}
`,
  });
  const { inventory, model } = load(root);

  it('expands an ApplicationSet git-directory generator into Applications with their namespace and sync policy', () => {
    const shop = model!.roots.find((r) => r.id === 'argocd:argocd/shop')!;
    expect(shop.applicationSet).toBe('apps');
    expect(shop.targetNamespace).toBe('shop');
    expect(shop.sync).toEqual({ automated: true, prune: true, selfHeal: true });
    expect(find(inventory.resources, 'Cluster', 'shop-db')[0]!.namespace).toBe('shop');
    expect(model!.roots.some((r) => r.id === 'argocd:argocd/blog' && r.applicationSet !== undefined)).toBe(false);
  });

  it('reads an Application from a Helm-templated app-of-apps file, its template values unknown', () => {
    const blog = model!.roots.find((r) => r.id === 'argocd:argocd/blog')!;
    expect(relative(root, blog.file!)).toBe('argocd/chart/templates/blog.yaml');
    expect(blog.targetNamespace).toBeUndefined();
    const c = find(inventory.resources, 'Cluster', 'prod-blog-db');
    expect(c).toHaveLength(1);
    expect(c[0]!.root).toBe('argocd:argocd/blog');
  });

  it('parses template expressions as strings', () => {
    expect(parseHelmTemplate('{{- if .Values.x }}\nkind: Application\nmetadata:\n  name: {{ .Values.name }}\n{{- end }}\n')).toEqual([{ kind: 'Application', metadata: { name: '{{ .Values.name }}' } }]);
  });
});

describe('bounded and safe', () => {
  it('YAML inline in a kustomization is parsed with the loader\'s guards: a run of quotes in a transformer is an error, not half a minute', () => {
    const root = tree({
      'k/kustomization.yaml': `resources:\n  - sa.yaml\ntransformers:\n  - |-\n    apiVersion: builtin\n    kind: NamespaceTransformer\n    metadata:\n      huge: ${'"'.repeat(100_000)}\n`,
      'k/sa.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a\n',
    });
    const { inventory } = load(root);
    expect(inventory.resources.map((r) => r.name)).toContain('a');
  });

  it('a JSON 6902 patch document that is not a list of operations is refused as a patch error, not a crash', () => {
    for (const [doc, what] of [[{ op: 'add' }, 'a map'], ['storageClass: fast', 'a string'], [null, 'nothing']] as const) {
      expect(() => applyJsonPatch({ kind: 'Cluster' }, doc as never)).toThrow(PatchError);
      expect(() => applyJsonPatch({ kind: 'Cluster' }, doc as never)).toThrow(`a JSON 6902 patch is a list of operations, not ${what}`);
    }
  });

  it('reports a kustomization cycle once, naming it, and renders the rest', () => {
    const root = tree({
      'a/kustomization.yaml': 'resources:\n  - ../b\n  - sa.yaml\n',
      'a/sa.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a\n',
      'b/kustomization.yaml': 'resources:\n  - ../a\n',
      'c/kustomization.yaml': 'resources:\n  - .\n  - .\n  - .\n',
    });
    const { inventory } = load(root);
    const problems = inventory.kustomizationProblems.filter((p) => p.problem === 'cycle');
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.every((p) => (p.message ?? '').includes('cycle'))).toBe(true);
  });

  it('copies a real repository folder and renders it from anywhere (no absolute paths in root ids)', () => {
    const root = tree({});
    cpSync(join(FIXTURES, 'own'), join(root, 'own'), { recursive: true });
    const { model } = load(root);
    // the base is listed by the overlays, so it is not a root of its own
    expect(model!.roots.map((r) => r.id)).toEqual(['kustomize:own/folded/overlay', 'kustomize:own/overlays/prod', 'kustomize:own/overlays/recovery', 'kustomize:own/overlays/staging']);
  });
});

import { describe, expect, it } from 'vitest';
import { loadMemory, planIn, pluginApp, ROOT } from '../../test/helpers.js';
import { InputError } from '../errors.js';
import { workloadsUsing } from './plan.js';

const plan = planIn;

const commands = (p: ReturnType<typeof plan>) => p.steps.map((s) => s.command ?? `(${s.title})`);

/** A Flux repository: a Kustomization with ${APP} substitution deploys a Cluster and its app. */
function fluxRepo(): Record<string, string> {
  return {
    'kubernetes/apps/media/immich/ks.yaml': [
      'apiVersion: kustomize.toolkit.fluxcd.io/v1',
      'kind: Kustomization',
      'metadata:',
      '  name: immich-database',
      '  namespace: flux-system',
      'spec:',
      '  path: ./kubernetes/apps/media/immich/database',
      '  targetNamespace: media',
      '  postBuild:',
      '    substitute:',
      '      APP: immich',
      '---',
      'apiVersion: kustomize.toolkit.fluxcd.io/v1',
      'kind: Kustomization',
      'metadata:',
      '  name: immich',
      '  namespace: flux-system',
      'spec:',
      '  path: ./kubernetes/apps/media/immich/app',
      '  targetNamespace: media',
      '',
    ].join('\n'),
    'kubernetes/apps/media/immich/database/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - cluster.yaml\n',
    'kubernetes/apps/media/immich/database/cluster.yaml': [
      'apiVersion: postgresql.cnpg.io/v1',
      'kind: Cluster',
      'metadata:',
      '  name: ${APP}-db',
      'spec:',
      '  instances: 2',
      '  storage:',
      '    size: 5Gi',
      '  plugins:',
      '    - name: barman-cloud.cloudnative-pg.io',
      '      isWALArchiver: true',
      '      parameters:',
      '        barmanObjectName: ${APP}-store',
      '---',
      'apiVersion: barmancloud.cnpg.io/v1',
      'kind: ObjectStore',
      'metadata:',
      '  name: ${APP}-store',
      'spec:',
      '  configuration:',
      '    destinationPath: s3://backups/${APP}/',
      '',
    ].join('\n'),
    'kubernetes/apps/media/immich/app/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - helmrelease.yaml\n  - secret.yaml\n  - worker.yaml\n',
    'kubernetes/apps/media/immich/app/helmrelease.yaml': [
      'apiVersion: helm.toolkit.fluxcd.io/v2',
      'kind: HelmRelease',
      'metadata:',
      '  name: immich',
      'spec:',
      '  values:',
      '    envFrom:',
      '      - secretRef:',
      '          name: immich-db-url',
      '',
    ].join('\n'),
    'kubernetes/apps/media/immich/app/secret.yaml': [
      'apiVersion: external-secrets.io/v1',
      'kind: ExternalSecret',
      'metadata:',
      '  name: immich',
      'spec:',
      '  target:',
      '    name: immich-db-url',
      '    template:',
      '      data:',
      '        DB_URL: "postgresql://immich@immich-db-rw.media.svc:5432/immich"',
      '',
    ].join('\n'),
    'kubernetes/apps/media/immich/app/worker.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: immich-worker',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: worker',
      '          image: worker',
      '          env:',
      '            - name: DB_HOST',
      '              value: immich-db-rw',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: cnpg-operator',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: operator',
      '          image: operator',
      '',
    ].join('\n'),
  };
}

describe('the controller behind the Cluster', () => {
  it('Flux: suspends the Kustomization before deleting, resumes and reconciles it after the merge; no ArgoCD step', () => {
    const p = plan(fluxRepo(), { clusterName: 'immich-db' });
    const c = commands(p);
    expect(p.steps.some((s) => s.kind === 'argocd')).toBe(false);
    expect(JSON.stringify(p)).not.toContain('<application>');
    const suspend = c.indexOf('flux suspend kustomization immich-database -n flux-system');
    const del = c.indexOf('kubectl delete cluster immich-db -n media');
    const resume = c.indexOf('flux resume kustomization immich-database -n flux-system && flux reconcile kustomization immich-database -n flux-system --with-source');
    expect(suspend).toBeGreaterThan(0);
    expect(suspend).toBeLessThan(del);
    expect(resume).toBeGreaterThan(del);
    expect(p.steps.find((s) => s.kind === 'git' && s.title.startsWith('Merge'))?.title).toContain('the branch Flux deploys from');
    expect(p.deployedBy).toMatchObject({ controller: 'flux', name: 'immich-database', namespace: 'flux-system' });
    // The name comes from ${APP}-db: the new name is written out, the variable keeps naming the app.
    const rename = p.edits.find((e) => e.resource === 'Cluster/immich-db' && e.path === 'metadata.name')!;
    expect(rename).toMatchObject({ before: '${APP}-db', after: 'immich-db-gen2' });
    expect(rename.why).toContain('Flux substitution');
  });

  it('restarts the workloads that use the database by name, through the Secret that carries its URL; never a namespace', () => {
    const p = plan(fluxRepo(), { clusterName: 'immich-db' });
    const restart = p.steps.find((s) => s.title.startsWith('Restart'))!;
    expect(restart.title).toBe('Restart the workloads that use the database: Deployment media/immich-worker, HelmRelease media/immich (through Secret immich-db-url)');
    expect(restart.command).toBe('kubectl rollout restart deployment/immich-worker -n media && kubectl rollout restart deployment -n media -l app.kubernetes.io/instance=immich');
    expect(JSON.stringify(p.steps)).not.toContain('cnpg-operator');
    expect(p.steps.map((s) => s.command ?? '')).not.toContain('kubectl rollout restart deployment -n media');
  });

  it('no workload names the database: the restart step says to find them, with no command', () => {
    const p = plan(pluginApp(), { clusterName: 'forgejo-db' });
    const restart = p.steps.find((s) => s.title.startsWith('Restart'))!;
    expect(restart.command).toBeUndefined();
    expect(restart.title).toContain('find them by hand');
  });

  it('workloadsUsing: a workload of another namespace counts only through the namespaced host name', () => {
    const { inventory } = loadMemory({
      ...fluxRepo(),
      'other/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: other\nresources:\n  - d.yaml\n',
      'other/d.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: near-miss\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          image: c\n          env:\n            - name: A\n              value: immich-db-rw\n            - name: B\n              value: immich-db-rwx.media.svc\n',
    });
    expect(workloadsUsing(inventory, ['immich-db'], 'media').map((u) => u.workload.name)).toEqual(['immich-worker', 'immich']);
  });

  it('ArgoCD through an ApplicationSet with a templated git generator: the Application name is inferred, and said to be', () => {
    const files = {
      ...pluginApp(),
      'argocd/system.yaml': [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: ApplicationSet',
        'metadata:',
        '  name: system',
        'spec:',
        '  goTemplate: true',
        '  generators:',
        '    - merge:',
        '        mergeKeys: [.key]',
        '        generators:',
        '          - matrix:',
        '              generators:',
        '                - git:',
        '                    repoURL: https://example.com/repo.git',
        '                    directories:',
        '                      - path: sites/{{ index .metadata.labels "site" }}/clusters/k1/wave-2/overlays/*',
        '                - clusters: {}',
        '  template:',
        '    metadata:',
        '      name: "{{ .path.basename }}"',
        '    spec:',
        '      destination:',
        '        server: "{{ .server }}"',
        '      syncPolicy:',
        '        automated:',
        '          selfHeal: true',
        '',
      ].join('\n'),
    };
    const p = plan(files, { clusterName: 'forgejo-db' });
    const c = commands(p);
    expect(c).toContain('argocd app set forgejo --sync-policy none');
    expect(c).toContain('argocd app get forgejo --refresh && argocd app sync forgejo');
    expect(c).toContain('argocd app set forgejo --sync-policy automated --self-heal');
    expect(p.warnings.join('\n')).toContain('the Application forgejo is inferred from the ApplicationSet system (argocd/system.yaml:1)');
  });

  it('nothing in the repository deploys the Cluster: kubectl apply of its overlay, and a warning', () => {
    const p = plan(pluginApp(), { clusterName: 'forgejo-db' });
    expect(commands(p)).toContain('kubectl apply -k sites/dal/clusters/k1/wave-2/overlays/forgejo');
    expect(p.steps.some((s) => s.kind === 'argocd' || s.kind === 'flux')).toBe(false);
  });

  it('a Cluster file at the repository root that no kustomization lists: kubectl apply -f of that file', () => {
    const files = pluginApp();
    const key = Object.keys(files).find((k) => k.endsWith('postgres.yaml'))!;
    const p = plan({ 'postgres.yaml': files[key]! }, { clusterName: 'forgejo-db' });
    expect(commands(p)).toContain('kubectl apply -f postgres.yaml');
    expect(p.steps.find((s) => s.kind === 'kubectl' && s.command?.startsWith('kubectl apply'))?.title).toBe('Apply postgres.yaml from the merged commit (no controller in the repository deploys it)');
    expect(p.warnings.join('\n')).toContain('Flux Kustomization in the repository deploys postgres.yaml:');
  });

  it('the git change is prepared and checked first, before anything is deleted', () => {
    const p = plan(pluginApp(), { clusterName: 'forgejo-db' });
    expect(p.steps[0]).toMatchObject({ kind: 'git' });
    expect(p.steps[0]!.command).toContain('--write');
    expect(p.steps[0]!.command).toContain('kubectl cnpg-site lint');
    expect(p.steps[0]!.command).toContain('cnpg-site-policy ci');
    const firstDelete = p.steps.findIndex((s) => s.command?.startsWith('kubectl delete'));
    expect(firstDelete).toBeGreaterThan(0);
  });
});

describe('names and choice', () => {
  it('a Cluster named after its major is not renamed to the next major', () => {
    const files = pluginApp('app', 'postgres17');
    expect(plan(files, { clusterName: 'postgres17' }).newName).toBe('postgres17-gen2');
  });

  it('outside the built-in layout, two Clusters of one name and namespace: only the chosen one\'s files change', () => {
    const move = (files: Record<string, string>, to: string) => Object.fromEntries(Object.entries(files).map(([p, t]) => [p.replace('sites/dal/clusters/k1/wave-2/overlays/', `${to}/`), t]));
    const files = { ...move(pluginApp('forgejo', 'db'), 'k8s-a'), ...move(pluginApp('forgejo', 'db'), 'k8s-b') };
    const p = plan(files, { clusterName: 'db', within: `${ROOT}/k8s-b` });
    expect(p.edits.length).toBeGreaterThan(0);
    expect(p.edits.filter((e) => !e.file.startsWith(`${ROOT}/k8s-b/`)).map((e) => `${e.file} ${e.path}`)).toEqual([]);
  });

  it('two Clusters of one name and namespace (one per Kubernetes cluster): --in chooses, -n cannot', () => {
    const files = { ...pluginApp('forgejo', 'db', 'dal'), ...pluginApp('forgejo', 'db', 'fra') };
    expect(() => plan(files, { clusterName: 'db', namespace: 'forgejo' })).toThrow(InputError);
    expect(() => plan(files, { clusterName: 'db', namespace: 'forgejo' })).toThrow(/share a namespace.*pass --in/);
    const p = plan(files, { clusterName: 'db', within: `${ROOT}/sites/fra` });
    expect(p.cluster.file).toBe(`${ROOT}/sites/fra/clusters/k1/wave-2/overlays/forgejo/postgres.yaml`);
    expect(p.steps[0]!.command).toContain('--in sites/fra');
    // Nothing of the other Kubernetes cluster's Cluster of the same name is edited.
    expect(p.edits.length).toBeGreaterThan(0);
    expect(p.edits.filter((e) => !e.file.startsWith(`${ROOT}/sites/fra/`)).map((e) => e.file)).toEqual([]);
  });
});

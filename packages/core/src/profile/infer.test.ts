import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lintPaths } from '../lint/run.js';
import { inferProfile, outliersOf, profileText, writeProfileFile } from './infer.js';
import { RULE_IDS, RULE_OPTIONS } from '../rules/index.js';
import { parseProfile } from './load.js';
import { DEFAULT_PROFILE } from './profile.js';

const EXAMPLE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../examples/site');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cnpg-site-infer-'));
  dirs.push(root);
  mkdirSync(join(root, '.git'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function infer(root: string) {
  const { inventory } = await lintPaths([root], { cwd: root });
  return inferProfile(inventory, root);
}

// A Flux repository keyed by namespace: kubernetes/apps/<namespace>/<app>/app/, plugin backups,
// credentials from a 1Password ExternalSecret, one Cluster on another storage class.
function fluxApp(ns: string, app: string, storageClass: string): Record<string, string> {
  const base = `kubernetes/apps/${ns}/${app}/app`;
  return {
    [`${base}/kustomization.yaml`]: `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${ns}\nresources:\n  - cluster.yaml\n  - objectstore.yaml\n  - externalsecret.yaml\n  - scheduledbackup.yaml\n`,
    [`${base}/cluster.yaml`]: `apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: ${app}-db\nspec:\n  instances: 2\n  imageName: ghcr.io/cloudnative-pg/postgresql:16.4\n  storage:\n    size: 5Gi\n    storageClass: ${storageClass}\n  plugins:\n    - name: barman-cloud.cloudnative-pg.io\n      isWALArchiver: true\n      parameters:\n        barmanObjectName: ${app}-store\n`,
    [`${base}/objectstore.yaml`]: `apiVersion: barmancloud.cnpg.io/v1\nkind: ObjectStore\nmetadata:\n  name: ${app}-store\nspec:\n  retentionPolicy: 14d\n  configuration:\n    destinationPath: s3://home-pg/${ns}/${app}/\n    s3Credentials:\n      accessKeyId:\n        name: ${app}-s3\n        key: AWS_ACCESS_KEY_ID\n      secretAccessKey:\n        name: ${app}-s3\n        key: AWS_SECRET_ACCESS_KEY\n`,
    [`${base}/externalsecret.yaml`]: `apiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata:\n  name: ${app}-s3\nspec:\n  secretStoreRef:\n    kind: ClusterSecretStore\n    name: onepassword\n  target:\n    name: ${app}-s3\n  dataFrom:\n    - extract:\n        key: ${app}-s3\n`,
    [`${base}/scheduledbackup.yaml`]: `apiVersion: postgresql.cnpg.io/v1\nkind: ScheduledBackup\nmetadata:\n  name: ${app}-daily\nspec:\n  schedule: "0 0 3 * * *"\n  cluster:\n    name: ${app}-db\n  method: plugin\n  pluginConfiguration:\n    name: barman-cloud.cloudnative-pg.io\n`,
  };
}

// An ArgoCD repository by Kubernetes cluster: clusters/<k8s>/apps/<app>/, legacy barmanObjectStore,
// credentials from a Rook ObjectBucketClaim, image catalog.
function argoApp(k8s: string, app: string): Record<string, string> {
  const base = `clusters/${k8s}/apps/${app}`;
  return {
    [`${base}/kustomization.yaml`]: `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${app}\nresources:\n  - cluster.yaml\n  - obc.yaml\n`,
    [`${base}/cluster.yaml`]: `apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: ${app}-pg\nspec:\n  instances: 3\n  imageCatalogRef:\n    apiGroup: postgresql.cnpg.io\n    kind: ClusterImageCatalog\n    name: pg-catalog\n    major: 16\n  storage:\n    size: 10Gi\n    storageClass: ceph-block\n  backup:\n    retentionPolicy: 30d\n    barmanObjectStore:\n      destinationPath: s3://${k8s}-backups/${app}/\n      tags:\n        app: ${app}\n        cluster: ${k8s}\n      s3Credentials:\n        accessKeyId:\n          name: ${app}-bucket\n          key: AWS_ACCESS_KEY_ID\n        secretAccessKey:\n          name: ${app}-bucket\n          key: AWS_SECRET_ACCESS_KEY\n`,
    [`${base}/obc.yaml`]: `apiVersion: objectbucket.io/v1alpha1\nkind: ObjectBucketClaim\nmetadata:\n  name: ${app}-bucket\nspec:\n  generateBucketName: ${app}\n  storageClassName: ceph-bucket\n`,
  };
}

describe('init: conventions inferred from what most Clusters do', () => {
  it('infers the built-in profile on the runbook site layout', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cnpg-site-infer-site-'));
    dirs.push(root);
    cpSync(EXAMPLE, root, { recursive: true });
    mkdirSync(join(root, '.git'));
    const inf = await infer(root);
    expect(inf.clusters).toBe(3);
    expect(inf.layout!.value).toEqual([DEFAULT_PROFILE.layout.overlay]);
    expect(inf.values).toBe(DEFAULT_PROFILE.layout.values);
    expect(inf.destinationPath).toMatchObject({ value: DEFAULT_PROFILE.backup.destinationPath, support: 3, of: 3 });
    expect(inf.storageClass).toMatchObject({ value: DEFAULT_PROFILE.storage.storageClass, support: 2, of: 3 });
    expect(inf.tags!.value).toEqual(DEFAULT_PROFILE.backup.tags);
    expect(inf.imageCatalog!.value).toEqual(DEFAULT_PROFILE.imageCatalog);
    expect(inf.producer!.value).toBe('vault-chain');
    expect(inf.requireScheduledBackup!.value).toBe(true);
    expect(outliersOf(inf).map((o) => `${o.outlier.cluster} ${o.convention}`)).toEqual(['grafana-db storage class', 'grafana-db tags']);
  });

  it('infers a Flux layout keyed by namespace, with an ExternalSecret producer and pinned images', async () => {
    const root = repo({ ...fluxApp('media', 'immich', 'ceph-block'), ...fluxApp('home', 'paperless', 'ceph-block'), ...fluxApp('auth', 'authelia', 'local-path') });
    const inf = await infer(root);
    expect(inf.layout!.value).toEqual(['kubernetes/apps/{namespace}/{app}/']);
    expect(inf.destinationPath).toMatchObject({ value: 's3://home-pg/{namespace}/{app}/', support: 3 });
    expect(inf.storageClass).toMatchObject({ value: 'ceph-block', support: 2, of: 3 });
    expect(inf.storageClass!.outliers).toEqual([expect.objectContaining({ cluster: 'authelia-db', namespace: 'auth', file: 'kubernetes/apps/auth/authelia/app/cluster.yaml', line: 1, value: 'local-path' })]);
    expect(inf.retention!.value).toBe('14d');
    expect(inf.methods).toEqual([{ method: 'barman-cloud-plugin', count: 3 }]);
    expect(inf.producer!.value).toBe('external-secret');
    expect(inf.pinnedImages).toBe(3);
    const text = profileText(inf);
    expect(text).toContain('  # 2 of 3 Clusters use it (1 does not: lint reports it).\n  storageClass: "ceph-block"');
    expect(text).toContain('  image-catalog: off');
    expect(text).toContain('  producer: external-secret');
    // What `new` writes for the next app: no tags, the Secret and keys these Clusters read.
    expect(text).toContain('  tags: {}');
    expect(text).toContain('  secret: "{app}-s3"');
    expect(text).toContain('  accessKeyIdKey: "AWS_ACCESS_KEY_ID"\n  secretAccessKeyKey: "AWS_SECRET_ACCESS_KEY"');
    // Their ScheduledBackups leave backupOwnerReference unset ("none"): an option of backup-configured, not a finding.
    expect(inf.backupOwnerReference).toMatchObject({ value: 'none', support: 3, of: 3 });
    expect(text).toContain('  backup-configured: [{ backupOwnerReference: none }]');
    expect(parseProfile(text, join(root, '.cnpg-site.yaml'), RULE_IDS, RULE_OPTIONS).ruleOptions).toEqual({ 'backup-configured': { backupOwnerReference: 'none' } });
  });

  it('infers an ArgoCD layout by Kubernetes cluster, legacy backups, ObjectBucketClaim credentials and a catalog', async () => {
    const root = repo({ ...argoApp('prod', 'gitea'), ...argoApp('prod', 'keycloak'), ...argoApp('lab', 'gitea') });
    const inf = await infer(root);
    expect(inf.layout!.value).toEqual(['clusters/{k8sCluster}/apps/{app}/']);
    expect(inf.destinationPath).toMatchObject({ value: 's3://{k8sCluster}-backups/{app}/', support: 3, of: 3 });
    expect(inf.tags!.value).toEqual({ app: '{app}', cluster: '{k8sCluster}' });
    expect(inf.methods).toEqual([{ method: 'barman-object-store', count: 3 }]);
    expect(inf.producer!.value).toBe('object-bucket-claim');
    expect(inf.imageCatalog!.value).toEqual({ kind: 'ClusterImageCatalog', name: 'pg-catalog' });
    expect(inf.retention!.value).toBe('30d');
  });

  it('writes only a profile that loads, atomically, and never over an existing one without force', () => {
    const root = repo({});
    const file = join(root, '.cnpg-site.yaml');
    writeProfileFile(file, 'storage:\n  storageClass: fast\n');
    expect(() => writeProfileFile(file, 'storage:\n  storageClass: slow\n')).toThrow(/already exists; pass --force/);
    writeProfileFile(file, 'storage:\n  storageClass: slow\n', { force: true });
    expect(parseProfile('storage:\n  storageClass: slow\n', file).storage.storageClass).toBe('slow');
    expect(() => writeProfileFile(file, 'storage: [\n', { force: true })).toThrow();
  });
});

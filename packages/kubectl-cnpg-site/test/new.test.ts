import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { cli, EXAMPLE_SITE, STACK_FRAME, tempDir, type JsonReport } from './fixtures/cli.js';

const T = { timeout: 120_000 };

/** Every file under a directory with its content, for "nothing changed". */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      if (e === '.git') continue;
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function gitRepo(dir: string): void {
  const r = spawnSync('git', ['init', '-q', dir], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

/** Lints the overlay alone (exit 0, no warning) and the whole repository (no error or warning in the overlay). */
function expectLintsClean(repo: string, overlay: string, minResources = 5): void {
  const one = cli(['lint', '-o', 'json', overlay], { cwd: repo });
  expect(one.status, one.stdout + one.stderr).toBe(0);
  const report = JSON.parse(one.stdout) as JsonReport;
  expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  expect(report.summary.resources).toBeGreaterThanOrEqual(minResources);
  const all = JSON.parse(cli(['lint', '-o', 'json', '.'], { cwd: repo }).stdout) as JsonReport;
  expect(all.diagnostics.filter((d) => d.severity !== 'info' && d.file.includes(overlay))).toEqual([]);
}

describe('new on the example site', () => {
  let tmp: ReturnType<typeof tempDir>;
  let repo: string;
  beforeAll(() => {
    tmp = tempDir('new');
    repo = join(tmp.dir, 'site');
    spawnSync('cp', ['-r', EXAMPLE_SITE, repo]);
    gitRepo(repo);
  });
  afterAll(() => tmp.remove());

  it('plugin style: writes the overlay the layout says, and it lints clean', T, () => {
    const r = cli(['new', 'billing', '--k8s-cluster', 'k1', '--wave', '2'], { cwd: repo });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const overlay = 'sites/dal/clusters/k1/wave-2/overlays/billing';
    expect(readdirSync(join(repo, overlay)).sort()).toEqual(['external-secret.yaml', 'kustomization.yaml', 'object-store.yaml', 'postgres.yaml', 'service-account.yaml', 'vault-dynamic-secret.yaml']);
    const kustomization = parse(readFileSync(join(repo, overlay, 'kustomization.yaml'), 'utf8'));
    expect(kustomization.namespace).toBe('billing');
    const [cluster, scheduled] = parseAllDocuments(readFileSync(join(repo, overlay, 'postgres.yaml'), 'utf8')).map((d) => d.toJS());
    expect(cluster.metadata.name).toBe('billing-db');
    expect(cluster.spec.plugins[0].parameters.barmanObjectName).toBe('billing-store');
    expect(scheduled.spec).toMatchObject({ cluster: { name: 'billing-db' }, method: 'plugin', backupOwnerReference: 'self' });
    const store = parse(readFileSync(join(repo, overlay, 'object-store.yaml'), 'utf8'));
    expect(store.spec.configuration.destinationPath).toBe('s3://dal-site-backups/dal/billing/postgres/');
    expect(store.spec.configuration.tags).toEqual({ site: 'dal', service: 'billing', db: 'billing-db' });
    const vds = parse(readFileSync(join(repo, overlay, 'vault-dynamic-secret.yaml'), 'utf8'));
    expect(vds.spec).toMatchObject({ path: '/aws/creds/billing-db-backup', provider: { auth: { kubernetes: { role: 'workload-reader-billing-db-backup', mountPath: 'kubernetes-k1', serviceAccountRef: { name: 'billing-sa' } } } } });
    // What deploys it, and the Vault and IAM side, filled in.
    expect(r.stdout).toContain('add sites/dal/clusters/k1/argocd/billing.yaml');
    expect(r.stdout).toContain('path: sites/dal/clusters/k1/wave-2/overlays/billing');
    expect(r.stdout).toContain('arn:aws:s3:::dal-site-backups/dal/billing/postgres/*');
    expect(r.stdout).toContain('vault write auth/kubernetes-k1/role/workload-reader-billing-db-backup');
    expect(r.stdout).toContain('bound_service_account_names=billing-sa');
    expect(existsSync(join(repo, 'sites/dal/clusters/k1/argocd/billing.yaml'))).toBe(false);
    expectLintsClean(repo, overlay);
  });

  it('legacy style: the in-tree barmanObjectStore, no ObjectStore, and it lints clean', T, () => {
    const r = cli(['new', 'pay', '--style', 'legacy', '--k8s-cluster', 'k1', '--wave', '1'], { cwd: repo });
    expect(r.status, r.stderr).toBe(0);
    const overlay = 'sites/dal/clusters/k1/wave-1/overlays/pay';
    expect(readdirSync(join(repo, overlay))).not.toContain('object-store.yaml');
    const [cluster, scheduled] = parseAllDocuments(readFileSync(join(repo, overlay, 'postgres.yaml'), 'utf8')).map((d) => d.toJS());
    expect(cluster.spec.backup.barmanObjectStore.destinationPath).toBe('s3://dal-site-backups/dal/pay/postgres/');
    expect(cluster.spec.backup.retentionPolicy).toMatch(/^[1-9][0-9]*[dwm]$/);
    expect(scheduled.spec.method).toBeUndefined();
    expectLintsClean(repo, overlay);
  });

  it('refuses to overwrite: exit 2 naming the files, nothing changed', T, () => {
    const before = snapshot(repo);
    const r = cli(['new', 'billing', '--k8s-cluster', 'k1', '--wave', '2'], { cwd: repo });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/overlays\/billing already holds kustomization\.yaml, service-account\.yaml, .*postgres\.yaml: nothing written/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    // A directory holding only one of the files: none of the others is written either.
    mkdirSync(join(repo, 'sites/dal/clusters/k2/wave-2/overlays/shop'), { recursive: true });
    writeFileSync(join(repo, 'sites/dal/clusters/k2/wave-2/overlays/shop/postgres.yaml'), '# mine\n');
    const mid = snapshot(repo);
    const s = cli(['new', 'shop', '--k8s-cluster', 'k2'], { cwd: repo });
    expect(s.status).toBe(2);
    expect(s.stderr).toMatch(/already holds postgres\.yaml: nothing written/);
    expect(snapshot(repo)).toEqual(mid);
    expect(Object.keys(mid).filter((k) => !(k in before))).toEqual(['sites/dal/clusters/k2/wave-2/overlays/shop/postgres.yaml']);
  });

  it('--dry-run prints the files and writes nothing', T, () => {
    const before = snapshot(repo);
    const r = cli(['new', 'wiki', '--k8s-cluster', 'k2', '--dry-run'], { cwd: repo });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('# ---- sites/dal/clusters/k2/wave-2/overlays/wiki/postgres.yaml');
    expect(r.stdout).toContain('name: wiki-db');
    expect(r.stdout).toContain('Would write sites/dal/clusters/k2/wave-2/overlays/wiki/');
    expect(snapshot(repo)).toEqual(before);
    const json = cli(['new', 'wiki', '--k8s-cluster', 'k2', '--dry-run', '-o', 'json'], { cwd: repo });
    expect(json.status, json.stderr).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out).toMatchObject({ app: 'wiki', dir: 'sites/dal/clusters/k2/wave-2/overlays/wiki', written: false, style: 'plugin' });
    expect(out.files.map((f: { path: string }) => f.path.split('/').pop())).toEqual(['kustomization.yaml', 'service-account.yaml', 'vault-dynamic-secret.yaml', 'external-secret.yaml', 'object-store.yaml', 'postgres.yaml']);
    const yaml = cli(['new', 'wiki', '--k8s-cluster', 'k2', '--dry-run', '-o', 'yaml'], { cwd: repo });
    expect(parse(yaml.stdout)).toEqual(out);
    expect(snapshot(repo)).toEqual(before);
  });

  it('asks for flags when the existing overlays do not say where, listing the candidates', T, () => {
    const before = snapshot(repo);
    const r = cli(['new', 'crm'], { cwd: repo });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--site dal --k8s-cluster k1 --wave 1; --site dal --k8s-cluster k1 --wave 2; --site dal --k8s-cluster k2 --wave 2');
    expect(r.stderr).toMatch(/pass --k8s-cluster and --wave \(or --dir PATH\)/);
    // One flag narrows it down to one place: k2 has wave 2 only.
    const k2 = cli(['new', 'crm', '--k8s-cluster', 'k2', '--dry-run'], { cwd: repo });
    expect(k2.status, k2.stderr).toBe(0);
    expect(k2.stdout).toContain('sites/dal/clusters/k2/wave-2/overlays/crm/');
    // A new wave is fine when asked for.
    const w3 = cli(['new', 'crm', '--k8s-cluster', 'k1', '--wave', '3', '--dry-run'], { cwd: repo });
    expect(w3.status, w3.stderr).toBe(0);
    expect(w3.stdout).toContain('sites/dal/clusters/k1/wave-3/overlays/crm/');
    expect(snapshot(repo)).toEqual(before);
  });

  it('rejects an APP that is not a DNS label, and flags that do not fit', T, () => {
    for (const args of [['new', 'Bad_Name', '--k8s-cluster', 'k2'], ['new', 'x'.repeat(64), '--k8s-cluster', 'k2'], ['new', 'ok', '--k8s-cluster', 'k2', '--namespace', 'No'], ['new', 'ok', '--k8s-cluster', 'k2', '--style', 'other']]) {
      const r = cli(args, { cwd: repo });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(STACK_FRAME);
    }
    expect(cli(['new', 'Bad_Name', '--k8s-cluster', 'k2'], { cwd: repo }).stderr).toMatch(/APP "Bad_Name" is not a DNS label/);
  });

  it('--dir writes exactly there, the names still from the profile', T, () => {
    const r = cli(['new', 'notes', '--dir', 'sites/dal/clusters/k2/wave-2/overlays/notes-db', '--namespace', 'notes', '--cluster-name', 'notes-pg'], { cwd: repo });
    expect(r.status, r.stderr).toBe(0);
    const [cluster] = parseAllDocuments(readFileSync(join(repo, 'sites/dal/clusters/k2/wave-2/overlays/notes-db/postgres.yaml'), 'utf8')).map((d) => d.toJS());
    expect(cluster.metadata.name).toBe('notes-pg');
  });
});

describe('new under a profile of another layout', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir('new-layout');
    gitRepo(tmp.dir);
    writeFileSync(
      join(tmp.dir, '.cnpg-site.yaml'),
      [
        'layout:',
        '  overlay: "apps/{app}/"',
        'storage:',
        '  storageClass: fast-nobackup',
        'backup:',
        '  destinationPath: "s3://acme-pg-archive/{app}/"',
        '  tags:',
        '    app: "{app}"',
        '    cluster: "{cluster}"',
        'credentials:',
        '  serviceAccount: "{app}-vault"',
        '  vaultDynamicSecret: "{app}-s3-keys"',
        '  externalSecret: "{app}-s3"',
        '  secret: "{app}-s3"',
        '  vaultPath: "/aws-pg/creds/{app}"',
        '  vaultRole: "pg-{app}"',
        '  accessKeyIdKey: AWS_ACCESS_KEY_ID',
        '  secretAccessKeyKey: AWS_SECRET_ACCESS_KEY',
        '  lifetime: 30m',
        'imageCatalog:',
        '  name: pg-images',
        'rules:',
        '  retention-policy: [error, { pattern: "^[0-9]+d$" }]',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => tmp.remove());

  it('an empty repository needs the Vault server', T, () => {
    const r = cli(['new', 'shop'], { cwd: tmp.dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/pass --vault-server URL/);
  });

  it('writes apps/<app>/ with the profile\'s names, and it lints clean', T, () => {
    const r = cli(['new', 'shop', '--vault-server', 'https://vault.acme.test'], { cwd: tmp.dir });
    expect(r.status, r.stderr).toBe(0);
    const store = parse(readFileSync(join(tmp.dir, 'apps/shop/object-store.yaml'), 'utf8'));
    expect(store.spec.configuration.destinationPath).toBe('s3://acme-pg-archive/shop/');
    expect(store.spec.configuration.tags).toEqual({ app: 'shop', cluster: 'shop-db' });
    expect(store.spec.configuration.s3Credentials.accessKeyId).toEqual({ name: 'shop-s3', key: 'AWS_ACCESS_KEY_ID' });
    expect(store.spec.retentionPolicy).toBe('7d');
    const es = parse(readFileSync(join(tmp.dir, 'apps/shop/external-secret.yaml'), 'utf8'));
    expect(es.spec.refreshInterval).toBe('15m');
    expect(r.stdout).toContain('vault write aws-pg/roles/shop');
    expect(r.stdout).toContain('arn:aws:s3:::acme-pg-archive/shop/*');
    expect(r.stdout).toContain('bound_service_account_names=shop-vault');
    expectLintsClean(tmp.dir, 'apps/shop');
    // A second app follows the first one's Vault server.
    const second = cli(['new', 'blog', '--style', 'legacy'], { cwd: tmp.dir });
    expect(second.status, second.stderr).toBe(0);
    expect(readFileSync(join(tmp.dir, 'apps/blog/vault-dynamic-secret.yaml'), 'utf8')).toContain('server: https://vault.acme.test');
    expectLintsClean(tmp.dir, 'apps/blog');
  });
});

describe('new on a site whose credentials come from an ExternalSecret store and whose images are pinned', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir('new-eso');
    gitRepo(tmp.dir);
    const files: Record<string, string> = {
      '.cnpg-site.yaml': [
        'layout:',
        '  overlay: "kubernetes/apps/{namespace}/{app}/"',
        'storage:',
        '  storageClass: ceph-block',
        'backup:',
        '  destinationPath: "s3://home-pg/{namespace}/{app}/"',
        '  tags: {}',
        'credentials:',
        '  producer: external-secret',
        '  secret: "{app}-s3"',
        '  accessKeyIdKey: AWS_ACCESS_KEY_ID',
        '  secretAccessKeyKey: AWS_SECRET_ACCESS_KEY',
        'rules:',
        '  image-catalog: off',
        '',
      ].join('\n'),
      'kubernetes/apps/media/immich/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: media\nresources:\n  - cluster.yaml\n  - externalsecret.yaml\n',
      'kubernetes/apps/media/immich/cluster.yaml': [
        'apiVersion: postgresql.cnpg.io/v1', 'kind: Cluster', 'metadata:', '  name: immich-db', 'spec:', '  instances: 2',
        '  imageName: ghcr.io/cloudnative-pg/postgresql:16.4', '  storage:', '    size: 5Gi', '    storageClass: ceph-block',
        '  plugins:', '    - name: barman-cloud.cloudnative-pg.io', '      isWALArchiver: true', '      parameters:', '        barmanObjectName: immich-store',
        '---', 'apiVersion: barmancloud.cnpg.io/v1', 'kind: ObjectStore', 'metadata:', '  name: immich-store', 'spec:', '  retentionPolicy: 14d',
        '  configuration:', '    destinationPath: s3://home-pg/media/immich/', '    s3Credentials:', '      accessKeyId:', '        name: immich-s3', '        key: AWS_ACCESS_KEY_ID',
        '      secretAccessKey:', '        name: immich-s3', '        key: AWS_SECRET_ACCESS_KEY',
        '---', 'apiVersion: postgresql.cnpg.io/v1', 'kind: ScheduledBackup', 'metadata:', '  name: immich-db-daily', 'spec:', '  schedule: "0 0 3 * * *"',
        '  backupOwnerReference: self', '  cluster:', '    name: immich-db', '  method: plugin', '  pluginConfiguration:', '    name: barman-cloud.cloudnative-pg.io', '',
      ].join('\n'),
      'kubernetes/apps/media/immich/externalsecret.yaml': [
        'apiVersion: external-secrets.io/v1', 'kind: ExternalSecret', 'metadata:', '  name: immich-s3', 'spec:', '  secretStoreRef:', '    kind: ClusterSecretStore',
        '    name: onepassword', '  target:', '    name: immich-s3', '    template:', '      metadata:', '        labels:', '          cnpg.io/reload: "true"',
        '  dataFrom:', '    - extract:', '        key: immich-s3', '',
      ].join('\n'),
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(tmp.dir, path, '..'), { recursive: true });
      writeFileSync(join(tmp.dir, path), text);
    }
  });
  afterAll(() => tmp.remove());

  it('writes an ExternalSecret like the sibling app\'s, pins the image the site pins, and it lints clean', T, () => {
    const r = cli(['new', 'paperless', '--namespace', 'home'], { cwd: tmp.dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('image ghcr.io/cloudnative-pg/postgresql:16.4');
    const es = parse(readFileSync(join(tmp.dir, 'kubernetes/apps/home/paperless/external-secret.yaml'), 'utf8'));
    expect(es.metadata).toEqual({ name: 'paperless-s3' });
    expect(es.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: 'onepassword' });
    expect(es.spec.target.name).toBe('paperless-s3');
    expect(es.spec.dataFrom).toEqual([{ extract: { key: 'paperless-s3' } }]);
    const cluster = parseAllDocuments(readFileSync(join(tmp.dir, 'kubernetes/apps/home/paperless/postgres.yaml'), 'utf8'))[0]!.toJS();
    expect(cluster.spec.imageName).toBe('ghcr.io/cloudnative-pg/postgresql:16.4');
    expect(cluster.spec.imageCatalogRef).toBeUndefined();
    expectLintsClean(tmp.dir, 'kubernetes/apps/home/paperless', 4);
  });
});

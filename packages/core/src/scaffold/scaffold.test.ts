import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { InputError } from '../errors.js';
import { DEFAULT_PROFILE, type Profile } from '../profile/profile.js';
import {
  checkDnsLabel,
  chooseRetention,
  commonPattern,
  fill,
  namePattern,
  overlaysOfLayout,
  refreshIntervalFor,
  resolvePlace,
  scaffoldFiles,
  splitS3,
  vaultInstructions,
  type ScaffoldInput,
} from './scaffold.js';

const LAYOUT = DEFAULT_PROFILE.layout.overlay;
const DIRS = ['sites/dal/clusters/k1/wave-2/overlays/forgejo', 'sites/dal/clusters/k1/wave-1/overlays/cnpg-test-1', 'sites/dal/clusters/k2/wave-2/overlays/grafana', 'elsewhere/forgejo'];

function input(over: Partial<ScaffoldInput> = {}, profile: Profile = DEFAULT_PROFILE): ScaffoldInput {
  return {
    profile,
    style: 'plugin',
    vars: { site: 'dal', k8sCluster: 'k1', wave: '2', app: 'billing', namespace: 'billing', cluster: 'billing-db' },
    objectStore: 'billing-store',
    retention: '14d',
    major: 16,
    refreshInterval: '1h',
    vault: { server: 'https://vault.dal.example.net', mountPath: 'kubernetes-k1' },
    schedule: '0 0 2 * * *',
    ...over,
  };
}

describe('names', () => {
  it('an app must be a DNS label', () => {
    expect(() => checkDnsLabel('billing', 'APP')).not.toThrow();
    expect(() => checkDnsLabel('cnpg-test-1', 'APP')).not.toThrow();
    for (const bad of ['Billing', 'bill_ing', '-billing', 'billing-', '', 'a'.repeat(64), 'a.b']) expect(() => checkDnsLabel(bad, 'APP')).toThrow(InputError);
  });

  it('names are read as patterns of the app, and the most common wins', () => {
    expect(namePattern('forgejo-db', 'forgejo')).toBe('{app}-db');
    expect(namePattern('database', 'forgejo')).toBeUndefined();
    expect(namePattern('db-db', 'db')).toBe('{app}-db');
    expect(commonPattern([{ name: 'a-db', app: 'a' }, { name: 'b-db', app: 'b' }, { name: 'c-pg', app: 'c' }], '{app}-x')).toBe('{app}-db');
    expect(commonPattern([{ name: 'a-db', app: 'a' }, { name: 'b-pg', app: 'b' }], '{app}-x')).toBe('{app}-x');
    expect(commonPattern([], '{app}-db')).toBe('{app}-db');
    expect(commonPattern([{ name: 'database', app: 'shop' }, { name: 'database', app: 'blog' }], '{app}')).toBe('database');
  });

  it('fill names the profile field and the flag when a variable is not known', () => {
    expect(fill('s3://b/{site}/{app}/', { site: 'dal', app: 'x' }, 'backup.destinationPath')).toBe('s3://b/dal/x/');
    expect(() => fill('s3://b/{site}/{app}/', { app: 'x' }, 'backup.destinationPath')).toThrow(/backup\.destinationPath .* needs \{site\}.*pass --site/);
  });
});

describe('the place of the overlay', () => {
  const overlays = overlaysOfLayout(DIRS, LAYOUT);

  it('reads the layout variables of the existing overlays', () => {
    expect(overlays.map((o) => o.vars)).toEqual([
      { site: 'dal', k8sCluster: 'k1', wave: '1', app: 'cnpg-test-1' },
      { site: 'dal', k8sCluster: 'k1', wave: '2', app: 'forgejo' },
      { site: 'dal', k8sCluster: 'k2', wave: '2', app: 'grafana' },
    ]);
    expect(overlaysOfLayout(['apps/x', 'apps/y/z'], 'apps/{app}/').map((o) => o.dir)).toEqual(['apps/x']);
  });

  it('takes what the overlays agree on, and asks for the rest with the candidates', () => {
    const needed = ['site', 'k8sCluster', 'wave', 'app'];
    expect(resolvePlace(needed, overlays, { k8sCluster: 'k2' }, 'x')).toEqual({ site: 'dal', k8sCluster: 'k2', wave: '2' });
    expect(resolvePlace(needed, overlays, { k8sCluster: 'k1', wave: '7' }, 'x')).toEqual({ site: 'dal', k8sCluster: 'k1', wave: '7' });
    expect(() => resolvePlace(needed, overlays, {}, 'where it goes')).toThrow(
      'cannot tell where it goes: the existing overlays are in 3 places (--site dal --k8s-cluster k1 --wave 1; --site dal --k8s-cluster k1 --wave 2; --site dal --k8s-cluster k2 --wave 2); pass --k8s-cluster and --wave (or --dir PATH)',
    );
    expect(() => resolvePlace(needed, overlays, { k8sCluster: 'k1' }, 'x')).toThrow(/pass --wave \(or --dir PATH\)/);
    expect(resolvePlace(['app'], [], {}, 'x')).toEqual({});
    expect(() => resolvePlace(['site', 'app'], [], {}, 'x')).toThrow(/no overlay in the repository gives \{site\}; pass --site/);
  });
});

describe('values', () => {
  it('retention: the most common valid one, else a usual one the pattern allows', () => {
    expect(chooseRetention('^[1-9][0-9]*[dwm]$', ['14d', '7d', '14d', 'bogus'])).toBe('14d');
    expect(chooseRetention('^[1-9][0-9]*[dwm]$', [])).toBe('7d');
    expect(chooseRetention('^[0-9]+w$', ['7d'])).toBe('4w');
    expect(() => chooseRetention('^x$', [])).toThrow(InputError);
  });

  it('refresh interval: 1h, or half a shorter lifetime', () => {
    expect(refreshIntervalFor('24h')).toBe('1h');
    expect(refreshIntervalFor('30m')).toBe('15m');
    expect(refreshIntervalFor('90s')).toBe('45s');
    expect(refreshIntervalFor('nonsense')).toBe('1h');
  });

  it('splits an s3 destination', () => {
    expect(splitS3('s3://b/dal/x/postgres/')).toEqual({ bucket: 'b', prefix: 'dal/x/postgres/' });
    expect(splitS3('s3://b/x')).toEqual({ bucket: 'b', prefix: 'x/' });
    expect(splitS3('gs://b/x')).toBeUndefined();
  });
});

describe('scaffoldFiles', () => {
  it('plugin style: the files of the example site, named by the profile', () => {
    const s = scaffoldFiles(input());
    expect(s.files.map((f) => f.name)).toEqual(['kustomization.yaml', 'service-account.yaml', 'vault-dynamic-secret.yaml', 'external-secret.yaml', 'object-store.yaml', 'postgres.yaml']);
    const byName = Object.fromEntries(s.files.map((f) => [f.name, f.text]));
    expect(parse(byName['kustomization.yaml']!)).toEqual({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      namespace: 'billing',
      resources: ['service-account.yaml', 'vault-dynamic-secret.yaml', 'external-secret.yaml', 'object-store.yaml', 'postgres.yaml'],
    });
    expect(parse(byName['external-secret.yaml']!).spec.target.template.metadata.labels).toEqual({ 'cnpg.io/reload': 'true' });
    expect(byName['external-secret.yaml']).toContain('cnpg.io/reload: "true"');
    const store = parse(byName['object-store.yaml']!);
    expect(store.spec).toEqual({
      retentionPolicy: '14d',
      configuration: {
        destinationPath: 's3://dal-site-backups/dal/billing/postgres/',
        s3Credentials: { accessKeyId: { name: 'billing-db-backup', key: 'access_key' }, secretAccessKey: { name: 'billing-db-backup', key: 'secret_key' } },
        wal: { compression: 'gzip' },
        data: { compression: 'gzip' },
        tags: { site: 'dal', service: 'billing', db: 'billing-db' },
      },
    });
    const [cluster, scheduled] = parseAllDocuments(byName['postgres.yaml']!).map((d) => d.toJS());
    expect(cluster.spec.storage.storageClass).toBe('cluster-nobackup');
    expect(cluster.spec.imageCatalogRef).toEqual({ apiGroup: 'postgresql.cnpg.io', kind: 'ClusterImageCatalog', name: 'postgresql', major: 16 });
    expect(cluster.spec.plugins).toEqual([{ name: 'barman-cloud.cloudnative-pg.io', isWALArchiver: true, parameters: { barmanObjectName: 'billing-store' } }]);
    expect(scheduled).toMatchObject({ kind: 'ScheduledBackup', metadata: { name: 'billing-db-daily' }, spec: { schedule: '0 0 2 * * *', method: 'plugin', pluginConfiguration: { name: 'barman-cloud.cloudnative-pg.io' } } });
    // Deterministic.
    expect(scaffoldFiles(input())).toEqual(s);
  });

  it('legacy style: spec.backup, no ObjectStore', () => {
    const s = scaffoldFiles(input({ style: 'legacy' }));
    expect(s.files.map((f) => f.name)).not.toContain('object-store.yaml');
    const [cluster, scheduled] = parseAllDocuments(s.files.find((f) => f.name === 'postgres.yaml')!.text).map((d) => d.toJS());
    expect(cluster.spec.backup.retentionPolicy).toBe('14d');
    expect(cluster.spec.backup.barmanObjectStore.tags).toEqual({ site: 'dal', service: 'billing', db: 'billing-db' });
    expect(cluster.spec.plugins).toBeUndefined();
    expect(scheduled.spec.method).toBeUndefined();
  });

  it('another producer: no chain written, and a note saying what to make', () => {
    const profile: Profile = { ...DEFAULT_PROFILE, credentials: { ...DEFAULT_PROFILE.credentials, producer: 'sealed-secret' } };
    const s = scaffoldFiles(input({}, profile));
    expect(s.files.map((f) => f.name)).toEqual(['kustomization.yaml', 'object-store.yaml', 'postgres.yaml']);
    expect(s.notes.join('\n')).toMatch(/sealed-secret: create the Secret billing-db-backup with the keys access_key and secret_key/);
  });

  it('the Vault and IAM side, filled with the app', () => {
    const s = scaffoldFiles(input());
    const text = vaultInstructions(s, { namespace: 'billing', mountPath: 'kubernetes-k1', lifetime: '24h', iamScoped: true }).join('\n');
    expect(text).toContain('"Resource": "arn:aws:s3:::dal-site-backups/dal/billing/postgres/*"');
    expect(text).toContain('vault write aws/roles/billing-db-backup credential_type=iam_user');
    expect(text).toContain('path "aws/creds/billing-db-backup" { capabilities = ["read"] }');
    expect(text).toContain('vault write auth/kubernetes-k1/role/workload-reader-billing-db-backup');
    expect(text).toContain('bound_service_account_names=billing-sa');
    expect(text).toContain('bound_service_account_namespaces=billing');
  });
});

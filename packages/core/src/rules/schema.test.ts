import { describe, expect, it } from 'vitest';
import { check, legacyApp, OVERLAY, patch, pluginApp, where } from '../../test/helpers.js';
import { closest, editDistance, unknownFields } from '../models/structural.js';
import { crdSchemaFor, validatorModuleName, type StructuralSchema } from '../models/registry.js';
import { schema } from './schema.js';

const run = (files: Record<string, string>) => check(files, schema);
const one = (text: string) => run({ 'm.yaml': text });
const messages = (text: string) => one(text).map((d) => `${where(d)} ${d.message}`);

const cluster = (spec: string, head = 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster') =>
  `${head}\nmetadata:\n  name: pg\nspec:\n  instances: 3\n  storage:\n    size: 1Gi\n${spec}`;

describe('schema', () => {
  it('passes the site apps', () => {
    expect(run({ ...pluginApp(), ...legacyApp() })).toEqual([]);
  });

  it('reports a value of the wrong type at the value', () => {
    const d = run(patch(pluginApp(), 'postgres.yaml', 'instances: 3', 'instances: three'));
    expect(d.map(where)).toEqual([`${OVERLAY}/postgres.yaml:6:14 schema`]);
    expect(d[0]!.message).toContain('spec.instances must be integer, got "three"');
    expect(d[0]!.messageId).toBe('wrongType');
    expect(d[0]!.severity).toBe('error');
  });

  it('reports a field in the wrong place at its key, with where the schema defines it', () => {
    const files = patch(legacyApp(), 'postgres.yaml', '    retentionPolicy: 14d\n    barmanObjectStore:\n', '    barmanObjectStore:\n      retentionPolicy: 14d\n');
    const d = run(files);
    expect(d.map(where)).toEqual(['sites/dal/clusters/k1/wave-2/overlays/gitea/postgres.yaml:17:7 schema']);
    expect(d[0]!.message).toBe(
      '`spec.backup.barmanObjectStore.retentionPolicy` is not defined by the Cluster schema (postgresql.cnpg.io/v1); the API server prunes it silently; the schema defines it at `spec.backup.retentionPolicy`',
    );
    expect(d[0]!.messageId).toBe('unknownField');
  });

  it('suggests a close sibling for a typo', () => {
    const d = run(patch(legacyApp(), 'postgres.yaml', 'barmanObjectStore:', 'barmanObjectstore:'));
    expect(d.map((x) => x.message)).toEqual([expect.stringContaining('`spec.backup.barmanObjectstore` is not defined by the Cluster schema (postgresql.cnpg.io/v1); the API server prunes it silently; did you mean `spec.backup.barmanObjectStore`?')]);
    expect(d[0]!.fix?.description).toBe('rename the field to `spec.backup.barmanObjectStore`');
    const far = messages(cluster('  frobnicate: true\n'));
    expect(far).toEqual(['m.yaml:9:3 schema `spec.frobnicate` is not defined by the Cluster schema (postgresql.cnpg.io/v1); the API server prunes it silently']);
  });

  it('reports unknown fields inside list items with their index', () => {
    const d = run(patch(pluginApp(), 'postgres.yaml', '      isWALArchiver: true', '      isWALArchiver: true\n      walArchiver: true'));
    expect(d.map((x) => `${where(x)} ${x.message}`)).toEqual([
      `${OVERLAY}/postgres.yaml:18:7 schema \`spec.plugins[0].walArchiver\` is not defined by the Cluster schema (postgresql.cnpg.io/v1); the API server prunes it silently; did you mean \`spec.plugins[0].isWALArchiver\`?`,
    ]);
  });

  it('reports enum, pattern and required errors readably', () => {
    const sb = (spec: string) => `apiVersion: postgresql.cnpg.io/v1\nkind: ScheduledBackup\nmetadata:\n  name: b\nspec:\n${spec}`;
    expect(messages(sb('  schedule: "0 0 0 * * *"\n  cluster:\n    name: pg\n  method: snapshot\n'))).toEqual([
      'm.yaml:9:11 schema spec.method must be one of "barmanObjectStore", "volumeSnapshot", "plugin", got "snapshot" (ScheduledBackup schema, postgresql.cnpg.io/v1); the API server rejects the resource',
    ]);
    expect(messages(sb('  schedule: "0 0 0 * * *"\n'))).toEqual([
      'm.yaml:6:3 schema spec is missing the required field "cluster" (ScheduledBackup schema, postgresql.cnpg.io/v1); the API server rejects the resource',
    ]);
    const store = `apiVersion: barmancloud.cnpg.io/v1\nkind: ObjectStore\nmetadata:\n  name: s\nspec:\n  retentionPolicy: 7 days\n  configuration:\n    destinationPath: s3://b/p/\n`;
    expect(messages(store)).toEqual([expect.stringMatching(/^m\.yaml:6:20 schema spec\.retentionPolicy must match .*, got "7 days" \(ObjectStore schema/)]);
  });

  it('treats null as absent, int-or-string as either, and preserve-unknown-fields as open', () => {
    expect(one(cluster('  resources:\n    limits:\n      cpu: 2\n      memory: 1Gi\n  walStorage:\n    storageClass:\n    size: 1Gi\n'))).toEqual([]);
    const vds = `apiVersion: generators.external-secrets.io/v1alpha1
kind: VaultDynamicSecret
metadata:
  name: v
spec:
  path: /aws/creds/x
  method: POST
  parameters:
    ttl: 1h
    anything:
      nested: [1, 2]
  provider:
    server: https://vault
    auth:
      kubernetes:
        mountPath: kubernetes
        role: r
        serviceAccountRef:
          name: sa
`;
    expect(one(vds)).toEqual([]);
    expect(messages(vds.replace('    server: https://vault', '    server: https://vault\n    sever: x'))).toEqual([
      'm.yaml:14:5 schema `spec.provider.sever` is not defined by the VaultDynamicSecret schema (generators.external-secrets.io/v1alpha1); the API server prunes it silently; did you mean `spec.provider.server`?',
    ]);
  });

  it('checks metadata types but does not walk metadata fields', () => {
    expect(messages(cluster('', 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster').replace('  name: pg', '  name: pg\n  labels:\n    tier: 1'))).toEqual([
      'm.yaml:6:11 schema metadata.labels.tier must be string, got 1 (Cluster schema, postgresql.cnpg.io/v1); the API server rejects the resource',
    ]);
  });

  it('reports an apiVersion that is not served and a kind that does not exist', () => {
    expect(messages(cluster('', 'apiVersion: postgresql.cnpg.io/v1beta1\nkind: Cluster'))).toEqual([
      'm.yaml:1:13 schema apiVersion postgresql.cnpg.io/v1beta1 is not served for Cluster (served: postgresql.cnpg.io/v1); the API server rejects the resource',
    ]);
    expect(messages('apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: e\nspec: {}\n')).toEqual([
      'm.yaml:1:13 schema apiVersion external-secrets.io/v1beta1 is not served for ExternalSecret (served: external-secrets.io/v1); the API server rejects the resource',
    ]);
    const d = one(cluster('', 'apiVersion: postgresql.cnpg.io/v1\nkind: Clustr'));
    expect(d.map(where)).toEqual(['m.yaml:2:7 schema']);
    expect(d[0]!.message).toContain('kind Clustr does not exist in postgresql.cnpg.io; did you mean Cluster?');
    // Kinds of partly vendored groups, and unknown groups, are left alone.
    expect(one('apiVersion: external-secrets.io/v1\nkind: SecretStore\nmetadata:\n  name: s\nspec:\n  whatever: 1\n')).toEqual([]);
    expect(one('apiVersion: monitoring.coreos.com/v1\nkind: PodMonitor\nmetadata:\n  name: p\nspec:\n  whatever: 1\n')).toEqual([]);
  });

  it('checks core kinds for types only', () => {
    expect(messages('apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa\nautomountServiceAccountToken: "yes"\nunknownField: 1\n')).toEqual([
      'm.yaml:5:31 schema automountServiceAccountToken must be boolean, got "yes" (ServiceAccount v1)',
    ]);
    expect(messages('apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: np\nspec:\n  podSelector:\n    matchLabels:\n      cnpg.io/cluster: pg\n  policyTypes: Ingress\n')).toEqual([
      'm.yaml:9:16 schema spec.policyTypes must be array, got "Ingress" (NetworkPolicy networking.k8s.io/v1)',
    ]);
    expect(one('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers:\n        - name: c\n          image: x\n')).toEqual([]);
  });

  it('points into the items of a List', () => {
    const text = `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: postgresql.cnpg.io/v1\n    kind: Cluster\n    metadata:\n      name: pg\n    spec:\n      instances: many\n      storage:\n        size: 1Gi\n`;
    expect(one(text).map(where)).toEqual(['m.yaml:9:18 schema']);
  });
});

describe('schema models', () => {
  it('names the generated validator modules', () => {
    expect(validatorModuleName('postgresql.cnpg.io', 'v1', 'Cluster')).toBe('PostgresqlCnpgIoV1Cluster');
    expect(validatorModuleName('generators.external-secrets.io', 'v1alpha1', 'VaultDynamicSecret')).toBe('GeneratorsExternalSecretsIoV1alpha1VaultDynamicSecret');
    for (const key of ['barmancloud.cnpg.io/v1/ObjectStore', 'external-secrets.io/v1/ExternalSecret', 'postgresql.cnpg.io/v1/Pooler']) {
      const [g, v, k] = [key.split('/').slice(0, -2).join('/'), key.split('/').at(-2)!, key.split('/').at(-1)!];
      const e = crdSchemaFor(`${g}/${v}`, k)!;
      expect(typeof e.validator()).toBe('function');
      expect(e.structural().properties?.spec).toBeDefined();
    }
  });

  it('keeps a field named description (Cluster spec.description)', () => {
    const s = crdSchemaFor('postgresql.cnpg.io/v1', 'Cluster')!.structural();
    expect(unknownFields({ spec: { description: 'x', instances: 1 } }, s)).toEqual([]);
  });

  it('walks additionalProperties, items and the x-kubernetes extensions', () => {
    const s: StructuralSchema = {
      type: 'object',
      properties: {
        apiVersion: { type: 'string' },
        kind: { type: 'string' },
        metadata: { type: 'object' },
        spec: {
          type: 'object',
          properties: {
            byName: { type: 'object', additionalProperties: { type: 'object', properties: { size: { type: 'string' } } } },
            free: { type: 'object', additionalProperties: true },
            open: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { known: { type: 'object', properties: { a: { type: 'string' } } } } },
            port: { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] },
            list: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
            embedded: { type: 'object', 'x-kubernetes-embedded-resource': true, properties: { spec: { type: 'object', properties: { x: { type: 'string' } } } } },
          },
        },
      },
    };
    const obj = {
      apiVersion: 'x/v1',
      kind: 'X',
      metadata: { name: 'n', anything: 1 },
      spec: {
        byName: { one: { size: '1', sise: '2' } },
        free: { whatever: { deep: 1 } },
        open: { unknown: 1, known: { a: 'x', b: 'y' } },
        port: { not: 'walked' },
        list: [{ name: 'a' }, { name: 'b', nam: 'c' }],
        embedded: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', labels: {} }, spec: { x: 'y', z: 1 } },
      },
    };
    expect(unknownFields(obj, s)).toEqual([
      { path: ['spec', 'byName', 'one', 'sise'], didYouMean: 'size' },
      { path: ['spec', 'open', 'known', 'b'], didYouMean: 'a' },
      { path: ['spec', 'list', 1, 'nam'], didYouMean: 'name' },
      { path: ['spec', 'embedded', 'spec', 'z'], didYouMean: 'x' },
    ]);
  });

  it('measures edit distance and picks close names only', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(closest('retentionpolicy', ['retentionPolicy', 'target'])).toBe('retentionPolicy');
    expect(closest('instance', ['instances', 'storage'])).toBe('instances');
    expect(closest('xyz', ['instances', 'storage'])).toBeUndefined();
  });
});

describe('schema, next to a specific rule', () => {
  it('gives way where a specific rule reports the same field, and only there', async () => {
    const { check, patch, pluginApp, where } = await import('../../test/helpers.js');
    let files = patch(pluginApp(), 'object-store.yaml', '  retentionPolicy: 7d\n', '');
    files = patch(files, 'object-store.yaml', '    wal:\n', '    retentionPolicy: 7d\n    walCompression: gzip\n    wal:\n');
    const all = check(files);
    const ids = all.filter((d) => d.severity !== 'info').map(where);
    expect(ids).toContain('sites/dal/clusters/k1/wave-2/overlays/forgejo/object-store.yaml:15:5 retention-policy');
    expect(ids).not.toContain('sites/dal/clusters/k1/wave-2/overlays/forgejo/object-store.yaml:15:5 schema');
    // An unknown field no other rule speaks of is still reported by schema.
    expect(ids).toContain('sites/dal/clusters/k1/wave-2/overlays/forgejo/object-store.yaml:16:5 schema');
  });
});

import { describe, expect, it } from 'vitest';
import { check, legacyApp, OVERLAY, patch, pluginApp, where } from '../../test/helpers.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { backupCredentials } from './backup-credentials.js';

const run = (files: Record<string, string>, profile = DEFAULT_PROFILE) => check(files, backupCredentials, profile);
const summary = (files: Record<string, string>) => run(files).map((d) => `${where(d)} ${d.severity}`);

describe('backup-credentials', () => {
  it('passes the site chain (plugin and legacy apps)', () => {
    expect(run({ ...pluginApp(), ...legacyApp() })).toEqual([]);
  });

  it('skips Clusters that use inheritFromIAMRole', () => {
    let files = patch(legacyApp(), 'postgres.yaml', /      s3Credentials:\n(.*\n){6}/, '      s3Credentials:\n        inheritFromIAMRole: true\n');
    files = patch(files, 'external-secret.yaml', 'name: gitea-db-backup\n', 'name: other\n');
    expect(run(files)).toEqual([]);
  });

  it('reports a Secret nothing produces, at the reference name', () => {
    let files = patch(pluginApp(), 'object-store.yaml', /name: forgejo-db-backup\n        key: access_key/, 'name: forgejo-s3\n        key: access_key');
    const d = run(files);
    expect(d.map(where)).toEqual([`${OVERLAY}/object-store.yaml:11:15 backup-credentials`]);
    expect(d[0]!.severity).toBe('error');
    expect(d[0]!.messageId).toBe('missingSecret');
    expect(d[0]!.message).toContain('names Secret "forgejo-s3", but nothing in namespace forgejo produces it');
    // A Secret in another namespace does not count.
    files = {
      ...files,
      'sites/dal/clusters/k1/wave-2/overlays/other/kustomization.yaml': 'namespace: other\nresources: [secret.yaml]\n',
      'sites/dal/clusters/k1/wave-2/overlays/other/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: forgejo-s3\nstringData:\n  access_key: x\n',
    };
    expect(run(files).map(where)).toEqual([`${OVERLAY}/object-store.yaml:11:15 backup-credentials`]);
  });

  it('reports a key the generated Secret does not hold, at the key', () => {
    const files = patch(pluginApp(), 'object-store.yaml', 'key: access_key', 'key: ACCESS_KEY_ID');
    const d = run(files);
    expect(d.map(where)).toEqual([`${OVERLAY}/object-store.yaml:12:14 backup-credentials`]);
    expect(d[0]!.message).toContain('reads key "ACCESS_KEY_ID"');
    expect(d[0]!.message).toContain('"access_key", "secret_key", "security_token"');
  });

  it('takes the keys from a target template (Replace) and merges the source keys with Merge', () => {
    const tpl = `    template:
      data:
        AWS_ACCESS_KEY_ID: "{{ .access_key }}"
        AWS_SECRET_ACCESS_KEY: "{{ .secret_key }}"
      metadata:`;
    let files = patch(pluginApp(), 'external-secret.yaml', '    template:\n      metadata:', tpl);
    expect(run(files).map((d) => d.message)).toEqual([
      expect.stringContaining('reads key "access_key" of Secret "forgejo-db-backup", but ExternalSecret forgejo/forgejo-db-backup yields only "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"'),
      expect.stringContaining('reads key "secret_key"'),
    ]);
    files = patch(files, 'external-secret.yaml', '      data:\n', '      mergePolicy: Merge\n      data:\n');
    expect(run(files)).toEqual([]);
  });

  it('takes keys from spec.data secretKey entries and does not guess for an extract from a store', () => {
    let files = patch(
      pluginApp(),
      'external-secret.yaml',
      /  dataFrom:\n(.*\n)*/,
      '  secretStoreRef:\n    name: vault\n    kind: ClusterSecretStore\n  data:\n    - secretKey: access_key\n      remoteRef: {key: s3, property: id}\n',
    );
    expect(run(files).map((d) => d.message)).toEqual([expect.stringContaining('reads key "secret_key"')]);
    files = patch(files, 'external-secret.yaml', '  data:\n', '  dataFrom:\n    - extract: {key: s3}\n  data:\n');
    expect(run(files)).toEqual([]);
  });

  it('follows ExternalSecret → VaultDynamicSecret → ServiceAccount', () => {
    let files = patch(pluginApp(), 'external-secret.yaml', /name: forgejo-db-backup\n$/, 'name: forgejo-backup\n');
    let d = run(files);
    expect(d.map(where)).toEqual([`${OVERLAY}/external-secret.yaml:18:17 backup-credentials`]);
    expect(d[0]!.message).toContain('generatorRef names VaultDynamicSecret "forgejo-backup", but there is none in namespace forgejo');
    expect(d[0]!.fix?.description).toContain('"forgejo-db-backup"');

    files = patch(pluginApp(), 'vault-dynamic-secret.yaml', 'name: forgejo-sa', 'name: forgejo');
    d = run(files);
    expect(d.map(where)).toEqual([`${OVERLAY}/vault-dynamic-secret.yaml:15:17 backup-credentials`]);
    expect(d[0]!.message).toContain('serviceAccountRef names ServiceAccount "forgejo", but there is none');
    expect(d[0]!.severity).toBe('error');
  });

  it('warns about a Vault path and role that are not the profile ones', () => {
    let files = patch(pluginApp(), 'vault-dynamic-secret.yaml', 'path: /aws/creds/forgejo-db-backup', 'path: /aws/creds/shared');
    files = patch(files, 'vault-dynamic-secret.yaml', 'role: workload-reader-forgejo-db-backup', 'role: admin');
    expect(summary(files)).toEqual([
      `${OVERLAY}/vault-dynamic-secret.yaml:6:9 backup-credentials warning`,
      `${OVERLAY}/vault-dynamic-secret.yaml:13:15 backup-credentials warning`,
    ]);
    // Keys are still known: /aws/creds/shared is an AWS creds path.
    expect(run(patch(files, 'object-store.yaml', 'key: access_key', 'key: nope')).some((d) => d.message.includes('reads key "nope"'))).toBe(true);
    // A profile that names them otherwise accepts them.
    const profile = { ...DEFAULT_PROFILE, credentials: { ...DEFAULT_PROFILE.credentials, vaultPath: 'aws/creds/shared', vaultRole: 'admin' } };
    expect(run(files, profile)).toEqual([]);
  });

  it('warns when refreshInterval is not shorter than the credential lifetime', () => {
    const at = (interval: string) => run(patch(pluginApp(), 'external-secret.yaml', 'refreshInterval: 1h', interval));
    expect(at('refreshInterval: 30m')).toEqual([]);
    const long = at('refreshInterval: 24h');
    expect(long.map((d) => `${where(d)} ${d.severity}`)).toEqual([`${OVERLAY}/external-secret.yaml:6:20 backup-credentials warning`]);
    expect(long[0]!.message).toContain('not shorter than the credential lifetime 24h');
    expect(long[0]!.fix?.value).toBe('1h0m0s');
    expect(at('refreshInterval: 25h30m')[0]!.message).toContain('"25h30m"');
    expect(at('refreshInterval: "0"')[0]!.message).toContain('disables refresh');
    expect(at('refreshInterval: 1d')[0]!.message).toContain('is not a Go duration');
    // Absent: ESO refreshes every hour, shorter than 24h.
    expect(run(patch(pluginApp(), 'external-secret.yaml', '  refreshInterval: 1h\n', ''))).toEqual([]);
    // ... but not shorter than a 1h lifetime.
    const profile = { ...DEFAULT_PROFILE, credentials: { ...DEFAULT_PROFILE.credentials, lifetime: '1h' } };
    const d = run(patch(pluginApp(), 'external-secret.yaml', '  refreshInterval: 1h\n', ''), profile);
    expect(d.map((x) => x.message)).toEqual([expect.stringContaining('is not set (External Secrets defaults to 1h)')]);
  });

  it('warns when the target template lacks the reload label', () => {
    const files = patch(pluginApp(), 'external-secret.yaml', 'cnpg.io/reload: "true"', 'app: forgejo');
    const d = run(files);
    expect(d.map((x) => `${where(x)} ${x.severity}`)).toEqual([`${OVERLAY}/external-secret.yaml:12:11 backup-credentials warning`]);
    expect(d[0]!.message).toContain('cnpg.io/reload: "true"');
    expect(run(patch(pluginApp(), 'external-secret.yaml', 'cnpg.io/reload: "true"', 'cnpg.io/reload: "false"')).map(where)).toEqual([
      `${OVERLAY}/external-secret.yaml:12:27 backup-credentials`,
    ]);
  });

  it('warns that a SealedSecret or a plain Secret is legacy, and checks their keys', () => {
    const base = legacyApp();
    const dir = 'sites/dal/clusters/k1/wave-2/overlays/gitea';
    const sealed: Record<string, string> = {
      ...base,
      [`${dir}/kustomization.yaml`]: base[`${dir}/kustomization.yaml`]!.replace(/  - (service-account|vault-dynamic-secret|external-secret)\.yaml\n/g, '') + '  - sealed.yaml\n',
      [`${dir}/sealed.yaml`]: `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: gitea-db-backup
spec:
  encryptedData:
    access_key: AgBy3i4OJSWK+PiTySYZZA==
    secret_key: AgBy3i4OJSWK+PiTySYZZA==
`,
    };
    delete sealed[`${dir}/external-secret.yaml`];
    let d = run(sealed);
    expect(d.map((x) => `${where(x)} ${x.severity}`)).toEqual([
      `${dir}/postgres.yaml:21:17 backup-credentials warning`,
      `${dir}/postgres.yaml:24:17 backup-credentials warning`,
    ]);
    expect(d[0]!.message).toContain('comes from a SealedSecret');
    const plain = { ...sealed, [`${dir}/sealed.yaml`]: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: gitea-db-backup\nstringData:\n  access_key: x\ndata:\n  secret: eA==\n' };
    d = run(plain);
    expect(d.map((x) => `${where(x)} ${x.severity}`)).toEqual([
      `${dir}/postgres.yaml:21:17 backup-credentials warning`,
      `${dir}/postgres.yaml:24:17 backup-credentials warning`,
      `${dir}/postgres.yaml:25:16 backup-credentials error`,
    ]);
    expect(d[1]!.message).toContain('comes from a Secret');
    expect(d[2]!.message).toContain('yields only "access_key", "secret"');
  });

  it('reports the chain of a shared ExternalSecret once', () => {
    const files = patch(pluginApp(), 'external-secret.yaml', 'refreshInterval: 1h', 'refreshInterval: 48h');
    const both = patch(files, 'postgres.yaml', /---\n(.*\n)*/, '---\n' + files[`${OVERLAY}/postgres.yaml`]!.replace(/forgejo-db/g, 'forgejo-db2').split('---\n')[0]);
    expect(run(both).map(where)).toEqual([`${OVERLAY}/external-secret.yaml:6:20 backup-credentials`]);
  });
});

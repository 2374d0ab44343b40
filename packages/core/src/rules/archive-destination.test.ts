import { describe, expect, it } from 'vitest';
import { check, legacyApp, patch, pluginApp, where, lintCorpus, ODD_INPUT, CORPUS } from '../../test/helpers.js';
import { parseProfile } from '../profile/load.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { RULE_IDS, RULE_OPTIONS } from './index.js';
import { archiveDestination } from './archive-destination.js';



describe('archive-destination', () => {
  it('passes the clean plugin and legacy apps', () => {
    expect(check({ ...pluginApp(), ...legacyApp() }, archiveDestination)).toEqual([]);
  });

  it('ignores a trailing slash', () => {
    const files = patch(pluginApp(), 'object-store.yaml', 'forgejo/postgres/', 'forgejo/postgres');
    expect(check(files, archiveDestination)).toEqual([]);
  });

  it('reports another app prefix at the ObjectStore destinationPath (plugin style)', () => {
    const files = patch(pluginApp(), 'object-store.yaml', 'dal/forgejo/postgres/', 'dal/gitea/postgres/');
    const d = check(files, archiveDestination);
    expect(d.map(where)).toEqual(['sites/dal/clusters/k1/wave-2/overlays/forgejo/object-store.yaml:8:22 archive-destination']);
    expect(d[0]!.message).toContain('"s3://dal-site-backups/dal/gitea/postgres/"');
    expect(d[0]!.message).toContain('"s3://dal-site-backups/dal/forgejo/postgres/"');
    expect(d[0]!.message).toContain('AccessDenied');
    expect(d[0]!.resource?.kind).toBe('ObjectStore');
    expect(d[0]!.fix).toEqual({
      description: 'set destinationPath to "s3://dal-site-backups/dal/forgejo/postgres/"',
      path: ['spec', 'configuration', 'destinationPath'],
      value: 's3://dal-site-backups/dal/forgejo/postgres/',
    });
  });

  it('reports another bucket at the Cluster destinationPath (legacy style)', () => {
    const files = patch(legacyApp(), 'postgres.yaml', 's3://dal-site-backups/', 's3://other-bucket/');
    const d = check(files, archiveDestination);
    expect(d.map(where)).toEqual(['sites/dal/clusters/k1/wave-2/overlays/gitea/postgres.yaml:18:24 archive-destination']);
    expect(d[0]!.message).toContain('IAM policy');
    expect(d[0]!.fix?.value).toBe('s3://dal-site-backups/dal/gitea/postgres/');
    expect(d[0]!.fix?.path).toEqual(['spec', 'backup', 'barmanObjectStore', 'destinationPath']);
  });

  it('reports a missing destinationPath at the configuration', () => {
    const files = patch(pluginApp(), 'object-store.yaml', /    destinationPath: .*\n/, '');
    const d = check(files, archiveDestination);
    expect(d.map(where)).toEqual(['sites/dal/clusters/k1/wave-2/overlays/forgejo/object-store.yaml:8:5 archive-destination']);
    expect(d[0]!.message).toContain('has no destinationPath');
  });

  it('skips Clusters whose site and app the path does not give', () => {
    const files = Object.fromEntries(
      Object.entries(patch(legacyApp(), 'postgres.yaml', 's3://dal-site-backups/', 's3://other/')).map(([k, v]) => [k.replace('sites/dal/clusters/k1/wave-2/overlays/gitea/', 'misc/'), v]),
    );
    // without a kustomization namespace the app is unknown too
    delete files['misc/kustomization.yaml'];
    expect(check(files, archiveDestination)).toEqual([]);
  });

  it('follows the profile template', () => {
    const profile = { ...DEFAULT_PROFILE, backup: { ...DEFAULT_PROFILE.backup, destinationPath: 's3://b/{site}/{app}/{cluster}/' } };
    const d = check(pluginApp(), archiveDestination, profile);
    expect(d.map((x) => x.fix?.value)).toEqual(['s3://b/dal/forgejo/forgejo-db/']);
  });

  it('does not throw on odd input', () => {
    expect(() => check(ODD_INPUT, archiveDestination)).not.toThrow();
    const d = check(ODD_INPUT, archiveDestination);
    expect(d.map((x) => x.message)).toEqual([expect.stringContaining('destinationPath is not a string')]);
  });

  it('runs over every file of the corpus without throwing', () => {
    const { files, resources, diagnostics } = lintCorpus(archiveDestination);
    expect(files.length).toBeGreaterThan(50);
    expect(resources).toBeGreaterThan(50);
    for (const x of diagnostics) {
      expect(x.ruleId).toBe(archiveDestination.meta.id);
      expect(x.file.startsWith(CORPUS + '/'), x.file).toBe(true);
      expect(x.line).toBeGreaterThan(0);
      expect(x.column).toBeGreaterThan(0);
    }
  });
});

describe('archive-destination: backup.iamScoped', () => {
  const files = patch(pluginApp(), 'object-store.yaml', 'dal/forgejo/postgres/', 'dal/gitea/postgres/');
  const scoped = (v: boolean) => parseProfile(`backup:\n  iamScoped: ${v}\n`, '/repo/.cnpg-site.yaml', RULE_IDS, RULE_OPTIONS);

  it('speaks of the IAM policy and AccessDenied when the credentials are scoped to the prefix (the default)', () => {
    for (const p of [DEFAULT_PROFILE, scoped(true)]) {
      const [d] = check(files, archiveDestination, p);
      expect(d!.message).toBe(
        'destinationPath is "s3://dal-site-backups/dal/gitea/postgres/"; site dal, app forgejo archives to "s3://dal-site-backups/dal/forgejo/postgres/": the IAM policy of the app\'s backup credentials allows only that prefix, so archiving would fail at runtime with AccessDenied',
      );
    }
  });

  it('says only that the destination differs from the convention when they are not', () => {
    const d = check(files, archiveDestination, scoped(false));
    expect(d.map(where)).toEqual(['sites/dal/clusters/k1/wave-2/overlays/forgejo/object-store.yaml:8:22 archive-destination']);
    expect(d[0]!.messageId).toBe('wrongPath');
    expect(d[0]!.message).toBe(
      'destinationPath is "s3://dal-site-backups/dal/gitea/postgres/"; site dal, app forgejo archives to "s3://dal-site-backups/dal/forgejo/postgres/": the site keeps each app\'s archive under the prefix the profile\'s backup.destinationPath gives, where restores and audits look for it',
    );
    expect(d[0]!.message).not.toMatch(/IAM|AccessDenied/);
    const missing = check(patch(pluginApp(), 'object-store.yaml', /    destinationPath: .*\n/, ''), archiveDestination, scoped(false));
    expect(missing[0]!.messageId).toBe('missing');
    expect(missing[0]!.message).not.toMatch(/IAM|AccessDenied/);
  });

  it('the Vault path warning of backup-credentials names the IAM policy only when scoped', async () => {
    const { backupCredentials } = await import('./backup-credentials.js');
    const vault = patch(pluginApp(), 'vault-dynamic-secret.yaml', 'path: /aws/creds/forgejo-db-backup', 'path: /aws/creds/shared');
    const msg = (p: typeof DEFAULT_PROFILE) => check(vault, backupCredentials, p).find((x) => x.messageId === 'vaultPathOther')!.message;
    expect(msg(DEFAULT_PROFILE)).toBe('Vault path is "/aws/creds/shared"; the site uses "/aws/creds/forgejo-db-backup", whose credentials the IAM policy allows on this app\'s backup prefix');
    expect(msg(scoped(false))).toBe('Vault path is "/aws/creds/shared"; the site uses "/aws/creds/forgejo-db-backup"');
  });
});

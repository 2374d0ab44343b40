import { describe, expect, it } from 'vitest';
import { check, legacyApp, patch, pluginApp, where, lintCorpus, ODD_INPUT, CORPUS } from '../../test/helpers.js';
import { parseProfile } from '../profile/load.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { RULE_IDS, RULE_OPTIONS } from './index.js';
import { backupConfigured } from './backup-configured.js';



const PG = 'sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml';
const PG_LEGACY = 'sites/dal/clusters/k1/wave-2/overlays/gitea/postgres.yaml';
const NO_PLUGIN = /  plugins:\n(    .*\n)+---/;

describe('backup-configured', () => {
  it('passes the clean plugin and legacy apps', () => {
    expect(check({ ...pluginApp(), ...legacyApp() }, backupConfigured)).toEqual([]);
  });

  it('reports a Cluster with no backup configuration at spec', () => {
    const files = patch(pluginApp(), 'postgres.yaml', NO_PLUGIN, '---');
    const d = check(files, backupConfigured);
    expect(d.map(where)).toEqual([`${PG}:6:3 backup-configured`]);
    expect(d[0]!.severity).toBe('error');
    expect(d[0]!.message).toContain('Cluster forgejo-db has no backup configuration');
    expect(d[0]!.message).toContain('cannot be restored');
  });

  it('counts another plugin that archives WAL (pgBackRest) as a backup configuration, noted as not checked here', () => {
    const files = patch(pluginApp(), 'postgres.yaml', '    - name: barman-cloud.cloudnative-pg.io\n      isWALArchiver', '    - name: pgbackrest.dalibo.com\n      isWALArchiver');
    const d = check(files, backupConfigured);
    expect(d.map((x) => `${where(x)} ${x.severity} ${x.messageId}`)).toEqual([`${PG}:16:5 backup-configured info otherPlugin`]);
    expect(d[0]!.message).toBe('Cluster forgejo-db is backed up by the CNPG-I plugin "pgbackrest.dalibo.com"; its backup configuration (repository, credentials, retention) is not checked here');
  });

  it('does not count a plugin entry that archives nothing', () => {
    const files = patch(pluginApp(), 'postgres.yaml', '    - name: barman-cloud.cloudnative-pg.io\n      isWALArchiver: true', '    - name: other.example.com\n      isWALArchiver: false');
    expect(check(files, backupConfigured).map(where)).toEqual([`${PG}:6:3 backup-configured`]);
  });

  it('reports a Cluster that no ScheduledBackup names', () => {
    const files = patch(legacyApp(), 'postgres.yaml', '    name: gitea-db\n', '    name: other-db\n');
    const d = check(files, backupConfigured);
    expect(d.map(where)).toEqual([`${PG_LEGACY}:4:9 backup-configured`]);
    expect(d[0]!.message).toBe(
      'no ScheduledBackup in namespace gitea names Cluster gitea-db: no base backup is ever taken, so WAL alone cannot restore it; add a ScheduledBackup with spec.cluster.name: gitea-db',
    );
  });

  it('does not require a ScheduledBackup when the profile says so', () => {
    const files = patch(legacyApp(), 'postgres.yaml', '    name: gitea-db\n', '    name: other-db\n');
    const profile = { ...DEFAULT_PROFILE, backup: { ...DEFAULT_PROFILE.backup, requireScheduledBackup: false } };
    expect(check(files, backupConfigured, profile)).toEqual([]);
  });

  it('warns on a five-field schedule and proposes the six-field one', () => {
    const files = patch(pluginApp(), 'postgres.yaml', 'schedule: "0 0 2 * * *"', 'schedule: "0 2 * * *"');
    const d = check(files, backupConfigured);
    expect(d.map(where)).toEqual([`${PG}:26:13 backup-configured`]);
    expect(d[0]!.severity).toBe('warning');
    expect(d[0]!.message).toContain('has 5 fields');
    expect(d[0]!.message).toContain('seconds first');
    expect(d[0]!.fix?.value).toBe('0 0 2 * * *');
  });

  it('accepts predefined schedules', () => {
    const files = patch(pluginApp(), 'postgres.yaml', 'schedule: "0 0 2 * * *"', 'schedule: "@daily"');
    expect(check(files, backupConfigured)).toEqual([]);
  });

  it('warns when backupOwnerReference is not self, or not set', () => {
    let files = patch(pluginApp(), 'postgres.yaml', 'backupOwnerReference: self', 'backupOwnerReference: cluster');
    files = { ...files, ...patch(legacyApp(), 'postgres.yaml', '  backupOwnerReference: self\n', '') };
    const d = check(files, backupConfigured);
    expect(d.map(where)).toEqual([`${PG}:27:25 backup-configured`, `${PG_LEGACY}:40:3 backup-configured`]);
    expect(d.map((x) => x.severity)).toEqual(['warning', 'warning']);
    expect(d[0]!.message).toContain('backupOwnerReference is "cluster"');
    expect(d[1]!.message).toContain('defaults to "none"');
    expect(d[1]!.fix).toEqual({ description: 'set backupOwnerReference to self', path: ['spec', 'backupOwnerReference'], value: 'self' });
  });

  it('checks backupOwnerReference against the rule option: another value, or any', () => {
    let files = patch(pluginApp(), 'postgres.yaml', 'backupOwnerReference: self', 'backupOwnerReference: cluster');
    files = { ...files, ...patch(legacyApp(), 'postgres.yaml', '  backupOwnerReference: self\n', '') };
    const cluster = parseProfile('rules:\n  backup-configured: [{ backupOwnerReference: cluster }]\n', '/r/.cnpg-site.yaml', RULE_IDS, RULE_OPTIONS);
    const d = check(files, backupConfigured, cluster);
    expect(d.map(where)).toEqual([`${PG_LEGACY}:40:3 backup-configured`]);
    expect(d[0]!.severity).toBe('warning');
    expect(d[0]!.message).toBe('backupOwnerReference is not set ("none"); the site sets "cluster" (rule option backupOwnerReference)');
    const any = parseProfile('rules:\n  backup-configured: [{ backupOwnerReference: any }]\n', '/r/.cnpg-site.yaml', RULE_IDS, RULE_OPTIONS);
    expect(check(files, backupConfigured, any)).toEqual([]);
    // No backup at all stays an error with options alone.
    expect(check(patch(pluginApp(), 'postgres.yaml', NO_PLUGIN, '---'), backupConfigured, any)[0]!.severity).toBe('error');
  });

  it('leaves ScheduledBackups naming no existing Cluster to cluster-reference', () => {
    let files = patch(pluginApp(), 'postgres.yaml', '    name: forgejo-db\n  method', '    name: gone\n  method');
    files = patch(files, 'postgres.yaml', 'schedule: "0 0 2 * * *"', 'schedule: "0 2 * * *"');
    expect(check(files, backupConfigured).map((x) => x.message)).toEqual([expect.stringContaining('no ScheduledBackup in namespace forgejo names Cluster forgejo-db')]);
  });

  it('does not throw on odd input', () => {
    const d = check(ODD_INPUT, backupConfigured);
    expect(d.map(where)).toEqual([
      'sites/dal/clusters/k1/wave-2/overlays/odd/postgres.yaml:4:9 backup-configured',
      'sites/dal/clusters/k1/wave-2/overlays/odd/postgres.yaml:5:7 backup-configured',
      'sites/dal/clusters/k1/wave-2/overlays/odd/postgres.yaml:10:9 backup-configured',
      'sites/dal/clusters/k1/wave-2/overlays/odd/postgres.yaml:22:9 backup-configured',
    ]);
  });

  it('runs over every file of the corpus without throwing', () => {
    const { files, resources, diagnostics } = lintCorpus(backupConfigured);
    expect(files.length).toBeGreaterThan(50);
    expect(resources).toBeGreaterThan(50);
    for (const x of diagnostics) {
      expect(x.ruleId).toBe(backupConfigured.meta.id);
      expect(x.file.startsWith(CORPUS + '/'), x.file).toBe(true);
      expect(x.line).toBeGreaterThan(0);
      expect(x.column).toBeGreaterThan(0);
    }
  });
});

const PGBACKREST_CLUSTER = `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: immich-db
spec:
  instances: 2
  storage:
    size: 10Gi
    storageClass: cluster-nobackup
  plugins:
    - name: pgbackrest.dalibo.com
      enabled: true
      isWALArchiver: true
      parameters:
        stanzaRef: immich-db-stanza
        pluginConfigRef: immich-db-pluginconfig
---
apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
metadata:
  name: immich-db-daily
spec:
  schedule: "0 0 3 * * *"
  backupOwnerReference: self
  cluster:
    name: immich-db
  method: plugin
  pluginConfiguration:
    name: pgbackrest.dalibo.com
`;

describe('backup-configured: backup methods', () => {
  const methods = (list: string) => parseProfile(`backup:\n  methods: [${list}]\n`, '/repo/.cnpg-site.yaml', RULE_IDS, RULE_OPTIONS);
  const APP = 'sites/dal/clusters/k1/wave-2/overlays/immich';
  const pgbackrest = { [`${APP}/kustomization.yaml`]: 'namespace: immich\nresources: [postgres.yaml]\n', [`${APP}/postgres.yaml`]: PGBACKREST_CLUSTER };
  const brief = (files: Record<string, string>, profile = DEFAULT_PROFILE) => check(files, backupConfigured, profile).map((d) => `${where(d)} ${d.severity} ${d.messageId}`);

  it('a pgBackRest Cluster is backed up by another plugin, never "no backup"', () => {
    expect(brief(pgbackrest)).toEqual([`${APP}/postgres.yaml:11:5 backup-configured info otherPlugin`]);
    // Without isWALArchiver the pgBackRest plugin is still a backup plugin.
    const quiet = { ...pgbackrest, [`${APP}/postgres.yaml`]: PGBACKREST_CLUSTER.replace('      isWALArchiver: true\n', '') };
    expect(brief(quiet)).toEqual([`${APP}/postgres.yaml:11:5 backup-configured info otherPlugin`]);
    // Any other plugin that archives WAL counts too; a disabled one does not.
    const other = { ...pgbackrest, [`${APP}/postgres.yaml`]: PGBACKREST_CLUSTER.replace('pgbackrest.dalibo.com\n      enabled', 'backup.example.com\n      enabled') };
    expect(brief(other)).toEqual([`${APP}/postgres.yaml:11:5 backup-configured info otherPlugin`]);
    const disabled = { ...pgbackrest, [`${APP}/postgres.yaml`]: PGBACKREST_CLUSTER.replace('enabled: true', 'enabled: false') };
    expect(brief(disabled)).toEqual([`${APP}/postgres.yaml:6:3 backup-configured error noBackup`]);
  });

  it('every method is allowed by default; one the profile leaves out is a warning', () => {
    const all = { ...pluginApp(), ...legacyApp(), ...pgbackrest };
    expect(brief(all).filter((d) => !d.endsWith('otherPlugin'))).toEqual([]);
    expect(brief(all, methods('barman-cloud-plugin'))).toEqual([
      `${PG_LEGACY}:17:5 backup-configured warning methodNotUsed`,
      `${APP}/postgres.yaml:11:5 backup-configured warning methodNotUsed`,
    ]);
    const d = check(legacyApp(), backupConfigured, methods('barman-cloud-plugin, other-plugin'));
    expect(d[0]!.message).toBe(
      'Cluster gitea-db is backed up with barman-object-store, which the site does not use (profile backup.methods: barman-cloud-plugin, other-plugin); move it to one of those, or add barman-object-store to backup.methods',
    );
    expect(brief(all, methods('barman-object-store, barman-cloud-plugin, other-plugin'))).toEqual([`${APP}/postgres.yaml:11:5 backup-configured info otherPlugin`]);
    expect(brief(pluginApp(), methods('barman-object-store'))).toEqual([`${PG}:16:5 backup-configured warning methodNotUsed`]);
  });

  it('rejects an unknown method in the profile, with its line', () => {
    expect(() => methods('barman, pgbackrest')).toThrow(/field "backup\.methods\[0\]" must be one of "barman-object-store", "barman-cloud-plugin", "other-plugin"/);
  });
});

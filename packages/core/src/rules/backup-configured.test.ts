import { describe, expect, it } from 'vitest';
import { check, legacyApp, patch, pluginApp, where, lintCorpus, ODD_INPUT, CORPUS } from '../../test/helpers.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
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

  it('counts another plugin that archives WAL (pgBackRest) as a backup configuration', () => {
    const files = patch(pluginApp(), 'postgres.yaml', '    - name: barman-cloud.cloudnative-pg.io\n      isWALArchiver', '    - name: pgbackrest.dalibo.com\n      isWALArchiver');
    expect(check(files, backupConfigured).map(where)).toEqual([]);
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

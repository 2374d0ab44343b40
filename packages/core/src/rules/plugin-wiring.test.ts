import { describe, expect, it } from 'vitest';
import { check, legacyApp, patch, pluginApp, where, lintCorpus, ODD_INPUT, CORPUS } from '../../test/helpers.js';
import { pluginWiring } from './plugin-wiring.js';



const PG = 'sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml';
const PG_LEGACY = 'sites/dal/clusters/k1/wave-2/overlays/gitea/postgres.yaml';

describe('plugin-wiring', () => {
  it('passes the clean plugin and legacy apps', () => {
    expect(check({ ...pluginApp(), ...legacyApp() }, pluginWiring)).toEqual([]);
  });

  it('reports a barmanObjectName naming no ObjectStore in the namespace, suggesting one', () => {
    const files = patch(pluginApp(), 'postgres.yaml', 'barmanObjectName: forgejo-store', 'barmanObjectName: forgejo-objectstore');
    const d = check(files, pluginWiring);
    expect(d.map(where)).toEqual([`${PG}:19:27 plugin-wiring`]);
    expect(d[0]!.message).toBe(
      'parameters.barmanObjectName names ObjectStore "forgejo-objectstore", which does not exist in namespace forgejo, so WAL archiving and backups fail; did you mean "forgejo-store"?',
    );
    expect(d[0]!.messageId).toBe('unknownObjectStore');
    expect(d[0]!.fix?.value).toBe('forgejo-store');
    expect(d[0]!.fix?.path).toEqual(['spec', 'plugins', 0, 'parameters', 'barmanObjectName']);
  });

  it('does not find an ObjectStore of another namespace', () => {
    const files = { ...patch(pluginApp(), 'postgres.yaml', 'barmanObjectName: forgejo-store', 'barmanObjectName: gitea-store'), ...pluginApp('gitea') };
    const d = check(files, pluginWiring);
    expect(d.map(where)).toEqual([`${PG}:19:27 plugin-wiring`]);
    expect(d[0]!.message).toContain('"gitea-store", which does not exist in namespace forgejo');
  });

  it('reports a missing barmanObjectName', () => {
    const files = patch(pluginApp(), 'postgres.yaml', '      parameters:\n        barmanObjectName: forgejo-store\n', '      parameters: {}\n');
    const d = check(files, pluginWiring);
    expect(d.map(where)).toEqual([`${PG}:18:19 plugin-wiring`]);
    expect(d[0]!.message).toContain('has no parameters.barmanObjectName');
    expect(d[0]!.fix?.value).toBe('forgejo-store');
  });

  it('reports isWALArchiver missing or false', () => {
    let files = patch(pluginApp(), 'postgres.yaml', 'isWALArchiver: true', 'isWALArchiver: false');
    let d = check(files, pluginWiring);
    expect(d.map(where)).toEqual([`${PG}:17:22 plugin-wiring`]);
    expect(d[0]!.message).toContain('WAL is not archived: no point-in-time recovery');
    expect(d[0]!.fix).toEqual({ description: 'set isWALArchiver: true', path: ['spec', 'plugins', 0, 'isWALArchiver'], value: true });
    files = patch(pluginApp(), 'postgres.yaml', '      isWALArchiver: true\n', '');
    d = check(files, pluginWiring);
    expect(d.map(where)).toEqual([`${PG}:16:13 plugin-wiring`]);
    expect(d[0]!.message).toContain('does not set isWALArchiver');
  });

  it('reports a ScheduledBackup of a plugin Cluster without method: plugin and pluginConfiguration', () => {
    const files = patch(pluginApp(), 'postgres.yaml', /  method: plugin\n  pluginConfiguration:\n    name: .*\n/, '');
    const d = check(files, pluginWiring);
    expect(d.map(where)).toEqual([`${PG}:26:3 plugin-wiring`, `${PG}:26:3 plugin-wiring`]);
    expect(d.map((x) => x.messageId).sort()).toEqual(['methodNotPlugin', 'pluginNameUnset']);
    expect(d.map((x) => x.message).sort()).toEqual([
      'ScheduledBackup forgejo-db-backup sets no pluginConfiguration.name; set it to "barman-cloud.cloudnative-pg.io" so the backup is taken by the plugin that archives Cluster forgejo-db',
      'ScheduledBackup forgejo-db-backup uses method barmanObjectStore (the default), but Cluster forgejo-db archives through the barman-cloud.cloudnative-pg.io plugin, so the backup fails; set method: plugin',
    ]);
  });

  it('reports a wrong pluginConfiguration.name at its line', () => {
    const files = patch(pluginApp(), 'postgres.yaml', /    name: barman-cloud.cloudnative-pg.io\n$/, '    name: barman-cloud\n');
    const d = check(files, pluginWiring);
    expect(d.map(where)).toEqual([`${PG}:32:11 plugin-wiring`]);
    expect(d[0]!.message).toContain('pluginConfiguration.name is "barman-cloud"');
  });

  it('accepts volume snapshot backups when the Cluster configures them', () => {
    let files = patch(pluginApp(), 'postgres.yaml', 'method: plugin', 'method: volumeSnapshot');
    expect(check(files, pluginWiring)).toHaveLength(1);
    files = patch(files, 'postgres.yaml', '  plugins:\n', '  backup:\n    volumeSnapshot:\n      className: csi-snapclass\n  plugins:\n');
    expect(check(files, pluginWiring)).toEqual([]);
  });

  it('reports method: plugin on a legacy Cluster', () => {
    const files = patch(legacyApp(), 'postgres.yaml', /    name: gitea-db\n$/, '    name: gitea-db\n  method: plugin\n');
    const d = check(files, pluginWiring);
    expect(d.map(where)).toEqual([`${PG_LEGACY}:44:11 plugin-wiring`]);
    expect(d[0]!.message).toContain('uses method: plugin, but Cluster gitea-db archives with the in-tree spec.backup.barmanObjectStore');
  });

  it('reports a Cluster configuring both styles', () => {
    const files = patch(legacyApp(), 'postgres.yaml', '  backup:\n', '  plugins:\n    - name: barman-cloud.cloudnative-pg.io\n      isWALArchiver: true\n      parameters:\n        barmanObjectName: gitea-store\n  backup:\n');
    const d = check(files, pluginWiring);
    expect(d.map((x) => x.message)).toContainEqual(expect.stringContaining('configures both the in-tree spec.backup.barmanObjectStore and the barman-cloud.cloudnative-pg.io plugin'));
    expect(d.map(where)).toContain(`${PG_LEGACY}:16:13 plugin-wiring`);
  });

  it('does not throw on odd input', () => {
    const d = check(ODD_INPUT, pluginWiring);
    expect(d.map(where)).toEqual([
      'sites/dal/clusters/k1/wave-2/overlays/odd/postgres.yaml:26:7 plugin-wiring',
      'sites/dal/clusters/k1/wave-2/overlays/odd/postgres.yaml:27:22 plugin-wiring',
    ]);
  });

  it('runs over every file of the corpus without throwing', () => {
    const { files, resources, diagnostics } = lintCorpus(pluginWiring);
    expect(files.length).toBeGreaterThan(50);
    expect(resources).toBeGreaterThan(50);
    for (const x of diagnostics) {
      expect(x.ruleId).toBe(pluginWiring.meta.id);
      expect(x.file.startsWith(CORPUS + '/'), x.file).toBe(true);
      expect(x.line).toBeGreaterThan(0);
      expect(x.column).toBeGreaterThan(0);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { check, legacyApp, patch, pluginApp, where, lintCorpus, ODD_INPUT, CORPUS } from '../../test/helpers.js';
import { retentionPolicy } from './retention-policy.js';



const OS = 'sites/dal/clusters/k1/wave-2/overlays/forgejo/object-store.yaml';
const PG = 'sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml';
const PG_LEGACY = 'sites/dal/clusters/k1/wave-2/overlays/gitea/postgres.yaml';

describe('retention-policy', () => {
  it('passes the clean plugin and legacy apps', () => {
    expect(check({ ...pluginApp(), ...legacyApp() }, retentionPolicy)).toEqual([]);
  });

  it('reports a missing retention policy (legacy style)', () => {
    const files = patch(legacyApp(), 'postgres.yaml', '    retentionPolicy: 14d\n', '');
    const d = check(files, retentionPolicy);
    expect(d.map(where)).toEqual([`${PG_LEGACY}:16:5 retention-policy`]);
    expect(d[0]!.message).toContain('spec.backup.retentionPolicy is not set');
  });

  it('reports a malformed retention policy with its value (plugin style)', () => {
    const files = patch(pluginApp(), 'object-store.yaml', 'retentionPolicy: 7d', 'retentionPolicy: 7 days');
    const d = check(files, retentionPolicy);
    expect(d.map(where)).toEqual([`${OS}:6:20 retention-policy`]);
    expect(d[0]!.message).toContain('"7 days"');
    expect(d[0]!.message).toContain('^[1-9][0-9]*[dwm]$');
  });

  it('reports a retention policy inside barmanObjectStore, where the API server prunes it', () => {
    const files = patch(legacyApp(), 'postgres.yaml', '    retentionPolicy: 14d\n    barmanObjectStore:\n', '    barmanObjectStore:\n      retentionPolicy: 14d\n');
    const d = check(files, retentionPolicy);
    expect(d.map(where)).toEqual([`${PG_LEGACY}:17:7 retention-policy`]);
    expect(d[0]!.message).toContain('prunes it');
    expect(d[0]!.message).toContain('spec.backup.retentionPolicy');
    expect(d[0]!.fix).toEqual({ description: 'move retentionPolicy to spec.backup.retentionPolicy', path: ['spec', 'backup', 'retentionPolicy'], value: '14d' });
  });

  it('reports a retention policy inside the ObjectStore configuration', () => {
    const files = patch(pluginApp(), 'object-store.yaml', '  retentionPolicy: 7d\n  configuration:\n', '  configuration:\n    retentionPolicy: 7d\n');
    const d = check(files, retentionPolicy);
    expect(d.map(where)).toEqual([`${OS}:7:5 retention-policy`]);
    expect(d[0]!.message).toContain('ObjectStore CRD');
    expect(d[0]!.message).toContain('move it to spec.retentionPolicy');
  });

  it('reports a retention policy in the plugin parameters, which the plugin ignores', () => {
    let files = patch(pluginApp(), 'object-store.yaml', '  retentionPolicy: 7d\n', '');
    files = patch(files, 'postgres.yaml', 'barmanObjectName: forgejo-store\n', 'barmanObjectName: forgejo-store\n        retentionPolicy: 7d\n');
    const d = check(files, retentionPolicy);
    expect(d.map(where)).toEqual([`${PG}:20:9 retention-policy`]);
    expect(d[0]!.message).toContain('ignored by the Barman Cloud plugin');
    expect(d[0]!.message).toContain('ObjectStore forgejo-store');
  });

  it('reports a Cluster spec.backup.retentionPolicy in plugin style', () => {
    const files = patch(pluginApp(), 'postgres.yaml', '  plugins:\n', '  backup:\n    retentionPolicy: 7d\n  plugins:\n');
    const d = check(files, retentionPolicy);
    expect(d.map(where)).toEqual([`${PG}:16:5 retention-policy`]);
    expect(d[0]!.message).toContain('applies only to the in-tree barmanObjectStore');
  });

  it('reports a missing ObjectStore retention policy once for a shared ObjectStore', () => {
    let files = patch(pluginApp(), 'object-store.yaml', '  retentionPolicy: 7d\n', '');
    files = patch(files, 'postgres.yaml', /---\n/, `---
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db-2
spec:
  plugins:
    - name: barman-cloud.cloudnative-pg.io
      isWALArchiver: true
      parameters:
        barmanObjectName: forgejo-store
        serverName: forgejo-db-2
---
`);
    const d = check(files, retentionPolicy);
    expect(d.map(where)).toEqual([`${OS}:6:3 retention-policy`]);
    expect(d[0]!.message).toContain('spec.retentionPolicy is not set');
  });

  it('does not throw on odd input', () => {
    const d = check(ODD_INPUT, retentionPolicy);
    expect(d.map(where)).toEqual(['sites/dal/clusters/k1/wave-2/overlays/odd/postgres.yaml:13:5 retention-policy']);
  });

  it('runs over every file of the corpus without throwing', () => {
    const { files, resources, diagnostics } = lintCorpus(retentionPolicy);
    expect(files.length).toBeGreaterThan(50);
    expect(resources).toBeGreaterThan(50);
    for (const x of diagnostics) {
      expect(x.ruleId).toBe(retentionPolicy.meta.id);
      expect(x.file.startsWith(CORPUS + '/'), x.file).toBe(true);
      expect(x.line).toBeGreaterThan(0);
      expect(x.column).toBeGreaterThan(0);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appliedTo, planIn, pluginApp } from '../../test/helpers.js';
import { applyEditsToText, EditError } from '../edit/text.js';

const DIR = 'sites/dal/clusters/k1/wave-2/overlays/forgejo';
const POSTGRES = `${DIR}/postgres.yaml`;

const plan = planIn;
const applied = appliedTo;

const docs = (text: string) => text.split(/^---$/m).filter((t) => t.trim() !== '').map((t) => parse(t) as Record<string, any>);

describe('edits to values an anchor shares', () => {
  it('an edit that would move an alias too is refused by the write check', () => {
    const text = 'metadata:\n  name: &n db\nspec:\n  other: *n\n';
    expect(() => applyEditsToText(text, [{ op: 'set', docIndex: 0, path: ['metadata', 'name'], value: 'db-gen2' }])).toThrow(EditError);
    expect(() => applyEditsToText(text, [{ op: 'set', docIndex: 0, path: ['metadata', 'name'], value: 'db-gen2' }])).toThrow(/also changes spec\.other/);
    // Set together, the alias may follow.
    expect(applyEditsToText(text, [
      { op: 'set', docIndex: 0, path: ['metadata', 'name'], value: 'db-gen2' },
      { op: 'set', docIndex: 0, path: ['spec', 'other'], value: 'db-gen2' },
    ])).toBe('metadata:\n  name: &n db-gen2\nspec:\n  other: db-gen2\n');
  });

  it('metadata.name: &name with barmanObjectName: *name: the rename writes the alias out, and says why', () => {
    const files = pluginApp();
    files[POSTGRES] = files[POSTGRES]!.replace('  name: forgejo-db\n', '  name: &name forgejo-db\n');
    // The ObjectStore is named after the Cluster, through the alias.
    files[POSTGRES] = files[POSTGRES]!.replace('barmanObjectName: forgejo-store', 'barmanObjectName: *name');
    files[`${DIR}/object-store.yaml`] = files[`${DIR}/object-store.yaml`]!.replace('name: forgejo-store', 'name: forgejo-db');
    const p = plan(files, { clusterName: 'forgejo-db' });
    const split = p.edits.find((e) => e.path === 'spec.plugins[0].parameters.barmanObjectName');
    expect(split).toMatchObject({ before: '*name', after: 'forgejo-db' });
    expect(split!.why).toContain('*name shares the value of metadata.name');
    const out = applied(files, p);
    const cluster = docs(out[POSTGRES]!).find((d) => d.kind === 'Cluster')!;
    expect(cluster.metadata.name).toBe('forgejo-db-gen2');
    expect(cluster.spec.plugins[0].parameters.barmanObjectName).toBe('forgejo-db');
    expect(cluster.spec.externalClusters[0].plugin.parameters).toEqual({ barmanObjectName: 'forgejo-db', serverName: 'forgejo-db' });
    // A second run finds the restore in place.
    expect(plan(out, { clusterName: 'forgejo-db' }).edits).toEqual([]);
  });

  it('parameters: &params shared by the plugin entry and the recovery source: keep-name moves only the plugin entry', () => {
    const files = pluginApp();
    files[POSTGRES] = files[POSTGRES]!.replace(
      '      parameters:\n        barmanObjectName: forgejo-store\n',
      '      parameters: &params\n        barmanObjectName: forgejo-store\n        serverName: forgejo-db\n',
    ).replace('        serverName: forgejo-db\n---', '        serverName: forgejo-db\n  externalClusters:\n    - name: before\n      plugin:\n        name: barman-cloud.cloudnative-pg.io\n        parameters: *params\n---');
    const p = plan(files, { clusterName: 'forgejo-db', strategy: 'keep-name' });
    expect(p.edits.find((e) => e.path === 'spec.externalClusters[0].plugin.parameters')).toMatchObject({ before: '*params', after: { barmanObjectName: 'forgejo-store', serverName: 'forgejo-db' } });
    const out = applied(files, p);
    const cluster = docs(out[POSTGRES]!).find((d) => d.kind === 'Cluster')!;
    expect(cluster.spec.plugins[0].parameters.serverName).toBe('forgejo-db-gen2');
    // The recovery source still reads the OLD archive.
    const source = cluster.spec.bootstrap.recovery.source;
    const entry = cluster.spec.externalClusters.find((e: { name: string }) => e.name === source);
    expect(entry.plugin.parameters.serverName).toBe('forgejo-db');
    expect(cluster.spec.externalClusters[0].plugin.parameters.serverName).toBe('forgejo-db');
  });

  it('a merge key (<<: *base) keeps the merged value by setting its own key', () => {
    const files = pluginApp();
    files[POSTGRES] = files[POSTGRES]!.replace(
      '      parameters:\n        barmanObjectName: forgejo-store\n',
      '      parameters: &base\n        barmanObjectName: forgejo-store\n        serverName: forgejo-db\n',
    ).replace('        serverName: forgejo-db\n---', '        serverName: forgejo-db\n  externalClusters:\n    - name: before\n      plugin:\n        name: barman-cloud.cloudnative-pg.io\n        parameters:\n          <<: *base\n---');
    const p = plan(files, { clusterName: 'forgejo-db', strategy: 'keep-name' });
    const split = p.edits.find((e) => e.path === 'spec.externalClusters[0].plugin.parameters.serverName');
    expect(split).toMatchObject({ after: 'forgejo-db' });
    const out = applied(files, p);
    const cluster = docs(out[POSTGRES]!).find((d) => d.kind === 'Cluster')!;
    expect(cluster.spec.externalClusters[0].plugin.parameters.serverName).toBe('forgejo-db');
    expect(cluster.spec.plugins[0].parameters.serverName).toBe('forgejo-db-gen2');
  });
});

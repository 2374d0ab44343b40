import { describe, expect, it } from 'vitest';
import { check, legacyApp, patch, pluginApp, where, lintCorpus, ODD_INPUT, CORPUS } from '../../test/helpers.js';
import { closest, clusterReference, editDistance } from './cluster-reference.js';



const DIR = 'sites/dal/clusters/k1/wave-2/overlays/forgejo';
const PG = `${DIR}/postgres.yaml`;

function withExtra(extra: string): Record<string, string> {
  const files = pluginApp();
  return { ...patch(files, 'kustomization.yaml', '  - postgres.yaml\n', '  - postgres.yaml\n  - extra.yaml\n'), [`${DIR}/extra.yaml`]: extra };
}

describe('cluster-reference', () => {
  it('passes the clean plugin and legacy apps', () => {
    expect(check({ ...pluginApp(), ...legacyApp() }, clusterReference)).toEqual([]);
  });

  it('reports a ScheduledBackup naming no existing Cluster, suggesting the closest one', () => {
    const files = patch(pluginApp(), 'postgres.yaml', '    name: forgejo-db\n  method', '    name: forgejo-dbb\n  method');
    const d = check(files, clusterReference);
    expect(d.map(where)).toEqual([`${PG}:29:11 cluster-reference`]);
    expect(d[0]!.message).toBe('ScheduledBackup forgejo-db-backup names Cluster "forgejo-dbb", which does not exist in namespace forgejo; did you mean "forgejo-db"?');
    expect(d[0]!.fix).toEqual({ description: 'set spec.cluster.name to "forgejo-db"', path: ['spec', 'cluster', 'name'], value: 'forgejo-db' });
  });

  it('checks Pooler, Database, Publication, Subscription and Backup', () => {
    const kinds = ['Pooler', 'Database', 'Publication', 'Subscription', 'Backup'];
    const extra = kinds.map((k) => `apiVersion: postgresql.cnpg.io/v1\nkind: ${k}\nmetadata:\n  name: x-${k.toLowerCase()}\nspec:\n  cluster:\n    name: forgejo-db\n`).join('---\n');
    expect(check(withExtra(extra), clusterReference)).toEqual([]);
    const d = check(withExtra(extra.replaceAll('name: forgejo-db', 'name: gone')), clusterReference);
    expect(d.map(where)).toEqual([7, 15, 23, 31, 39].map((l) => `${DIR}/extra.yaml:${l}:11 cluster-reference`));
    expect(d.map((x) => x.resource?.kind)).toEqual(kinds);
  });

  it('reports a missing spec.cluster.name', () => {
    const d = check(withExtra('apiVersion: postgresql.cnpg.io/v1\nkind: Pooler\nmetadata:\n  name: p\nspec:\n  instances: 1\n'), clusterReference);
    expect(d.map(where)).toEqual([`${DIR}/extra.yaml:6:3 cluster-reference`]);
    expect(d[0]!.message).toContain('Pooler p names no Cluster: spec.cluster.name is not set');
  });

  it('does not reach another namespace, and says where the Cluster is', () => {
    const files = { ...pluginApp(), ...patch(legacyApp(), 'gitea/postgres.yaml', '    name: gitea-db\n', '    name: forgejo-db\n') };
    const d = check(files, clusterReference);
    expect(d.map(where)).toEqual(['sites/dal/clusters/k1/wave-2/overlays/gitea/postgres.yaml:43:11 cluster-reference']);
    expect(d[0]!.message).toBe(
      'ScheduledBackup gitea-db-backup names Cluster "forgejo-db", which does not exist in namespace gitea (there is one in namespace forgejo at sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml:4, but a reference reaches only its own namespace); did you mean "gitea-db"?',
    );
  });

  it('does not reach another Kubernetes cluster with the same namespace', () => {
    const other = Object.fromEntries(Object.entries(pluginApp()).map(([k, v]) => [k.replace('/k1/', '/k2/'), v]));
    const files = { ...pluginApp(), ...patch(other, 'postgres.yaml', /kind: Cluster\nmetadata:\n  name: forgejo-db/, 'kind: Cluster\nmetadata:\n  name: forgejo-db-2') };
    const d = check(files, clusterReference);
    expect(d.map(where)).toEqual(['sites/dal/clusters/k2/wave-2/overlays/forgejo/postgres.yaml:29:11 cluster-reference']);
    expect(d[0]!.message).toContain('(there is one in namespace forgejo of dal/k1');
    expect(d[0]!.message).toContain('did you mean "forgejo-db-2"?');
  });

  it('says so when the namespace has no Cluster at all', () => {
    const d = check(patch(pluginApp(), 'postgres.yaml', /^apiVersion: \S+\nkind: Cluster\n[\s\S]*?---\n/, ''), clusterReference);
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toContain('no Cluster exists in namespace forgejo: add the Cluster or point spec.cluster.name at an existing one');
    expect(d[0]!.fix?.value).toBeUndefined();
  });

  it('ranks suggestions by edit distance, ties alphabetically', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closest('db-1', ['db-2', 'db-0', 'other'])).toBe('db-0');
    expect(closest('x', [])).toBeUndefined();
  });

  it('does not throw on odd input', () => {
    const d = check(ODD_INPUT, clusterReference);
    expect(d.map(where)).toEqual(['sites/dal/clusters/k1/wave-2/overlays/odd/postgres.yaml:41:12 cluster-reference']);
    expect(d[0]!.message).toContain('spec.cluster.name is not set');
  });

  it('runs over every file of the corpus without throwing', () => {
    const { files, resources, diagnostics } = lintCorpus(clusterReference);
    expect(files.length).toBeGreaterThan(50);
    expect(resources).toBeGreaterThan(50);
    for (const x of diagnostics) {
      expect(x.ruleId).toBe(clusterReference.meta.id);
      expect(x.file.startsWith(CORPUS + '/'), x.file).toBe(true);
      expect(x.line).toBeGreaterThan(0);
      expect(x.column).toBeGreaterThan(0);
    }
  });
});

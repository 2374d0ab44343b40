import { describe, expect, it } from 'vitest';
import { loadMemory, OVERLAY, patch, pluginApp } from '../../test/helpers.js';
import { diffClusters } from './clusters.js';
import { numberedLines, staleReferencesInText } from './references.js';

describe('diffClusters', () => {
  const base = pluginApp();

  it('pairs a Cluster renamed in place as a rename by document', () => {
    const head = patch(patch(base, 'postgres.yaml', /name: forgejo-db\nspec:\n  instances/, 'name: forgejo-db-2\nspec:\n  instances'), 'postgres.yaml', /\n    name: forgejo-db\n/, '\n    name: forgejo-db-2\n');
    const d = diffClusters(loadMemory(base).inventory, loadMemory(head).inventory);
    expect(d.renames.map((r) => `${r.before.name}->${r.after.name} ${r.by}`)).toEqual(['forgejo-db->forgejo-db-2 document']);
    expect(d.added).toEqual([]);
    expect(d.deleted).toEqual([]);
  });

  it('pairs each copy of a Cluster that several roots render with its own copy (no moved archive)', () => {
    const files: Record<string, string> = {
      'base/cluster.yaml': base[`${OVERLAY}/postgres.yaml`]!.split('---\n')[0]!,
      'base/object-store.yaml': base[`${OVERLAY}/object-store.yaml`]!,
      'base/kustomization.yaml': 'resources:\n  - cluster.yaml\n  - object-store.yaml\n',
    };
    // Two projects render the same Cluster, each archiving to its own bucket.
    for (const project of ['amiya', 'rhodes']) {
      files[`projects/${project}/kustomization.yaml`] = `namespace: forgejo\nresources:\n  - ../../base\npatches:\n  - target:\n      kind: ObjectStore\n    patch: |\n      - op: replace\n        path: /spec/configuration/destinationPath\n        value: s3://${project}/forgejo/\n`;
    }
    const inv = () => loadMemory(files).inventory;
    const before = inv();
    expect(before.ofKind('Cluster')).toHaveLength(2);
    const d = diffClusters(before, inv());
    expect(d.archiveMoves).toEqual([]);
    expect(d.kept.map((p) => `${p.before.root} ${p.after.root}`)).toEqual(['kustomize:projects/amiya kustomize:projects/amiya', 'kustomize:projects/rhodes kustomize:projects/rhodes']);
  });

  it('pairs a Cluster moved to another file of the same overlay as a rename by overlay', () => {
    const head = {
      ...patch(base, 'kustomization.yaml', '  - postgres.yaml\n', '  - postgres.yaml\n  - db.yaml\n'),
      [`${OVERLAY}/postgres.yaml`]: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n',
      [`${OVERLAY}/db.yaml`]: base[`${OVERLAY}/postgres.yaml`]!.replace(/forgejo-db/g, 'forgejo-pg'),
    };
    const d = diffClusters(loadMemory(base).inventory, loadMemory(head).inventory);
    expect(d.renames.map((r) => `${r.before.name}->${r.after.name} ${r.by}`)).toEqual(['forgejo-db->forgejo-pg overlay']);
  });

  it('reports majors, moved archives, additions and deletions', () => {
    const two = { ...base, ...pluginApp('gitea') };
    const head = patch(patch(base, 'postgres.yaml', 'major: 16', 'major: 17'), 'postgres.yaml', 'barmanObjectName: forgejo-store\n', 'barmanObjectName: forgejo-store\n        serverName: forgejo-db-2\n');
    const d = diffClusters(loadMemory(two).inventory, loadMemory(head).inventory);
    expect(d.majors.map((m) => `${m.after.name} ${m.from}->${m.to}`)).toEqual(['forgejo-db 16->17']);
    expect(d.archiveMoves.map((m) => `${m.from.key} -> ${m.to.key} ${m.restoresFromOld}`)).toEqual([
      's3://dal-site-backups/dal/forgejo/postgres/forgejo-db -> s3://dal-site-backups/dal/forgejo/postgres/forgejo-db-2 false',
    ]);
    expect(d.deleted.map((r) => r.name)).toEqual(['gitea-db']);
    expect(d.added).toEqual([]);
  });
});

describe('staleReferencesInText', () => {
  const find = (text: string) => staleReferencesInText('/f', numberedLines(text), 'app-db', 'app-db-2').map((r) => `${r.line}:${r.column} ${r.kind} ${r.found} -> ${r.replacement}`);

  it('finds services, secrets, labels and metric labels', () => {
    expect(find('host: app-db-rw.ns.svc\nro: "app-db-ro"\nr: app-db-r:5432\nsecret: app-db-app\nsu: app-db-superuser\n')).toEqual([
      '1:7 service app-db-rw -> app-db-2-rw',
      '2:6 service app-db-ro -> app-db-2-ro',
      '3:4 service app-db-r -> app-db-2-r',
      '4:9 secret app-db-app -> app-db-2-app',
      '5:5 secret app-db-superuser -> app-db-2-superuser',
    ]);
    expect(find('  cnpg.io/cluster: app-db\n  matchLabels: {"cnpg.io/cluster": "app-db"}\nexpr: up{cnpg_cluster="app-db"}\nsel: cnpg.io/cluster=app-db')).toHaveLength(4);
  });

  it('respects word boundaries', () => {
    expect(find('old-app-db-rw app-db-rw2 app-db-restore app_app-db-rw app-db-rwx cnpg.io/cluster: app-db-2 cnpg_cluster="app-db-2"')).toEqual([]);
  });
});

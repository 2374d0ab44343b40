import { describe, expect, it } from 'vitest';
import { check, legacyApp, patch, pluginApp, where, lintCorpus, ODD_INPUT, CORPUS } from '../../test/helpers.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { archiveCollision, shortPath } from './archive-collision.js';



const K1 = 'sites/dal/clusters/k1/wave-2/overlays/gitea/postgres.yaml';
const K2 = 'sites/dal/clusters/k2/wave-2/overlays/gitea/postgres.yaml';

function onK2(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k.replace('/k1/', '/k2/'), v]));
}

describe('archive-collision', () => {
  it('passes the clean plugin and legacy apps', () => {
    expect(check({ ...pluginApp(), ...legacyApp(), ...pluginApp('wiki'), ...legacyApp('chat') }, archiveCollision)).toEqual([]);
  });

  it('reports the same app on two Kubernetes clusters, once per Cluster, naming the other', () => {
    const d = check({ ...legacyApp(), ...onK2(legacyApp()) }, archiveCollision);
    expect(d.map(where)).toEqual([`${K1}:18:24 archive-collision`, `${K2}:18:24 archive-collision`]);
    expect(d[0]!.message).toBe(
      `Cluster gitea/gitea-db archives to s3://dal-site-backups/dal/gitea/postgres/gitea-db/ (server name "gitea-db", its own name, as no serverName is set), as does Cluster gitea/gitea-db (${K2}:18): the second to start fails its WAL archive check with "Expected empty archive", and if that is bypassed their WAL and timelines mix so neither can be restored reliably; give each Cluster its own serverName or destinationPath`,
    );
    expect(d[1]!.message).toContain(`as does Cluster gitea/gitea-db (${K1}:18)`);
    expect(d.map((x) => x.messageId)).toEqual(['sharedArchive', 'sharedArchive']);
    expect(d[0]!.fix?.path).toEqual(['spec', 'backup', 'barmanObjectStore', 'serverName']);
  });

  it('is quiet when a serverName tells them apart, and trailing slashes do not', () => {
    const k2 = patch(onK2(legacyApp()), 'postgres.yaml', '      destinationPath: s3://dal-site-backups/dal/gitea/postgres/\n', '      destinationPath: s3://dal-site-backups/dal/gitea/postgres\n      serverName: gitea-db-k2\n');
    expect(check({ ...legacyApp(), ...k2 }, archiveCollision)).toEqual([]);
    const same = patch(onK2(legacyApp()), 'postgres.yaml', 'gitea/postgres/\n', 'gitea/postgres\n');
    expect(check({ ...legacyApp(), ...same }, archiveCollision)).toHaveLength(2);
  });

  it('reports at an explicit serverName that equals another Cluster name (plugin and legacy)', () => {
    const plugin = patch(pluginApp('gitea', 'gitea-db-2'), 'postgres.yaml', 'barmanObjectName: gitea-store\n', 'barmanObjectName: gitea-store\n        serverName: gitea-db\n');
    const d = check({ ...legacyApp(), ...onK2(plugin) }, archiveCollision);
    expect(d.map(where)).toEqual([`${K1}:18:24 archive-collision`, `${K2}:20:21 archive-collision`]);
    expect(d[0]!.message).toContain(`as does Cluster gitea/gitea-db-2 (${K2}:20)`);
    expect(d[1]!.message).toContain('(server name "gitea-db")');
    expect(d[1]!.fix?.path).toEqual(['spec', 'plugins', 0, 'parameters', 'serverName']);
  });

  it('reports plugin-style Clusters at the ObjectStore destinationPath', () => {
    const d = check({ ...pluginApp(), ...onK2(pluginApp()) }, archiveCollision);
    expect(d.map(where)).toEqual([
      'sites/dal/clusters/k1/wave-2/overlays/forgejo/object-store.yaml:8:22 archive-collision',
      'sites/dal/clusters/k2/wave-2/overlays/forgejo/object-store.yaml:8:22 archive-collision',
    ]);
    expect(d[0]!.message).toContain('as does Cluster forgejo/forgejo-db (sites/dal/clusters/k2/wave-2/overlays/forgejo/object-store.yaml:8)');
    expect(d[0]!.fix?.path).toBeUndefined();
    expect(d[0]!.fix?.description).toContain('parameters.serverName of the barman-cloud.cloudnative-pg.io entry of Cluster forgejo/forgejo-db');
  });

  it('names every other Cluster when three collide', () => {
    const k3 = Object.fromEntries(Object.entries(legacyApp()).map(([k, v]) => [k.replace('/k1/', '/k3/'), v]));
    const d = check({ ...legacyApp(), ...onK2(legacyApp()), ...k3 }, archiveCollision);
    expect(d).toHaveLength(3);
    expect(d[0]!.message).toContain(`as do Cluster gitea/gitea-db (${K2}:18), Cluster gitea/gitea-db (sites/dal/clusters/k3/wave-2/overlays/gitea/postgres.yaml:18)`);
  });

  it('shortens paths from the repository root, else relative to the reporting file', () => {
    expect(shortPath('/r/x/sites/a/clusters/b/wave-1/overlays/c/p.yaml', DEFAULT_PROFILE, '/elsewhere/q.yaml')).toBe('sites/a/clusters/b/wave-1/overlays/c/p.yaml');
    expect(shortPath('/r/one/p.yaml', DEFAULT_PROFILE, '/r/two/q.yaml')).toBe('../one/p.yaml');
  });

  it('does not throw on odd input', () => {
    expect(check({ ...ODD_INPUT, ...onK2(ODD_INPUT) }, archiveCollision)).toEqual([]);
  });

  it('runs over every file of the corpus without throwing', () => {
    const { files, resources, diagnostics } = lintCorpus(archiveCollision);
    expect(files.length).toBeGreaterThan(50);
    expect(resources).toBeGreaterThan(50);
    for (const x of diagnostics) {
      expect(x.ruleId).toBe(archiveCollision.meta.id);
      expect(x.file.startsWith(CORPUS + '/'), x.file).toBe(true);
      expect(x.line).toBeGreaterThan(0);
      expect(x.column).toBeGreaterThan(0);
    }
  });
});

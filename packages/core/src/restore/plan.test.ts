import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appliedTo, legacyApp, loadMemory, patch, planIn, pluginApp, ROOT, CORPUS, corpusFiles } from '../../test/helpers.js';
import { InputError } from '../errors.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { nextName, planRestore, scanReferences, validateClusterName, type RestoreOptions } from './plan.js';

const plan = planIn;
const applied = appliedTo;

describe('names', () => {
  it('derives the next name', () => {
    // A restore generation suffix; numbers that belong to the name are never bumped.
    expect(nextName('cnpg-test-1-db')).toBe('cnpg-test-1-db-gen2');
    expect(nextName('postgres17')).toBe('postgres17-gen2');
    expect(nextName('forgejo-db')).toBe('forgejo-db-gen2');
    expect(nextName('forgejo-db-gen2')).toBe('forgejo-db-gen3');
    expect(nextName('forgejo-db-gen9')).toBe('forgejo-db-gen10');
    expect(nextName('forgejo-db-2')).toBe('forgejo-db-2-gen2');
  });
  it('validates Cluster names', () => {
    expect(validateClusterName('ok-name')).toBeUndefined();
    expect(validateClusterName('Bad_Name')).toContain('not a valid');
    expect(validateClusterName('a'.repeat(51))).toContain('at most 50');
  });
});

describe('scanReferences', () => {
  it('matches whole names only and classifies them', () => {
    const text = [
      'host: forgejo-db-rw.forgejo.svc:5432',
      'other: forgejo-db-2-rw',
      'secret: forgejo-db-superuser',
      '  cnpg.io/cluster: forgejo-db',
      'expr: up{cnpg_cluster="forgejo-db"}',
      'x: my-forgejo-db',
      'y: forgejo-db',
    ].join('\n');
    const refs = scanReferences([{ file: '/f', text }], 'forgejo-db');
    expect(refs.map((r) => `${r.line}:${r.column} ${r.kind} ${r.text}`)).toEqual([
      '1:7 service forgejo-db-rw.forgejo.svc',
      '3:9 secret forgejo-db-superuser',
      '4:20 label-selector forgejo-db',
      '5:24 metric-label forgejo-db',
      '7:4 other forgejo-db',
    ]);
  });
});

describe('planRestore', () => {
  it('plugin style rename: recovery from the old server, references moved, idempotent', () => {
    const files = pluginApp();
    const p = plan(files, { clusterName: 'forgejo-db' });
    expect(p.newName).toBe('forgejo-db-gen2');
    expect(p.archive).toMatchObject({ readServerName: 'forgejo-db', writeServerName: 'forgejo-db-gen2', style: 'plugin' });
    const byPath = Object.fromEntries(p.edits.map((e) => [`${e.resource} ${e.path}`, e.after]));
    expect(byPath['Cluster/forgejo-db metadata.name']).toBe('forgejo-db-gen2');
    expect(byPath['Cluster/forgejo-db spec.bootstrap']).toEqual({ recovery: { source: 'forgejo-db-archive' } });
    expect(byPath['Cluster/forgejo-db spec.externalClusters']).toEqual([
      { name: 'forgejo-db-archive', plugin: { name: 'barman-cloud.cloudnative-pg.io', parameters: { barmanObjectName: 'forgejo-store', serverName: 'forgejo-db' } } },
    ]);
    expect(byPath['ObjectStore/forgejo-store spec.configuration.tags.db']).toBe('forgejo-db-gen2');
    expect(byPath['ScheduledBackup/forgejo-db-backup spec.cluster.name']).toBe('forgejo-db-gen2');
    expect(byPath['ScheduledBackup/forgejo-db-backup metadata.name']).toBe('forgejo-db-gen2-backup');
    expect(p.steps.map((s) => s.kind)).toEqual(['git', 'check', 'kubectl', 'kubectl', 'git', 'kubectl', 'wait', 'app', 'app', 'kubectl']);
    expect(p.warnings.join('\n')).toContain('archive not checked');
    expect(p.warnings.join('\n')).toContain('no ArgoCD Application, ApplicationSet or Flux Kustomization in the repository deploys sites/dal/clusters/k1/wave-2/overlays/forgejo');
    const second = plan(applied(files, p), { clusterName: 'forgejo-db' });
    expect(second.edits).toEqual([]);
    expect(second.alreadyApplied).toBe(true);
  });

  it('legacy style: copies the old store, replaces initdb, sets targets', () => {
    let files = legacyApp();
    files = patch(files, 'gitea/postgres.yaml', '  instances: 2\n', '  instances: 2\n  bootstrap:\n    initdb:\n      database: gitea\n      owner: gitea\n');
    const p = plan(files, { clusterName: 'gitea-db', target: { backupId: '20261124T020000' } });
    const boot = p.edits.find((e) => e.path === 'spec.bootstrap')!;
    expect(boot.after).toEqual({ recovery: { source: 'gitea-db-archive', database: 'gitea', owner: 'gitea', recoveryTarget: { backupID: '20261124T020000', targetImmediate: true } } });
    const ext = p.edits.find((e) => e.path === 'spec.externalClusters')!.after as Record<string, Record<string, unknown>>[];
    expect(ext[0]!.barmanObjectStore).toMatchObject({ destinationPath: 's3://dal-site-backups/dal/gitea/postgres/', serverName: 'gitea-db', wal: { compression: 'gzip' }, data: { compression: 'gzip' } });
    expect(ext[0]!.barmanObjectStore!.tags).toBeUndefined();
    const t = plan(files, { clusterName: 'gitea-db', target: { backupId: '20261124T020000', time: '2026-11-24T13:05:00Z' } });
    expect((t.edits.find((e) => e.path === 'spec.bootstrap')!.after as { recovery: { recoveryTarget: unknown } }).recovery.recoveryTarget).toEqual({ backupID: '20261124T020000', targetTime: '2026-11-24T13:05:00Z' });
    const l = plan(files, { clusterName: 'gitea-db', target: { lsn: '0/3000060' } });
    expect(JSON.stringify(l.edits)).toContain('"targetLSN":"0/3000060"');
  });

  it('legacy explicit serverName equal to the old name moves with the rename', () => {
    const files = patch(legacyApp(), 'gitea/postgres.yaml', '      destinationPath:', '      serverName: gitea-db\n      destinationPath:');
    const p = plan(files, { clusterName: 'gitea-db', newName: 'gitea-db-new' });
    expect(p.edits.find((e) => e.path === 'spec.backup.barmanObjectStore.serverName')?.after).toBe('gitea-db-new');
  });

  it('keep-name moves the archive server name and is idempotent', () => {
    const files = pluginApp();
    const p = plan(files, { clusterName: 'forgejo-db', strategy: 'keep-name', major: 15 });
    expect(p.newName).toBe('forgejo-db');
    expect(p.edits.find((e) => e.path === 'spec.plugins[0].parameters.serverName')?.after).toBe('forgejo-db-gen2');
    expect(p.edits.find((e) => e.path === 'spec.imageCatalogRef.major')?.after).toBe(15);
    expect(p.edits.some((e) => e.path === 'metadata.name')).toBe(false);
    expect(plan(applied(files, p), { clusterName: 'forgejo-db', strategy: 'keep-name', major: 15 }).edits).toEqual([]);
  });

  it('refuses bad input with an InputError', () => {
    const files = pluginApp();
    const bad = (o: Partial<RestoreOptions>) => () => plan(files, { clusterName: 'forgejo-db', ...o });
    expect(bad({ newName: 'Bad' })).toThrow(InputError);
    expect(bad({ newName: 'forgejo-db' })).toThrow(/cannot restore in place/);
    expect(bad({ target: { time: 'yesterday' } })).toThrow(/RFC 3339/);
    expect(bad({ target: { lsn: 'zz' } })).toThrow(/LSN/);
    expect(bad({ target: { backupId: 'x' } })).toThrow(/Barman backup id/);
    expect(bad({ major: 17 })).toThrow(/above the Cluster's major/);
    expect(bad({ clusterName: 'nope' })).toThrow(/no Cluster named nope/);
  });

  it('a Cluster backed up by another WAL-archiving plugin is named as such, not as having no backup', () => {
    const files = {
      'db/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: database\nresources:\n  - cluster.yaml\n',
      'db/cluster.yaml': 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: pg\nspec:\n  instances: 3\n  storage:\n    size: 1Gi\n  plugins:\n    - name: pgbackrest.dalibo.com\n      enabled: true\n      isWALArchiver: true\n',
    };
    expect(() => plan(files, { clusterName: 'pg' })).toThrow(/archives WAL with the pgbackrest\.dalibo\.com plugin, not to a Barman archive/);
    const disabled = { ...files, 'db/cluster.yaml': files['db/cluster.yaml'].replace('enabled: true', 'enabled: false') };
    expect(() => plan(disabled, { clusterName: 'pg' })).toThrow(/configures no backup/);
  });

  it('two Clusters of the name in different namespaces: ambiguous without a namespace', () => {
    const files = { ...pluginApp('forgejo', 'db'), ...pluginApp('gitea', 'db') };
    expect(() => plan(files, { clusterName: 'db' })).toThrow(/2 Clusters are named db.*forgejo.*gitea/);
    expect(plan(files, { clusterName: 'db', namespace: 'gitea' }).cluster.namespace).toBe('gitea');
  });

  it('warns when the target time is older than the retention', () => {
    const p = plan(pluginApp(), { clusterName: 'forgejo-db', target: { time: '2026-10-01T00:00:00Z' }, now: new Date('2026-11-25T00:00:00Z') });
    expect(p.warnings.join('\n')).toContain('beyond the retention policy 7d');
  });

  it('plans every corpus Cluster: each plans or stops with an input error, never crashes', () => {
    const names = corpusFiles();
    const planned: string[] = [];
    const refused: string[] = [];
    for (const f of names) {
      const text = readFileSync(`${CORPUS}/${f}`, 'utf8');
      const { inventory } = loadMemory({ [f]: text });
      for (const c of inventory.ofKind('Cluster')) {
        let p: ReturnType<typeof planRestore>;
        try {
          p = planRestore({ inventory, profile: DEFAULT_PROFILE, root: ROOT, clusterName: c.name, strategy: 'rename' });
        } catch (err) {
          // Only a clear input error is an acceptable way to stop; anything else fails the test.
          if (!(err instanceof InputError)) throw err;
          expect(String(err.message).split('\n')[0]!.length, `${f} ${c.name}`).toBeGreaterThan(0);
          refused.push(`${f} ${c.name}: ${err.message.split('\n')[0]}`);
          continue;
        }
        expect(p.steps.length, `${f} ${c.name}`).toBeGreaterThan(0);
        expect(p.edits.length, `${f} ${c.name}`).toBeGreaterThan(0);
        planned.push(`${f} ${c.name}`);
      }
    }
    // The samples with a backup section plan; the others have no archive to restore from.
    expect({ planned: planned.length, refused: refused.length }).toEqual({ planned: 12, refused: 54 });
    for (const r of refused) expect(r).toMatch(/configures no backup/);
  });
});

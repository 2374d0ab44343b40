import { describe, expect, it } from 'vitest';
import { check, legacyApp, OVERLAY, patch, pluginApp, where } from '../../test/helpers.js';
import { recoveryArchive } from './recovery-archive.js';

const GITEA = 'sites/dal/clusters/k1/wave-2/overlays/gitea';

/** The legacy gitea app restored in place from its own archive (same name, no new server name). */
function legacyRestoredInPlace(serverName?: string): Record<string, string> {
  let files = patch(legacyApp(), 'postgres.yaml', '  backup:\n', `  bootstrap:
    recovery:
      source: gitea-db
  externalClusters:
    - name: gitea-db
      barmanObjectStore:
        destinationPath: s3://dal-site-backups/dal/gitea/postgres/
  backup:
`);
  if (serverName) files = patch(files, 'postgres.yaml', '      destinationPath: s3://dal-site-backups/dal/gitea/postgres/\n      s3Credentials', `      destinationPath: s3://dal-site-backups/dal/gitea/postgres/\n      serverName: ${serverName}\n      s3Credentials`);
  return files;
}

/** The plugin forgejo app restored in place from its own archive. */
function pluginRestoredInPlace(serverName?: string): Record<string, string> {
  return patch(pluginApp(), 'postgres.yaml', '        barmanObjectName: forgejo-store\n---', `        barmanObjectName: forgejo-store
${serverName ? `        serverName: ${serverName}\n` : ''}  bootstrap:
    recovery:
      source: origin
  externalClusters:
    - name: origin
      plugin:
        name: barman-cloud.cloudnative-pg.io
        parameters:
          barmanObjectName: forgejo-store
          serverName: forgejo-db
---`);
}

describe('recovery-archive', () => {
  it('passes the clean apps (no recovery)', () => {
    expect(check({ ...pluginApp(), ...legacyApp() }, recoveryArchive)).toEqual([]);
  });

  it('reports a legacy Cluster archiving to the archive it recovers from (server names default to the Cluster and the entry name)', () => {
    const d = check(legacyRestoredInPlace(), recoveryArchive);
    expect(d.map(where)).toEqual([`${GITEA}/postgres.yaml:19:7 recovery-archive`]);
    expect(d[0]!.message).toBe(
      'Cluster gitea/gitea-db recovers from s3://dal-site-backups/dal/gitea/postgres/gitea-db/ (externalClusters entry "gitea-db") and archives to the same place (server name "gitea-db", the Cluster\'s own name, as no serverName is set): its WAL archive check fails with "Expected empty archive" and it never archives; set a new server name, such as "gitea-db-2"',
    );
    expect(d[0]!.fix).toEqual({ description: 'set spec.backup.barmanObjectStore.serverName to "gitea-db-2"', path: ['spec', 'backup', 'barmanObjectStore', 'serverName'], value: 'gitea-db-2' });
  });

  it('passes the runbook\'s second strategy: same name, a new server name', () => {
    expect(check(legacyRestoredInPlace('gitea-db-2'), recoveryArchive)).toEqual([]);
    expect(check(pluginRestoredInPlace('forgejo-db-2'), recoveryArchive)).toEqual([]);
  });

  it('reports the plugin form, through the ObjectStore both sides name', () => {
    const d = check(pluginRestoredInPlace(), recoveryArchive);
    expect(d.map((x) => x.ruleId)).toEqual(['recovery-archive']);
    expect(d[0]!.file.endsWith(`${OVERLAY}/postgres.yaml`)).toBe(true);
    expect(d[0]!.fix?.path).toEqual(['spec', 'plugins', 0, 'parameters', 'serverName']);
  });

  it('reports both sides sharing one YAML anchor', () => {
    const files = {
      'postgres.yaml': `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: db
  namespace: apps
spec:
  instances: 1
  storage:
    size: 1Gi
  bootstrap:
    recovery:
      source: db
  externalClusters:
    - name: db
      barmanObjectStore: &archive
        destinationPath: s3://bucket/apps/
  backup:
    barmanObjectStore: *archive
`,
    };
    const d = check(files, recoveryArchive);
    expect(d.map((x) => `${x.line}:${x.column} ${x.messageId}`)).toEqual(['14:7 sameArchive']);
  });

  it('says the timelines mix when the empty-archive check is skipped', () => {
    const files = patch(legacyRestoredInPlace(), 'postgres.yaml', 'metadata:\n  name: gitea-db\n', 'metadata:\n  name: gitea-db\n  annotations:\n    cnpg.io/skipEmptyWalArchiveCheck: enabled\n');
    const d = check(files, recoveryArchive);
    expect(d.map((x) => x.messageId)).toEqual(['sameArchiveSkipped']);
    expect(d[0]!.message).toContain('the new timeline\'s WAL mixes with the old Cluster\'s');
  });

  it('leaves a recovery from a Backup object or snapshots alone', () => {
    const files = patch(legacyApp(), 'postgres.yaml', '  backup:\n', '  bootstrap:\n    recovery:\n      backup:\n        name: gitea-db-20260101\n  backup:\n');
    expect(check(files, recoveryArchive)).toEqual([]);
  });
});

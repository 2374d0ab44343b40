import { dirname, relative, sep } from 'node:path';
import { archiveKey, backupConfigOf, isCluster, type BackupConfig } from '../cnpg/archive.js';
import { describe, positionOf, type Resource } from '../inventory/resource.js';
import { layoutRegExp, type Profile } from '../profile/profile.js';
import type { YamlPath } from '../types.js';
import type { Rule } from './rule.js';

/**
 * A file name for a message: from the repository root when the path follows the profile layout
 * (the root is where the layout starts), else relative to the directory of `from`.
 */
export function shortPath(file: string, profile: Profile, from: string): string {
  const p = file.split(sep).join('/');
  for (const template of [...(profile.layout.overlays ?? [profile.layout.overlay]), profile.layout.values]) {
    const m = layoutRegExp(template).exec(p);
    if (m) return p.slice(m.index + (p[m.index] === '/' ? 1 : 0));
  }
  const rel = relative(dirname(from), file).split(sep).join('/');
  return rel === '' ? p : rel;
}

/** How many of the other Clusters on one archive a message names. */
const OTHERS_SHOWN = 5;

interface Target {
  cluster: Resource;
  cfg: BackupConfig;
  key: string;
  /** Where the finding points: the explicit server name, else the destinationPath. */
  at: { resource: Resource; path: YamlPath };
}

function compareTargets(a: Target, b: Target): number {
  if (a.at.resource.file !== b.at.resource.file) return a.at.resource.file < b.at.resource.file ? -1 : 1;
  const pa = positionOf(a.at.resource, a.at.path);
  const pb = positionOf(b.at.resource, b.at.path);
  if (pa.line !== pb.line) return pa.line - pb.line;
  if (pa.column !== pb.column) return pa.column - pb.column;
  return a.cluster.name < b.cluster.name ? -1 : a.cluster.name > b.cluster.name ? 1 : 0;
}

export const archiveCollision: Rule = {
  meta: {
    id: 'archive-collision',
    title: 'No two Clusters archive to the same destinationPath and server name',
    defaultSeverity: 'error',
    kind: 'correctness',
    rationale:
      'Barman writes a Cluster\'s base backups and WAL under `<destinationPath>/<serverName>/`, and the server name defaults to the Cluster name. When two Clusters resolve to the same place, anywhere in the repository (another overlay, another site, another Kubernetes cluster writing to the same bucket), the second one to start refuses to archive with "Expected empty archive" and WAL piles up on its volume; if the check is bypassed, the two databases write WAL into one archive, timelines mix, and neither can be restored with confidence. It typically appears after copying an overlay to create a new app, or after a restore where the new Cluster keeps the name and the old archive.',
    bad: `# sites/dal/clusters/k1/wave-2/overlays/gitea/postgres.yaml
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: gitea-db
spec:
  backup:
    retentionPolicy: 14d
    barmanObjectStore:
      destinationPath: s3://dal-site-backups/dal/gitea/postgres/
---
# sites/dal/clusters/k2/wave-2/overlays/gitea/postgres.yaml
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: gitea-db
spec:
  backup:
    retentionPolicy: 14d
    barmanObjectStore:
      destinationPath: s3://dal-site-backups/dal/gitea/postgres/`,
    good: `# sites/dal/clusters/k1/wave-2/overlays/gitea/postgres.yaml
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: gitea-db
spec:
  backup:
    retentionPolicy: 14d
    barmanObjectStore:
      destinationPath: s3://dal-site-backups/dal/gitea/postgres/
---
# sites/dal/clusters/k2/wave-2/overlays/gitea/postgres.yaml
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: gitea-db
spec:
  backup:
    retentionPolicy: 14d
    barmanObjectStore:
      destinationPath: s3://dal-site-backups/dal/gitea/postgres/
      serverName: gitea-db-k2`,
    howToFix:
      'Give each Cluster its own archive: a distinct `serverName` (legacy: `spec.backup.barmanObjectStore.serverName`; plugin: `parameters.serverName` of the Cluster\'s plugin entry), or a distinct destinationPath when the apps differ. Decide which Cluster owns the existing archive first: the other one must start on an empty location, and then needs a base backup on demand right away. After a restore, the new Cluster archives under a new server name (its new name, or `<name>-2`).',
    messages: {
      sharedArchive:
        '{{cluster}} archives to {{archive}}/ (server name "{{serverName}}"{{note}}), as {{verb}} {{others}}: the second to start fails its WAL archive check with "Expected empty archive", and if that is bypassed their WAL and timelines mix so neither can be restored reliably; give each Cluster its own serverName or destinationPath',
    },
  },
  check(ctx) {
    const groups = new Map<string, Target[]>();
    for (const cluster of ctx.inventory.ofKind('Cluster')) {
      if (!isCluster(cluster)) continue;
      const cfg = backupConfigOf(cluster, ctx.inventory, ctx.profile.backup.pluginName);
      if (!cfg?.store || typeof cfg.destinationPath !== 'string' || cfg.destinationPath.trim() === '') continue;
      const key = archiveKey(cfg.destinationPath, cfg.effectiveServerName);
      const at = cfg.serverNamePath ?? { resource: cfg.store, path: [...cfg.storePath, 'destinationPath'] };
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push({ cluster, cfg, key, at });
    }
    for (const [key, list] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (list.length < 2) continue;
      list.sort(compareTargets);
      // Each Cluster is described once; a message names the first few others and counts the rest,
      // so a fleet of thousands of Clusters on one archive stays linear.
      const lines = list.map((o) => positionOf(o.at.resource, o.at.path).line);
      for (const t of list) {
        const shown: string[] = [];
        let more = 0;
        list.forEach((o, i) => {
          if (o === t) return;
          if (shown.length < OTHERS_SHOWN) shown.push(`${describe(o.cluster)} (${shortPath(o.at.resource.file, ctx.profile, t.at.resource.file)}:${lines[i]})`);
          else more++;
        });
        const others = more > 0 ? [...shown, `${more} more`] : shown;
        ctx.report({
          resource: t.at.resource,
          path: t.at.path,
          messageId: 'sharedArchive',
          data: {
            cluster: describe(t.cluster),
            archive: key,
            serverName: t.cfg.effectiveServerName,
            note: t.cfg.serverName !== undefined ? '' : ', its own name, as no serverName is set',
            verb: list.length === 2 ? 'does' : 'do',
            others: others.join(', '),
          },
          fix:
            t.cfg.style === 'legacy'
              ? { description: 'set a serverName that no other Cluster uses with this destinationPath', path: [...t.cfg.storePath, 'serverName'] }
              : t.at.resource === t.cluster
                ? { description: 'set a serverName that no other Cluster uses with this destinationPath', path: t.at.path }
                : { description: `set parameters.serverName of the ${ctx.profile.backup.pluginName} entry of ${describe(t.cluster)} to a name no other Cluster uses with this destinationPath` },
        });
      }
    }
  },
};

#!/usr/bin/env node
// Generates a GitOps site laid out as the default profile expects, for tests and benchmarks.
//
//   node scripts/gen-site.mjs OUT_DIR --apps N [--defects K] [--seed S]
//
// N apps spread over several sites, Kubernetes clusters and waves, alternating plugin-style
// (ObjectStore) and legacy in-tree archiving, each with its Helm values. With --defects, K apps
// chosen by the seed get exactly one planted defect each, cycling through DEFECT_KINDS (one per
// rule); OUT_DIR/defects.json lists them. OUT_DIR/.cnpg-site.yaml raises image-catalog to
// error, so every planted defect is an error. The same arguments always give the same files.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One kind per rule; each is an error under the default profile. */
export const DEFECT_KINDS = [
  'storage-class', // spec.storage.storageClass: standard
  'archive-destination', // destinationPath outside the app's prefix
  'archive-tags', // tags.db names another Cluster
  'retention-policy', // no retention policy at all
  'cluster-reference', // the ScheduledBackup names a Cluster that does not exist
  'backup-configured', // the Cluster has no ScheduledBackup
  'plugin-wiring', // barmanObjectName names no ObjectStore (plugin style)
  'backup-credentials', // s3Credentials key that the ExternalSecret does not produce
  'archive-collision', // archives to another app's destinationPath + server name
  // A pinned spec.imageName instead of spec.imageCatalogRef. The rule's default severity is
  // warning; the generated site's .cnpg-site.yaml raises it to error (see SITE_PROFILE).
  'image-catalog',
  'schema', // a field the CRD does not define (spec.instance, typo of instances)
  'kustomize-resources', // kustomization lists a file that does not exist
];

/** The profile the generated site carries: the default, except that pinned images are errors. */
export const SITE_PROFILE = `# This site does not allow pinned images: every Cluster takes its image from the catalog.
rules:
  image-catalog: error
`;

const SITES = ['dal', 'fra', 'sjc'];
const K8S = ['k1', 'k2'];
const WAVES = [1, 2, 3];
const NAMES = ['forgejo', 'grafana', 'keycloak', 'mattermost', 'nextcloud', 'harbor', 'sentry', 'outline', 'matrix', 'wiki', 'netbox', 'zammad'];

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The apps of a site of `n` apps (without defects). */
export function planApps(n) {
  const apps = [];
  for (let i = 0; i < n; i++) {
    const site = SITES[i % SITES.length];
    const k8s = K8S[Math.floor(i / SITES.length) % K8S.length];
    const wave = WAVES[Math.floor(i / (SITES.length * K8S.length)) % WAVES.length];
    const app = `${NAMES[i % NAMES.length]}-${i + 1}`;
    const overlay = `sites/${site}/clusters/${k8s}/wave-${wave}/overlays/${app}`;
    apps.push({
      index: i,
      app,
      site,
      k8s,
      wave,
      cluster: `${app}-db`,
      style: i % 2 === 0 ? 'plugin' : 'legacy',
      pooler: i % 4 < 2,
      overlay,
      values: `sites/${site}/clusters/${k8s}/wave-${wave}/values/${app}`,
    });
  }
  return apps;
}

function credentials(a, indent, accessKey = 'access_key') {
  const p = ' '.repeat(indent);
  return `${p}s3Credentials:
${p}  accessKeyId:
${p}    name: ${a.app}-db-backup
${p}    key: ${accessKey}
${p}  secretAccessKey:
${p}    name: ${a.app}-db-backup
${p}    key: secret_key
`;
}

function tags(a, indent, db = a.cluster) {
  const p = ' '.repeat(indent);
  return `${p}tags:
${p}  site: ${a.site}
${p}  service: ${a.app}
${p}  db: ${db}
`;
}

/** The files of one app, with at most one defect (`a.defect`). */
export function appFiles(a, apps) {
  const d = a.defect;
  const files = {};
  const resources = ['service-account.yaml', 'vault-dynamic-secret.yaml', 'external-secret.yaml'];
  if (a.style === 'plugin') resources.push('object-store.yaml');
  resources.push('postgres.yaml', 'network-policy.yaml');
  if (d === 'kustomize-resources') resources.push('pgbouncer.yaml');
  files['kustomization.yaml'] = `# ${a.app} on ${a.k8s} (${a.site}), wave ${a.wave}
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: ${a.app}
resources:
${resources.map((r) => `  - ${r}`).join('\n')}
`;
  files['service-account.yaml'] = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${a.app}-sa
`;
  files['vault-dynamic-secret.yaml'] = `apiVersion: generators.external-secrets.io/v1alpha1
kind: VaultDynamicSecret
metadata:
  name: ${a.app}-db-backup
spec:
  path: /aws/creds/${a.app}-db-backup
  method: GET
  provider:
    server: https://vault.${a.site}.example.net
    auth:
      kubernetes:
        mountPath: kubernetes-${a.k8s}
        role: workload-reader-${a.app}-db-backup
        serviceAccountRef:
          name: ${a.app}-sa
`;
  files['external-secret.yaml'] = `apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: ${a.app}-db-backup
spec:
  refreshInterval: 1h
  target:
    name: ${a.app}-db-backup
    template:
      metadata:
        labels:
          cnpg.io/reload: "true"
  dataFrom:
    - sourceRef:
        generatorRef:
          apiVersion: generators.external-secrets.io/v1alpha1
          kind: VaultDynamicSecret
          name: ${a.app}-db-backup
`;
  // Where this app archives, and under which server name.
  let destination = `s3://dal-site-backups/${a.site}/${a.app}/postgres/`;
  let serverName;
  if (d === 'archive-destination') destination = `s3://dal-site-backups/${a.site}/${a.app}/`;
  if (d === 'archive-collision') {
    const p = apps[a.partner];
    destination = `s3://dal-site-backups/${p.site}/${p.app}/postgres/`;
    serverName = p.cluster;
  }
  const accessKey = d === 'backup-credentials' ? 'ACCESS_KEY_ID' : 'access_key';
  const dbTag = d === 'archive-tags' ? `${a.app}-postgres` : a.cluster;
  const retention = d === 'retention-policy' ? undefined : `${7 * (1 + (a.index % 4))}d`;

  if (a.style === 'plugin') {
    files['object-store.yaml'] = `apiVersion: barmancloud.cnpg.io/v1
kind: ObjectStore
metadata:
  name: ${a.app}-store
spec:
${retention ? `  retentionPolicy: ${retention}\n` : ''}  configuration:
    destinationPath: ${destination}
${credentials(a, 4, accessKey)}    wal:
      compression: gzip
    data:
      compression: gzip
${tags(a, 4, dbTag)}`;
  }

  const storageClass = d === 'storage-class' ? 'standard' : 'cluster-nobackup';
  const image =
    d === 'image-catalog'
      ? `  imageName: ghcr.io/cloudnative-pg/postgresql:${15 + (a.index % 3)}.6
`
      : `  imageCatalogRef:
    apiGroup: postgresql.cnpg.io
    kind: ClusterImageCatalog
    name: postgresql
    major: ${15 + (a.index % 3)}
`;
  let backup;
  if (a.style === 'plugin') {
    const objectName = d === 'plugin-wiring' ? `${a.app}-objectstore` : `${a.app}-store`;
    backup = `  plugins:
    - name: barman-cloud.cloudnative-pg.io
      isWALArchiver: true
      parameters:
        barmanObjectName: ${objectName}
${serverName ? `        serverName: ${serverName}\n` : ''}`;
  } else {
    backup = `  backup:
${retention ? `    retentionPolicy: ${retention}\n` : ''}    barmanObjectStore:
      destinationPath: ${destination}
${serverName ? `      serverName: ${serverName}\n` : ''}${credentials(a, 6, accessKey)}      wal:
        compression: gzip
      data:
        compression: gzip
${tags(a, 6, dbTag)}`;
  }
  const cluster = `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: ${a.cluster}
spec:
  ${d === 'schema' ? 'instance' : 'instances'}: ${1 + (a.index % 3)}
${image}  storage:
    size: ${5 * (1 + (a.index % 4))}Gi
    storageClass: ${storageClass}
${backup}`;
  const scheduled =
    d === 'backup-configured'
      ? ''
      : `---
apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
metadata:
  name: ${a.cluster}-daily
spec:
  schedule: "0 ${a.index % 60} ${1 + (a.index % 5)} * * *"
  backupOwnerReference: self
  cluster:
    name: ${d === 'cluster-reference' ? `${a.cluster}-old` : a.cluster}
${a.style === 'plugin' ? '  method: plugin\n  pluginConfiguration:\n    name: barman-cloud.cloudnative-pg.io\n' : ''}`;
  const pooler = a.pooler
    ? `---
apiVersion: postgresql.cnpg.io/v1
kind: Pooler
metadata:
  name: ${a.cluster}-pooler-rw
spec:
  cluster:
    name: ${a.cluster}
  instances: 2
  type: rw
  pgbouncer:
    poolMode: session
`
    : '';
  files['postgres.yaml'] = cluster + scheduled + pooler;
  files['network-policy.yaml'] = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${a.cluster}-ingress
spec:
  podSelector:
    matchLabels:
      cnpg.io/cluster: ${a.cluster}
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app.kubernetes.io/name: ${a.app}
      ports:
        - protocol: TCP
          port: 5432
`;
  return files;
}

function valuesFile(a) {
  return `# Helm values of ${a.app}
replicaCount: ${1 + (a.index % 3)}
database:
  host: ${a.cluster}${a.pooler ? '-pooler-rw' : '-rw'}.${a.app}.svc
  port: 5432
  name: app
  existingSecret: ${a.cluster}-app
`;
}

/**
 * Writes the site. Returns the apps and the defects planted:
 * [{ app, overlay, kind, partner?: { app, overlay } }], overlay relative to outDir.
 */
export function generateSite(outDir, { apps: n, defects: k = 0, seed = 1 } = {}) {
  if (!Number.isInteger(n) || n < 1) throw new Error('--apps must be a positive integer');
  if (!Number.isInteger(k) || k < 0 || k > n) throw new Error(`--defects must be an integer from 0 to ${n}`);
  const apps = planApps(n);
  // Pick K distinct apps with the seed (partial Fisher-Yates).
  const rnd = mulberry32(seed);
  const order = apps.map((a) => a.index);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rnd() * (n - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const chosen = order.slice(0, k).sort((x, y) => x - y);
  const defective = new Set(chosen);
  const defects = [];
  chosen.forEach((idx, i) => {
    const a = apps[idx];
    const kind = DEFECT_KINDS[i % DEFECT_KINDS.length];
    a.defect = kind;
    if (kind === 'plugin-wiring') a.style = 'plugin';
    const entry = { app: a.app, overlay: a.overlay, kind, style: a.style };
    if (kind === 'archive-collision') {
      // The partner: the nearest app without a defect of its own; its archive is the one taken.
      let p = -1;
      for (let s = 1; s < n && p < 0; s++) if (!defective.has((idx + s) % n)) p = (idx + s) % n;
      if (p < 0) throw new Error('archive-collision needs at least one app without a defect');
      a.partner = p;
      entry.partner = { app: apps[p].app, overlay: apps[p].overlay };
    }
    defects.push(entry);
  });

  // Replace a site generated before; never wipe a directory that holds anything else.
  if (existsSync(outDir) && readdirSync(outDir).length > 0) {
    if (!existsSync(join(outDir, 'defects.json'))) {
      throw new Error(`${outDir} exists and is not a generated site (no defects.json); give a new or empty directory`);
    }
    rmSync(outDir, { recursive: true, force: true });
  }
  let fileCount = 0;
  for (const a of apps) {
    const dir = join(outDir, a.overlay);
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(appFiles(a, apps))) {
      writeFileSync(join(dir, name), text);
      fileCount++;
    }
    mkdirSync(join(outDir, a.values), { recursive: true });
    writeFileSync(join(outDir, a.values, 'values.yaml'), valuesFile(a));
    fileCount++;
  }
  writeFileSync(join(outDir, '.cnpg-site.yaml'), SITE_PROFILE);
  writeFileSync(join(outDir, 'defects.json'), JSON.stringify({ seed, apps: n, defects }, null, 2) + '\n');
  return {
    apps: apps.map(({ app, overlay, style, site, k8s, wave, cluster }) => ({ app, overlay, style, site, k8s, wave, cluster })),
    defects,
    files: fileCount,
  };
}

function parseArgs(argv) {
  const out = { dir: undefined, apps: undefined, defects: 0, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (name) => {
      const v = argv[++i];
      if (v === undefined || !/^[0-9]+$/.test(v)) throw new Error(`${name} needs a non-negative integer, got ${v ?? 'nothing'}`);
      return Number(v);
    };
    if (a === '--apps') out.apps = num('--apps');
    else if (a === '--defects') out.defects = num('--defects');
    else if (a === '--seed') out.seed = num('--seed');
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else if (out.dir === undefined) out.dir = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (!out.dir || out.apps === undefined) throw new Error('usage: node scripts/gen-site.mjs OUT_DIR --apps N [--defects K] [--seed S]');
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const r = generateSite(args.dir, { apps: args.apps, defects: args.defects, seed: args.seed });
    process.stdout.write(`${args.dir}: ${r.apps.length} apps, ${r.files} files, ${r.defects.length} defects (defects.json)\n`);
  } catch (err) {
    process.stderr.write(`gen-site: ${err.message}\n`);
    process.exitCode = 2;
  }
}

/**
 * The resources of a new app's database, as the profile says: the overlay's place in the
 * repository layout, the names, the archive destination, the credentials chain, and the Vault and
 * IAM side a person sets up by hand. Pure: no file system, no network.
 */
import { Document, type Scalar, stringify, type YAMLMap } from 'yaml';
import { InputError } from '../errors.js';
import { parseGoDuration } from '../models/duration.js';
import { expand, layoutRegExp, type Profile, type TemplateVars } from '../profile/profile.js';

export type ScaffoldStyle = 'plugin' | 'legacy';
export const SCAFFOLD_STYLES: readonly ScaffoldStyle[] = ['plugin', 'legacy'];

/** A DNS label (RFC 1123): what a namespace, and the names derived from an app, must be. */
export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Throws an InputError unless `value` is a DNS label. */
export function checkDnsLabel(value: string, what: string): void {
  if (value.length > 63 || !DNS_LABEL.test(value)) {
    throw new InputError(`${what} "${value}" is not a DNS label: use at most 63 lower-case letters, digits and "-", starting and ending with a letter or digit`);
  }
}

/** The variables a template names, in order, once each. */
export function templateVariables(template: string): string[] {
  return [...new Set([...template.matchAll(/\{([A-Za-z0-9]+)\}/g)].map((m) => m[1]!))];
}

/** The variables of the place of an overlay: what `--site`, `--k8s-cluster` and `--wave` give. */
export const PLACE_VARIABLES = ['site', 'k8sCluster', 'wave'] as const;
export type PlaceVariable = (typeof PLACE_VARIABLES)[number];
export type Place = Partial<Record<PlaceVariable, string>>;

const FLAG_OF: Record<PlaceVariable, string> = { site: '--site', k8sCluster: '--k8s-cluster', wave: '--wave' };

/** An overlay of the repository that the layout template matches, with the variables it gives. */
export interface LayoutOverlay {
  /** Repository-relative directory, `/`-separated, with no trailing slash. */
  dir: string;
  vars: Record<string, string>;
}

/** The directories (repository-relative) that the layout template matches, with their variables. */
export function overlaysOfLayout(dirs: readonly string[], template: string): LayoutOverlay[] {
  const re = layoutRegExp(template);
  const anchored = new RegExp(`^${re.source.replace(/^\(\?:\^\|\/\)/, '')}$`);
  const out: LayoutOverlay[] = [];
  for (const dir of dirs) {
    const m = anchored.exec(`${dir.replace(/\/+$/, '')}/`);
    if (m?.groups) out.push({ dir: dir.replace(/\/+$/, ''), vars: { ...m.groups } });
  }
  return out.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
}

/**
 * The place variables `needed` for a new overlay: those given, else the one value the existing
 * overlays agree on (among those that match what is given). Throws an InputError listing the
 * candidates and the flags to pass when a value cannot be told.
 */
export function resolvePlace(needed: readonly string[], existing: readonly LayoutOverlay[], given: Place, what: string): Place {
  const vars = PLACE_VARIABLES.filter((v) => needed.includes(v));
  const tuples = new Map<string, Place>();
  for (const o of existing) {
    const t: Place = {};
    for (const v of vars) if (o.vars[v] !== undefined) t[v] = o.vars[v];
    tuples.set(JSON.stringify(vars.map((v) => t[v] ?? '')), t);
  }
  const candidates = [...tuples.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, t]) => t);
  // The candidates closest to what is given (a new wave still takes the site of its cluster's overlays).
  const score = (t: Place) => vars.filter((v) => given[v] !== undefined && t[v] === given[v]).length;
  const best = Math.max(0, ...candidates.map(score));
  const matching = candidates.filter((t) => score(t) === best);
  const out: Place = {};
  const missing: PlaceVariable[] = [];
  for (const v of vars) {
    if (given[v] !== undefined) {
      out[v] = given[v];
      continue;
    }
    const values = [...new Set(matching.map((t) => t[v]).filter((x): x is string => x !== undefined))];
    if (values.length === 1) out[v] = values[0]!;
    else missing.push(v);
  }
  if (missing.length > 0) {
    const flags = missing.map((v) => FLAG_OF[v]);
    const pass = `pass ${flags.join(' and ')} (or --dir PATH)`;
    if (candidates.length === 0) {
      throw new InputError(`cannot tell ${what}: no overlay in the repository gives ${missing.map((v) => `{${v}}`).join(', ')}; ${pass}`);
    }
    const list = candidates.map((t) => vars.map((v) => `${FLAG_OF[v]} ${t[v] ?? '?'}`).join(' ')).join('; ');
    throw new InputError(`cannot tell ${what}: the existing overlays are in ${candidates.length} places (${list}); ${pass}`);
  }
  return out;
}

/** A name written relative to its app: `forgejo-db` of app `forgejo` is `{app}-db`; undefined when it does not contain the app. */
export function namePattern(name: string, app: string): string | undefined {
  if (app === '' || !name.includes(app)) return undefined;
  // The first occurrence: `db-db` of app `db` is `{app}-db`.
  return name.replace(app, '{app}');
}

/** The pattern most names follow (more than half of them), else `fallback`. */
export function commonPattern(pairs: readonly { name: string; app: string }[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const { name, app } of pairs) {
    const p = namePattern(name, app) ?? name;
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best && best[1] * 2 > pairs.length ? best[0] : fallback;
}

/** The retention policy to write: the most common valid one of the existing Clusters, else the first usual one the pattern allows. */
export function chooseRetention(pattern: string, existing: readonly string[]): string {
  let re: RegExp;
  try {
    re = new RegExp(pattern);
  } catch {
    re = /^[1-9][0-9]*[dwm]$/;
  }
  const counts = new Map<string, number>();
  for (const r of existing) if (re.test(r)) counts.set(r, (counts.get(r) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (best) return best[0];
  const usual = ['7d', '14d', '30d', '4w', '1m', '7', '30'].find((r) => re.test(r));
  if (!usual) throw new InputError(`no usual retention policy (7d, 14d, 30d, 4w, 1m) matches the profile's pattern ${pattern}, and no Cluster in the repository has one that does; fix the pattern (rule retention-policy, option pattern)`);
  return usual;
}

/** A refresh interval well inside a credential lifetime: 1h, or half the lifetime when that is shorter. */
export function refreshIntervalFor(lifetime: string): string {
  const ms = parseGoDuration(lifetime);
  if (ms === undefined || ms <= 0) return '1h';
  const half = Math.min(3_600_000, Math.floor(ms / 2));
  if (half % 3_600_000 === 0) return `${half / 3_600_000}h`;
  if (half % 60_000 === 0) return `${half / 60_000}m`;
  return `${Math.max(1, Math.floor(half / 1000))}s`;
}

/** Everything the resources are made from. */
export interface ScaffoldInput {
  /** The profile in force for the app (overrides merged). */
  profile: Profile;
  style: ScaffoldStyle;
  /** The template variables; app, namespace and cluster are set. */
  vars: TemplateVars & { app: string; namespace: string; cluster: string };
  /** Name of the ObjectStore (plugin style). */
  objectStore: string;
  retention: string;
  /** PostgreSQL major of imageCatalogRef. */
  major: number;
  /** A pinned image instead of the image catalog: where the site pins images (its image-catalog rule off). */
  imageName?: string;
  /**
   * For the external-secret producer: an ExternalSecret made from the one a sibling app uses
   * (its store and remote keys, renamed for this app), with the file it came from.
   */
  externalSecret?: { object: Record<string, unknown>; from: string };
  refreshInterval: string;
  /** The Vault server and Kubernetes auth mount of the VaultDynamicSecret (Vault chain). */
  vault: { server: string; mountPath: string };
  /** Six-field cron of the ScheduledBackup. */
  schedule: string;
}

export interface ScaffoldFile {
  /** File name in the overlay. */
  name: string;
  /** `Kind name` of each resource in it. */
  resources: string[];
  text: string;
}

export interface Scaffold {
  files: ScaffoldFile[];
  /** Values the resources were made of, for reports. */
  names: {
    serviceAccount?: string;
    vaultDynamicSecret?: string;
    externalSecret?: string;
    secret: string;
    vaultPath?: string;
    vaultRole?: string;
    objectStore?: string;
    scheduledBackup: string;
    destinationPath: string;
  };
  /** What the person must still do that the files do not (a credentials producer not written). */
  notes: string[];
}

/** Fills a profile template for the new app; throws an InputError naming the field when a variable is not known. */
export function fill(template: string, vars: TemplateVars, field: string): string {
  const v = expand(template, vars);
  if (v === undefined) {
    const unknown = templateVariables(template).filter((k) => !(vars as Record<string, string | undefined>)[k]);
    throw new InputError(`the profile's ${field} "${template}" needs ${unknown.map((k) => `{${k}}`).join(', ')}, which is not known for the new app; pass ${unknown.map((k) => ({ site: '--site', k8sCluster: '--k8s-cluster', wave: '--wave' })[k] ?? `{${k}}`).join(', ')}`);
  }
  return v;
}

function yamlDoc(comment: string | undefined, value: unknown): string {
  const doc = new Document(value);
  if (comment) (doc.contents as YAMLMap).commentBefore = comment.split('\n').map((l) => ` ${l}`).join('\n');
  const schedule = doc.getIn(['spec', 'schedule'], true) as Scalar | undefined;
  if (schedule) schedule.type = 'QUOTE_DOUBLE';
  // Strings that YAML would read as something else ("true") are quoted by the library.
  return doc.toString({ lineWidth: 0 });
}

function quotedTrue(): Scalar {
  const doc = new Document('true');
  const s = doc.contents as Scalar;
  s.type = 'QUOTE_DOUBLE';
  return s;
}

/** The overlay's files, as the example site lays them out. */
export function scaffoldFiles(input: ScaffoldInput): Scaffold {
  const { profile: p, vars, style } = input;
  const { app, cluster } = vars;
  const cred = p.credentials;
  const chain = cred.producer === 'vault-chain' || cred.producer === 'any';
  const destinationPath = fill(p.backup.destinationPath, vars, 'backup.destinationPath');
  const secret = fill(cred.secret, vars, 'credentials.secret');
  const tags: Record<string, string> = {};
  for (const [k, t] of Object.entries(p.backup.tags)) tags[k] = fill(t, vars, `backup.tags.${k}`);
  const s3Credentials = {
    accessKeyId: { name: secret, key: cred.accessKeyIdKey },
    secretAccessKey: { name: secret, key: cred.secretAccessKeyKey },
  };
  const files: ScaffoldFile[] = [];
  const names: Scaffold['names'] = { secret, scheduledBackup: `${cluster}-daily`, destinationPath };
  const notes: string[] = [];

  if (chain) {
    const sa = fill(cred.serviceAccount, vars, 'credentials.serviceAccount');
    const vds = fill(cred.vaultDynamicSecret, vars, 'credentials.vaultDynamicSecret');
    const es = fill(cred.externalSecret, vars, 'credentials.externalSecret');
    const vaultPath = fill(cred.vaultPath, vars, 'credentials.vaultPath');
    const vaultRole = fill(cred.vaultRole, vars, 'credentials.vaultRole');
    Object.assign(names, { serviceAccount: sa, vaultDynamicSecret: vds, externalSecret: es, vaultPath, vaultRole });
    files.push({
      name: 'service-account.yaml',
      resources: [`ServiceAccount ${sa}`],
      text: yamlDoc('Identity that logs in to Vault (kubernetes auth) to get S3 keys for backups.', {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: { name: sa },
      }),
    });
    files.push({
      name: 'vault-dynamic-secret.yaml',
      resources: [`VaultDynamicSecret ${vds}`],
      text: yamlDoc(`Vends short-lived AWS keys from Vault. The role only allows\n${destinationPath}*.`, {
        apiVersion: 'generators.external-secrets.io/v1alpha1',
        kind: 'VaultDynamicSecret',
        metadata: { name: vds },
        spec: {
          path: vaultPath,
          method: 'GET',
          provider: {
            server: input.vault.server,
            auth: { kubernetes: { mountPath: input.vault.mountPath, role: vaultRole, serviceAccountRef: { name: sa } } },
          },
        },
      }),
    });
    const esDoc = new Document({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: { name: es },
      spec: {
        refreshInterval: input.refreshInterval,
        target: { name: secret, template: { metadata: { labels: { [cred.reloadLabel]: 'true' } } } },
        dataFrom: [{ sourceRef: { generatorRef: { apiVersion: 'generators.external-secrets.io/v1alpha1', kind: 'VaultDynamicSecret', name: vds } } }],
      },
    });
    esDoc.setIn(['spec', 'target', 'template', 'metadata', 'labels', cred.reloadLabel], quotedTrue());
    (esDoc.contents as YAMLMap).commentBefore = [
      `Secret ${secret} with ${cred.accessKeyIdKey} / ${cred.secretAccessKeyKey}, refreshed well`,
      `inside the ${cred.lifetime} lease so the archiver never holds expired keys.`,
    ].map((l) => ` ${l}`).join('\n');
    const labels = esDoc.getIn(['spec', 'target', 'template', 'metadata', 'labels'], true) as { items: { key: { commentBefore?: string } }[] };
    labels.items[0]!.key.commentBefore = ' CNPG reloads the archiver when the keys rotate';
    files.push({ name: 'external-secret.yaml', resources: [`ExternalSecret ${es}`], text: esDoc.toString({ lineWidth: 0 }) });
  } else if (input.externalSecret) {
    const es = String((input.externalSecret.object.metadata as Record<string, unknown>).name);
    names.externalSecret = es;
    files.push({
      name: 'external-secret.yaml',
      resources: [`ExternalSecret ${es}`],
      text: yamlDoc(`Secret ${secret} with ${cred.accessKeyIdKey} / ${cred.secretAccessKeyKey}, as ${input.externalSecret.from} makes its app's:\nthe same store, this app's keys in it. Check the remote key exists before the first backup.`, input.externalSecret.object),
    });
  } else {
    notes.push(
      `The profile's credentials come from ${cred.producer}: create the Secret ${secret} with the keys ${cred.accessKeyIdKey} and ${cred.secretAccessKeyKey} that way, in namespace ${vars.namespace}, and list it in kustomization.yaml; until then lint reports that nothing produces it.`,
    );
  }

  const catalog = { apiGroup: 'postgresql.cnpg.io', kind: p.imageCatalog.kind, name: p.imageCatalog.name, major: input.major };
  const clusterSpec: Record<string, unknown> = {
    instances: 3,
    ...(input.imageName !== undefined ? { imageName: input.imageName } : { imageCatalogRef: catalog }),
    storage: { size: '10Gi', storageClass: p.storage.storageClass },
    bootstrap: { initdb: { database: app.replace(/-/g, '_'), owner: app.replace(/-/g, '_') } },
  };
  const destination = `${destinationPath}${destinationPath.endsWith('/') ? '' : '/'}${cluster}/`;
  let scheduled: Record<string, unknown>;
  if (style === 'plugin') {
    names.objectStore = input.objectStore;
    files.push({
      name: 'object-store.yaml',
      resources: [`ObjectStore ${input.objectStore}`],
      text: yamlDoc(`Where ${cluster} archives: ${destination}`, {
        apiVersion: 'barmancloud.cnpg.io/v1',
        kind: 'ObjectStore',
        metadata: { name: input.objectStore },
        spec: {
          retentionPolicy: input.retention,
          configuration: { destinationPath, s3Credentials, wal: { compression: 'gzip' }, data: { compression: 'gzip' }, tags },
        },
      }),
    });
    clusterSpec.plugins = [{ name: p.backup.pluginName, isWALArchiver: true, parameters: { barmanObjectName: input.objectStore } }];
    scheduled = { schedule: input.schedule, backupOwnerReference: 'self', cluster: { name: cluster }, method: 'plugin', pluginConfiguration: { name: p.backup.pluginName } };
  } else {
    clusterSpec.backup = {
      retentionPolicy: input.retention,
      barmanObjectStore: { destinationPath, s3Credentials, wal: { compression: 'gzip' }, data: { compression: 'gzip' }, tags },
    };
    scheduled = { schedule: input.schedule, backupOwnerReference: 'self', cluster: { name: cluster } };
  }
  const clusterText = yamlDoc(
    [
      input.imageName !== undefined
        ? `${cluster}: ${clusterSpec.instances as number} instances, image ${input.imageName} (pinned, as the site's other Clusters).`
        : `${cluster}: ${clusterSpec.instances as number} instances, PostgreSQL ${input.major} from the ${p.imageCatalog.kind} ${p.imageCatalog.name}.`,
      `Volumes on ${p.storage.storageClass}; ${style === 'plugin' ? `archived with the Barman Cloud plugin (ObjectStore ${input.objectStore})` : `archived in-tree to ${destination}`}.`,
    ].join('\n'),
    { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name: cluster }, spec: clusterSpec },
  );
  const scheduledText = yamlDoc(`Nightly base backup (six-field cron: seconds first).`, {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'ScheduledBackup',
    metadata: { name: names.scheduledBackup },
    spec: scheduled,
  });
  files.push({ name: 'postgres.yaml', resources: [`Cluster ${cluster}`, `ScheduledBackup ${names.scheduledBackup}`], text: `${clusterText}---\n${scheduledText}` });

  const order = ['service-account.yaml', 'vault-dynamic-secret.yaml', 'external-secret.yaml', 'object-store.yaml', 'postgres.yaml'];
  files.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  const kustomization = yamlDoc(
    `${app}: database on CloudNativePG (Cluster ${cluster}), ${style === 'plugin' ? `archived with the Barman Cloud plugin (ObjectStore ${input.objectStore})` : 'archived with the in-tree barmanObjectStore'}.`,
    { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', namespace: vars.namespace, resources: files.map((f) => f.name) },
  );
  files.unshift({ name: 'kustomization.yaml', resources: ['Kustomization'], text: kustomization });
  return { files, names, notes };
}

/** Bucket and key prefix of an `s3://bucket/prefix/` destination. */
export function splitS3(destinationPath: string): { bucket: string; prefix: string } | undefined {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(destinationPath);
  if (!m) return undefined;
  const prefix = m[2]!;
  return { bucket: m[1]!, prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/` };
}

/** The Vault and IAM side of the Vault chain, as text for a person, filled with the app's values. */
export function vaultInstructions(s: Scaffold, opts: { namespace: string; mountPath: string; lifetime: string; iamScoped: boolean }): string[] {
  const n = s.names;
  if (!n.vaultPath || !n.vaultRole || !n.serviceAccount) return [];
  const s3 = splitS3(n.destinationPath);
  const m = /^\/?(.+)\/creds\/([^/]+)$/.exec(n.vaultPath);
  const mount = m ? m[1]! : undefined;
  const awsRole = m ? m[2]! : undefined;
  const out: string[] = [];
  const policyName = `${awsRole ?? n.vaultRole}-s3`;
  if (s3) {
    const objects = `arn:aws:s3:::${s3.bucket}/${s3.prefix}*`;
    const policy = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Archive', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], Resource: objects },
        { Sid: 'List', Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetBucketLocation'], Resource: `arn:aws:s3:::${s3.bucket}`, Condition: { StringLike: { 's3:prefix': [s3.prefix, `${s3.prefix}*`] } } },
      ],
    };
    out.push(
      `1. IAM policy ${policyName}, scoped to s3://${s3.bucket}/${s3.prefix}* (the vended keys can touch nothing else${opts.iamScoped ? '' : '; the profile says the site does not scope keys to a prefix, scope them anyway if you can'}):`,
      '',
      ...JSON.stringify(policy, null, 2).split('\n').map((l) => `     ${l}`),
      '',
    );
  } else {
    out.push(`1. IAM policy ${policyName}: allow s3:GetObject, s3:PutObject, s3:DeleteObject on ${n.destinationPath}* and s3:ListBucket on that prefix only.`, '');
  }
  if (mount && awsRole) {
    out.push(
      `2. Vault AWS secrets engine (mounted at ${mount}/): the role ${awsRole}, whose credentials (read at ${n.vaultPath}) carry that policy, for ${opts.lifetime} at most:`,
      '',
      `     vault write ${mount}/roles/${awsRole} credential_type=iam_user policy_document=@${policyName}.json`,
      `     vault read ${mount}/config/lease   # the lease must not exceed ${opts.lifetime}: the ExternalSecret refreshes for that lifetime`,
      '',
      `   and a Vault policy ${n.vaultRole} that may read them:`,
      '',
      `     vault policy write ${n.vaultRole} - <<'EOF'`,
      `     path "${mount}/creds/${awsRole}" { capabilities = ["read"] }`,
      `     EOF`,
      '',
    );
  } else {
    out.push(`2. Vault: a secrets engine role that vends AWS keys with that policy at ${n.vaultPath}, and a Vault policy ${n.vaultRole} that may read it.`, '');
  }
  out.push(
    `3. Vault Kubernetes auth (mounted at auth/${opts.mountPath}/): the role ${n.vaultRole}, bound to the ServiceAccount ${n.serviceAccount} in namespace ${opts.namespace}:`,
    '',
    `     vault write auth/${opts.mountPath}/role/${n.vaultRole} \\`,
    `       bound_service_account_names=${n.serviceAccount} \\`,
    `       bound_service_account_namespaces=${opts.namespace} \\`,
    `       token_policies=${n.vaultRole} token_ttl=15m`,
  );
  return out;
}

/** Text of a YAML value, for notes (a sibling's Application made over for the new app). */
export function yamlText(value: unknown): string {
  return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
}

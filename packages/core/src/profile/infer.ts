import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { InputError } from '../errors.js';
import { backupConfigOf, clusterRefOf, isCluster, otherWalArchiverOf } from '../cnpg/archive.js';
import type { Inventory } from '../inventory/inventory.js';
import { get, getString, isRecord, positionOf, type Resource } from '../inventory/resource.js';
import { producersOf, producerTypeOf } from '../rules/backup-credentials.js';
import { RULE_IDS, RULE_OPTIONS } from '../rules/index.js';
import { parseProfile } from './load.js';
import { DEFAULT_PROFILE, layoutRegExp, type SiteBackupMethod, type SiteCredentialsProducer } from './profile.js';

/** A Cluster that does not do what most do, for one convention. */
export interface Outlier {
  cluster: string;
  namespace?: string;
  /** Repository-relative file and 1-based line of the Cluster. */
  file: string;
  line: number;
  /** What it does, and what most do. */
  value: string;
  expected: string;
}

/** One inferred convention: the value most Clusters share, how many share it, and the rest. */
export interface Inferred<T> {
  value: T;
  /** Clusters that follow it. */
  support: number;
  /** Clusters the convention could be judged on (those that say anything about it). */
  of: number;
  outliers: Outlier[];
}

type BackupMethod = SiteBackupMethod;
type CredentialsProducer = Exclude<SiteCredentialsProducer, 'any'>;

export interface ProfileInference {
  /** Clusters read. */
  clusters: number;
  layout?: Inferred<string[]>;
  values?: string;
  destinationPath?: Inferred<string>;
  storageClass?: Inferred<string>;
  tags?: Inferred<Record<string, string>>;
  retention?: Inferred<string>;
  methods: { method: BackupMethod; count: number }[];
  /** Clusters with no backup at all. */
  noBackup: Outlier[];
  producer?: Inferred<CredentialsProducer>;
  /** Name of the credentials Secret, as a template, and the keys read from it. */
  secretName?: Inferred<string>;
  secretKeys?: Inferred<{ accessKeyId: string; secretAccessKey: string }>;
  imageCatalog?: Inferred<{ kind: 'ClusterImageCatalog' | 'ImageCatalog'; name: string }>;
  /** Clusters that pin an image instead of naming a catalog. */
  pinnedImages: number;
  requireScheduledBackup?: Inferred<boolean>;
  /** What the ScheduledBackups set as backupOwnerReference (unset: none). */
  backupOwnerReference?: Inferred<string>;
}

interface ClusterFacts {
  r: Resource;
  overlayRel: string;
  vars: Record<string, string>;
}

/** Words that, as the folder before a variable part, say what the part is. */
const NAMED_BY_PARENT: Record<string, string> = {
  sites: 'site',
  clusters: 'k8sCluster',
  overlays: 'app', apps: 'app', applications: 'app', services: 'app',
  namespaces: 'namespace',
};

/** Most common value by key, ties broken by the key (deterministic). */
function plurality<T>(items: { key: string; value: T }[]): { key: string; value: T; count: number } | undefined {
  const counts = new Map<string, { value: T; count: number }>();
  for (const i of items) {
    const c = counts.get(i.key);
    if (c) c.count++;
    else counts.set(i.key, { value: i.value, count: 1 });
  }
  let best: { key: string; value: T; count: number } | undefined;
  for (const [key, c] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (!best || c.count > best.count) best = { key, value: c.value, count: c.count };
  }
  return best;
}

function outlierOf(f: ClusterFacts, root: string, value: string, expected: string): Outlier {
  const o: Outlier = { cluster: f.r.name, file: relative(root, f.r.file).split(sep).join('/'), line: positionOf(f.r, []).line, value, expected };
  if (f.r.namespace) o.namespace = f.r.namespace;
  return o;
}

/**
 * The layout template for one group of overlay directories of the same depth. A part is a
 * variable when it varies, or when the folder before it names it (`sites/`, `clusters/`,
 * `overlays/`, `apps/`); a part equal to each Cluster's namespace is `{namespace}`; the app is
 * the part after the namespace, else the one an `overlays/`-like folder names, else the last
 * varying one. The template ends at `{app}`: it matches deeper folders too.
 */
function layoutTemplate(members: ClusterFacts[]): string | undefined {
  const dirs = members.map((f) => f.overlayRel.split('/'));
  const depth = dirs[0]!.length;
  const parts: string[] = [];
  const used = new Set<string>();
  let appAt = -1;
  const laterVaries = (i: number): boolean => {
    for (let j = i + 1; j < depth; j++) if (new Set(dirs.map((d) => d[j]!)).size > 1) return true;
    return false;
  };
  for (let i = 0; i < depth; i++) {
    const values = new Set(dirs.map((d) => d[i]!));
    const parent = i > 0 ? dirs[0]![i - 1]!.toLowerCase() : '';
    const named = i > 0 && parts[i - 1] === dirs[0]![i - 1] ? NAMED_BY_PARENT[parent] : undefined;
    const isNamespace = members.every((f, k) => f.r.namespace !== undefined && dirs[k]![i] === f.r.namespace);
    if (appAt < 0 && i > 0 && parts[i - 1] === '{namespace}' && values.size > 1) {
      parts.push('{app}');
      appAt = i;
      break;
    }
    if ([...values].every((v) => /^wave-\d+$/.test(v)) && !used.has('wave')) {
      parts.push('wave-{wave}');
      used.add('wave');
    } else if (isNamespace && !used.has('namespace') && (values.size > 1 || named !== undefined) && laterVaries(i)) {
      parts.push('{namespace}');
      used.add('namespace');
    } else if (named === 'app' && !used.has('app') && (values.size > 1 || i === depth - 1)) {
      parts.push('{app}');
      appAt = i;
      break;
    } else if (named && named !== 'app' && !used.has(named)) {
      parts.push(`{${named}}`);
      used.add(named);
    } else if (values.size === 1) {
      parts.push([...values][0]!);
    } else {
      parts.push('');
    }
  }
  if (appAt < 0) {
    // The last varying part is the app (or, when none varies, the last part); what follows it is cut.
    let last = parts.lastIndexOf('');
    if (last < 0) last = parts[parts.length - 1] === '{namespace}' ? parts.length - 1 : depth - 1;
    parts.length = last + 1;
    parts[last] = '{app}';
    if (last < depth - 1 || parts.indexOf('{namespace}') === last) used.delete('namespace');
  }
  // Other varying parts before the app: a Kubernetes cluster, then a site.
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] !== '') continue;
    const free = ['k8sCluster', 'site'].find((n) => !used.has(n));
    if (!free) return undefined;
    parts[i] = `{${free}}`;
    used.add(free);
  }
  return `${parts.join('/')}/`;
}

/** A resource name as a template: the Cluster's name, else the app's, else the namespace's, put back as a variable. */
function nameTemplate(name: string, vars: Record<string, string>): string {
  for (const k of ['cluster', 'app', 'namespace']) {
    const v = vars[k];
    if (v && name.includes(v)) return name.replace(v, `{${k}}`);
  }
  return name;
}

/** Replaces path segments equal to a known variable's value by the variable. */
function templatize(path: string, vars: Record<string, string>, loose = false): string {
  const order = ['app', 'site', 'k8sCluster', 'wave', 'namespace', 'cluster'];
  return path
    .split('/')
    .map((seg) => {
      for (const k of order) if (vars[k] && seg === vars[k]) return `{${k}}`;
      // A value as a whole word of the segment: `prod-backups` with k8sCluster `prod`.
      if (loose) for (const k of order) {
        const v = vars[k];
        if (!v || v.length < 2) continue;
        for (const d of ['-', '_', '.']) {
          if (seg.startsWith(v + d)) return `{${k}}${seg.slice(v.length)}`;
          if (seg.endsWith(d + v)) return `${seg.slice(0, seg.length - v.length)}{${k}}`;
        }
      }
      return seg;
    })
    .join('/');
}

function inferValue<T>(facts: ClusterFacts[], root: string, read: (f: ClusterFacts) => { key: string; value: T; shown?: string } | undefined): Inferred<T> | undefined {
  const seen = facts.flatMap((f) => {
    const v = read(f);
    return v ? [{ f, ...v }] : [];
  });
  const best = plurality(seen);
  if (!best) return undefined;
  return {
    value: best.value,
    support: best.count,
    of: seen.length,
    outliers: seen.filter((s) => s.key !== best.key).map((s) => outlierOf(s.f, root, s.shown ?? s.key, best.key)),
  };
}

/** What produces the credentials Secret a Cluster's object store names, as the backup-credentials rule classifies it. */
function producerOf(inventory: Inventory, cluster: Resource, secret: string): CredentialsProducer | undefined {
  const found = producersOf(inventory, secret, cluster);
  return found.length > 0 ? producerTypeOf(found[0]!) : undefined;
}

/**
 * Reads what the Clusters of a repository do and infers the site's conventions: the value most
 * share, with how many, and the outliers. Pure: the inventory is already loaded.
 */
export function inferProfile(inventory: Inventory, root: string): ProfileInference {
  const clusters = inventory.ofKind('Cluster').filter(isCluster);
  const facts: ClusterFacts[] = clusters.map((r) => {
    const dir = r.overlay ?? dirname(r.file);
    const overlayRel = relative(root, dir).split(sep).join('/');
    return { r, overlayRel, vars: { cluster: r.name, ...(r.namespace ? { namespace: r.namespace } : {}) } };
  });
  const out: ProfileInference = { clusters: clusters.length, methods: [], noBackup: [], pinnedImages: 0 };
  if (facts.length === 0) return out;

  // Layout: overlay folders grouped by depth; a group of two or more (or the only one) gives a template.
  const byDepth = new Map<number, ClusterFacts[]>();
  for (const f of facts) {
    if (f.overlayRel === '' || f.overlayRel.startsWith('..')) continue;
    const d = f.overlayRel.split('/').length;
    const list = byDepth.get(d);
    if (list) list.push(f);
    else byDepth.set(d, [f]);
  }
  const groups = [...byDepth.values()].sort((a, b) => b.length - a.length || a[0]!.overlayRel.localeCompare(b[0]!.overlayRel));
  const templates: { template: string; members: ClusterFacts[] }[] = [];
  for (const g of groups) {
    if (templates.length > 0 && g.length < 2) continue;
    const t = layoutTemplate(g);
    if (t && !templates.some((x) => x.template === t)) templates.push({ template: t, members: g });
  }
  if (templates.length > 0) {
    const inLayout = new Set<ClusterFacts>();
    for (const { template } of templates) {
      const re = layoutRegExp(template);
      for (const f of facts) {
        if (inLayout.has(f)) continue;
        const m = re.exec(`${f.overlayRel}/`);
        if (!m) continue;
        inLayout.add(f);
        for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) f.vars[k] = v;
      }
    }
    out.layout = {
      value: templates.map((t) => t.template),
      support: inLayout.size,
      of: facts.length,
      outliers: facts.filter((f) => !inLayout.has(f)).map((f) => outlierOf(f, root, f.overlayRel === '' ? '(repository root)' : `${f.overlayRel}/`, templates.map((t) => t.template).join(' or '))),
    };
    const first = templates[0]!.template;
    if (/\/overlays\/\{app\}\/$/.test(first)) {
      const values = first.replace(/\/overlays\/\{app\}\/$/, '/values/{app}/');
      const re = layoutRegExp(values);
      if (inventory.files.some((f) => re.test(`${relative(root, f.path).split(sep).join('/')}`))) out.values = values;
    }
  }
  for (const f of facts) if (f.vars.app === undefined && f.vars.namespace) f.vars.app = f.vars.namespace;

  const configs = new Map(facts.map((f) => [f, backupConfigOf(f.r, inventory)] as const));
  // Whole path parts first; parts holding a value as a word (`prod-backups`) only where that makes more Clusters agree.
  const destination = (loose: boolean): Inferred<string> | undefined => inferValue(facts, root, (f) => {
    const d = configs.get(f)?.destinationPath;
    if (!d || /\$\{|\{\{/.test(d)) return undefined;
    const t = templatize(d.replace(/\/*$/, '/'), f.vars, loose);
    return { key: t, value: t, shown: d };
  });
  const strict = destination(false);
  const loose = destination(true);
  out.destinationPath = loose && (!strict || loose.support > strict.support) ? loose : strict;
  out.storageClass = inferValue(facts, root, (f) => {
    const s = getString(f.r.object, ['spec', 'storage', 'storageClass']);
    return s && !/\$\{|\{\{/.test(s) ? { key: s, value: s } : undefined;
  });
  out.tags = inferValue(facts, root, (f) => {
    const tags = configs.get(f)?.tags;
    if (!isRecord(tags) || Object.keys(tags).length === 0) return undefined;
    const t: Record<string, string> = {};
    for (const k of Object.keys(tags).sort()) t[k] = templatize(String(tags[k]), f.vars);
    return { key: JSON.stringify(t), value: t };
  });
  out.retention = inferValue(facts, root, (f) => {
    const v = configs.get(f)?.retention?.value;
    return typeof v === 'string' && !/\$\{|\{\{/.test(v) ? { key: v, value: v } : undefined;
  });
  const methods = new Map<BackupMethod, number>();
  for (const f of facts) {
    const cfg = configs.get(f);
    const m: BackupMethod | undefined = cfg ? (cfg.style === 'legacy' ? 'barman-object-store' : 'barman-cloud-plugin') : otherWalArchiverOf(f.r) ? 'other-plugin' : undefined;
    if (m) methods.set(m, (methods.get(m) ?? 0) + 1);
    else out.noBackup.push(outlierOf(f, root, 'no backup configuration', 'a backup method'));
  }
  out.methods = [...methods.entries()].map(([method, count]) => ({ method, count })).sort((a, b) => b.count - a.count || a.method.localeCompare(b.method));
  out.producer = inferValue(facts, root, (f) => {
    const cfg = configs.get(f);
    const secret = cfg?.credentials[0]?.name;
    if (!secret || /\$\{|\{\{/.test(secret)) return undefined;
    const p = producerOf(inventory, f.r, secret);
    // Nothing in the repository producing it is a correctness finding (backup-credentials), not a convention.
    return p ? { key: p, value: p, shown: `${p} (Secret ${secret})` } : undefined;
  });
  out.secretName = inferValue(facts, root, (f) => {
    const name = configs.get(f)?.credentials[0]?.name;
    if (!name || /\$\{|\{\{/.test(name)) return undefined;
    const t = nameTemplate(name, f.vars);
    return { key: t, value: t, shown: name };
  });
  out.secretKeys = inferValue(facts, root, (f) => {
    const refs = configs.get(f)?.credentials ?? [];
    const keyOf = (field: string): string | undefined => refs.find((r) => r.path[r.path.length - 1] === field)?.key;
    const a = keyOf('accessKeyId');
    const b = keyOf('secretAccessKey');
    return a && b ? { key: `${a} ${b}`, value: { accessKeyId: a, secretAccessKey: b } } : undefined;
  });
  out.imageCatalog = inferValue(facts, root, (f) => {
    const kind = getString(f.r.object, ['spec', 'imageCatalogRef', 'kind']);
    const name = getString(f.r.object, ['spec', 'imageCatalogRef', 'name']);
    if (!kind || !name) {
      if (getString(f.r.object, ['spec', 'imageName'])) out.pinnedImages++;
      return undefined;
    }
    if (kind !== 'ClusterImageCatalog' && kind !== 'ImageCatalog') return undefined;
    return { key: `${kind}/${name}`, value: { kind, name } };
  });
  const scheduled = new Set(inventory.ofKind('ScheduledBackup').map((s) => `${s.scope}\0${s.namespace ?? ''}\0${clusterRefOf(s) ?? ''}`));
  out.requireScheduledBackup = inferValue(facts, root, (f) => {
    if (!configs.get(f)) return undefined;
    const has = scheduled.has(`${f.r.scope}\0${f.r.namespace ?? ''}\0${f.r.name}`);
    return { key: String(has), value: has, shown: has ? 'has a ScheduledBackup' : 'no ScheduledBackup' };
  });
  const byCluster = new Map(facts.map((f) => [`${f.r.scope}\0${f.r.namespace ?? ''}\0${f.r.name}`, f] as const));
  // One vote per ScheduledBackup of a Cluster read here; an outlier points at the ScheduledBackup.
  const backups: ClusterFacts[] = inventory
    .ofKind('ScheduledBackup')
    .filter((sb) => byCluster.has(`${sb.scope}\0${sb.namespace ?? ''}\0${clusterRefOf(sb) ?? ''}`))
    .map((sb) => ({ r: sb, overlayRel: '', vars: {} }));
  out.backupOwnerReference = inferValue(backups, root, (f) => {
    const o = getString(f.r.object, ['spec', 'backupOwnerReference']) ?? 'none';
    return { key: o, value: o };
  });
  return out;
}

const q = (s: string): string => JSON.stringify(s);

/** A share worth writing down as a convention: most Clusters, and more than one unless there is only one. */
function agreed(i: Inferred<unknown> | undefined): boolean {
  return i !== undefined && i.support * 2 > i.of;
}

function note(i: Inferred<unknown>, what = 'Clusters'): string {
  return `${i.support} of ${i.of} ${what}`;
}

/** ` (N do not: lint reports them)` when some Clusters differ. */
function differ(i: Inferred<unknown>): string {
  const n = i.outliers.length;
  return n === 0 ? '' : ` (${n} ${n === 1 ? 'does' : 'do'} not: lint reports ${n === 1 ? 'it' : 'them'})`;
}

/**
 * The `.cnpg-site.yaml` text for an inference: every value with a comment saying how many
 * Clusters support it. Conventions most Clusters do not share are left out (said in a comment).
 */
export function profileText(inf: ProfileInference, opts: { repository?: string } = {}): string {
  const L: string[] = [];
  L.push(`# .cnpg-site.yaml: conventions inferred by \`kubectl cnpg-site init\` from ${inf.clusters} Cluster(s)${opts.repository ? ` in ${opts.repository}` : ''}.`);
  L.push('# Each value says how many Clusters follow it; `kubectl cnpg-site lint` reports the others.');
  L.push('# Edit freely: see docs/profile.md.');
  if (inf.layout) {
    L.push('layout:');
    L.push(`  # ${note(inf.layout)} sit in ${inf.layout.value.length > 1 ? 'one of these folders' : 'this folder'}${differ(inf.layout)}.`);
    if (inf.layout.value.length === 1) L.push(`  overlay: ${q(inf.layout.value[0]!)}`);
    else {
      L.push('  overlays:');
      for (const t of inf.layout.value) L.push(`    - ${q(t)}`);
    }
    if (inf.values) L.push(`  values: ${q(inf.values)}`);
  }
  if (agreed(inf.storageClass)) {
    L.push('storage:');
    L.push(`  # ${note(inf.storageClass!)} use it${differ(inf.storageClass!)}.`);
    L.push(`  storageClass: ${q(inf.storageClass!.value)}`);
  }
  const backup: string[] = [];
  if (agreed(inf.destinationPath)) backup.push(`  # ${note(inf.destinationPath!)} archive here${differ(inf.destinationPath!)}.`, `  destinationPath: ${q(inf.destinationPath!.value)}`);
  else if (inf.destinationPath && /\{(app|cluster|namespace)\}/.test(inf.destinationPath.value)) {
    // Not a convention (its rule is off below), but what `new` writes for the next app rather than the built-in site's bucket.
    backup.push(`  # The most common destination (${note(inf.destinationPath)}): not held as a convention, written by \`new\` for a new app.`, `  destinationPath: ${q(inf.destinationPath.value)}`);
  }
  if (agreed(inf.tags)) {
    backup.push(`  # ${note(inf.tags!)} tag their archive so${differ(inf.tags!)}.`, '  tags:');
    for (const [k, v] of Object.entries(inf.tags!.value)) backup.push(`    ${q(k)}: ${q(v)}`);
  } else if (!inf.tags && inf.clusters > 0) {
    backup.push('  # No Cluster tags its archive.', '  tags: {}');
  }
  if (agreed(inf.retention)) {
    const esc = inf.retention!.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    backup.push(`  # ${note(inf.retention!)} keep ${inf.retention!.value}${differ(inf.retention!)}.`, `  retentionPolicyPattern: ${q(`^${esc}$`)}`);
  }
  if (inf.methods.length > 0) {
    backup.push(`  # ${inf.methods.map((m) => `${m.method}: ${m.count}`).join(', ')}${inf.noBackup.length > 0 ? `; no backup: ${inf.noBackup.length}` : ''}.`);
    backup.push(`  methods: [${inf.methods.map((m) => m.method).sort().join(', ')}]`);
  }
  if (inf.requireScheduledBackup && agreed(inf.requireScheduledBackup)) {
    backup.push(`  # ${note(inf.requireScheduledBackup, 'backed-up Clusters')} ${inf.requireScheduledBackup.value ? 'have' : 'have no'} a ScheduledBackup${differ(inf.requireScheduledBackup)}.`);
    backup.push(`  requireScheduledBackup: ${inf.requireScheduledBackup.value}`);
  }
  if (backup.length > 0) L.push('backup:', ...backup);
  const credentials: string[] = [];
  if (agreed(inf.producer)) {
    credentials.push(`  # ${note(inf.producer!, 'Clusters with object store credentials')} get them from this producer${differ(inf.producer!)}.`);
    credentials.push(`  producer: ${inf.producer!.value}`);
  }
  if (agreed(inf.secretName) && inf.secretName!.value !== DEFAULT_PROFILE.credentials.secret) {
    credentials.push(`  # ${note(inf.secretName!)} read their S3 keys from this Secret${differ(inf.secretName!)}.`, `  secret: ${q(inf.secretName!.value)}`);
  }
  const keys = inf.secretKeys;
  if (keys && agreed(keys) && (keys.value.accessKeyId !== DEFAULT_PROFILE.credentials.accessKeyIdKey || keys.value.secretAccessKey !== DEFAULT_PROFILE.credentials.secretAccessKeyKey)) {
    credentials.push(`  # ${note(keys)} read these keys${differ(keys)}.`, `  accessKeyIdKey: ${q(keys.value.accessKeyId)}`, `  secretAccessKeyKey: ${q(keys.value.secretAccessKey)}`);
  }
  if (credentials.length > 0) L.push('credentials:', ...credentials);
  const rules: string[] = [];
  if (inf.imageCatalog && agreed(inf.imageCatalog) && inf.imageCatalog.support > inf.pinnedImages) {
    L.push('imageCatalog:');
    L.push(`  # ${note(inf.imageCatalog)} name it${inf.pinnedImages > 0 ? `; ${inf.pinnedImages} pin an image` : ''}${differ(inf.imageCatalog)}.`);
    L.push(`  kind: ${inf.imageCatalog.value.kind}`, `  name: ${q(inf.imageCatalog.value.name)}`);
  } else if (inf.pinnedImages > 0 || !inf.imageCatalog) {
    rules.push(`  # ${inf.pinnedImages} of ${inf.clusters} Clusters pin an image (spec.imageName) rather than name an image catalog.`, '  image-catalog: off');
  }
  if (!agreed(inf.storageClass)) rules.push(`  # No storage class is shared by most Clusters${inf.storageClass ? ` (most common: ${inf.storageClass.value}, ${note(inf.storageClass)})` : ''}.`, '  storage-class: off');
  if (!agreed(inf.destinationPath)) rules.push(`  # No destination layout is shared by most Clusters${inf.destinationPath ? ` (most common: ${inf.destinationPath.value}, ${note(inf.destinationPath)})` : ''}.`, '  archive-destination: off');
  if (!agreed(inf.tags)) rules.push('  # No object store tags are shared by most Clusters.', '  archive-tags: off');
  if (!agreed(inf.producer)) rules.push('  # No credentials producer is shared by most Clusters.', '  backup-credentials: off');
  const owner = inf.backupOwnerReference;
  if (owner && agreed(owner) && owner.value !== 'self') {
    rules.push(`  # ${note(owner, 'ScheduledBackups')} set backupOwnerReference: ${owner.value}${differ(owner)}.`, `  backup-configured: [{ backupOwnerReference: ${owner.value} }]`);
  } else if (owner && !agreed(owner)) {
    rules.push('  # No backupOwnerReference is shared by most ScheduledBackups.', '  backup-configured: [{ backupOwnerReference: any }]');
  }
  if (rules.length > 0) L.push('rules:', ...rules);
  return `${L.join('\n')}\n`;
}

/** Every outlier, once per convention, sorted by file and line. */
export function outliersOf(inf: ProfileInference): { convention: string; outlier: Outlier }[] {
  const all: { convention: string; outlier: Outlier }[] = [];
  const add = (convention: string, i: Inferred<unknown> | undefined): void => {
    if (i && agreed(i)) for (const o of i.outliers) all.push({ convention, outlier: o });
  };
  add('layout', inf.layout);
  add('storage class', inf.storageClass);
  add('destination', inf.destinationPath);
  add('tags', inf.tags);
  add('retention', inf.retention);
  add('credentials producer', inf.producer);
  add('image catalog', inf.imageCatalog);
  add('scheduled backup', inf.requireScheduledBackup);
  add('backupOwnerReference', inf.backupOwnerReference);
  for (const o of inf.noBackup) all.push({ convention: 'backup', outlier: o });
  return all.sort((a, b) => a.outlier.file.localeCompare(b.outlier.file) || a.outlier.line - b.outlier.line || a.convention.localeCompare(b.convention));
}

/** The built-in profile, for comparison in tests and messages. */
export const BUILT_IN_CONVENTIONS = {
  overlay: DEFAULT_PROFILE.layout.overlay,
  values: DEFAULT_PROFILE.layout.values,
  destinationPath: DEFAULT_PROFILE.backup.destinationPath,
  storageClass: DEFAULT_PROFILE.storage.storageClass,
  tags: DEFAULT_PROFILE.backup.tags,
};

/**
 * Writes the profile text to `file` atomically (a temporary file beside it, renamed) after
 * checking that it parses as a profile; refuses to replace an existing file unless `force`.
 * Throws InputError with what to do.
 */
export function writeProfileFile(file: string, text: string, opts: { force?: boolean } = {}): void {
  if (existsSync(file) && !opts.force) {
    throw new InputError(`${file} already exists; pass --force to replace it, or --dry-run to print the inferred profile instead`);
  }
  // Verified before it is kept: a profile that would not load is never written.
  parseProfile(text, file, RULE_IDS, RULE_OPTIONS);
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: 'wx' });
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new InputError(`cannot write ${file}: ${(err as Error).message}`);
  }
}

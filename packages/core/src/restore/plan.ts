import { isDeepStrictEqual } from 'node:util';
import { dirname, relative, sep } from 'node:path';
import { backupConfigOf, BARMAN_PLUGIN, CLUSTER_REFERRING_KINDS, clusterRefOf, isCluster, type BackupConfig } from '../cnpg/archive.js';
import type { EditOp } from '../edit/text.js';
import { InputError } from '../errors.js';
import type { Inventory } from '../inventory/inventory.js';
import { get, getString, hasNode, isRecord, type Resource } from '../inventory/resource.js';
import { keyOf, nodeAt } from '../inventory/yaml-nodes.js';
import type { Profile } from '../profile/profile.js';
import type { YamlPath } from '../types.js';
import { isMap, isNode, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';

export type StepKind = 'git' | 'kubectl' | 'argocd' | 'wait' | 'check' | 'app';
export interface RestoreStep {
  kind: StepKind;
  title: string;
  command?: string;
  why?: string;
}
export interface RestoreEdit {
  /** Absolute path. */
  file: string;
  /** Dotted YAML path (`spec.externalClusters[0]`), or `line:column` outside YAML structure. */
  path: string;
  before: unknown;
  after: unknown;
  /** Resource edited, as `Kind/name`, when there is one. */
  resource?: string;
  op: EditOp;
}
export type RestoreReferenceKind = 'service' | 'secret' | 'label-selector' | 'metric-label' | 'other';
export interface RestoreReference {
  file: string;
  line: number;
  column: number;
  text: string;
  kind: RestoreReferenceKind;
  /** The plan edits it (rename strategy, unambiguous). */
  edited: boolean;
}
export interface RestoreTarget {
  time?: string;
  lsn?: string;
  backupId?: string;
}
/** What is known about the archive (from S3); absent means not checked. */
export interface ArchiveFacts {
  /** Earliest and latest recoverable points, RFC 3339. */
  firstRecoverable?: string;
  lastRecoverable?: string;
  backups?: { id: string; beginTime?: string; endTime?: string; pgMajor?: number }[];
  /** Preflight checks made against the archive (target in window, WAL continuous, new place empty, ...). */
  checks?: { id: string; ok: boolean; message: string }[];
  /** PostgreSQL major of the base backup recovery starts from. */
  pgMajor?: number;
  /** Id of that base backup. */
  chosenBackup?: string;
  /** Why the archive could not be read; the plan then lists what it did not check. */
  unavailable?: string;
}
/** What the live cluster says (plan-restore --live). */
export interface LiveFacts {
  context: string;
  clusterExists: boolean;
  healthyNow: boolean;
  phase?: string;
  instances?: number;
  readyInstances?: number;
  /** Names of the ScheduledBackups that exist and name the Cluster. */
  scheduledBackups: string[];
  /** The ArgoCD Application managing the namespace, as deployed. */
  application?: { name: string; namespace: string; automated: boolean; selfHeal: boolean; prune: boolean };
  argoAccess: 'ok' | 'forbidden' | 'not-installed';
  window?: { firstRecoverabilityPoint?: string; lastSuccessfulBackup?: string };
}
export interface RestoreOptions {
  inventory: Inventory;
  profile: Profile;
  /** Repository root (absolute); files in the plan are under it. */
  root: string;
  clusterName: string;
  namespace?: string;
  strategy: 'rename' | 'keep-name';
  newName?: string;
  target?: RestoreTarget;
  major?: number;
  facts?: { archive?: ArchiveFacts; live?: LiveFacts };
  /** Every text file to scan for references; defaults to the inventory's files. */
  texts?: { file: string; text: string }[];
  now?: Date;
}
export interface RestorePlan {
  cluster: { name: string; namespace?: string; file: string };
  strategy: 'rename' | 'keep-name';
  newName: string;
  /** Archive server the recovery reads, and the one the restored Cluster writes. */
  archive: { readServerName: string; writeServerName: string; style: 'legacy' | 'plugin'; destinationPath?: string };
  steps: RestoreStep[];
  edits: RestoreEdit[];
  references: RestoreReference[];
  warnings: string[];
  /** True when the repository already holds this plan (a second run). */
  alreadyApplied: boolean;
  /** The GitOps root that deploys the Cluster (from the deployment model). */
  deployedBy?: DeployedBy;
}

/** The controller object (ArgoCD Application, Flux Kustomization) or kustomization that applies a resource. */
export interface DeployedBy {
  root: string;
  controller: 'argocd' | 'flux' | 'kustomize' | 'none';
  name?: string;
  namespace?: string;
  /** Where the controller object is written, relative to the repository. */
  file?: string;
  line?: number;
  applicationSet?: string;
}

const NAME_RE = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const MAX_NAME = 50;

/** `cnpg-test-1-db` → `cnpg-test-2-db`; `forgejo-db` → `forgejo-db-2`. */
export function nextName(name: string): string {
  const m = /^(.*?)(\d+)(\D*)$/.exec(name);
  if (m) return `${m[1]}${String(Number(m[2]) + 1)}${m[3]}`;
  return `${name}-2`;
}

export function validateClusterName(name: string): string | undefined {
  if (name.length > MAX_NAME) return `"${name}" is ${name.length} characters; CloudNativePG accepts Cluster names of at most ${MAX_NAME}`;
  if (!NAME_RE.test(name)) return `"${name}" is not a valid Cluster name: use lowercase letters, digits and "-", starting with a letter and ending with a letter or digit`;
  return undefined;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}(:?\d{2})?)$/;
const LSN = /^[0-9A-Fa-f]{1,8}\/[0-9A-Fa-f]{1,8}$/;
const BACKUP_ID = /^\d{8}T\d{6}$/;

export function validateTarget(t: RestoreTarget): void {
  if (t.time !== undefined && t.lsn !== undefined) {
    throw new InputError('give at most one of --target-time and --target-lsn; CloudNativePG accepts one recovery target');
  }
  if (t.time !== undefined && (!RFC3339.test(t.time) || Number.isNaN(Date.parse(t.time.replace(' ', 'T'))))) {
    throw new InputError(`--target-time "${t.time}" is not an RFC 3339 time with a zone, such as 2026-11-24T13:05:00Z`);
  }
  if (t.lsn !== undefined && !LSN.test(t.lsn)) {
    throw new InputError(`--target-lsn "${t.lsn}" is not an LSN such as 0/3000060 (two hexadecimal numbers separated by "/")`);
  }
  if (t.backupId !== undefined && !BACKUP_ID.test(t.backupId)) {
    throw new InputError(`--backup-id "${t.backupId}" is not a Barman backup id such as 20261124T020000; list them with kubectl cnpg-site backups`);
  }
}

function pathString(path: YamlPath): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s === '' ? seg : `.${seg}`;
  return s;
}

function rel(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

function rangeOf(r: Resource, path: YamlPath): [number, number] | undefined {
  const n = nodeAt(r.doc, [...r.basePath, ...path]);
  const range = n?.range;
  return range ? [range[0], range[1]] : undefined;
}

interface Ctx {
  edits: RestoreEdit[];
  covered: Map<string, [number, number][]>;
}

function setEdit(ctx: Ctx, r: Resource, path: YamlPath, after: unknown): void {
  const before = get(r.object, path);
  const range = rangeOf(r, path);
  if (range) {
    const list = ctx.covered.get(r.file) ?? [];
    list.push(range);
    ctx.covered.set(r.file, list);
  }
  if (isDeepStrictEqual(before, after)) return;
  ctx.edits.push({
    file: r.file,
    path: pathString(path),
    before: before ?? null,
    after,
    resource: `${r.kind}/${r.name}`,
    op: { op: 'set', docIndex: r.docIndex, path: [...r.basePath, ...path], value: after },
  });
}

function cover(ctx: Ctx, r: Resource, path: YamlPath): void {
  const range = rangeOf(r, path);
  if (!range) return;
  const list = ctx.covered.get(r.file) ?? [];
  list.push(range);
  ctx.covered.set(r.file, list);
}

function findCluster(o: RestoreOptions): { cluster: Resource; readServerName?: string; applied: boolean } {
  const all = o.inventory.ofKind('Cluster').filter(isCluster);
  let matching = all.filter((c) => c.name === o.clusterName && (o.namespace === undefined || c.namespace === o.namespace));
  // -n also picks a Cluster whose namespace the repository does not say.
  if (matching.length === 0 && o.namespace !== undefined) matching = all.filter((c) => c.name === o.clusterName && c.namespace === undefined);
  if (matching.length > 1) {
    const list = matching.map((c) => `${c.namespace ?? '(no namespace)'} in ${rel(o.root, c.file)}:${c.position.line}`).join('; ');
    throw new InputError(`${matching.length} Clusters are named ${o.clusterName}: ${list}; ${matching.every((c) => c.namespace === undefined) ? 'the repository states no namespace for them: pass --repo with a directory that holds only the one to restore' : 'pass -n NAMESPACE to choose one'}`);
  }
  if (matching.length === 1) return { cluster: matching[0]!, applied: false };
  // A second run of a rename: a Cluster that already recovers from this name's archive.
  const restored = all.filter((c) => (o.namespace === undefined || c.namespace === o.namespace) && recoverySource(c)?.serverName === o.clusterName);
  if (restored.length === 1) return { cluster: restored[0]!, readServerName: o.clusterName, applied: true };
  const names = all.map((c) => `${c.namespace ? `${c.namespace}/` : ''}${c.name} (${rel(o.root, c.file)})`).sort();
  throw new InputError(
    `no Cluster named ${o.clusterName}${o.namespace ? ` in namespace ${o.namespace}` : ''} in ${o.root}; ` +
      (names.length ? `Clusters found: ${names.join(', ')}` : 'no CloudNativePG Cluster was found; pass --repo DIR to point at the GitOps repository'),
  );
}

/** The externalClusters entry the Cluster's recovery bootstraps from, with the server name it reads. */
export function recoverySource(c: Resource): { index: number; name: string; serverName: string } | undefined {
  const source = getString(c.object, ['spec', 'bootstrap', 'recovery', 'source']);
  if (!source) return undefined;
  const list = get(c.object, ['spec', 'externalClusters']);
  if (!Array.isArray(list)) return undefined;
  const index = list.findIndex((e) => isRecord(e) && e.name === source);
  if (index < 0) return undefined;
  const e = list[index] as Record<string, unknown>;
  const serverName = getString(e, ['barmanObjectStore', 'serverName']) ?? getString(e, ['plugin', 'parameters', 'serverName']) ?? source;
  return { index, name: source, serverName };
}

function externalEntry(cfg: BackupConfig, name: string, serverName: string, pluginName: string): Record<string, unknown> {
  if (cfg.style === 'plugin') {
    return { name, plugin: { name: pluginName, parameters: { barmanObjectName: cfg.objectStoreName, serverName } } };
  }
  const store: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(cfg.config ?? {})) {
    if (k === 'tags' || k === 'historyTags' || k === 'serverName') continue;
    store[k] = v;
  }
  store.serverName = serverName;
  return { name, barmanObjectStore: store };
}

/** Plans the restore of a Cluster from its archive into a new Cluster. Pure. */
export function planRestore(o: RestoreOptions): RestorePlan {
  const target = o.target ?? {};
  validateTarget(target);
  const warnings: string[] = [];
  const found = findCluster(o);
  const cluster = found.cluster;
  const cfg = backupConfigOf(cluster, o.inventory, o.profile.backup.pluginName);
  if (!cfg) {
    throw new InputError(
      `Cluster ${cluster.name} configures no backup (neither spec.backup.barmanObjectStore nor the ${o.profile.backup.pluginName} plugin), so there is no archive to restore from`,
      cluster.file,
      cluster.position.line,
    );
  }
  if (cfg.style === 'plugin' && !cfg.objectStoreName) {
    throw new InputError(`the ${o.profile.backup.pluginName} plugin entry of Cluster ${cluster.name} names no parameters.barmanObjectName; set it first`, cluster.file, cluster.position.line);
  }
  const existing = recoverySource(cluster);
  let applied = found.applied;
  const oldName = found.applied ? o.clusterName : cluster.name;
  let readServer = found.readServerName ?? cfg.effectiveServerName;
  if (!found.applied && o.strategy === 'keep-name' && existing && existing.serverName !== cfg.effectiveServerName && nextName(existing.serverName) === cfg.effectiveServerName) {
    applied = true;
    readServer = existing.serverName;
  }
  const allClusters = o.inventory.ofKind('Cluster').filter(isCluster);
  const serverNames = new Set<string>();
  for (const c of allClusters) {
    if (c === cluster) continue;
    const b = backupConfigOf(c, o.inventory, o.profile.backup.pluginName);
    if (b) serverNames.add(b.effectiveServerName);
  }

  // The name of the restored Cluster and the server name it archives to.
  let newName: string;
  if (o.strategy === 'keep-name') {
    if (o.newName !== undefined) throw new InputError('--new-name and --keep-name exclude each other: keep-name restores into a Cluster of the same name');
    newName = cluster.name;
  } else if (found.applied) {
    newName = cluster.name;
  } else {
    newName = o.newName ?? nextName(cluster.name);
    while (o.newName === undefined && (allClusters.some((c) => c.name === newName && c.namespace === cluster.namespace) || serverNames.has(newName) || newName === readServer)) {
      newName = nextName(newName);
    }
    const bad = validateClusterName(newName);
    if (bad) throw new InputError(`${bad}; pass --new-name with a valid name`);
    if (newName === cluster.name) throw new InputError(`the new name ${newName} is the Cluster's current name; CloudNativePG cannot restore in place: pass another --new-name or use --keep-name`);
    const clash = allClusters.find((c) => c.name === newName);
    if (clash) throw new InputError(`a Cluster named ${newName} already exists in ${rel(o.root, clash.file)}:${clash.position.line}; pass another --new-name`);
    if (serverNames.has(newName) || newName === readServer) {
      throw new InputError(`${newName} is already an archive server name in the repository; the restored Cluster would archive into a non-empty place; pass another --new-name`);
    }
  }
  let writeServer: string;
  let setServerName: string | undefined;
  const explicit = cfg.serverName;
  if (o.strategy === 'rename') {
    if (explicit === undefined) writeServer = newName;
    else if (explicit === oldName && !found.applied) setServerName = writeServer = newName;
    else if (explicit === readServer) {
      let n = nextName(explicit);
      while (serverNames.has(n)) n = nextName(n);
      setServerName = writeServer = n;
    } else writeServer = explicit;
  } else if (cfg.effectiveServerName !== readServer) {
    writeServer = cfg.effectiveServerName;
  } else {
    let n = nextName(readServer);
    while (serverNames.has(n)) n = nextName(n);
    setServerName = writeServer = n;
  }
  if (writeServer === readServer) throw new InputError(`the restored Cluster would archive to ${writeServer}, the archive it restores from; pass --new-name or --keep-name`);

  const ctx: Ctx = { edits: [], covered: new Map() };
  const pluginName = o.profile.backup.pluginName;

  // Cluster: name, recovery, external cluster, server name, major.
  if (o.strategy === 'rename') setEdit(ctx, cluster, ['metadata', 'name'], newName);
  else cover(ctx, cluster, ['metadata', 'name']);
  const entryName = existing && existing.serverName === readServer ? existing.name : `${readServer}-archive`;
  const recovery: Record<string, unknown> = { source: entryName };
  const initdb = get(cluster.object, ['spec', 'bootstrap', 'initdb']);
  const prevRecovery = get(cluster.object, ['spec', 'bootstrap', 'recovery']);
  for (const src of [initdb, prevRecovery]) {
    if (!isRecord(src)) continue;
    for (const k of ['database', 'owner', 'secret']) if (src[k] !== undefined && recovery[k] === undefined) recovery[k] = src[k];
  }
  const rt: Record<string, unknown> = {};
  if (target.backupId) rt.backupID = target.backupId;
  if (target.time) rt.targetTime = target.time;
  if (target.lsn) rt.targetLSN = target.lsn;
  if (target.backupId && !target.time && !target.lsn) rt.targetImmediate = true;
  if (Object.keys(rt).length > 0) recovery.recoveryTarget = rt;
  else if (applied && isRecord(prevRecovery) && prevRecovery.recoveryTarget !== undefined) recovery.recoveryTarget = prevRecovery.recoveryTarget;
  const bootstrap = get(cluster.object, ['spec', 'bootstrap']);
  if (isRecord(bootstrap) && Object.keys(bootstrap).some((k) => k !== 'recovery')) {
    warnings.push(`spec.bootstrap.${Object.keys(bootstrap).filter((k) => k !== 'recovery').join(', ')} is replaced by recovery: CloudNativePG allows one bootstrap method`);
  }
  setEdit(ctx, cluster, ['spec', 'bootstrap'], { recovery });
  cover(ctx, cluster, ['spec', 'externalClusters']);
  const entry = externalEntry(cfg, entryName, readServer, pluginName);
  const ext = get(cluster.object, ['spec', 'externalClusters']);
  if (Array.isArray(ext)) {
    const i = ext.findIndex((e) => isRecord(e) && e.name === entryName);
    setEdit(ctx, cluster, ['spec', 'externalClusters', i >= 0 ? i : ext.length], entry);
  } else {
    setEdit(ctx, cluster, ['spec', 'externalClusters'], [entry]);
  }
  if (setServerName !== undefined) {
    if (cfg.style === 'legacy') setEdit(ctx, cluster, ['spec', 'backup', 'barmanObjectStore', 'serverName'], setServerName);
    else setEdit(ctx, cluster, ['spec', 'plugins', cfg.pluginIndex!, 'parameters', 'serverName'], setServerName);
  } else if (cfg.serverNamePath) {
    cover(ctx, cfg.serverNamePath.resource, cfg.serverNamePath.path);
  }
  if (o.major !== undefined) {
    const cur = get(cluster.object, ['spec', 'imageCatalogRef', 'major']);
    if (!isRecord(get(cluster.object, ['spec', 'imageCatalogRef']))) {
      throw new InputError(`--major needs spec.imageCatalogRef, and Cluster ${cluster.name} sets none; set spec.imageName to an image of major ${o.major} by hand`, cluster.file, cluster.position.line);
    }
    if (typeof cur === 'number' && o.major > cur) {
      throw new InputError(`--major ${o.major} is above the Cluster's major ${cur}; a base backup restores only with the major that took it (a rollback uses an older major)`);
    }
    setEdit(ctx, cluster, ['spec', 'imageCatalogRef', 'major'], o.major);
  }
  // tags on the object store configuration
  if (cfg.store && cfg.tags) {
    for (const [k, v] of Object.entries(cfg.tags).sort()) {
      if (v !== oldName) continue;
      if (o.strategy === 'rename') setEdit(ctx, cfg.store, [...cfg.storePath, 'tags', k], newName);
      else cover(ctx, cfg.store, [...cfg.storePath, 'tags', k]);
    }
  }
  // Resources naming the Cluster.
  const related: Resource[] = [];
  {
    for (const kind of CLUSTER_REFERRING_KINDS) {
      if (kind === 'Backup') continue;
      for (const r of o.inventory.inNamespaceOf(kind, cluster)) {
        if (!r.apiVersion.startsWith('postgresql.cnpg.io/')) continue;
        if (clusterRefOf(r) !== oldName) continue;
        related.push(r);
        if (o.strategy !== 'rename') {
          cover(ctx, r, ['spec', 'cluster', 'name']);
          continue;
        }
        setEdit(ctx, r, ['spec', 'cluster', 'name'], newName);
        if (kind === 'ScheduledBackup' && (r.name === oldName || r.name === `${oldName}-backup`)) {
          setEdit(ctx, r, ['metadata', 'name'], newName + r.name.slice(oldName.length));
        }
      }
    }
  }
  const scheduled = o.inventory.inNamespaceOf('ScheduledBackup', cluster).filter((r) => clusterRefOf(r) === oldName || clusterRefOf(r) === newName);

  // References elsewhere.
  const texts = o.texts ?? o.inventory.files.filter((f) => f.text !== undefined).map((f) => ({ file: f.path, text: f.text! }));
  const duplicates = allClusters.some((c) => c !== cluster && c.name === oldName);
  const references = scanReferences(texts, oldName, ctx.covered).map((ref) => {
    let edited = false;
    // Only YAML is rewritten (and verified by parsing it again); other text is listed for a person.
    if (o.strategy === 'rename' && ref.kind !== 'other' && /\.ya?ml$/i.test(ref.file)) {
      const nsInHost = ref.kind === 'service' ? /^[^.]+\.([^.]+)/.exec(ref.text)?.[1] : undefined;
      const sameNs = nsInHost === undefined || nsInHost === cluster.namespace;
      const scoped = !duplicates || resourcesAt(o.inventory, ref.file).some((r) => r.namespace === cluster.namespace && r.scope === cluster.scope) || (nsInHost !== undefined && nsInHost === cluster.namespace);
      edited = sameNs && scoped;
    }
    return { ...ref, edited };
  });
  if (o.strategy === 'rename') {
    for (const ref of references) {
      if (!ref.edited) continue;
      const replacement = newName + ref.match.slice(oldName.length);
      const at = yamlPathAt(texts, ref.file, ref.offset);
      let before: string = ref.match;
      let after: string = replacement;
      if (at && at.value.split(ref.match).length === 2) {
        before = at.value;
        after = at.value.replace(ref.match, replacement);
      }
      ctx.edits.push({ file: ref.file, path: at?.path ?? `${ref.line}:${ref.column}`, before, after, op: { op: 'text', start: ref.offset, end: ref.offset + ref.match.length, expected: ref.match, replacement } });
    }
    const ambiguous = references.filter((r) => !r.edited);
    if (ambiguous.length > 0) warnings.push(`${ambiguous.length} place(s) name ${oldName} in a way the plan cannot rewrite safely; check them by hand (listed under references)`);
  }

  // ArgoCD
  const overlay = cluster.overlay ?? dirname(cluster.file);
  const overlayRel = rel(o.root, overlay);
  const apps = argoApplications(o.inventory, o.root).filter((a) => a.path !== '' && (overlayRel === a.path || overlayRel.startsWith(a.path + '/')));
  apps.sort((a, b) => b.path.length - a.path.length || (a.name < b.name ? -1 : 1));
  const deployer = deployedBy(o.inventory, cluster, o.root);
  // The Application the deployment model found rendering the Cluster comes first.
  const modelRoot = cluster.root ? o.inventory.model?.roots.find((r) => r.id === cluster.root) : undefined;
  if (modelRoot?.controller === 'argocd') {
    const i = apps.findIndex((a) => a.name === modelRoot.name);
    if (i > 0) apps.unshift(...apps.splice(i, 1));
  }
  const live = o.facts?.live;
  const app: ArgoApp | undefined = live?.application
    ? { ...live.application, path: apps[0]?.path ?? overlayRel }
    : live && live.argoAccess === 'ok' ? undefined : apps[0];
  const extraApps = new Map<string, ArgoApp>();
  for (const e of ctx.edits) {
    const d = rel(o.root, dirname(e.file));
    for (const a of argoApplications(o.inventory, o.root)) {
      // With live facts, the repository's manifest for the Cluster's own overlay is the live Application under another name.
      if (live?.application && apps[0] && a.name === apps[0].name && a.path === apps[0].path) continue;
      if (a.path !== '' && (d === a.path || d.startsWith(a.path + '/')) && a.name !== app?.name) extraApps.set(a.name, a);
    }
  }
  if (live) {
    if (!live.clusterExists) warnings.push(`Cluster ${oldName} does not exist in context ${live.context}: skip the delete steps`);
    else if (live.healthyNow) {
      warnings.unshift(`CAUTION: Cluster ${oldName} is HEALTHY right now in context ${live.context} (phase "${live.phase ?? '?'}", ${live.readyInstances ?? '?'}/${live.instances ?? '?'} instances ready): the plan deletes it; go on only if a restore is what the incident needs`);
    }
    if (live.argoAccess === 'ok' && !live.application) warnings.push(`no ArgoCD Application manages namespace ${cluster.namespace ?? o.namespace ?? '?'} in context ${live.context}`);
    if (live.argoAccess !== 'ok') warnings.push(`ArgoCD Applications could not be read in context ${live.context} (${live.argoAccess}); the order of steps follows the repository's Application manifests`);
  }
  if (!app && !(live && live.argoAccess === 'ok') && deployer?.controller !== 'flux') warnings.push(`no ArgoCD Application in the repository has a source path containing ${overlayRel}; the plan cannot tell whether automated sync would undo the deletions: check the Application by hand`);

  // Archive facts.
  const archive = o.facts?.archive;
  const archiveWhere = cfg.destinationPath ? `${cfg.destinationPath.replace(/\/+$/, '')}/${readServer}/` : `no destinationPath, server ${readServer}`;
  if ((!archive || archive.unavailable !== undefined) && live?.window) {
    const w = live.window;
    warnings.push(`from the live status (not the archive): first recoverability point ${w.firstRecoverabilityPoint ?? 'unknown'}, last successful backup ${w.lastSuccessfulBackup ?? 'unknown'}`);
    const t = target.time ? Date.parse(target.time.replace(' ', 'T')) : undefined;
    if (t !== undefined && w.firstRecoverabilityPoint && t < Date.parse(w.firstRecoverabilityPoint)) {
      warnings.push(`target time ${target.time} is before the first recoverability point ${w.firstRecoverabilityPoint} that the live status reports`);
    }
  }
  if (!archive || archive.unavailable !== undefined) {
    warnings.push(
      `archive not checked${archive?.unavailable ? ` (${archive.unavailable})` : ''}: the plan did not read ${archiveWhere}, so it could not check that the recovery target lies in the recoverable window, that the base backup exists and its WAL is continuous, which PostgreSQL major took it, and that ${writeServer} is empty; run kubectl cnpg-site backups ${oldName} where the archive is reachable`,
    );
  } else {
    for (const c of archive.checks ?? []) if (!c.ok) warnings.push(`archive check failed: ${c.message}`);
    const t = target.time ? Date.parse(target.time.replace(' ', 'T')) : undefined;
    if (!archive.checks) {
      if (t !== undefined && archive.firstRecoverable && t < Date.parse(archive.firstRecoverable)) warnings.push(`target time ${target.time} is before the first recoverable point ${archive.firstRecoverable}`);
      if (t !== undefined && archive.lastRecoverable && t > Date.parse(archive.lastRecoverable)) warnings.push(`target time ${target.time} is after the last recoverable point ${archive.lastRecoverable}`);
      if (target.backupId && archive.backups && !archive.backups.some((b) => b.id === target.backupId)) warnings.push(`backup ${target.backupId} is not in the archive`);
    }
    const b = archive.backups?.find((x) => x.id === (target.backupId ?? archive.chosenBackup));
    const major = o.major ?? get(cluster.object, ['spec', 'imageCatalogRef', 'major']);
    const backupMajor = archive.pgMajor ?? b?.pgMajor;
    if (backupMajor !== undefined && typeof major === 'number' && backupMajor !== major) {
      if (o.major === undefined && backupMajor < major && hasNode(cluster, ['spec', 'imageCatalogRef'])) {
        setEdit(ctx, cluster, ['spec', 'imageCatalogRef', 'major'], backupMajor);
        warnings.push(`base backup ${b?.id ?? archive.chosenBackup ?? ''} was taken by PostgreSQL ${backupMajor} and the Cluster runs ${major}: the restored Cluster runs ${backupMajor} (a base backup restores only with the major that took it); upgrade it again after the restore`);
      } else {
        warnings.push(`base backup ${b?.id ?? archive.chosenBackup ?? ''} was taken by PostgreSQL ${backupMajor}, the restored Cluster would run ${major}: pass --major ${backupMajor}`);
      }
    }
  }
  const retention = cfg.retention?.value;
  if (target.time && typeof retention === 'string') {
    const m = /^(\d+)([dwm])$/.exec(retention);
    const now = (o.now ?? new Date()).getTime();
    if (m) {
      const days = Number(m[1]) * (m[2] === 'd' ? 1 : m[2] === 'w' ? 7 : 30);
      const age = (now - Date.parse(target.time.replace(' ', 'T'))) / 86_400_000;
      if (age > days) warnings.push(`the target time is ${Math.floor(age)} days old, beyond the retention policy ${retention}: the backups it needs may be gone`);
    }
  }
  if (cluster.namespace === undefined && o.namespace === undefined) warnings.push(`the namespace of Cluster ${cluster.name} is not known from the repository; replace <namespace> in the commands`);

  if (deployer?.controller === 'flux') {
    warnings.push(`Cluster ${oldName} is deployed by the Flux Kustomization ${deployer.namespace ? `${deployer.namespace}/` : ''}${deployer.name} (${deployer.file}:${deployer.line}), not by ArgoCD: suspend it (flux suspend kustomization ${deployer.name}${deployer.namespace ? ` -n ${deployer.namespace}` : ''}) before deleting anything, or it recreates what the steps delete, and resume it once the change is merged`);
  }
  const namespace = cluster.namespace ?? o.namespace;
  const steps = buildSteps({ o, cluster, namespace, cfg, oldName, newName, app, extraApps: [...extraApps.values()], scheduled, references, pluginName, overlayRel });

  const plan: RestorePlan = {
    cluster: { name: oldName, file: cluster.file, ...(namespace !== undefined ? { namespace } : {}) },
    strategy: o.strategy,
    newName,
    archive: { readServerName: readServer, writeServerName: writeServer, style: cfg.style, ...(cfg.destinationPath ? { destinationPath: cfg.destinationPath } : {}) },
    steps,
    edits: ctx.edits.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    references: references.map(({ file, line, column, text, kind, edited }) => ({ file, line, column, text, kind, edited })),
    warnings,
    alreadyApplied: ctx.edits.length === 0,
  };
  // With --live, the Application as deployed (another name, maybe) is the one the steps name.
  if (deployer && !(deployer.controller === 'argocd' && live?.application)) plan.deployedBy = deployer;
  return plan;
}

const parsedCache = new WeakMap<object, Map<string, Document[] | null>>();

/** Dotted YAML path of the scalar holding `offset`, when the file is YAML and the offset is in a value. */
function yamlPathAt(texts: readonly { file: string; text: string }[], file: string, offset: number): { path: string; value: string } | undefined {
  let cache = parsedCache.get(texts);
  if (!cache) parsedCache.set(texts, (cache = new Map()));
  let docs = cache.get(file);
  if (docs === undefined) {
    const t = texts.find((x) => x.file === file)?.text;
    docs = null;
    if (t !== undefined && /\.ya?ml$/i.test(file)) {
      try {
        const parsed = parseAllDocuments(t) as unknown as Document[];
        if (parsed.every((d) => d.errors.length === 0)) docs = parsed;
      } catch {
        docs = null;
      }
    }
    cache.set(file, docs);
  }
  if (!docs) return undefined;
  const inside = (n: unknown): n is Node => isNode(n) && !!n.range && offset >= n.range[0] && offset < n.range[1];
  for (const d of docs) {
    let node: unknown = d.contents;
    const path: YamlPath = [];
    for (;;) {
      if (isMap(node)) {
        const p = node.items.find((x) => inside(x.value) || inside(x.key));
        if (!p || inside(p.key)) return undefined;
        path.push(keyOf(p) ?? '?');
        node = p.value;
      } else if (isSeq(node)) {
        const i = node.items.findIndex((x) => inside(x));
        if (i < 0) return undefined;
        path.push(i);
        node = node.items[i];
      } else if (isScalar(node) && inside(node)) {
        return { path: pathString(path), value: String(node.value) };
      } else {
        break;
      }
    }
  }
  return undefined;
}

function resourcesAt(inv: Inventory, file: string): Resource[] {
  return inv.resources.filter((r) => r.file === file);
}

interface ArgoApp {
  name: string;
  namespace?: string;
  path: string;
  automated: boolean;
  selfHeal: boolean;
  prune: boolean;
}

/** The root that deploys a resource, as the deployment model found it. */
export function deployedBy(inv: Inventory, r: Resource, repoRoot: string): DeployedBy | undefined {
  const root = r.root ? inv.model?.roots.find((x) => x.id === r.root) : undefined;
  if (!root) return undefined;
  const out: DeployedBy = { root: root.id, controller: root.controller };
  if (root.name !== undefined) out.name = root.name;
  if (root.namespace !== undefined) out.namespace = root.namespace;
  if (root.file) out.file = rel(repoRoot, root.file);
  if (root.position) out.line = root.position.line;
  if (root.applicationSet) out.applicationSet = root.applicationSet;
  return out;
}

function argoApplications(inv: Inventory, root: string): ArgoApp[] {
  const out: ArgoApp[] = [];
  // Applications the deployment model found beyond the manifests (ApplicationSets, app-of-apps templates)
  for (const r of inv.model?.roots ?? []) {
    if (r.controller !== 'argocd' || r.path === '' || r.name === undefined) continue;
    if (inv.ofKind('Application').some((a) => a.name === r.name)) continue;
    out.push({
      name: r.name,
      ...(r.namespace ? { namespace: r.namespace } : {}),
      path: rel(root, r.path),
      automated: r.sync?.automated === true,
      selfHeal: r.sync?.selfHeal === true,
      prune: r.sync?.prune === true,
    });
  }
  for (const r of inv.ofKind('Application')) {
    if (!r.apiVersion.startsWith('argoproj.io/')) continue;
    const sources = [get(r.object, ['spec', 'source']), ...((get(r.object, ['spec', 'sources']) as unknown[] | undefined) ?? [])];
    const auto = get(r.object, ['spec', 'syncPolicy', 'automated']);
    const automated = isRecord(auto) ? auto.enabled !== false : auto === true;
    for (const s of sources) {
      const p = getString(s, ['path']);
      if (p === undefined) continue;
      out.push({
        name: r.name,
        ...(r.declaredNamespace ? { namespace: r.declaredNamespace } : {}),
        path: p.replace(/^\.?\/+/, '').replace(/\/+$/, ''),
        automated,
        selfHeal: automated && isRecord(auto) && auto.selfHeal === true,
        prune: automated && isRecord(auto) && auto.prune === true,
      });
    }
  }
  return out;
}

interface StepInput {
  o: RestoreOptions;
  cluster: Resource;
  namespace: string | undefined;
  cfg: BackupConfig;
  oldName: string;
  newName: string;
  app: ArgoApp | undefined;
  extraApps: ArgoApp[];
  scheduled: Resource[];
  references: RestoreReference[];
  pluginName: string;
  overlayRel: string;
}

function buildSteps(s: StepInput): RestoreStep[] {
  const ns = s.namespace ?? '<namespace>';
  const steps: RestoreStep[] = [];
  const appName = s.app?.name ?? '<application>';
  const risky = s.app ? s.app.automated && (s.app.selfHeal || s.app.prune) : false;
  steps.push({
    kind: 'check',
    title: `Check that the archive of ${s.oldName} reaches the recovery target`,
    command: `kubectl cnpg-site backups ${s.oldName} -n ${ns}`,
    why: 'a target outside the recoverable window fails the restore, and a base backup restores only with the PostgreSQL major that took it',
  });
  if (risky) {
    steps.push({
      kind: 'argocd',
      title: `Pause automated sync of the ArgoCD Application ${appName}`,
      command: `argocd app set ${appName} --sync-policy none`,
      why: `${appName} syncs automatically${s.app!.selfHeal ? ' with self-heal' : ''}${s.app!.prune ? ' and prune' : ''}: it would recreate what the next steps delete (an empty Cluster archiving into the old archive) or race with them`,
    });
  }
  const sbNames = s.o.facts?.live ? [...s.o.facts.live.scheduledBackups].sort() : [...new Set(s.scheduled.map((r) => (s.newName !== s.oldName && r.name.startsWith(`${s.newName}-`) ? s.oldName + r.name.slice(s.newName.length) : r.name)))].sort();
  steps.push({
    kind: 'kubectl',
    title: sbNames.length ? `Delete the ScheduledBackup${sbNames.length > 1 ? 's' : ''} of ${s.oldName}` : `Delete any ScheduledBackup of ${s.oldName} (the repository has none: list them and delete those with spec.cluster.name ${s.oldName})`,
    command: sbNames.length ? sbNames.map((n) => `kubectl delete scheduledbackup ${n} -n ${ns}`).join(' && ') : `kubectl get scheduledbackup -n ${ns}`,
    why: 'no backup of the failing Cluster may run while it is replaced',
  });
  steps.push({ kind: 'kubectl', title: `Delete the Cluster ${s.oldName}`, command: `kubectl delete cluster ${s.oldName} -n ${ns}`, why: 'CloudNativePG cannot restore in place; the archive in object storage is kept' });
  steps.push({
    kind: 'git',
    title: `Merge the git change (the edits below) to the branch ArgoCD follows`,
    command: `kubectl cnpg-site plan-restore ${s.oldName} -n ${ns}${s.o.strategy === 'keep-name' ? ' --keep-name' : ` --new-name ${s.newName}`}${s.o.target?.time ? ` --target-time ${s.o.target.time}` : ''}${s.o.target?.lsn ? ` --target-lsn ${s.o.target.lsn}` : ''}${s.o.target?.backupId ? ` --backup-id ${s.o.target.backupId}` : ''}${s.o.major !== undefined ? ` --major ${s.o.major}` : ''} --write`,
    why: 'the new Cluster bootstraps from the old archive (without spec.bootstrap.recovery it would start EMPTY) and archives to an empty place',
  });
  steps.push({ kind: 'argocd', title: `Refresh and sync the ArgoCD Application ${appName}`, command: `argocd app get ${appName} --refresh && argocd app sync ${appName}` });
  for (const a of s.extraApps.sort((x, y) => (x.name < y.name ? -1 : 1))) {
    steps.push({ kind: 'argocd', title: `Sync the ArgoCD Application ${a.name} (it holds edited files)`, command: `argocd app sync ${a.name}` });
  }
  steps.push({
    kind: 'wait',
    title: `Wait until Cluster ${s.newName} is healthy with all instances ready`,
    command: `kubectl cnpg-site restore watch ${s.newName} -n ${ns}`,
    why: 'the restore is done when the Cluster reports a healthy phase with all instances ready',
  });
  if (risky) {
    const flags = [s.app!.selfHeal ? '--self-heal' : '', s.app!.prune ? '--auto-prune' : ''].filter(Boolean).join(' ');
    steps.push({ kind: 'argocd', title: `Re-enable automated sync of ${appName}`, command: `argocd app set ${appName} --sync-policy automated ${flags}`.trim() });
  }
  const workloads = s.o.inventory.resources.filter(
    (r) => ['Deployment', 'StatefulSet', 'DaemonSet'].includes(r.kind) && s.references.some((ref) => ref.file === r.file),
  );
  if (s.o.strategy === 'rename') {
    const pending = s.references.filter((r) => !r.edited).length;
    steps.push({
      kind: 'app',
      title: `Point the application at ${s.newName}: services ${s.newName}-rw/-ro/-r and secret ${s.newName}-app${pending ? ` (${pending} reference(s) to check by hand, listed below)` : ''}`,
      why: 'the edits rewrite the references they can; the others need a person',
    });
  }
  const restart = workloads.length
    ? workloads.map((w) => `kubectl rollout restart ${w.kind.toLowerCase()}/${w.name} -n ${w.namespace ?? ns}`).join(' && ')
    : `kubectl rollout restart deployment -n ${ns}`;
  steps.push({ kind: 'app', title: 'Restart the application so it reconnects to the restored database', command: restart });
  const backup = s.cfg.style === 'plugin'
    ? `kubectl cnpg backup ${s.newName} -n ${ns} --method plugin --plugin-name ${s.pluginName}`
    : `kubectl cnpg backup ${s.newName} -n ${ns}`;
  steps.push({ kind: 'kubectl', title: `Take an on-demand base backup of ${s.newName} now`, command: backup, why: 'the new archive has no base backup until the next scheduled run' });
  return steps;
}

// ---------------------------------------------------------------- references

interface Found {
  file: string;
  line: number;
  column: number;
  offset: number;
  text: string;
  match: string;
  kind: RestoreReferenceKind;
}

const NAME_CHAR = /[A-Za-z0-9_-]/;

/** Every place in `texts` that names `name` as a whole word, classified; skips `covered` ranges. */
export function scanReferences(texts: readonly { file: string; text: string }[], name: string, covered: Map<string, [number, number][]> = new Map()): Found[] {
  const out: Found[] = [];
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(esc, 'g');
  for (const { file, text } of [...texts].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const ranges = covered.get(file) ?? [];
    let m: RegExpExecArray | null;
    re.lastIndex = 0;
    while ((m = re.exec(text))) {
      const start = m.index;
      if (start > 0 && NAME_CHAR.test(text[start - 1]!)) continue;
      let end = start + name.length;
      let kind: RestoreReferenceKind | undefined;
      const suffix = /^-(rw|ro|r|app|superuser)(?![A-Za-z0-9_-])/.exec(text.slice(end));
      if (suffix) {
        kind = suffix[1] === 'app' || suffix[1] === 'superuser' ? 'secret' : 'service';
        end += suffix[0].length;
      } else if (end < text.length && NAME_CHAR.test(text[end]!)) {
        continue;
      }
      if (ranges.some(([a, b]) => start >= a && start < b)) continue;
      const ls = text.lastIndexOf('\n', start - 1) + 1;
      const before = text.slice(ls, start);
      let shown = text.slice(start, end);
      if (kind === 'service') {
        const host = /^\.[a-z0-9-]+(\.svc(\.[a-z0-9.-]*[a-z0-9])?)?/.exec(text.slice(end));
        if (host) shown += host[0];
      } else if (!kind) {
        if (/cnpg\.io\/cluster["']?\s*[:=]\s*["']?$/.test(before)) kind = 'label-selector';
        else if (/cnpg_cluster\s*=~?\s*\\?["']$/.test(before)) kind = 'metric-label';
        else kind = 'other';
      }
      const line = text.slice(0, start).split('\n').length;
      out.push({ file, line, column: start - ls + 1, offset: start, text: shown, match: text.slice(start, end), kind });
    }
  }
  return out;
}

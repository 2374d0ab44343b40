import { isDeepStrictEqual } from 'node:util';
import { dirname, relative, sep } from 'node:path';
import { backupConfigOf, BARMAN_PLUGIN, CLUSTER_REFERRING_KINDS, clusterRefOf, isCluster, otherWalArchiverOf, type BackupConfig } from '../cnpg/archive.js';
import type { EditOp } from '../edit/text.js';
import { noSuchCluster, plannedCluster } from '../plan/cluster.js';
import type { Plan, PlanEdit, PlannerInput, PlanStep } from '../plan/model.js';
import { InputError } from '../errors.js';
import type { Inventory } from '../inventory/inventory.js';
import { get, getString, hasNode, isRecord, type Resource } from '../inventory/resource.js';
import { keyOf, nodeAt } from '../inventory/yaml-nodes.js';
import { appSetCandidatesFor } from '../deploy/appset.js';
import type { Layer } from '../deploy/provenance.js';
import type { Profile } from '../profile/profile.js';
import type { YamlPath } from '../types.js';
import { isAlias, isMap, isNode, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml';
import { composeAll, DEFAULT_MAX_ALIAS_COUNT, documentData } from '../inventory/parse-file.js';

/** A step of a restore plan: the shared plan model's step. */
export type RestoreStep = PlanStep;
/** An edit of a restore plan: the shared plan model's edit. */
export type RestoreEdit = PlanEdit;
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
  /** The Flux Kustomization or HelmRelease that applied the Cluster, from its labels. */
  flux?: { kind: 'Kustomization' | 'HelmRelease'; name: string; namespace: string };
}
export interface RestoreOptions extends PlannerInput {
  strategy: 'rename' | 'keep-name';
  newName?: string;
  target?: RestoreTarget;
  major?: number;
  facts?: { archive?: ArchiveFacts; live?: LiveFacts };
  /** Every text file to scan for references; defaults to the inventory's files. */
  texts?: { file: string; text: string }[];
  now?: Date;
}
export interface RestorePlan extends Plan {
  cluster: { name: string; namespace?: string; file: string };
  strategy: 'rename' | 'keep-name';
  newName: string;
  /** Archive server the recovery reads, and the one the restored Cluster writes. */
  archive: { readServerName: string; writeServerName: string; style: 'legacy' | 'plugin'; destinationPath?: string };
  references: RestoreReference[];
  /**
   * Why this restore cannot work as planned (the archive cannot reach the target, the new archive
   * place is not empty, the base backup's major differs): `--write` refuses unless forced.
   */
  blockers: string[];
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

/**
 * The next restore generation of a name: `forgejo-db` → `forgejo-db-gen2` → `forgejo-db-gen3`.
 * A number that is part of the name itself (a major in `postgres17`, an index in `app-1-db`) is
 * never touched; only the `-genN` suffix counts restores.
 */
export function nextName(name: string): string {
  const m = /^(.*)-gen(\d+)$/.exec(name);
  if (m && Number(m[2]) >= 2) return `${m[1]}-gen${String(Number(m[2]) + 1)}`;
  return `${name}-gen2`;
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
  /** Edits that cannot be made safely where the value comes from: `--write` refuses. */
  unsafe: string[];
  /** Parsed documents of files other than the resources' own (patches, kustomizations). */
  docs: (file: string) => Document[] | undefined;
  root: string;
  inventory: Inventory;
}

/** Where a value of a rendered resource is written: its own document, or a patch over it. */
interface EditTarget {
  file: string;
  docIndex: number;
  basePath: YamlPath;
  data: unknown;
  patch: boolean;
}


/**
 * The documents an edit of `path` must change so the rendered resource holds the new value:
 * the resource's own document when no patch sets the path; the strategic merge patches that set
 * it (and the base too when it has the value, so the merge of both gives it); for a sequence
 * (which a patch replaces whole on a custom resource), the last document that holds it. A JSON
 * 6902 patch or a patch written inline in a kustomization cannot be edited here: `unsafe` says so.
 */
function editTargets(r: Resource, path: YamlPath, root: string, patchesOnly = false): { targets: EditTarget[]; unsafe?: string } {
  const layers = r.layers;
  const source = layers?.[0];
  if (!layers || !source || source.kind !== 'source' || layers.length === 1) return { targets: [{ file: r.file, docIndex: r.docIndex, basePath: r.basePath, data: undefined, patch: false }] };
  const base: EditTarget = { file: source.file, docIndex: source.docIndex, basePath: source.basePath, data: source.data, patch: false };
  const where = (l: Layer) => `${rel(root, l.file)}${l.kind !== 'set' && l.inline ? `:${l.inline.line}` : ''}`;
  const touching: Layer[] = [];
  for (const l of layers.slice(1)) {
    if (l.kind === 'json6902') {
      if (l.touched.some((t) => startsWith(t.path, path) || startsWith(path, t.path))) {
        return { targets: [], unsafe: `${pathString(path)} of ${r.kind} ${r.name} is set by the JSON 6902 patch in ${where(l)}, which the plan cannot edit: change it there by hand` };
      }
    } else if (l.kind === 'smp') {
      touching.push(l);
    }
  }
  const numeric = path.findIndex((seg) => typeof seg === 'number');
  if (numeric > 0) {
    // A sequence of a custom resource is replaced whole by a patch: the last one that holds it owns it.
    const listPath = path.slice(0, numeric);
    const owners = [source, ...touching].filter((l) => (l.kind === 'source' || l.kind === 'smp') && Array.isArray(get(l.data, listPath)));
    const owner = owners[owners.length - 1];
    if (!owner || owner === source) return { targets: [base] };
    if (owner.kind === 'smp' && owner.inline) return { targets: [], unsafe: `${pathString(listPath)} of ${r.kind} ${r.name} comes from the patch written inline in ${where(owner)}, which the plan cannot edit: change it there by hand` };
    const o = owner as Extract<Layer, { kind: 'smp' }>;
    return { targets: [{ file: o.file, docIndex: o.docIndex, basePath: o.basePath, data: o.data, patch: true }] };
  }
  const patches = touching.filter((l) => get((l as Extract<Layer, { kind: 'smp' }>).data, path) !== undefined) as Extract<Layer, { kind: 'smp' }>[];
  if (patches.length === 0) return { targets: [base] };
  const inline = patches.find((l) => l.inline);
  if (inline) return { targets: [], unsafe: `${pathString(path)} of ${r.kind} ${r.name} comes from the patch written inline in ${where(inline)}, which the plan cannot edit: change it there by hand` };
  const targets: EditTarget[] = patches.map((l) => ({ file: l.file, docIndex: l.docIndex, basePath: l.basePath, data: l.data, patch: true }));
  if (!patchesOnly && get(source.data, path) !== undefined) targets.unshift(base);
  return { targets };
}

function setEdit(ctx: Ctx, r: Resource, path: YamlPath, after: unknown, patchesOnly = false): void {
  const before = get(r.object, path);
  const { targets, unsafe } = editTargets(r, path, ctx.root, patchesOnly);
  for (const t of targets) {
    const doc = t.file === r.file && t.docIndex === r.docIndex ? r.doc : ctx.docs(t.file)?.[t.docIndex];
    const range = doc ? nodeAt(doc, [...t.basePath, ...path])?.range : undefined;
    if (range) {
      const list = ctx.covered.get(t.file) ?? [];
      list.push([range[0], range[1]]);
      ctx.covered.set(t.file, list);
    }
  }
  if (isDeepStrictEqual(before, after)) return;
  if (unsafe) {
    ctx.unsafe.push(unsafe);
    return;
  }
  // A document other roots render too (a shared base or component) would change for them as well.
  for (const t of targets) {
    const others = [...new Set(ctx.inventory.resources.filter((x) => x.file === t.file && x.docIndex === t.docIndex && x.root !== undefined && x.root !== r.root).map((x) => x.root!))].sort();
    if (others.length === 0) continue;
    const was = get(t.data, path);
    ctx.unsafe.push(
      `${pathString(path)} of ${r.kind} ${r.name} comes from ${rel(ctx.root, t.file)}${typeof was === 'string' ? ` ("${was}")` : ''}, which ${others.length === 1 ? 'the root' : 'the roots'} ${others.slice(0, 3).join(', ')}${others.length > 3 ? ` and ${others.length - 3} more` : ''} also render${others.length === 1 ? 's' : ''}: writing the new value there would change ${others.length === 1 ? 'it' : 'them'} too; give this root its own value (a patch or variable) by hand${r.kind === 'Cluster' ? ', or use --keep-name' : ''}`,
    );
    return;
  }
  for (const t of targets) {
    const was = t.data === undefined ? before : get(t.data, path);
    if (t.data !== undefined && isDeepStrictEqual(was, after)) continue;
    ctx.edits.push({
      file: t.file,
      path: pathString(path),
      before: was ?? null,
      after,
      resource: `${r.kind}/${r.name}`,
      ...(t.patch
        ? { why: `the rendered value comes from this patch over ${rel(ctx.root, r.file)}` }
        : typeof was === 'string' && /\$\{[A-Za-z_]/.test(was)
          ? { why: `the file says ${was} (Flux substitution); the new value is written out, as the variables may name other things that keep their value` }
          : {}),
      op: { op: 'set', docIndex: t.docIndex, path: [...t.basePath, ...path], value: after },
    });
  }
}

/**
 * Patches that select the Cluster by name in a kustomization (`patches[].target.name`,
 * `patchesJson6902[].target.name`) would select nothing after the rename, and what they set (a
 * pinned backup, a recovery owner) would be dropped without a word: their selector moves too. The
 * kustomizations looked at are those of the Cluster's root and of the files it is rendered from.
 */
function retargetPatches(ctx: Ctx, inv: Inventory, cluster: Resource, oldName: string, newName: string): void {
  const dirs = new Set<string>();
  const root = cluster.root ? inv.model?.roots.find((x) => x.id === cluster.root) : undefined;
  if (root?.path) dirs.add(root.path.replace(/[\\/]+$/, ''));
  for (const l of cluster.layers ?? []) dirs.add(dirname(l.file));
  for (const f of inv.files) {
    if (f.kind !== 'kustomization' || !dirs.has(dirname(f.path))) continue;
    const docs = ctx.docs(f.path);
    // A kustomization that does not read cleanly (an alias before its anchor, a syntax error) is
    // reported by the loader; it selects nothing here.
    const doc = docs?.[0];
    if (!doc || doc.errors.length > 0) continue;
    const read = documentData(doc, DEFAULT_MAX_ALIAS_COUNT);
    if ('refused' in read) continue;
    const data = read.data as Record<string, unknown> | undefined;
    if (!isRecord(data)) continue;
    for (const field of ['patches', 'patchesJson6902']) {
      const list = data[field];
      if (!Array.isArray(list)) continue;
      list.forEach((p, i) => {
        const t = isRecord(p) && isRecord(p.target) ? p.target : undefined;
        if (!t || t.name !== oldName || (t.kind !== undefined && t.kind !== 'Cluster')) return;
        const path: YamlPath = [field, i, 'target', 'name'];
        const range = nodeAt(docs![0]!, path)?.range;
        if (range) {
          const cov = ctx.covered.get(f.path) ?? [];
          cov.push([range[0], range[1]]);
          ctx.covered.set(f.path, cov);
        }
        ctx.edits.push({ file: f.path, path: pathString(path), before: oldName, after: newName, why: `this patch selects the Cluster by name; without the new name it would select nothing and what it sets would be dropped`, op: { op: 'set', docIndex: 0, path, value: newName } });
      });
    }
  }
}

/** The prefix and suffix kustomize puts around the name the Cluster's file holds (namePrefix, nameSuffix). */
function nameAffix(r: Resource): { prefix: string; suffix: string; source: string } | undefined {
  const src = r.layers?.[0];
  if (!src || src.kind !== 'source') return undefined;
  const own = getString(src.data, ['metadata', 'name']);
  if (own === undefined || own === r.name || own.includes('${')) return undefined;
  const at = r.name.indexOf(own);
  if (at < 0 || r.name.indexOf(own, at + 1) >= 0) return undefined;
  return { prefix: r.name.slice(0, at), suffix: r.name.slice(at + own.length), source: own };
}

/** Renames a Cluster whose rendered name carries a prefix or suffix: the file gets the inner name. */
function setAffixedName(ctx: Ctx, r: Resource, inner: string, affix: { source: string }): void {
  const range = rangeOf(r, ['metadata', 'name']);
  if (range) {
    const list = ctx.covered.get(r.file) ?? [];
    list.push(range);
    ctx.covered.set(r.file, list);
  }
  if (inner === affix.source) return;
  ctx.edits.push({
    file: r.file,
    path: 'metadata.name',
    before: affix.source,
    after: inner,
    resource: `${r.kind}/${r.name}`,
    why: `kustomize renders this name as ${r.name}: the file holds the name without the prefix or suffix it adds`,
    op: { op: 'set', docIndex: r.docIndex, path: [...r.basePath, 'metadata', 'name'], value: inner },
  });
}

interface AliasSite {
  /** Path of the alias node itself. */
  path: YamlPath;
  /** For `<<: *x`, the map that merges it; its own keys win over the merged ones. */
  mergeInto?: { path: YamlPath; keys: Set<string> };
  /** Path of the anchored node it names. */
  target: YamlPath;
  name: string;
}

/** Every alias of a document with the path of the node it names. */
function aliasSites(doc: Document): AliasSite[] {
  const paths = new Map<unknown, YamlPath>();
  const sites: { node: Alias; path: YamlPath; mergeInto?: { path: YamlPath; keys: Set<string> } }[] = [];
  const walk = (node: unknown, path: YamlPath, depth: number): void => {
    if (depth > 200 || node === null || node === undefined) return;
    if (isAlias(node)) {
      sites.push({ node, path });
      return;
    }
    paths.set(node, path);
    if (isMap(node)) {
      // A merge key reads as `<<`, or as the symbol YAML 1.1 gives it.
      const isMerge = (p: (typeof node.items)[number]) => {
        const k = p.key as unknown;
        const v = isScalar(k) ? k.value : k;
        return v === '<<' || (typeof v === 'symbol' && v.description === '<<');
      };
      const keys = new Set(node.items.filter((p) => !isMerge(p)).map((p) => keyOf(p)).filter((k): k is string => k !== undefined));
      for (const pair of node.items) {
        if (isMerge(pair)) {
          const vals = isSeq(pair.value) ? pair.value.items : [pair.value];
          for (const v of vals) if (isAlias(v)) sites.push({ node: v, path: [...path, '<<'], mergeInto: { path, keys } });
          continue;
        }
        const k = keyOf(pair);
        if (k === undefined) continue;
        walk(pair.value, [...path, k], depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i], depth + 1));
    }
  };
  walk(doc.contents, [], 0);
  const out: AliasSite[] = [];
  for (const site of sites) {
    const target = site.node.resolve(doc);
    const tp = target ? paths.get(target) : undefined;
    if (tp) out.push({ path: site.path, target: tp, name: site.node.source, ...(site.mergeInto ? { mergeInto: site.mergeInto } : {}) });
  }
  return out;
}

const startsWith = (p: YamlPath, prefix: YamlPath) => prefix.length <= p.length && prefix.every((seg, i) => String(seg) === String(p[i]));

/**
 * An edit to a value that an anchor shares would move every alias of it too (`name: &n db` with
 * `barmanObjectName: *n`): where an alias must keep the old value, it is written out as that value,
 * as an edit of its own that says why. An edit that replaces the anchored node's parent would leave
 * its aliases naming nothing: they are written out too.
 */
function unshareAliases(ctx: Ctx, inv: Inventory): void {
  const byDoc = new Map<string, RestoreEdit[]>();
  for (const e of ctx.edits) {
    if (e.op.op !== 'set') continue;
    const key = `${e.file}\0${e.op.docIndex}`;
    if (!byDoc.has(key)) byDoc.set(key, []);
    byDoc.get(key)!.push(e);
  }
  for (const edits of byDoc.values()) {
    const first = edits[0]!;
    const docIndex = (first.op as Extract<EditOp, { op: 'set' }>).docIndex;
    const r = inv.resources.find((x) => x.file === first.file && x.docIndex === docIndex);
    if (!r) continue;
    const sites = aliasSites(r.doc);
    if (sites.length === 0) continue;
    let data: unknown;
    const old = (path: YamlPath): unknown => {
      data ??= r.doc.toJS({ maxAliasCount: -1 });
      return get(data, path);
    };
    const sets = () => ctx.edits.filter((e) => e.file === first.file && e.op.op === 'set' && e.op.docIndex === docIndex).map((e) => e.op as Extract<EditOp, { op: 'set' }>);
    const setAt = (path: YamlPath) => sets().find((op) => op.path.length === path.length && startsWith(op.path, path));
    const covered = (path: YamlPath) => sets().some((op) => startsWith(path, op.path));
    const add = (path: YamlPath, value: unknown, why: string, alias: string) => {
      if (covered(path)) return;
      ctx.edits.push({ file: first.file, path: pathString(path), before: `*${alias}`, after: value, resource: `${r.kind}/${r.name}`, why, op: { op: 'set', docIndex, path, value } });
    };
    for (const e of edits) {
      const op = e.op as Extract<EditOp, { op: 'set' }>;
      for (const site of sites) {
        // The alias is inside what this edit replaces: it goes with it.
        if (startsWith(site.path, op.path)) continue;
        if (startsWith(op.path, site.target)) {
          // The edit changes a value inside the anchored node; the alias sees the same change.
          const rest = op.path.slice(site.target.length);
          if (site.mergeInto) {
            if (rest.length === 0 || site.mergeInto.keys.has(String(rest[0]))) continue;
            const seen = [...site.mergeInto.path, ...rest];
            const other = setAt(seen);
            if (other && isDeepStrictEqual(other.value, op.value)) continue;
            add(seen, old(op.path), `the map at ${pathString(site.mergeInto.path) || '(top)'} merges &${site.name} (<<: *${site.name}), which the edit of ${e.path} changes; its ${pathString(rest)} keeps its value`, site.name);
          } else {
            const seen = [...site.path, ...rest];
            const other = setAt(seen);
            if (other && isDeepStrictEqual(other.value, op.value)) continue;
            add(site.path, old(site.target), `*${site.name} shares the value of ${pathString(site.target)}, which the edit changes; written out so ${pathString(site.path)} keeps its value`, site.name);
          }
        } else if (startsWith(site.target, op.path) && !site.mergeInto) {
          // The edit replaces the anchored node's parent: the anchor goes, the alias is written out.
          add(site.path, old(site.target), `*${site.name} names a value inside ${pathString(op.path)}, which the edit replaces; written out so ${pathString(site.path)} keeps its value`, site.name);
        }
      }
    }
  }
}

function cover(ctx: Ctx, r: Resource, path: YamlPath): void {
  const range = rangeOf(r, path);
  if (!range) return;
  const list = ctx.covered.get(r.file) ?? [];
  list.push(range);
  ctx.covered.set(r.file, list);
}

function findCluster(o: RestoreOptions): { cluster: Resource; readServerName?: string; applied: boolean } {
  const { cluster, all } = plannedCluster(o, 'restore');
  if (cluster) return { cluster, applied: false };
  // A second run of a rename: a Cluster that already recovers from this name's archive.
  const restored = all.filter((c) => (o.namespace === undefined || c.namespace === o.namespace) && recoverySource(c)?.serverName === o.clusterName);
  if (restored.length === 1) return { cluster: restored[0]!, readServerName: o.clusterName, applied: true };
  throw noSuchCluster(o, all);
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

/** The externalClusters entry that reads a Cluster's archive under `serverName`, in the style it archives with. */
export function externalEntry(cfg: BackupConfig, name: string, serverName: string, pluginName: string): Record<string, unknown> {
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

/**
 * The GitOps controller that applies a Cluster's manifests (ArgoCD, Flux or none), as every
 * planner finds it: the live object (with live facts), else the deployment model's root, else an
 * ApplicationSet whose generator matches the Cluster's folder. Adds to `warnings` what it inferred.
 */
export function gitopsControllerOf(o: Pick<RestoreOptions, 'root' | 'inventory' | 'facts'>, cluster: Resource, warnings: string[]): { overlayRel: string; apps: ArgoApp[]; deployer: DeployedBy | undefined; controller: RestoreController } {
  const overlay = cluster.overlay ?? dirname(cluster.file);
  const overlayRel = rel(o.root, overlay);
  // A kustomization is applied with -k; a file no kustomization lists, with -f.
  const apply: KubectlApply = cluster.overlay ? { arg: `-k ${overlayRel || '.'}`, what: overlayRel || 'the repository root' } : { arg: `-f ${rel(o.root, cluster.file)}`, what: rel(o.root, cluster.file) };
  const apps = argoApplications(o.inventory, o.root).filter((a) => a.path !== '' && (overlayRel === a.path || overlayRel.startsWith(a.path + '/')));
  apps.sort((a, b) => b.path.length - a.path.length || (a.name < b.name ? -1 : 1));
  const deployer = deployedBy(o.inventory, cluster, o.root);
  // The Application the deployment model found rendering the Cluster comes first.
  const modelRoot = cluster.root ? o.inventory.model?.roots.find((r) => r.id === cluster.root) : undefined;
  if (modelRoot?.controller === 'argocd') {
    const i = apps.findIndex((a) => a.name === modelRoot.name);
    if (i > 0) apps.unshift(...apps.splice(i, 1));
  }
  const controller = controllerOf(o, { apps, deployer, overlayRel, apply, warnings });
  return { overlayRel, apps, deployer, controller };
}

/** The step that applies the merged commit: ArgoCD sync, Flux reconcile, or kubectl apply. */
export function deployStep(c: RestoreController): PlanStep {
  const fluxRef = (f: DeployedBy) => `${f.name}${f.namespace ? ` -n ${f.namespace}` : ''}`;
  if (c.kind === 'flux') {
    const fluxKind = c.resource === 'helmrelease' ? 'HelmRelease' : 'Kustomization';
    return { kind: 'flux', title: `Resume the Flux ${fluxKind} ${c.flux.name} and reconcile it from the merged commit`, command: `flux resume ${c.resource} ${fluxRef(c.flux)} && flux reconcile ${c.resource} ${fluxRef(c.flux)} --with-source` };
  }
  if (c.kind === 'argocd') {
    return { kind: 'argocd', title: `Refresh and sync the ArgoCD Application ${c.app.name}${c.via ? ` (generated by the ApplicationSet ${c.via})` : ''}`, command: `argocd app get ${c.app.name} --refresh && argocd app sync ${c.app.name}` };
  }
  return { kind: 'kubectl', title: `Apply ${c.apply.what} from the merged commit (no controller in the repository deploys it)`, command: `kubectl apply ${c.apply.arg}` };
}

/**
 * The edits that set `path` of a rendered resource to `after`, in the file the value comes from
 * (the resource's own document, or the kustomize patches that set it: the base they patch keeps
 * its value, as other overlays may render it), and the reasons an edit cannot be made there
 * (`unsafe`). Pure.
 */
export function planFieldEdit(inventory: Inventory, root: string, r: Resource, path: YamlPath, after: unknown): { edits: PlanEdit[]; unsafe: string[] } {
  const parsed = new Map<string, Document[] | undefined>();
  const docs = (file: string): Document[] | undefined => {
    if (!parsed.has(file)) {
      const text = inventory.files.find((f) => f.path === file)?.text;
      let d: Document[] | undefined;
      try {
        d = text === undefined ? undefined : composeAll(text).docs;
      } catch {
        d = undefined;
      }
      parsed.set(file, d);
    }
    return parsed.get(file);
  };
  const ctx: Ctx = { edits: [], covered: new Map(), unsafe: [], docs, root, inventory };
  setEdit(ctx, r, path, after, true);
  unshareAliases(ctx, inventory);
  return { edits: ctx.edits, unsafe: ctx.unsafe };
}

/** Plans the restore of a Cluster from its archive into a new Cluster. Pure. */
export function planRestore(o: RestoreOptions): RestorePlan {
  const target = o.target ?? {};
  validateTarget(target);
  const warnings: string[] = [];
  const blockers: string[] = [];
  const found = findCluster(o);
  const cluster = found.cluster;
  const cfg = backupConfigOf(cluster, o.inventory, o.profile.backup.pluginName);
  const other = cfg ? undefined : otherWalArchiverOf(cluster, o.profile.backup.pluginName);
  if (other) {
    throw new InputError(
      `Cluster ${cluster.name} archives WAL with the ${other} plugin, not to a Barman archive; plan-restore plans restores from Barman archives only (spec.backup.barmanObjectStore or the ${o.profile.backup.pluginName} plugin): restore it with the procedure of ${other}`,
      cluster.file,
      cluster.position.line,
    );
  }
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

  // The name the Cluster's own file holds, when kustomize renders it with a prefix or suffix.
  const affix = nameAffix(cluster);
  // The name of the restored Cluster and the server name it archives to.
  let newName: string;
  if (o.strategy === 'keep-name') {
    if (o.newName !== undefined) throw new InputError('--new-name and --keep-name exclude each other: keep-name restores into a Cluster of the same name');
    newName = cluster.name;
  } else if (found.applied) {
    newName = cluster.name;
  } else {
    // A kustomize namePrefix/nameSuffix wraps the name the file holds: the generation goes inside it.
    const next = (n: string) => (affix && n.startsWith(affix.prefix) && n.endsWith(affix.suffix) ? affix.prefix + nextName(n.slice(affix.prefix.length, n.length - affix.suffix.length)) + affix.suffix : nextName(n));
    newName = o.newName ?? next(cluster.name);
    while (o.newName === undefined && (allClusters.some((c) => c.name === newName && c.namespace === cluster.namespace) || serverNames.has(newName) || newName === readServer)) {
      newName = next(newName);
    }
    if (affix && !(newName.startsWith(affix.prefix) && newName.endsWith(affix.suffix) && newName.length > affix.prefix.length + affix.suffix.length)) {
      throw new InputError(`the kustomization renders the name ${affix.prefix ? `with the prefix "${affix.prefix}"` : ''}${affix.prefix && affix.suffix ? ' and ' : ''}${affix.suffix ? `with the suffix "${affix.suffix}"` : ''}: pass a --new-name that has it, such as ${next(cluster.name)}`);
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

  const parsed = new Map<string, Document[] | undefined>();
  const docsOf = (file: string): Document[] | undefined => {
    if (!parsed.has(file)) {
      const text = o.inventory.files.find((f) => f.path === file)?.text;
      let docs: Document[] | undefined;
      if (text !== undefined) {
        try {
          // The loader's parse, with its guards (a megabyte of quotes is millions of errors).
          docs = composeAll(text).docs;
        } catch {
          docs = undefined;
        }
      }
      parsed.set(file, docs);
    }
    return parsed.get(file);
  };
  const ctx: Ctx = { edits: [], covered: new Map(), unsafe: [], docs: docsOf, root: o.root, inventory: o.inventory };
  const pluginName = o.profile.backup.pluginName;

  // Cluster: name, recovery, external cluster, server name, major.
  if (o.strategy === 'rename') {
    if (affix) setAffixedName(ctx, cluster, newName.slice(affix.prefix.length, newName.length - affix.suffix.length), affix);
    else setEdit(ctx, cluster, ['metadata', 'name'], newName);
  }
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
  else if (isRecord(prevRecovery) && prevRecovery.recoveryTarget !== undefined) {
    warnings.push(`the recovery target of the Cluster's previous recovery (${JSON.stringify(prevRecovery.recoveryTarget)}) is not kept: it belonged to the archive that recovery read (${existing?.serverName ?? String(prevRecovery.source)}); pass --backup-id, --target-time or --target-lsn to pin this restore`);
  }
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
  const sameNamed = allClusters.filter((c) => c !== cluster && c.name === oldName);
  // Resources naming the Cluster.
  const related: Resource[] = [];
  {
    for (const kind of CLUSTER_REFERRING_KINDS) {
      if (kind === 'Backup') continue;
      for (const r of o.inventory.inNamespaceOf(kind, cluster)) {
        // Another Cluster of this name in the same namespace (another Kubernetes cluster): only the resources rendered with this one.
        if (sameNamed.some((d) => d.namespace === cluster.namespace) && r.root !== undefined && cluster.root !== undefined && r.root !== cluster.root) continue;
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
  if (o.strategy === 'rename') retargetPatches(ctx, o.inventory, cluster, oldName, newName);
  const scheduled = o.inventory.inNamespaceOf('ScheduledBackup', cluster).filter((r) => clusterRefOf(r) === oldName || clusterRefOf(r) === newName);

  // References elsewhere.
  const texts = o.texts ?? o.inventory.files.filter((f) => f.text !== undefined).map((f) => ({ file: f.path, text: f.text! }));
  // With another Cluster of the same name, a reference is this Cluster's only when the file is
  // rendered with it (same root), or, for files no root renders, when its namespace and site tell
  // the two apart.
  const otherRoots = new Set(sameNamed.map((d) => d.root));
  const sharesScope = sameNamed.some((d) => d.namespace === cluster.namespace && d.scope === cluster.scope);
  const singled = new Map<string, boolean>();
  const singledOut = (file: string, nsInHost: string | undefined): boolean => {
    const key = `${file}\0${nsInHost ?? ''}`;
    let answer = singled.get(key);
    if (answer === undefined) {
      const rs = resourcesAt(o.inventory, file);
      if (rs.length > 0 && cluster.root !== undefined && rs.every((r) => r.root !== undefined)) {
        answer = rs.some((r) => r.root === cluster.root) && !rs.some((r) => otherRoots.has(r.root));
      } else {
        answer = !sharesScope && (rs.some((r) => r.namespace === cluster.namespace && r.scope === cluster.scope) || (nsInHost !== undefined && nsInHost === cluster.namespace));
      }
      singled.set(key, answer);
    }
    return answer;
  };
  const references = scanReferences(texts, oldName, ctx.covered).map((ref) => {
    let edited = false;
    // Only YAML is rewritten (and verified by parsing it again); other text is listed for a person.
    if (o.strategy === 'rename' && ref.kind !== 'other' && /\.ya?ml$/i.test(ref.file)) {
      const nsInHost = ref.kind === 'service' ? /^[^.]+\.([^.]+)/.exec(ref.text)?.[1] : undefined;
      const sameNs = nsInHost === undefined || nsInHost === cluster.namespace;
      const scoped = sameNamed.length === 0 || singledOut(ref.file, nsInHost);
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
  const { apps, deployer, controller } = gitopsControllerOf(o, cluster, warnings);
  const live = o.facts?.live;
  const app = controller.kind === 'argocd' ? controller.app : undefined;
  const extraApps = new Map<string, ArgoApp>();
  const extraFlux = new Map<string, DeployedBy>();
  // Once per edited file (a file can hold thousands of edits), and the Applications once.
  const allApps = controller.kind === 'argocd' ? argoApplications(o.inventory, o.root) : [];
  for (const file of [...new Set(ctx.edits.map((e) => e.file))]) {
    const e = { file };
    const d = rel(o.root, dirname(e.file));
    if (controller.kind === 'argocd') {
      for (const a of allApps) {
        // With live facts, the repository's manifest for the Cluster's own overlay is the live Application under another name.
        if (live?.application && apps[0] && a.name === apps[0].name && a.path === apps[0].path) continue;
        if (a.path !== '' && (d === a.path || d.startsWith(a.path + '/')) && a.name !== app?.name) extraApps.set(a.name, a);
      }
    }
    // Other Flux Kustomizations that render an edited file reconcile it too.
    for (const r of resourcesAt(o.inventory, e.file)) {
      const by = deployedBy(o.inventory, r, o.root);
      if (by?.controller === 'flux' && by.name && !(controller.kind === 'flux' && controller.resource === 'kustomization' && by.name === controller.flux.name && by.namespace === controller.flux.namespace)) {
        extraFlux.set(`${by.namespace ?? ''}/${by.name}`, by);
      }
    }
  }
  if (live) {
    if (!live.clusterExists) warnings.push(`Cluster ${oldName} does not exist in context ${live.context}: skip the delete steps`);
    else if (live.healthyNow) {
      warnings.unshift(`CAUTION: Cluster ${oldName} is HEALTHY right now in context ${live.context} (phase "${live.phase ?? '?'}", ${live.readyInstances ?? '?'}/${live.instances ?? '?'} instances ready): the plan deletes it; go on only if a restore is what the incident needs`);
    }
    if (live.argoAccess === 'ok' && !live.application && !live.flux) warnings.push(`no ArgoCD Application manages namespace ${cluster.namespace ?? o.namespace ?? '?'} in context ${live.context}`);
    if (live.argoAccess !== 'ok') warnings.push(`ArgoCD Applications could not be read in context ${live.context} (${live.argoAccess}); the order of steps follows the repository's Application manifests`);
  }

  // Archive facts.
  const archive = o.facts?.archive;
  const archiveWhere = cfg.destinationPath ? `${cfg.destinationPath.replace(/\/+$/, '')}/${readServer}/` : `no destinationPath, server ${readServer}`;
  if ((!archive || archive.unavailable !== undefined) && live?.window) {
    const w = live.window;
    warnings.push(`from the live status (not the archive): first recoverability point ${w.firstRecoverabilityPoint ?? 'unknown'}, last successful backup ${w.lastSuccessfulBackup ?? 'unknown'}`);
    const t = target.time ? Date.parse(target.time.replace(' ', 'T')) : undefined;
    if (t !== undefined && w.firstRecoverabilityPoint && t < Date.parse(w.firstRecoverabilityPoint)) {
      blockers.push(`target time ${target.time} is before the first recoverability point ${w.firstRecoverabilityPoint} that the live status reports: recovery cannot reach it`);
    }
  }
  if (!archive || archive.unavailable !== undefined) {
    warnings.push(
      `archive not checked${archive?.unavailable ? ` (${archive.unavailable})` : ''}: the plan did not read ${archiveWhere}, so it could not check that the recovery target lies in the recoverable window, that the base backup exists and its WAL is continuous, which PostgreSQL major took it, and that ${writeServer} is empty; run kubectl cnpg-site backups ${oldName} where the archive is reachable`,
    );
  } else {
    for (const c of archive.checks ?? []) if (!c.ok) blockers.push(`archive check failed: ${c.message}`);
    const t = target.time ? Date.parse(target.time.replace(' ', 'T')) : undefined;
    if (!archive.checks) {
      if (t !== undefined && archive.firstRecoverable && t < Date.parse(archive.firstRecoverable)) blockers.push(`target time ${target.time} is before the first recoverable point ${archive.firstRecoverable}`);
      if (t !== undefined && archive.lastRecoverable && t > Date.parse(archive.lastRecoverable)) blockers.push(`target time ${target.time} is after the last recoverable point ${archive.lastRecoverable}`);
      if (target.backupId && archive.backups && !archive.backups.some((b) => b.id === target.backupId)) blockers.push(`backup ${target.backupId} is not in the archive`);
    }
    const b = archive.backups?.find((x) => x.id === (target.backupId ?? archive.chosenBackup));
    const major = o.major ?? get(cluster.object, ['spec', 'imageCatalogRef', 'major']);
    const backupMajor = archive.pgMajor ?? b?.pgMajor;
    if (backupMajor !== undefined && typeof major === 'number' && backupMajor !== major) {
      if (o.major === undefined && backupMajor < major && hasNode(cluster, ['spec', 'imageCatalogRef'])) {
        setEdit(ctx, cluster, ['spec', 'imageCatalogRef', 'major'], backupMajor);
        warnings.push(`base backup ${b?.id ?? archive.chosenBackup ?? ''} was taken by PostgreSQL ${backupMajor} and the Cluster runs ${major}: the restored Cluster runs ${backupMajor} (a base backup restores only with the major that took it); upgrade it again after the restore`);
      } else {
        blockers.push(`base backup ${b?.id ?? archive.chosenBackup ?? ''} was taken by PostgreSQL ${backupMajor}, the restored Cluster would run ${major}: a base backup restores only with the major that took it; pass --major ${backupMajor}`);
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

  unshareAliases(ctx, o.inventory);
  const namespace = cluster.namespace ?? o.namespace;
  const steps = buildSteps({ o, cluster, namespace, cfg, oldName, newName, controller, extraApps: [...extraApps.values()], extraFlux: [...extraFlux.values()], scheduled, references, pluginName });

  const plan: RestorePlan = {
    cluster: { name: oldName, file: cluster.file, ...(namespace !== undefined ? { namespace } : {}) },
    strategy: o.strategy,
    newName,
    archive: { readServerName: readServer, writeServerName: writeServer, style: cfg.style, ...(cfg.destinationPath ? { destinationPath: cfg.destinationPath } : {}) },
    steps,
    edits: ctx.edits.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    references: references.map(({ file, line, column, text, kind, edited }) => ({ file, line, column, text, kind, edited })),
    warnings,
    blockers,
    unsafe: ctx.unsafe,
    alreadyApplied: ctx.edits.length === 0 && ctx.unsafe.length === 0,
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
        const parsed = composeAll(t).docs;
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

const byFile = new WeakMap<Inventory, Map<string, Resource[]>>();

/** The resources rendered from a file, through an index built once per inventory. */
function resourcesAt(inv: Inventory, file: string): Resource[] {
  let index = byFile.get(inv);
  if (!index) {
    index = new Map();
    for (const r of inv.resources) {
      let list = index.get(r.file);
      if (!list) index.set(r.file, (list = []));
      list.push(r);
    }
    byFile.set(inv, index);
  }
  return index.get(file) ?? [];
}

export interface ArgoApp {
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

/** What applies the Cluster's manifests, and so what the steps pause, deploy and resume. */
export type RestoreController =
  | { kind: 'argocd'; app: ArgoApp; via?: string }
  | { kind: 'flux'; flux: DeployedBy; resource: 'kustomization' | 'helmrelease' }
  | { kind: 'none'; apply: KubectlApply };

/** What `kubectl apply` takes (`-k DIR` for a kustomization, `-f FILE` for a file no kustomization lists) and how to name it. */
export interface KubectlApply {
  arg: string;
  what: string;
}

/**
 * The controller behind the Cluster: the live Application (--live), else the deployment model's
 * Flux Kustomization or ArgoCD Application, else an ApplicationSet whose git generator (read with
 * its template expressions as wildcards) matches the Cluster's folder, else none found.
 */
function controllerOf(o: Pick<RestoreOptions, 'root' | 'inventory' | 'facts'>, c: { apps: ArgoApp[]; deployer: DeployedBy | undefined; overlayRel: string; apply: KubectlApply; warnings: string[] }): RestoreController {
  const live = o.facts?.live;
  if (live?.application) return { kind: 'argocd', app: { ...live.application, path: c.apps[0]?.path ?? c.overlayRel } };
  if (live?.flux) {
    const f = live.flux;
    const repo = c.deployer?.controller === 'flux' ? c.deployer : undefined;
    if (repo && (repo.name !== f.name || repo.namespace !== f.namespace)) {
      c.warnings.push(`the live Cluster was applied by the Flux ${f.kind} ${f.namespace}/${f.name} (its labels say), not by ${repo.namespace ? `${repo.namespace}/` : ''}${repo.name} as the repository suggests: the steps use the live one`);
    }
    const same = repo && repo.name === f.name && repo.namespace === f.namespace;
    return { kind: 'flux', flux: same ? repo : { root: `flux:${f.namespace}/${f.name}`, controller: 'flux', name: f.name, namespace: f.namespace }, resource: f.kind === 'HelmRelease' ? 'helmrelease' : 'kustomization' };
  }
  if (c.deployer?.controller === 'flux' && c.deployer.name) return { kind: 'flux', flux: c.deployer, resource: 'kustomization' };
  const liveSaysNone = live !== undefined && live.argoAccess === 'ok';
  if (!liveSaysNone && c.apps[0]) return { kind: 'argocd', app: c.apps[0] };
  if (!liveSaysNone) {
    // Nearest ApplicationSet first: the one whose file shares the longest folder prefix with the Cluster's.
    const shared = (f: string) => {
      const a = rel(o.root, f).split('/');
      const b = c.overlayRel.split('/');
      let i = 0;
      while (i < a.length - 1 && i < b.length && a[i] === b[i]) i++;
      return i;
    };
    const sets = o.inventory.ofKind('ApplicationSet').filter((r) => r.apiVersion.startsWith('argoproj.io/'));
    sets.sort((a, b) => shared(b.file) - shared(a.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.position.line - b.position.line));
    for (const set of sets) {
      const cand = appSetCandidatesFor(set.object, c.overlayRel)[0];
      if (!cand) continue;
      const where = `${rel(o.root, set.file)}:${set.position.line}`;
      if (cand.name === undefined) {
        c.warnings.push(`the ApplicationSet ${set.name} (${where}) probably generates the Application that deploys ${cand.path}, but its name depends on values not in the repository: find it with argocd app list, and replace <application> in the steps`);
      } else {
        c.warnings.push(`the Application ${cand.name} is inferred from the ApplicationSet ${set.name} (${where}): its git generator matches ${cand.path} when template expressions in its path are read as any folder; check the name with argocd app get ${cand.name}`);
      }
      if (cand.automated === undefined) c.warnings.push(`the sync policy of the ApplicationSet ${set.name} is templated: check whether the Application syncs automatically with self-heal or prune before deleting`);
      return {
        kind: 'argocd',
        app: { name: cand.name ?? '<application>', path: cand.path, automated: cand.automated ?? false, selfHeal: cand.selfHeal ?? false, prune: cand.prune ?? false },
        via: set.name,
      };
    }
  }
  c.warnings.push(
    liveSaysNone
      ? `no Flux Kustomization in the repository deploys ${c.apply.what} either: the steps apply the change with kubectl; if something else deploys it, use that instead`
      : `no ArgoCD Application, ApplicationSet or Flux Kustomization in the repository deploys ${c.apply.what}: the steps apply the change with kubectl; if a controller outside the repository syncs it, pause that controller before the deletions and sync it instead of kubectl apply`,
  );
  return { kind: 'none', apply: c.apply };
}

interface StepInput {
  o: RestoreOptions;
  cluster: Resource;
  namespace: string | undefined;
  cfg: BackupConfig;
  oldName: string;
  newName: string;
  controller: RestoreController;
  extraApps: ArgoApp[];
  extraFlux: DeployedBy[];
  scheduled: Resource[];
  references: RestoreReference[];
  pluginName: string;
}

const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'HelmRelease'];
const SECRET_KINDS = ['Secret', 'ExternalSecret', 'SealedSecret'];

/** A workload that uses the database, and how it was found. */
export interface WorkloadUse {
  workload: Resource;
  /** The Secret through which it reaches the database, when it does not name the Cluster itself. */
  via?: string;
}

/**
 * The workloads of the repository that use the Cluster: those whose manifests name its services
 * (`<name>-rw`, `-ro`, `-r`) or secrets (`<name>-app`, `-superuser`), under its old or new name,
 * in its namespace or through the service's namespaced host name; and those that read a Secret
 * (or the Secret an ExternalSecret makes) holding such a name, as connection URLs usually are.
 */
export function workloadsUsing(inv: Inventory, names: string[], namespace: string | undefined): WorkloadUse[] {
  const esc = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alt = names.map(esc).join('|');
  const local = new RegExp(`(^|[^A-Za-z0-9_.-])(${alt})-(rw|ro|r|app|superuser)(?![A-Za-z0-9_-])`);
  const remote = namespace ? new RegExp(`(^|[^A-Za-z0-9_.-])(${alt})-(rw|ro|r)\\.${esc(namespace)}(?![A-Za-z0-9_-])`) : undefined;
  const names_ = (r: Resource) => (namespace === undefined || r.namespace === undefined || r.namespace === namespace ? local.test(JSON.stringify(r.object)) : false) || (remote?.test(JSON.stringify(r.object)) ?? false);
  // Secrets that carry a connection to the Cluster, by namespace.
  const secrets = new Map<string, Set<string>>();
  for (const r of inv.resources) {
    if (!SECRET_KINDS.includes(r.kind) || !names_(r)) continue;
    const target = r.kind === 'ExternalSecret' ? getString(r.object, ['spec', 'target', 'name']) ?? r.name : r.name;
    const key = r.namespace ?? '';
    if (!secrets.has(key)) secrets.set(key, new Set());
    secrets.get(key)!.add(target);
  }
  const seen = new Set<string>();
  const out: WorkloadUse[] = [];
  for (const r of inv.resources) {
    if (!WORKLOAD_KINDS.includes(r.kind)) continue;
    if (r.kind === 'HelmRelease' && !r.apiVersion.startsWith('helm.toolkit.fluxcd.io/')) continue;
    const key = `${r.kind}/${r.namespace ?? ''}/${r.name}`;
    if (seen.has(key)) continue;
    let use: WorkloadUse | undefined;
    if (names_(r)) use = { workload: r };
    else {
      const text = JSON.stringify(r.object);
      const via = [...(secrets.get(r.namespace ?? '') ?? [])].sort().find((n) => text.includes(JSON.stringify(n)));
      if (via) use = { workload: r, via };
    }
    if (!use) continue;
    seen.add(key);
    out.push(use);
  }
  return out.sort((a, b) => {
    const x = `${a.workload.kind}/${a.workload.namespace ?? ''}/${a.workload.name}`;
    const y = `${b.workload.kind}/${b.workload.namespace ?? ''}/${b.workload.name}`;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** The restart command of a workload; a HelmRelease restarts the Deployments of its release. */
function restartCommand(w: Resource, ns: string): string {
  const where = w.namespace ?? ns;
  if (w.kind !== 'HelmRelease') return `kubectl rollout restart ${w.kind.toLowerCase()}/${w.name} -n ${where}`;
  const target = getString(w.object, ['spec', 'targetNamespace']);
  const release = getString(w.object, ['spec', 'releaseName']) ?? (target ? `${target}-${w.name}` : w.name);
  return `kubectl rollout restart deployment -n ${target ?? where} -l app.kubernetes.io/instance=${release}`;
}

function buildSteps(s: StepInput): RestoreStep[] {
  const ns = s.namespace ?? '<namespace>';
  const steps: RestoreStep[] = [];
  const c = s.controller;
  const app = c.kind === 'argocd' ? c.app : undefined;
  const risky = app ? app.automated && (app.selfHeal || app.prune) : false;
  const fluxRef = (f: DeployedBy) => `${f.name}${f.namespace ? ` -n ${f.namespace}` : ''}`;
  const deployerWord = c.kind === 'argocd' ? 'ArgoCD' : c.kind === 'flux' ? 'Flux' : 'the site';
  const fluxKind = c.kind === 'flux' && c.resource === 'helmrelease' ? 'HelmRelease' : 'Kustomization';
  const branch = `restore-${s.newName}`;
  const flags = `${s.o.within !== undefined ? ` --in ${rel(s.o.root, s.o.within) || '.'}` : ''}${s.o.strategy === 'keep-name' ? ' --keep-name' : ` --new-name ${s.newName}`}${s.o.target?.time ? ` --target-time ${s.o.target.time}` : ''}${s.o.target?.lsn ? ` --target-lsn ${s.o.target.lsn}` : ''}${s.o.target?.backupId ? ` --backup-id ${s.o.target.backupId}` : ''}${s.o.major !== undefined ? ` --major ${s.o.major}` : ''}`;
  // 1. The change is ready and checked before anything is deleted.
  steps.push({
    kind: 'git',
    title: `Prepare the git change on a branch and check it, before anything is deleted`,
    command: `git switch -c ${branch} && kubectl cnpg-site plan-restore ${s.oldName} -n ${ns}${flags} --write && git commit -am "Restore ${s.oldName} into ${s.newName}" && kubectl cnpg-site lint && cnpg-site-policy ci --base HEAD~1`,
    why: 'the destructive steps come only once the new Cluster is written and passes lint and the policy: a mistake found after the deletions has no Cluster to fall back on',
  });
  steps.push({
    kind: 'check',
    title: `Check that the archive of ${s.oldName} reaches the recovery target`,
    command: `kubectl cnpg-site backups ${s.oldName} -n ${ns}`,
    why: 'a target outside the recoverable window fails the restore, and a base backup restores only with the PostgreSQL major that took it',
  });
  // 2. Nothing may recreate what is deleted.
  if (c.kind === 'flux') {
    steps.push({
      kind: 'flux',
      title: `Suspend the Flux ${fluxKind} ${c.flux.name}${c.flux.file ? ` (${c.flux.file}:${c.flux.line})` : ''}`,
      command: `flux suspend ${c.resource} ${fluxRef(c.flux)}`,
      why: `${c.flux.name} reconciles the Cluster's manifests: it would recreate what the next steps delete (an empty Cluster archiving into the old archive)`,
    });
  } else if (risky) {
    steps.push({
      kind: 'argocd',
      title: `Pause automated sync of the ArgoCD Application ${app!.name}`,
      command: `argocd app set ${app!.name} --sync-policy none`,
      why: `${app!.name} syncs automatically${app!.selfHeal ? ' with self-heal' : ''}${app!.prune ? ' and prune' : ''}: it would recreate what the next steps delete (an empty Cluster archiving into the old archive) or race with them`,
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
  // 3. The change goes live.
  steps.push({
    kind: 'git',
    title: `Merge the branch ${branch} (the edits below) into the branch ${deployerWord} deploys from`,
    why: 'the new Cluster bootstraps from the old archive (without spec.bootstrap.recovery it would start EMPTY) and archives to an empty place',
  });
  steps.push(deployStep(c));
  for (const a of s.extraApps.sort((x, y) => (x.name < y.name ? -1 : 1))) {
    steps.push({ kind: 'argocd', title: `Sync the ArgoCD Application ${a.name} (it holds edited files)`, command: `argocd app sync ${a.name}` });
  }
  for (const f of s.extraFlux.sort((x, y) => (`${x.namespace}/${x.name}` < `${y.namespace}/${y.name}` ? -1 : 1))) {
    steps.push({ kind: 'flux', title: `Reconcile the Flux Kustomization ${f.name} (it renders edited files)`, command: `flux reconcile kustomization ${fluxRef(f)} --with-source` });
  }
  steps.push({
    kind: 'wait',
    title: `Wait until Cluster ${s.newName} is healthy with all instances ready`,
    command: `kubectl cnpg-site restore watch ${s.newName} -n ${ns}`,
    why: 'the restore is done when the Cluster reports a healthy phase with all instances ready',
  });
  if (c.kind !== 'flux' && risky) {
    const f = [app!.selfHeal ? '--self-heal' : '', app!.prune ? '--auto-prune' : ''].filter(Boolean).join(' ');
    steps.push({ kind: 'argocd', title: `Re-enable automated sync of ${app!.name}`, command: `argocd app set ${app!.name} --sync-policy automated ${f}`.trim() });
  }
  if (s.o.strategy === 'rename') {
    const pending = s.references.filter((r) => !r.edited).length;
    steps.push({
      kind: 'app',
      title: `Point the application at ${s.newName}: services ${s.newName}-rw/-ro/-r and secret ${s.newName}-app${pending ? ` (${pending} reference(s) to check by hand, listed below)` : ''}`,
      why: 'the edits rewrite the references they can; the others need a person',
    });
  }
  // 4. Only the workloads that use the database restart; never a whole namespace.
  const workloads = workloadsUsing(s.o.inventory, [...new Set([s.oldName, s.newName])], s.namespace);
  if (workloads.length) {
    steps.push({
      kind: 'app',
      title: `Restart the workloads that use the database: ${workloads.map(({ workload: w, via }) => `${w.kind} ${w.namespace ? `${w.namespace}/` : ''}${w.name}${via ? ` (through Secret ${via})` : ''}`).join(', ')}`,
      command: workloads.map(({ workload: w }) => restartCommand(w, ns)).join(' && '),
      why: 'they hold connections to the old Cluster; found in the repository by the services and secrets they name',
    });
  } else {
    steps.push({
      kind: 'app',
      title: `Restart the applications that use the database (no Deployment, StatefulSet or DaemonSet in the repository names the services or secrets of ${s.oldName}: find them by hand)`,
      why: 'they hold connections to the old Cluster; a whole namespace is never restarted, since it may hold the operator or other databases',
    });
  }
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
  // Sticky expressions read at an offset: no slice of the rest of the text per match, and line
  // numbers are counted forward from the last match, so a file with thousands of mentions stays linear.
  const suffixAt = /-(rw|ro|r|app|superuser)(?![A-Za-z0-9_-])/y;
  const hostAt = /\.[a-z0-9-]+(\.svc(\.[a-z0-9.-]*[a-z0-9])?)?/y;
  for (const { file, text } of [...texts].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const ranges = covered.get(file) ?? [];
    let m: RegExpExecArray | null;
    re.lastIndex = 0;
    let counted = 0;
    let line = 1;
    while ((m = re.exec(text))) {
      const start = m.index;
      if (start > 0 && NAME_CHAR.test(text[start - 1]!)) continue;
      let end = start + name.length;
      let kind: RestoreReferenceKind | undefined;
      suffixAt.lastIndex = end;
      const suffix = suffixAt.exec(text);
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
        hostAt.lastIndex = end;
        const host = hostAt.exec(text);
        if (host) shown += host[0];
      } else if (!kind) {
        if (/cnpg\.io\/cluster["']?\s*[:=]\s*["']?$/.test(before)) kind = 'label-selector';
        else if (/cnpg_cluster\s*=~?\s*\\?["']$/.test(before)) kind = 'metric-label';
        else kind = 'other';
      }
      for (let i = text.indexOf('\n', counted); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
      counted = start;
      out.push({ file, line, column: start - ls + 1, offset: start, text: shown, match: text.slice(start, end), kind });
    }
  }
  return out;
}

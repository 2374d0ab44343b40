import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { InputError } from '../errors.js';
import { PROFILE_FILE } from '../profile/load.js';
import { layoutRegExp, type Profile } from '../profile/profile.js';
import type { Diagnostic, YamlPath } from '../types.js';
import { Inventory, type KustomizationProblem, type SourceFile } from './inventory.js';
import { isRecord, type Resource, type SiteLocation } from './resource.js';
import { composeAll, objectsOf, parseFileContent, type ParseLimits, type ParsedFileResult } from './parse-file.js';
import { ParsePool, type ParsePoolStats } from './parse-pool.js';
import { locate } from './yaml-nodes.js';

export { composeAll } from './parse-file.js';

export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const YAML_EXT = /\.ya?ml$/i;
const SKIP_DIRS = new Set(['.git', 'node_modules', '.nx', '.terraform']);

/** Kinds that have no namespace; a kustomization namespace does not apply to them. */
const CLUSTER_SCOPED = new Set([
  'Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'ClusterImageCatalog',
  'PersistentVolume', 'StorageClass', 'PriorityClass', 'ClusterSecretStore', 'ClusterExternalSecret',
  'ClusterGenerator', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'APIService',
  'CiliumClusterwideNetworkPolicy', 'ClusterIssuer', 'IngressClass', 'RuntimeClass', 'VolumeSnapshotClass',
  'CSIDriver', 'Node',
]);

export interface LoadOptions {
  profile: Profile;
  /** Files larger than this are skipped with a note. Default 5 MiB. */
  maxFileBytes?: number;
  /** Aliases a document may expand; more is refused (alias bombs). Default 1000. */
  maxAliasCount?: number;
  /**
   * For a file given directly, also load the kustomization of its directory and what it lists,
   * so the file is checked with the overlay it belongs to. Default true.
   */
  withOverlay?: boolean;
  /** Reads a file; defaults to the file system. Lets callers load from git objects. */
  readFile?: (path: string) => Buffer | undefined;
  /** Lists a directory's entries as [name, isDirectory]; defaults to the file system. */
  readDir?: (path: string) => [string, boolean][] | undefined;
}

export interface LoadResult {
  inventory: Inventory;
  /** Problems found while loading: syntax errors, missing kustomization resources, skipped files. */
  diagnostics: Diagnostic[];
}

interface Fs {
  read(path: string): Buffer | undefined;
  list(path: string): [string, boolean][] | undefined;
  kind(path: string): 'file' | 'dir' | undefined;
}

function realFs(opts: LoadOptions): Fs {
  const read = opts.readFile ?? ((p: string) => {
    try {
      return readFileSync(p);
    } catch {
      return undefined;
    }
  });
  const list = opts.readDir ?? ((p: string) => {
    try {
      return readdirSync(p, { withFileTypes: true }).map((d) => [d.name, d.isDirectory()] as [string, boolean]);
    } catch {
      return undefined;
    }
  });
  const kind = (p: string): 'file' | 'dir' | undefined => {
    if (opts.readDir || opts.readFile) {
      if (list(p)) return 'dir';
      return read(p) ? 'file' : undefined;
    }
    try {
      const st = statSync(p);
      return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : undefined;
    } catch {
      return undefined;
    }
  };
  return { read, list, kind };
}

/** Site, cluster, wave and app from a path, per the profile layout. */
export function siteLocationOf(file: string, profile: Profile): SiteLocation & { values?: boolean } {
  const p = file.split(sep).join('/');
  const overlay = layoutRegExp(profile.layout.overlay).exec(p);
  if (overlay?.groups) return pick(overlay.groups);
  const values = layoutRegExp(profile.layout.values).exec(p);
  if (values?.groups) return { ...pick(values.groups), values: true };
  return {};
}

function pick(g: Record<string, string>): SiteLocation {
  const out: SiteLocation = {};
  if (g.site) out.site = g.site;
  if (g.k8sCluster) out.k8sCluster = g.k8sCluster;
  if (g.wave) out.wave = g.wave;
  if (g.app) out.app = g.app;
  return out;
}

function isRemote(entry: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^(github\.com|gitlab\.com|git@|ssh:)/.test(entry);
}

interface Kustomization {
  file: string;
  dir: string;
  namespace?: string;
}

/** The state of one load, shared by its phases. */
interface Load {
  opts: LoadOptions;
  fs: Fs;
  limits: ParseLimits;
  diagnostics: Diagnostic[];
  files: Set<string>;
  kustomizations: Map<string, Kustomization>;
  /** file → namespace and overlay dir from the kustomization that lists it (outermost wins). */
  owner: Map<string, { namespace?: string; overlay: string }>;
  problems: KustomizationProblem[];
  /** Files parsed so far, in the order their diagnostics were reported. */
  parsed: Map<string, ParsedFileResult>;
  /** Results parsed ahead (on worker threads); their diagnostics count when the loader reaches them. */
  ahead?: Map<string, ParsedFileResult>;
}

const isKustomizationFile = (file: string) => KUSTOMIZATION_NAMES.includes(basename(file));

/**
 * Loads files and directories into an Inventory. Directories are walked (sorted, skipping
 * .git and node_modules); kustomizations are followed so their namespace applies and the files
 * they list are loaded even from outside the given paths.
 */
export function loadInventory(paths: string[], opts: LoadOptions): LoadResult {
  const load = startLoad(paths, opts);
  resolveKustomizations(load);
  return buildInventory(load);
}

export interface ParallelLoadOptions extends LoadOptions {
  /**
   * Threads that parse, this one included: it parses a share too, next to `threads - 1` workers.
   * Default: min(2, available parallelism); below 2, everything is parsed on this thread.
   */
  threads?: number;
  /** Fewer YAML files than this (kustomizations aside) are parsed on the main thread. Default 300. */
  parallelThreshold?: number;
  /** The worker module (default: the compiled parse-worker.js next to this module). */
  workerUrl?: URL;
  /** Whether this thread parses a share too (default true); false leaves it all to the workers. */
  mainShare?: boolean;
}

/** The result of `loadInventoryParallel`: with, when worker threads parsed, what they did. */
export interface ParallelLoadResult extends LoadResult {
  parallel?: ParsePoolStats;
}

/**
 * `loadInventory` with YAML parsed on worker threads when there are many files on the real file
 * system: the same Inventory and diagnostics, in the same order. With a custom `readFile` or
 * `readDir`, few files, a single core or no worker module, it is `loadInventory`.
 */
export async function loadInventoryParallel(paths: string[], opts: ParallelLoadOptions): Promise<ParallelLoadResult> {
  const threads = opts.threads ?? Math.min(2, availableParallelism());
  const threshold = opts.parallelThreshold ?? 300;
  let pool: ParsePool | undefined;
  let opened = false;
  // Manifests go to the workers as the walk finds them, once there are enough to be worth it.
  // The workers start a little before, so they boot while the walk goes on.
  let found: string[] = [];
  let feeding = false;
  const onFile = (file: string) => {
    if (isKustomizationFile(file)) return;
    found.push(file);
    if (!opened && found.length >= Math.min(100, threshold)) {
      opened = true;
      pool = ParsePool.open({
        workers: threads - 1,
        limits: limitsOf(opts),
        ...(opts.workerUrl ? { workerUrl: opts.workerUrl } : {}),
        ...(opts.mainShare !== undefined ? { mainShare: opts.mainShare } : {}),
      });
    }
    if (pool && (feeding ? found.length >= 32 : found.length >= threshold)) {
      pool.add(found);
      found = [];
      feeding = true;
    }
  };
  try {
    const load = startLoad(paths, opts, opts.readFile || opts.readDir || threads < 2 ? undefined : onFile);
    if (!pool || !feeding) {
      resolveKustomizations(load);
      return buildInventory(load);
    }
    pool.add(found);
    // The workers parse the manifests while this thread follows the kustomizations, then helps.
    resolveKustomizations(load);
    load.ahead = await pool.finish((file) => parseFileContent(file, load.fs.read(file), load.limits));
    const result: ParallelLoadResult = buildInventory(load);
    result.parallel = pool.stats;
    return result;
  } finally {
    await pool?.close();
  }
}

function limitsOf(opts: LoadOptions): ParseLimits {
  return { maxBytes: opts.maxFileBytes ?? 5 * 1024 * 1024, maxAlias: opts.maxAliasCount ?? 1000 };
}

/** The files of the inputs: directories walked, a file given directly with its kustomization. */
function startLoad(paths: string[], opts: LoadOptions, onFile?: (file: string) => void): Load {
  const fs = realFs(opts);
  const load: Load = {
    opts,
    fs,
    limits: limitsOf(opts),
    diagnostics: [],
    files: new Set<string>(),
    kustomizations: new Map(),
    owner: new Map(),
    problems: [],
    parsed: new Map(),
  };
  const files = onFile
    ? new (class extends Set<string> {
      override add(file: string): this {
        if (!this.has(file)) {
          super.add(file);
          onFile(file);
        }
        return this;
      }
    })()
    : load.files;
  const walk = (dir: string) => {
    const entries = fs.list(dir);
    if (!entries) return;
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [name, isDir] of entries) {
      const p = join(dir, name);
      if (isDir) {
        if (!SKIP_DIRS.has(name)) walk(p);
      } else if ((YAML_EXT.test(name) && name !== PROFILE_FILE) || name === 'Kustomization') {
        files.add(p);
      }
    }
  };

  for (const input of paths) {
    const abs = resolve(input);
    const k = fs.kind(abs);
    if (k === 'dir') {
      walk(abs);
    } else if (k === 'file') {
      files.add(abs);
      if (opts.withOverlay !== false) {
        for (const kn of KUSTOMIZATION_NAMES) {
          const kf = join(dirname(abs), kn);
          if (kf !== abs && fs.kind(kf) === 'file') files.add(kf);
        }
      }
    } else {
      throw new InputError(`no such file or directory: ${input}; check the path (relative paths start at ${process.cwd()})`);
    }
  }
  if (files !== load.files) load.files = new Set(files);
  return load;
}

/** A file's parse, once; its diagnostics are reported when it is first needed. */
function parse(load: Load, file: string): ParsedFileResult {
  let pf = load.parsed.get(file);
  if (!pf) {
    pf = load.ahead?.get(file) ?? parseFileContent(file, load.fs.read(file), load.limits);
    load.parsed.set(file, pf);
    load.diagnostics.push(...pf.diagnostics);
  }
  return pf;
}

/** Follows the kustomizations among the files: namespaces, owners, listed files, problems. */
function resolveKustomizations(load: Load): void {
  const { fs, files, kustomizations, owner, problems } = load;
  /** Positions inside a kustomization, for its problems: parsed again from the text (rare). */
  const locateIn = (pf: ParsedFileResult, index: number, path: YamlPath) => {
    const { docs, lineCounter } = composeAll(pf.text ?? '');
    return locate(docs[index]!, lineCounter, path);
  };

  const visitKustomization = (file: string, inherited: string | undefined, overlay: string | undefined, depth: number) => {
    if (depth > 20) return;
    const pf = parse(load, file);
    const doc = pf.docs[0];
    if (!doc || !isRecord(doc.data)) return;
    const dir = dirname(file);
    const own = typeof doc.data.namespace === 'string' ? doc.data.namespace : undefined;
    const ns = inherited ?? own;
    const k: Kustomization = { file, dir };
    if (ns !== undefined) k.namespace = ns;
    if (!kustomizations.has(file)) kustomizations.set(file, k);
    const top = overlay ?? dir;
    for (const field of ['resources', 'components'] as const) {
      const list = doc.data[field];
      if (!Array.isArray(list)) continue;
      list.forEach((entry, i) => {
        if (typeof entry !== 'string' || isRemote(entry)) return;
        const target = resolve(dir, entry);
        const kind = fs.kind(target);
        if (kind === 'file') {
          files.add(target);
          if (!owner.has(target)) owner.set(target, ns !== undefined ? { namespace: ns, overlay: top } : { overlay: top });
        } else if (kind === 'dir') {
          const kf = KUSTOMIZATION_NAMES.map((n) => join(target, n)).find((p) => fs.kind(p) === 'file');
          if (kf) {
            files.add(kf);
            visitKustomization(kf, ns, top, depth + 1);
          } else {
            const pos = locateIn(pf, doc.index, [field, i]);
            problems.push({ file, field, entry, problem: 'no-kustomization', ...pos });
          }
        } else {
          const pos = locateIn(pf, doc.index, [field, i]);
          problems.push({ file, field, entry, problem: 'missing', ...pos });
        }
      });
    }
  };

  const kfiles = [...files].filter(isKustomizationFile).sort();
  // Outer kustomizations first, so their namespace wins over an inner one, as kustomize does.
  kfiles.sort((a, b) => a.split(sep).length - b.split(sep).length || (a < b ? -1 : 1));
  const referenced = new Set<string>();
  for (const kf of kfiles) {
    const pf = parse(load, kf);
    const data = pf.docs[0]?.data;
    if (!isRecord(data)) continue;
    for (const field of ['resources', 'components']) {
      const list = data[field];
      if (Array.isArray(list)) {
        for (const e of list) if (typeof e === 'string' && !isRemote(e)) referenced.add(resolve(dirname(kf), e));
      }
    }
  }
  for (const kf of kfiles) {
    if (kustomizations.has(kf)) continue;
    // A kustomization listed (as a directory) by another is visited from its parent.
    if (referenced.has(dirname(kf))) continue;
    visitKustomization(kf, undefined, undefined, 0);
  }
  for (const kf of kfiles) if (!kustomizations.has(kf)) visitKustomization(kf, undefined, undefined, 0);
}

/** Resources of every file, in file then document order. */
function buildInventory(load: Load): LoadResult {
  const { opts, files, owner, diagnostics } = load;
  const sourceFiles: SourceFile[] = [];
  const resources: Resource[] = [];
  for (const file of [...files].sort()) {
    const pf = parse(load, file);
    const loc = siteLocationOf(file, opts.profile);
    const isKustomization = isKustomizationFile(file);
    const sf: SourceFile = { path: file, kind: pf.skipped ? 'skipped' : isKustomization ? 'kustomization' : loc.values ? 'values' : 'manifest', text: pf.text };
    sourceFiles.push(sf);
    if (pf.skipped || isKustomization) continue;
    const own = owner.get(file);
    let nonK8s = false;
    let loaded = 0;
    const text = pf.text ?? '';
    let reparsedCache: { docs: Document[]; lineCounter: LineCounter } | undefined;
    const reparsed = () => (reparsedCache ??= composeAll(text));
    for (const d of pf.docs) {
      if (d.data === null || d.data === undefined) continue;
      const objs = objectsOf(d.data);
      objs.forEach(({ obj, base }, i) => {
        if (!isRecord(obj) || typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string') {
          nonK8s = true;
          return;
        }
        const meta = isRecord(obj.metadata) ? obj.metadata : {};
        const at = d.objects[i]!;
        const pos = at.position;
        if (typeof meta.name !== 'string' || meta.name === '') {
          if (typeof meta.generateName === 'string') return;
          const mp = at.metadata ?? pos;
          diagnostics.push({
            ruleId: 'schema',
            severity: 'error',
            message: `${obj.kind} has no metadata.name; the API server rejects it`,
            file,
            line: mp.line,
            column: mp.column,
          });
          return;
        }
        const declared = typeof meta.namespace === 'string' ? meta.namespace : undefined;
        const namespace = CLUSTER_SCOPED.has(obj.kind) ? undefined : own?.namespace ?? declared;
        const r = {
          apiVersion: obj.apiVersion,
          kind: obj.kind,
          name: meta.name,
          object: obj,
          file,
          docIndex: d.index,
          basePath: base,
          position: pos,
          scope: loc.site !== undefined || loc.k8sCluster !== undefined ? `${loc.site ?? ''}/${loc.k8sCluster ?? ''}` : '',
          ...(loc.site !== undefined ? { site: loc.site } : {}),
          ...(loc.k8sCluster !== undefined ? { k8sCluster: loc.k8sCluster } : {}),
          ...(loc.wave !== undefined ? { wave: loc.wave } : {}),
        } as Resource;
        // The parsed Document is only needed for the positions of findings and for edits: it is
        // parsed again from the text on first use, so a large site does not hold every syntax tree.
        const docIndex = d.index;
        Object.defineProperties(r, {
          doc: { get: () => reparsed().docs[docIndex]!, enumerable: true },
          lineCounter: { get: () => reparsed().lineCounter, enumerable: true },
        });
        if (namespace !== undefined) r.namespace = namespace;
        if (declared !== undefined) r.declaredNamespace = declared;
        if (own) r.overlay = own.overlay;
        const app = loc.app ?? (own?.namespace ?? undefined);
        if (app !== undefined) r.app = app;
        resources.push(r);
        loaded++;
      });
    }
    // Release the parsed data of this file (the resources hold what they need).
    pf.docs = [];
    if (nonK8s && !loc.values && loaded === 0) {
      sf.kind = 'data';
      diagnostics.push({
        ruleId: 'skipped-file',
        severity: 'info',
        message: 'not a Kubernetes manifest (no apiVersion/kind); skipped',
        file,
        line: 1,
        column: 1,
      });
    } else if (nonK8s && !loc.values) {
      // a mixed file: note it, the Kubernetes documents are loaded
    } else if (loc.values) {
      sf.kind = 'values';
    }
  }
  return { inventory: new Inventory(resources, sourceFiles, [...load.kustomizations.values()].map((k) => k.dir), load.problems), diagnostics };
}

/** Relative path with `/` separators, for output. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}


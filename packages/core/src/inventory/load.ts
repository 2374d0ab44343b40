import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { InputError } from '../errors.js';
import { PROFILE_FILE } from '../profile/load.js';
import { layoutRegExp, type Profile } from '../profile/profile.js';
import type { ProblemMessage } from '../rules/kustomize-resources.js';
import { skippedFile } from '../rules/load-notes.js';
import { formatMessage } from '../rules/rule.js';
import type { Diagnostic, YamlPath } from '../types.js';
import { Inventory, type KustomizationProblem, type SourceFile } from './inventory.js';
import { isRecord, type Resource, type SiteLocation } from './resource.js';
import { composeAll, objectsOf, parseFileContent, type ParseLimits, type ParsedFileResult } from './parse-file.js';
import { ParsePool, type ParsePoolStats } from './parse-pool.js';
import { locate } from './yaml-nodes.js';
import { buildDeploymentModel, type DeploymentModel } from '../deploy/model.js';
import type { RenderHost } from '../deploy/kustomize.js';
import { originIn, type DocSource } from '../deploy/provenance.js';

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
  /** Entries one mapping or sequence may hold; more refuses the file. Default MAX_ENTRIES (10,000). */
  maxEntries?: number;
  /** Milliseconds one file's parse may take; longer refuses the file. Default MAX_PARSE_MS (10 s). */
  maxParseMs?: number;
  /**
   * For a file given directly, also load the kustomization of its directory and what it lists,
   * so the file is checked with the overlay it belongs to. Default true.
   */
  withOverlay?: boolean;
  /** Reads a file; defaults to the file system. Lets callers load from git objects. */
  readFile?: (path: string) => Buffer | undefined;
  /** Lists a directory's entries as [name, isDirectory]; defaults to the file system. */
  readDir?: (path: string) => [string, boolean][] | undefined;
  /** Where repository paths of Flux Kustomizations and ArgoCD Applications start (default: found by walking up). */
  repoRoot?: string;
  /**
   * Files (absolute paths) a directory walk leaves out (profile `exclude`): they are not loaded
   * unless a kustomization that is loaded lists them.
   */
  exclude?: (file: string) => boolean;
}

export interface LoadResult {
  inventory: Inventory;
  /** The deployable roots and what each renders to. */
  model?: DeploymentModel;
  /** Problems found while loading: syntax errors, missing kustomization resources, skipped files. */
  diagnostics: Diagnostic[];
  /** Files the walk left out because `exclude` matched them. */
  excluded?: number;
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

/** Site, cluster, wave and app from a path, per the profile layout (the first overlay template that matches). */
export function siteLocationOf(file: string, profile: Profile): SiteLocation & { values?: boolean } {
  const p = file.split(sep).join('/');
  for (const template of profile.layout.overlays ?? [profile.layout.overlay]) {
    const overlay = layoutRegExp(template).exec(p);
    if (overlay?.groups) return pick(overlay.groups);
  }
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


/** The state of one load, shared by its phases. */
interface Load {
  opts: LoadOptions;
  fs: Fs;
  limits: ParseLimits;
  diagnostics: Diagnostic[];
  files: Set<string>;
  /** Templates of Helm charts found in the walk (app-of-apps charts hold ArgoCD Applications). */
  chartTemplates: string[];
  /** The first input folder: root ids are relative to it. */
  base?: string;
  /** Files parsed so far, in the order their diagnostics were reported. */
  parsed: Map<string, ParsedFileResult>;
  /** Results parsed ahead (on worker threads); their diagnostics count when the loader reaches them. */
  ahead?: Map<string, ParsedFileResult>;
  /** Files the walk left out (`exclude`). */
  excluded: number;
}

const isKustomizationFile = (file: string) => KUSTOMIZATION_NAMES.includes(basename(file));

/**
 * Loads files and directories into an Inventory. Directories are walked (sorted, skipping
 * .git and node_modules); kustomizations are followed so their namespace applies and the files
 * they list are loaded even from outside the given paths.
 */
export function loadInventory(paths: string[], opts: LoadOptions): LoadResult {
  const load = startLoad(paths, opts);
  return buildInventory(load);
}

export interface ParallelLoadOptions extends LoadOptions {
  /**
   * Threads that parse, this one included: it parses a share too, next to `threads - 1` workers.
   * Below 2 (the default), everything is parsed on this thread. Measured on a 2-core machine, a
   * second thread does not pay: a 1000-app site lints in 1.81 s on one thread and 1.87 s on two
   * (each thread parses at about half speed beside the other, and the worker costs its start and
   * the copy of its results), for twice the CPU time.
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
  const threads = opts.threads ?? 1;
  const threshold = opts.parallelThreshold ?? 300;
  let pool: ParsePool | undefined;
  let opened = false;
  // Manifests go to the workers as the walk finds them, once there are enough to be worth it.
  // The workers start a little before, so they boot while the walk goes on.
  let found: string[] = [];
  let feeding = false;
  const onFile = (file: string) => {
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
      return buildInventory(load);
    }
    pool.add(found);
    load.ahead = await pool.finish((file) => parseFileContent(file, load.fs.read(file), load.limits));
    const result: ParallelLoadResult = buildInventory(load);
    result.parallel = pool.stats;
    return result;
  } finally {
    await pool?.close();
  }
}

function limitsOf(opts: LoadOptions): ParseLimits {
  return {
    maxBytes: opts.maxFileBytes ?? 5 * 1024 * 1024,
    maxAlias: opts.maxAliasCount ?? 1000,
    ...(opts.maxEntries !== undefined ? { maxEntries: opts.maxEntries } : {}),
    ...(opts.maxParseMs !== undefined ? { maxParseMs: opts.maxParseMs } : {}),
  };
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
    chartTemplates: [],
    parsed: new Map(),
    excluded: 0,
  };
  const excluded = (file: string): boolean => {
    if (!opts.exclude?.(file)) return false;
    load.excluded++;
    return true;
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
    if (entries.some(([name, isDir]) => !isDir && name === 'Chart.yaml')) {
      if (excluded(join(dir, 'Chart.yaml'))) return;
      // A Helm chart: its templates and values are not manifests (an Application or a
      // kustomization's helmCharts renders it). Its templates may hold ArgoCD Applications
      // (an app-of-apps chart): the deployment model reads those.
      load.diagnostics.push({ ruleId: 'skipped-file', messageId: 'helmChart', severity: 'info', message: formatMessage(skippedFile.meta, 'helmChart'), file: join(dir, 'Chart.yaml'), line: 1, column: 1 });
      const templates = join(dir, 'templates');
      const walkTemplates = (d: string, depth: number) => {
        if (depth > 8) return;
        for (const [name, isDir] of [...(fs.list(d) ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
          const p = join(d, name);
          if (isDir) walkTemplates(p, depth + 1);
          else if (YAML_EXT.test(name)) load.chartTemplates.push(p);
        }
      };
      walkTemplates(templates, 0);
      return;
    }
    for (const [name, isDir] of entries) {
      const p = join(dir, name);
      if (isDir) {
        if (!SKIP_DIRS.has(name)) walk(p);
      } else if (((YAML_EXT.test(name) && name !== PROFILE_FILE) || name === 'Kustomization') && !excluded(p)) {
        files.add(p);
      }
    }
  };

  for (const input of paths) {
    const abs = resolve(input);
    const k = fs.kind(abs);
    if (load.base === undefined && k !== undefined) load.base = baseFolder(k === 'dir' ? abs : dirname(abs), fs);
    if (k === 'dir') {
      walk(abs);
    } else if (k === 'file') {
      if (excluded(abs)) continue;
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

/**
 * Where root ids' paths start: the git repository holding the folder, else the working directory
 * when the folder is inside it, else the folder itself.
 */
function baseFolder(dir: string, fs: Fs): string {
  for (let d = dir, i = 0; i < 64; i++) {
    if (fs.kind(join(d, '.git')) !== undefined) return d;
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  const cwd = process.cwd();
  return dir === cwd || dir.startsWith(cwd + sep) ? cwd : dir;
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

/** Renders the files' deployment model and makes the Inventory of what it applies. */
function buildInventory(load: Load): LoadResult {
  const { opts, fs, diagnostics } = load;
  const walked = [...load.files].sort();
  for (const file of walked) parse(load, file);
  const reparsed = new Map<string, { docs: Document[]; lineCounter: LineCounter }>();
  // YAML inline in a kustomization is parsed once too: a position is asked for each field.
  const inlineParsed = new Map<string, ReturnType<typeof composeAll>>();
  const docsOf = (file: string, text?: string) => {
    if (text !== undefined) {
      let r = inlineParsed.get(text);
      if (!r) inlineParsed.set(text, (r = composeAll(text)));
      return r;
    }
    let r = reparsed.get(file);
    if (!r) {
      const t = parse(load, file).text;
      if (t === undefined) return undefined;
      r = composeAll(t);
      reparsed.set(file, r);
    }
    return r;
  };
  const extra = new Set<string>();
  const kinds = new Map<string, 'file' | 'dir' | null>();
  for (const f of walked) kinds.set(f, 'file');
  const host: RenderHost = {
    parsed: (file) => {
      if (!load.files.has(file)) extra.add(file);
      return parse(load, file);
    },
    kind: (p) => {
      let k = kinds.get(p);
      if (k === undefined) kinds.set(p, (k = fs.kind(p) ?? null));
      return k ?? undefined;
    },
    list: (p) => fs.list(p),
    text: (file) => {
      if (fs.kind(file) !== 'file') return undefined;
      const b = fs.read(file);
      return b === undefined ? undefined : b.toString('utf8');
    },
    position: (file, docIndex, path) => {
      const r = docsOf(file);
      const doc = r?.docs[docIndex];
      return r && doc ? locate(doc, r.lineCounter, path) : { line: 1, column: 1 };
    },
  };
  const model = buildDeploymentModel({ files: walked, host, templates: load.chartTemplates, ...(load.base ? { base: load.base } : {}), ...(opts.repoRoot ? { repoRoot: opts.repoRoot } : {}) });
  const docSource: DocSource = { docs: docsOf };

  const resources: Resource[] = [];
  const sourceFiles: SourceFile[] = [];
  const allFiles = [...new Set([...walked, ...extra])].sort();
  const kOf = (file: string): SourceFile['kind'] => {
    const pf = parse(load, file);
    if (pf.skipped) return 'skipped';
    if (isKustomizationFile(file)) return 'kustomization';
    if (siteLocationOf(file, opts.profile).values) return 'values';
    return 'manifest';
  };
  for (const file of allFiles) sourceFiles.push({ path: file, kind: kOf(file), text: parse(load, file).text });
  const byPath = new Map(sourceFiles.map((f) => [f.path, f]));

  const namelessReported = new Set<string>();
  for (const root of model.roots) {
    for (const it of root.items) {
      const src = it.layers[0]!;
      if (src.kind !== 'source') continue;
      const obj = it.object;
      const meta = isRecord(obj.metadata) ? obj.metadata : {};
      const pf = parse(load, src.file);
      const d = pf.docs.find((x) => x.index === src.docIndex);
      const objIndex = src.basePath.length === 2 && src.basePath[0] === 'items' ? Number(src.basePath[1]) : 0;
      const at = d?.objects[objIndex];
      const pos = at?.position ?? host.position(src.file, src.docIndex, src.basePath);
      if (typeof meta.name !== 'string' || meta.name === '') {
        if (typeof meta.generateName === 'string') continue;
        const key = `${src.file}\0${src.docIndex}\0${objIndex}`;
        if (namelessReported.has(key)) continue;
        namelessReported.add(key);
        const mp = at?.metadata ?? pos;
        diagnostics.push({ ruleId: 'schema', messageId: 'noName', severity: 'error', message: `${String(obj.kind)} has no metadata.name; the API server rejects it`, file: src.file, line: mp.line, column: mp.column });
        continue;
      }
      const kind = String(obj.kind);
      const loc = siteLocationOf(src.file, opts.profile);
      const declared = typeof meta.namespace === 'string' ? meta.namespace : undefined;
      const namespace = CLUSTER_SCOPED.has(kind) ? undefined : declared;
      const original = isRecord(src.data) && isRecord(src.data.metadata) && typeof src.data.metadata.namespace === 'string' ? src.data.metadata.namespace : undefined;
      const r = {
        apiVersion: String(obj.apiVersion),
        kind,
        name: meta.name,
        object: obj,
        file: src.file,
        docIndex: src.docIndex,
        basePath: src.basePath,
        position: pos,
        scope: loc.site !== undefined || loc.k8sCluster !== undefined ? `${loc.site ?? ''}/${loc.k8sCluster ?? ''}` : '',
        root: root.id,
        ...(loc.site !== undefined ? { site: loc.site } : {}),
        ...(loc.k8sCluster !== undefined ? { k8sCluster: loc.k8sCluster } : {}),
        ...(loc.wave !== undefined ? { wave: loc.wave } : {}),
      } as Resource;
      const layers = it.layers;
      const docIndex = src.docIndex;
      const file = src.file;
      Object.defineProperties(r, {
        doc: { get: () => docsOf(file)!.docs[docIndex]!, enumerable: true },
        lineCounter: { get: () => docsOf(file)!.lineCounter, enumerable: true },
        origin: { value: (path: YamlPath, o: { key?: boolean } = {}) => originIn(layers, r.object, path, docSource, o), enumerable: false },
        layers: { value: layers, enumerable: false },
      });
      if (it.unknown.length > 0) r.unknown = it.unknown;
      if (namespace !== undefined) r.namespace = namespace;
      if (original !== undefined) r.declaredNamespace = original;
      if (root.controller !== 'none') r.overlay = root.path;
      const app = loc.app ?? namespace;
      if (app !== undefined) r.app = app;
      resources.push(r);
    }
  }

  // Notes for files that are not applied as they are.
  const used = model.fileRoles;
  for (const file of walked) {
    const sf = byPath.get(file)!;
    const pf = parse(load, file);
    if (pf.skipped || sf.kind === 'kustomization') continue;
    const loc = siteLocationOf(file, opts.profile);
    if (loc.values) continue;
    const objs = pf.docs.flatMap((d) => (d.data === null || d.data === undefined ? [] : objectsOf(d.data)));
    const k8s = objs.some(({ obj }) => isRecord(obj) && typeof obj.apiVersion === 'string' && typeof obj.kind === 'string');
    const role = used.get(file);
    if (!k8s && pf.docs.length > 0 && role !== 'patch' && role !== 'component' && role !== 'generator-input') {
      sf.kind = 'data';
      diagnostics.push({ ruleId: 'skipped-file', messageId: 'notManifest', severity: 'info', message: formatMessage(skippedFile.meta, 'notManifest'), file, line: 1, column: 1 });
    }
  }
  for (const file of model.unlisted) {
    const pf = parse(load, file);
    if (pf.skipped || byPath.get(file)?.kind === 'data' || siteLocationOf(file, opts.profile).values) continue;
    const k = [...KUSTOMIZATION_NAMES].map((n) => join(dirname(file), n)).find((p) => fs.kind(p) === 'file');
    diagnostics.push({ ruleId: 'skipped-file', messageId: 'unlisted', severity: 'info', message: formatMessage(skippedFile.meta, 'unlisted', { kustomization: k ? basename(k) : 'the kustomization' }), file, line: 1, column: 1 });
  }
  diagnostics.push(...model.diagnostics);
  const problems: (KustomizationProblem & ProblemMessage)[] = model.problems.map((p) => ({
    file: p.file,
    field: p.field ?? 'resources',
    entry: p.entry ?? '',
    problem: p.problem,
    line: p.line,
    column: p.column,
    ...(p.message ? { message: p.message } : {}),
    messageId: p.messageId,
    data: p.data,
  }));
  const overlays = [...new Set(model.roots.filter((r) => r.controller !== 'none').map((r) => r.path))];
  const inventory = new Inventory(resources, sourceFiles, overlays, problems);
  inventory.model = model;
  const root = opts.repoRoot ?? load.base;
  if (root !== undefined) inventory.root = root;
  return { inventory, diagnostics, model, ...(load.excluded > 0 ? { excluded: load.excluded } : {}) };
}


/** Relative path with `/` separators, for output. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}


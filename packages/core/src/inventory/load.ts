import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, Parser, Composer, parseAllDocuments, visit, type Document } from 'yaml';
import { InputError } from '../errors.js';
import { PROFILE_FILE } from '../profile/load.js';
import { layoutRegExp, type Profile } from '../profile/profile.js';
import type { Diagnostic, YamlPath } from '../types.js';
import { Inventory, type KustomizationProblem, type SourceFile } from './inventory.js';
import { isRecord, type Resource, type SiteLocation } from './resource.js';
import { locate } from './yaml-nodes.js';

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

function isBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

const HELM = /\{\{-?\s|\{\{[.$a-zA-Z/]/;

/**
 * A Helm (Go) template, as opposed to YAML that merely holds `{{ }}` in string values (an
 * ExternalSecret target template, a PrometheusRule annotation): the text does not parse as YAML,
 * or some `{{` lies outside every string scalar.
 */
function isHelmTemplate(text: string): boolean {
  if (!HELM.test(text)) return false;
  let docs: Document[];
  try {
    docs = parseAllDocuments(text, { prettyErrors: false }) as Document[];
  } catch {
    return true;
  }
  if (!Array.isArray(docs)) return true;
  const ranges: [number, number][] = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) return true;
    visit(doc, {
      Scalar(_key, node) {
        if (isScalar(node) && typeof node.value === 'string' && node.range && node.value.includes('{{')) {
          ranges.push([node.range[0], node.range[1]]);
        }
      },
    });
  }
  for (let i = text.indexOf('{{'); i >= 0; i = text.indexOf('{{', i + 2)) {
    if (!ranges.some(([a, b]) => i >= a && i < b)) {
      // A `{{` in a comment does not make a template.
      const lineStart = text.lastIndexOf('\n', i) + 1;
      const hash = text.indexOf('#', lineStart);
      if (hash >= 0 && hash < i && /(^|\s)#/.test(text.slice(lineStart, hash + 1))) continue;
      return true;
    }
  }
  return false;
}

interface Kustomization {
  file: string;
  dir: string;
  namespace?: string;
}

/**
 * Loads files and directories into an Inventory. Directories are walked (sorted, skipping
 * .git and node_modules); kustomizations are followed so their namespace applies and the files
 * they list are loaded even from outside the given paths.
 */
export function loadInventory(paths: string[], opts: LoadOptions): LoadResult {
  const fs = realFs(opts);
  const maxBytes = opts.maxFileBytes ?? 5 * 1024 * 1024;
  const maxAlias = opts.maxAliasCount ?? 1000;
  const diagnostics: Diagnostic[] = [];
  const files = new Set<string>();
  const kustomizations = new Map<string, Kustomization>();
  /** file → namespace and overlay dir from the kustomization that lists it (outermost wins). */
  const owner = new Map<string, { namespace?: string; overlay: string }>();
  const problems: KustomizationProblem[] = [];

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

  // Parse every file once; kustomizations are resolved after, and may add files.
  const parsed = new Map<string, ParsedFile>();
  const parse = (file: string): ParsedFile => {
    let pf = parsed.get(file);
    if (!pf) {
      pf = parseFile(file, fs, maxBytes, maxAlias, diagnostics);
      parsed.set(file, pf);
    }
    return pf;
  };

  const visitKustomization = (file: string, inherited: string | undefined, overlay: string | undefined, depth: number) => {
    if (depth > 20) return;
    const pf = parse(file);
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
            const pos = locate(doc.doc, pf.lineCounter, [field, i]);
            problems.push({ file, field, entry, problem: 'no-kustomization', ...pos });
          }
        } else {
          const pos = locate(doc.doc, pf.lineCounter, [field, i]);
          problems.push({ file, field, entry, problem: 'missing', ...pos });
        }
      });
    }
  };

  const kfiles = [...files].filter((f) => KUSTOMIZATION_NAMES.includes(basename(f))).sort();
  // Outer kustomizations first, so their namespace wins over an inner one, as kustomize does.
  kfiles.sort((a, b) => a.split(sep).length - b.split(sep).length || (a < b ? -1 : 1));
  const referenced = new Set<string>();
  for (const kf of kfiles) {
    const pf = parse(kf);
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

  const sourceFiles: SourceFile[] = [];
  const resources: Resource[] = [];
  for (const file of [...files].sort()) {
    const pf = parse(file);
    const loc = siteLocationOf(file, opts.profile);
    const isKustomization = KUSTOMIZATION_NAMES.includes(basename(file));
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
      const objs: { obj: unknown; base: YamlPath }[] =
        isRecord(d.data) && d.data.kind === 'List' && Array.isArray(d.data.items)
          ? d.data.items.map((obj, i) => ({ obj, base: ['items', i] }))
          : [{ obj: d.data, base: [] }];
      for (const { obj, base } of objs) {
        if (!isRecord(obj) || typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string') {
          nonK8s = true;
          continue;
        }
        const meta = isRecord(obj.metadata) ? obj.metadata : {};
        const pos = locate(d.doc, pf.lineCounter, base, { key: true });
        if (typeof meta.name !== 'string' || meta.name === '') {
          if (typeof meta.generateName === 'string') continue;
          const at = locate(d.doc, pf.lineCounter, [...base, 'metadata']);
          diagnostics.push({
            ruleId: 'schema',
            severity: 'error',
            message: `${obj.kind} has no metadata.name; the API server rejects it`,
            file,
            line: at.line,
            column: at.column,
          });
          continue;
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
      }
    }
    // Release the syntax trees of this file (see above).
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
  return { inventory: new Inventory(resources, sourceFiles, [...kustomizations.values()].map((k) => k.dir), problems), diagnostics };
}

interface ParsedDoc {
  index: number;
  doc: Document;
  data: unknown;
}
interface ParsedFile {
  text?: string;
  docs: ParsedDoc[];
  lineCounter: LineCounter;
  skipped: boolean;
}

function parseFile(file: string, fs: Fs, maxBytes: number, maxAlias: number, diagnostics: Diagnostic[]): ParsedFile {
  const lineCounter = new LineCounter();
  const skip = (message: string, severity: 'info' | 'error' = 'info', line = 1, column = 1): ParsedFile => {
    diagnostics.push({ ruleId: severity === 'info' ? 'skipped-file' : 'yaml-syntax', severity, message, file, line, column });
    return { docs: [], lineCounter, skipped: true };
  };
  const buf = fs.read(file);
  if (!buf) return skip('cannot read file; skipped', 'error');
  if (buf.length > maxBytes) {
    return skip(`file is ${(buf.length / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(0)} MiB limit; skipped`);
  }
  if (buf.length === 0 || buf.toString('utf8').trim() === '') return skip('empty file; skipped');
  if (isBinary(buf)) return skip('binary file; skipped');
  // A UTF-8 byte order mark is not content: without it, columns on line 1 match what editors show.
  // `text` (kept for edits) is the text without it.
  const raw = buf.toString('utf8');
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (isHelmTemplate(text)) {
    return { ...skip('Helm template ({{ … }}); render it with helm template to lint it; skipped'), text };
  }
  const docs: ParsedDoc[] = [];
  let index = 0;
  let refused = 0;
  for (const doc of compose(text, lineCounter)) {
    const errors = doc.errors;
    if (errors.length > 0) {
      const e = errors[0]!;
      const { line, col } = lineCounter.linePos(e.pos[0]);
      diagnostics.push({
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: `YAML syntax error: ${e.message.split('\n')[0]}; the document is skipped`,
        file,
        line,
        column: col,
      });
      index++;
      refused++;
      continue;
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: maxAlias });
    } catch (err) {
      const { line, col } = lineCounter.linePos(doc.range[0]);
      diagnostics.push({
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: `document refused: ${(err as Error).message} (aliases expand beyond ${maxAlias}); the document is skipped`,
        file,
        line,
        column: col,
      });
      index++;
      refused++;
      continue;
    }
    if (isMap(doc.contents) || isSeq(doc.contents) || data !== null) docs.push({ index, doc, data });
    index++;
  }
  if (docs.length === 0 && refused === 0) return { ...skip('no YAML documents (only comments or blank lines); skipped'), text };
  return { text, docs, lineCounter, skipped: false };
}

const COMPOSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;

function compose(text: string, lineCounter: LineCounter): Generator<Document.Parsed> {
  const composer = new Composer(COMPOSE_OPTIONS);
  const parser = new Parser(lineCounter.addNewLine);
  return composer.compose(parser.parse(text), true, text.length);
}

/** Every document of a text, with its line counter: the same parse the loader makes. */
export function composeAll(text: string): { docs: Document[]; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { docs: [...compose(text, lineCounter)], lineCounter };
}

/** Relative path with `/` separators, for output. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}


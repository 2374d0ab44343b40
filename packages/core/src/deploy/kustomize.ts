/**
 * Renders a kustomization directory with kustomize's semantics (v5): resources, components,
 * generators, patches and the built-in transformers in kustomize's order, keeping for every
 * resource the layers its fields come from.
 */
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { composeAll, objectsOf, readYamlText, type ParsedFileResult } from '../inventory/parse-file.js';
import { kustomizeResources } from '../rules/kustomize-resources.js';
import { render as renderRule } from '../rules/load-notes.js';
import { formatMessage, type MessageData } from '../rules/rule.js';
import type { Diagnostic, Position, YamlPath } from '../types.js';
import { foldedChanges, opensFlowMap, withFoldedChanges, type FoldedChange } from './go-yaml-folded.js';
import { applyJsonPatch, PatchError, strategicMerge, type JsonPatchOp } from './merge.js';
import { lazyPosition, type InlineAt, type Layer } from './provenance.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** What the renderer reads: parsed files (cached by the caller), kinds of paths and listings. */
export interface RenderHost {
  parsed(file: string): ParsedFileResult;
  kind(path: string): 'file' | 'dir' | undefined;
  list(dir: string): [string, boolean][] | undefined;
  /** Raw text of a file (generator inputs). */
  text(file: string): string | undefined;
  /** Position of a path inside a parsed file's document. */
  position(file: string, docIndex: number, path: YamlPath): Position;
}

/** One resource being rendered. */
export interface Item {
  object: Obj;
  layers: Layer[];
  /** Names it had before prefixes, suffixes and hashes (for patches and references). */
  previousNames: string[];
  /** A generated ConfigMap or Secret that gets kustomize's hash suffix at the end. */
  hashSuffix?: boolean;
  generatorBehavior?: string;
}

/** How a file took part in a render. */
export type FileRole = 'kustomization' | 'resource' | 'patch' | 'component' | 'generator-input';

export type ProblemKind = 'missing' | 'no-kustomization' | 'cycle' | 'patch' | 'not-a-component' | 'build';

export interface RenderProblem {
  file: string;
  line: number;
  column: number;
  problem: ProblemKind;
  /** The problem in words; empty for an entry that is missing or not a kustomization (the rule words those). */
  message: string;
  /** The kustomize-resources message it is, and its data. */
  messageId: string;
  data: MessageData;
  /** For missing entries: the field and entry as written. */
  field?: 'resources' | 'components';
  entry?: string;
}

/** Changes a controller makes to the kustomization at the root (Flux spec, ArgoCD source.kustomize). */
export interface RootOverrides {
  namespace?: string;
  namePrefix?: string;
  nameSuffix?: string;
  patches?: { patch?: string; path?: string; target?: Obj }[];
  images?: Obj[];
  components?: string[];
  commonLabels?: Record<string, string>;
  commonAnnotations?: Record<string, string>;
  replicas?: Obj[];
  /** Where these overrides are written, for provenance. */
  origin?: { file: string; position: Position };
}

export interface RenderOutput {
  items: Item[];
  files: Map<string, FileRole>;
  problems: RenderProblem[];
  notes: Diagnostic[];
  /** Reasons the output may lack resources that the controller would apply (Helm charts, plugins, remote bases). */
  incomplete: string[];
}

/** Kinds kustomize knows as cluster-scoped (its namespace transformer leaves them alone). */
export const KUSTOMIZE_CLUSTER_SCOPED = new Set([
  'APIService', 'CertificateSigningRequest', 'ClusterRole', 'ClusterRoleBinding', 'ComponentStatus',
  'CSIDriver', 'CSINode', 'CustomResourceDefinition', 'FlowSchema', 'IngressClass', 'MutatingWebhookConfiguration',
  'Namespace', 'Node', 'PersistentVolume', 'PodSecurityPolicy', 'PriorityClass', 'PriorityLevelConfiguration',
  'RuntimeClass', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview', 'StorageClass', 'SubjectAccessReview',
  'TokenReview', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'ValidatingWebhookConfiguration',
  'VolumeAttachment',
]);

const REMOTE = /^([a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/i;
export const isRemote = (entry: string) => REMOTE.test(entry) || /\?ref=/.test(entry);

export function kustomizationFileIn(dir: string, host: RenderHost): string | undefined {
  for (const n of KUSTOMIZATION_FILES) {
    const f = join(dir, n);
    if (host.kind(f) === 'file') return f;
  }
  return undefined;
}

/** Where a kustomization file's field is, as a position. */
function at(host: RenderHost, file: string, path: YamlPath): Position {
  return lazyPosition(() => host.position(file, 0, path));
}

interface Frame {
  dir: string;
  file: string;
  data: Obj;
}

/** The folded scalars kustomize changes, by parsed file (a host caches its parses). */
const FOLDED = new WeakMap<ParsedFileResult, Map<number, FoldedChange[]>>();

export class KustomizeRenderer {
  readonly files = new Map<string, FileRole>();
  readonly problems: RenderProblem[] = [];
  readonly notes: Diagnostic[] = [];
  readonly incomplete: string[] = [];
  private steps = 0;
  private pendingBuiltins: Obj[] = [];
  /** Name references declared in `configurations` files (kind, the kind that refers, the field). */
  private readonly nameRefs: NameRef[] = [];
  /** foldedIn's cache for YAML inline in kustomizations (files: FOLDED). */
  private readonly inlineFolded = new Map<string, Map<number, FoldedChange[]>>();

  constructor(private readonly host: RenderHost, private readonly limits = { maxDepth: 40, maxSteps: 20000 }) {}

  /** Renders `dir` (which must hold a kustomization, unless `generated` lists its files). */
  render(dir: string, overrides?: RootOverrides, generated?: Obj): RenderOutput {
    const items: Item[] = [];
    this.accumulate(dir, items, [dir], false, overrides, generated);
    this.finishHashes(items);
    return { items, files: this.files, problems: this.problems, notes: this.notes, incomplete: this.incomplete };
  }

  private role(file: string, role: FileRole) {
    if (!this.files.has(file) || role === 'patch' || role === 'component') this.files.set(file, role);
  }

  private problem(file: string, path: YamlPath, problem: ProblemKind, messageId: string, data: MessageData = {}) {
    const pos = at(this.host, file, path);
    this.problems.push({ file, line: pos.line, column: pos.column, problem, message: formatMessage(kustomizeResources.meta, messageId, data), messageId, data });
  }

  /** A listed entry that does not exist, or is a directory without a kustomization: worded by the rule (and by render). */
  private entryProblem(file: string, path: YamlPath, problem: 'missing' | 'no-kustomization', field: 'resources' | 'components', entry: string) {
    const pos = at(this.host, file, path);
    const messageId = problem === 'missing' ? 'missing' : 'notKustomization';
    this.problems.push({ file, line: pos.line, column: pos.column, problem, message: '', messageId, data: { entry, field }, field, entry });
  }

  private note(file: string, path: YamlPath, messageId: string, data: MessageData = {}, incomplete?: string) {
    const pos = at(this.host, file, path);
    this.notes.push({ ruleId: 'render', messageId, severity: 'info', message: formatMessage(renderRule.meta, messageId, data), file, line: pos.line, column: pos.column });
    if (incomplete) this.incomplete.push(incomplete);
  }

  /** Loads a kustomization directory's resources into `acc`, then runs its generators and transformers over `acc`. */
  private accumulate(dir: string, acc: Item[], stack: string[], asComponent: boolean, overrides?: RootOverrides, generated?: Obj): void {
    if (++this.steps > this.limits.maxSteps) {
      throw new RenderLimitError({ dir, max: this.limits.maxSteps });
    }
    let frame: Frame;
    if (generated) {
      frame = { dir, file: join(dir, 'kustomization.yaml'), data: generated };
    } else {
      const file = kustomizationFileIn(dir, this.host);
      if (!file) return;
      const pf = this.host.parsed(file);
      const data = pf.docs[0]?.data;
      this.role(file, asComponent ? 'component' : 'kustomization');
      frame = { dir, file, data: isObj(data) ? data : {} };
    }
    const k = overrides ? withOverrides(frame.data, overrides) : frame.data;
    const kind = typeof k.kind === 'string' ? k.kind : 'Kustomization';
    if (asComponent && kind !== 'Component') {
      this.problem(frame.file, ['kind'], 'not-a-component', 'notComponent', { dir, kind });
    }

    for (const field of ['resources', 'bases'] as const) {
      const list = k[field];
      if (!Array.isArray(list)) continue;
      list.forEach((entry, i) => {
        if (typeof entry !== 'string') return;
        this.resource(frame, field, i, entry, acc, stack);
      });
    }
    const comps = k.components;
    if (Array.isArray(comps)) {
      comps.forEach((entry, i) => {
        if (typeof entry !== 'string') return;
        const fromOverride = overrides?.components?.includes(entry) && !(Array.isArray(frame.data.components) && frame.data.components.includes(entry));
        if (isRemote(entry)) {
          this.note(frame.file, ['components', i], 'remoteComponent', { entry }, `a remote component (${entry})`);
          return;
        }
        const target = resolve(dir, entry);
        if (stack.includes(target)) {
          this.problem(frame.file, ['components', i], 'cycle', 'cycle', { chain: [...stack, target].map((d) => d).join(' → ') });
          return;
        }
        if (this.host.kind(target) !== 'dir' || !kustomizationFileIn(target, this.host)) {
          if (fromOverride && overrides?.origin) {
            const data = { entry };
            this.problems.push({ file: overrides.origin.file, ...overrides.origin.position, problem: 'missing', message: formatMessage(kustomizeResources.meta, 'missingComponent', data), messageId: 'missingComponent', data, field: 'components', entry });
          } else {
            this.entryProblem(frame.file, ['components', i], this.host.kind(target) === 'dir' ? 'no-kustomization' : 'missing', 'components', entry);
          }
          return;
        }
        if (stack.length > this.limits.maxDepth) {
          this.problem(frame.file, ['components', i], 'cycle', 'tooDeep', { max: this.limits.maxDepth });
          return;
        }
        this.accumulate(target, acc, [...stack, target], true);
      });
    }

    for (const field of ['helmCharts', 'helmChartInflationGenerator'] as const) {
      if (Array.isArray(k[field]) && k[field].length > 0) {
        this.note(frame.file, [field], 'helmCharts', { field }, 'a Helm chart (helmCharts)');
      }
    }
    if (Array.isArray(k.generators)) k.generators.forEach((g, i) => this.pluginGenerator(frame, g, i, acc));
    const builtins: Obj[] = [];
    if (Array.isArray(k.transformers)) {
      k.transformers.forEach((t, i) => {
        const conf = typeof t === 'string' && /^\s*(apiVersion|kind):/m.test(t) ? safeParse(t) : undefined;
        if (isObj(conf) && conf.apiVersion === 'builtin' && conf.kind === 'NamespaceTransformer') builtins.push({ ...conf, $index: i });
        else this.note(frame.file, ['transformers', i], 'transformerPlugin', {}, 'a kustomize transformer plugin');
      });
    }
    this.pendingBuiltins = builtins;
    for (const field of ['validators'] as const) {
      if (Array.isArray(k[field]) && k[field].length > 0) {
        this.note(frame.file, [field], 'validatorPlugin', { field }, `a kustomize ${field} plugin`);
      }
    }
    for (const field of ['replacements', 'vars'] as const) {
      if (Array.isArray(k[field]) && k[field].length > 0) {
        this.note(frame.file, [field], 'replacements', { field });
      }
    }

    if (Array.isArray(k.configurations)) {
      for (const c of k.configurations) {
        if (typeof c !== 'string') continue;
        const f = resolve(dir, c);
        if (this.host.kind(f) !== 'file') continue;
        this.role(f, 'generator-input');
        const data = this.host.parsed(f).docs[0]?.data;
        if (isObj(data) && Array.isArray(data.nameReference)) {
          for (const ref of data.nameReference) {
            if (!isObj(ref) || typeof ref.kind !== 'string' || !Array.isArray(ref.fieldSpecs)) continue;
            for (const fs of ref.fieldSpecs) if (isObj(fs) && typeof fs.path === 'string') this.nameRefs.push({ kind: ref.kind, onKind: typeof fs.kind === 'string' ? fs.kind : undefined, path: fs.path.split('/') });
          }
        }
      }
    }
    const builtinTransformers = this.pendingBuiltins;
    this.pendingBuiltins = [];
    this.generate(frame, k, acc);
    this.transform(frame, k, acc, overrides);
    for (const t of builtinTransformers) {
      const meta = isObj(t.metadata) ? t.metadata : {};
      const ns = typeof meta.namespace === 'string' ? meta.namespace : undefined;
      if (!ns) continue;
      const pos = at(this.host, frame.file, ['transformers', Number(t.$index)]);
      for (const it of acc) {
        if (KUSTOMIZE_CLUSTER_SCOPED.has(String(it.object.kind))) continue;
        const m = isObj(it.object.metadata) ? it.object.metadata : {};
        if (t.unsetOnly === true && typeof m.namespace === 'string' && m.namespace !== '') continue;
        it.object = { ...it.object, metadata: { ...m, namespace: ns } };
        it.layers.push({ kind: 'set', file: frame.file, position: pos, paths: [['metadata', 'namespace']] });
      }
    }
  }

  /**
   * A generator plugin. KSOPS (`kind: ksops`) outputs the SOPS-encrypted Secrets it lists,
   * decrypted: their names, namespaces and keys are known here, their values are not. Other
   * plugins are not run.
   */
  private pluginGenerator(frame: Frame, g: unknown, i: number, acc: Item[]) {
    let configs: unknown[] = [];
    let file = frame.file;
    if (typeof g === 'string' && (g.includes('\n') || /^\s*(apiVersion|kind):/m.test(g))) {
      try {
        configs = inlineDocs(g, 100);
      } catch {
        configs = [];
      }
    } else if (typeof g === 'string' && !isRemote(g)) {
      const f = resolve(frame.dir, g);
      if (this.host.kind(f) === 'file') {
        file = f;
        this.role(f, 'generator-input');
        configs = this.host.parsed(f).docs.map((d) => d.data);
      }
    }
    const ksops = configs.filter((c): c is Obj => isObj(c) && String(c.kind).toLowerCase() === 'ksops');
    if (ksops.length === 0 || ksops.length !== configs.length) {
      this.note(frame.file, ['generators', i], 'generatorPlugin', {}, 'a kustomize generator plugin');
      return;
    }
    for (const c of ksops) {
      const dir = file === frame.file ? frame.dir : dirname(file);
      for (const entry of Array.isArray(c.files) ? c.files : []) {
        if (typeof entry !== 'string') continue;
        const f = resolve(dir, entry.includes('=') ? entry.slice(entry.indexOf('=') + 1) : entry);
        if (this.host.kind(f) !== 'file') {
          this.problem(frame.file, ['generators', i], 'missing', 'ksopsMissing', { entry });
          continue;
        }
        this.role(f, 'resource');
        for (const it of this.kustomizeItems(f)) {
          const { sops: _sops, ...object } = it.object;
          acc.push({ ...it, object });
        }
      }
    }
  }

  private resource(frame: Frame, field: 'resources' | 'bases', i: number, entry: string, acc: Item[], stack: string[]) {
    if (isRemote(entry)) {
      this.note(frame.file, [field, i], 'remoteResource', { entry }, `a remote resource (${entry})`);
      return;
    }
    const target = resolve(frame.dir, entry);
    const kind = this.host.kind(target);
    if (kind === 'file') {
      this.role(target, 'resource');
      acc.push(...this.kustomizeItems(target));
      return;
    }
    if (kind === 'dir') {
      if (stack.includes(target)) {
        this.problem(frame.file, [field, i], 'cycle', 'cycle', { chain: [...stack, target].join(' → ') });
        return;
      }
      if (stack.length > this.limits.maxDepth) {
        this.problem(frame.file, [field, i], 'cycle', 'tooDeep', { max: this.limits.maxDepth });
        return;
      }
      if (!kustomizationFileIn(target, this.host)) {
        this.entryProblem(frame.file, [field, i], 'no-kustomization', 'resources', entry);
        return;
      }
      const sub: Item[] = [];
      this.accumulate(target, sub, [...stack, target], false);
      acc.push(...sub);
      return;
    }
    this.entryProblem(frame.file, [field, i], 'missing', 'resources', entry);
  }

  /**
   * The Kubernetes objects of a resource file as kustomize reads them: with its folded scalars
   * as go-yaml writes them (see go-yaml-folded.ts).
   */
  private kustomizeItems(file: string): Item[] {
    const items = this.loadFile(file);
    const changes = this.foldedIn(file);
    if (changes.size === 0) return items;
    return items.map((it) => {
      const src = it.layers[0]!;
      if (src.kind !== 'source' || this.flowRooted(it)) return it;
      const object = withFoldedChanges(it.object, src.basePath, changes.get(src.docIndex));
      return object === it.object ? it : { ...it, object, layers: [{ ...src, data: object }, ...it.layers.slice(1)] };
    });
  }

  /**
   * A resource kustomize holds in flow style (an item of a List, a JSON file): go-yaml writes
   * everything inside it, a folded scalar a patch adds too, double-quoted.
   */
  private flowRooted(it: Item): boolean {
    const src = it.layers[0];
    if (!src || src.kind !== 'source') return false;
    if (src.basePath.length > 0) return true;
    const pf = this.host.parsed(src.file);
    const first = pf.docs.find((d) => d.index === src.docIndex)?.objects[0]?.position;
    return pf.text !== undefined && first !== undefined && opensFlowMap(pf.text, first);
  }

  /** The folded scalars kustomize changes in a file, or in YAML inline in a kustomization. */
  private foldedIn(file: string, inline?: string): Map<number, FoldedChange[]> {
    if (inline !== undefined) {
      let m = this.inlineFolded.get(inline);
      if (!m) this.inlineFolded.set(inline, (m = foldedChanges(inline)));
      return m;
    }
    const pf = this.host.parsed(file);
    let m = FOLDED.get(pf);
    // a file the loader refused (or read nothing from) is not composed again
    if (!m) FOLDED.set(pf, (m = pf.text === undefined || pf.docs.length === 0 ? new Map() : foldedChanges(pf.text)));
    return m;
  }

  /** The Kubernetes objects of a file, each with its source layer. */
  loadFile(file: string): Item[] {
    const pf = this.host.parsed(file);
    const out: Item[] = [];
    for (const d of pf.docs) {
      if (d.data === null || d.data === undefined) continue;
      for (const { obj, base } of objectsOf(d.data)) {
        if (!isObj(obj) || typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string') continue;
        const name = isObj(obj.metadata) && typeof obj.metadata.name === 'string' ? obj.metadata.name : '';
        out.push({ object: obj, layers: [{ kind: 'source', file, docIndex: d.index, basePath: base, data: obj }], previousNames: name ? [name] : [] });
      }
    }
    return out;
  }

  // ---- generators ---------------------------------------------------------------------------

  private generate(frame: Frame, k: Obj, acc: Item[]) {
    const options = isObj(k.generatorOptions) ? k.generatorOptions : {};
    for (const [field, kind] of [['configMapGenerator', 'ConfigMap'], ['secretGenerator', 'Secret']] as const) {
      const list = k[field];
      if (!Array.isArray(list)) continue;
      list.forEach((g, i) => {
        if (!isObj(g) || typeof g.name !== 'string') return;
        const data: Record<string, string> = {};
        const fail = (messageId: string, data: MessageData) => this.problem(frame.file, [field, i], 'build', messageId, { field, name: g.name as string, ...data });
        for (const lit of Array.isArray(g.literals) ? g.literals : []) {
          if (typeof lit !== 'string') continue;
          const eq = lit.indexOf('=');
          if (eq <= 0) return fail('generatorLiteral', { key: lit.split('=')[0] });
          data[lit.slice(0, eq)] = unquote(lit.slice(eq + 1));
        }
        const envs = [...(Array.isArray(g.envs) ? g.envs : []), ...(typeof g.env === 'string' ? [g.env] : [])];
        for (const e of envs) {
          if (typeof e !== 'string') continue;
          const f = resolve(frame.dir, e);
          const text = this.host.text(f);
          if (text === undefined) return fail('generatorEnvMissing', { file: e });
          this.role(f, 'generator-input');
          for (const line of text.split(/\r?\n/)) {
            const t = line.trim();
            if (t === '' || t.startsWith('#')) continue;
            const eq = t.indexOf('=');
            if (eq <= 0) continue;
            data[t.slice(0, eq)] = t.slice(eq + 1);
          }
        }
        for (const spec of Array.isArray(g.files) ? g.files : []) {
          if (typeof spec !== 'string') continue;
          const eq = spec.indexOf('=');
          const key = eq > 0 ? spec.slice(0, eq) : basename(spec);
          const rel = eq > 0 ? spec.slice(eq + 1) : spec;
          const f = resolve(frame.dir, rel);
          const text = this.host.text(f);
          if (text === undefined) return fail('generatorFileMissing', { file: rel });
          this.role(f, 'generator-input');
          data[key] = text;
        }
        const own = isObj(g.options) ? g.options : {};
        const labels = { ...(isObj(options.labels) ? options.labels : {}), ...(isObj(own.labels) ? own.labels : {}) };
        const annotations = { ...(isObj(options.annotations) ? options.annotations : {}), ...(isObj(own.annotations) ? own.annotations : {}) };
        const disableHash = own.disableNameSuffixHash ?? options.disableNameSuffixHash;
        const meta: Obj = { name: g.name };
        if (typeof g.namespace === 'string') meta.namespace = g.namespace;
        if (Object.keys(labels).length > 0) meta.labels = labels;
        if (Object.keys(annotations).length > 0) meta.annotations = annotations;
        const object: Obj = kind === 'ConfigMap'
          ? { apiVersion: 'v1', kind, metadata: meta, data }
          : { apiVersion: 'v1', kind, metadata: meta, type: typeof g.type === 'string' ? g.type : 'Opaque', data: Object.fromEntries(Object.entries(data).map(([a, b]) => [a, Buffer.from(b).toString('base64')])) };
        const immutable = own.immutable ?? options.immutable;
        if (immutable === true) object.immutable = true;
        const behavior = typeof g.behavior === 'string' ? g.behavior : 'create';
        const layer: Layer = { kind: 'source', file: frame.file, docIndex: 0, basePath: [field, i], data: g };
        if (behavior === 'merge' || behavior === 'replace') {
          const existing = acc.find((x) => x.object.kind === kind && (x.object.metadata as Obj)?.name === g.name);
          if (!existing) return fail('generatorNoBase', { behavior, kind });
          const prev = existing.object;
          const merged: Obj = behavior === 'merge'
            ? { ...prev, data: { ...(isObj(prev.data) ? prev.data : {}), ...(object.data as Obj) } }
            : { ...prev, data: object.data };
          const pm = isObj(prev.metadata) ? prev.metadata : {};
          merged.metadata = { ...pm, ...(Object.keys(labels).length ? { labels: { ...(isObj(pm.labels) ? pm.labels : {}), ...labels } } : {}), ...(Object.keys(annotations).length ? { annotations: { ...(isObj(pm.annotations) ? pm.annotations : {}), ...annotations } } : {}) };
          existing.object = merged;
          existing.layers.push({ kind: 'set', file: frame.file, position: at(this.host, frame.file, [field, i]), paths: [['data']] });
          if (disableHash === true) existing.hashSuffix = false;
          return;
        }
        acc.push({ object, layers: [layer], previousNames: [g.name], hashSuffix: disableHash !== true, generatorBehavior: behavior });
      });
    }
  }

  /** Appends kustomize's content hash to generated names, and updates references to them. */
  private finishHashes(items: Item[]) {
    const renames: Rename[] = [];
    for (const it of items) {
      if (!it.hashSuffix) continue;
      const meta = it.object.metadata as Obj;
      const name = String(meta.name);
      const hashed = `${name}-${contentHash(it.object)}`;
      it.object = { ...it.object, metadata: { ...meta, name: hashed } };
      renames.push({ kind: String(it.object.kind), namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined, from: [name, ...it.previousNames], to: hashed });
      it.previousNames = [...it.previousNames, name];
      it.hashSuffix = false;
    }
    if (renames.length > 0) fixReferences(items, renames, this.nameRefs);
  }

  // ---- transformers -------------------------------------------------------------------------

  private transform(frame: Frame, k: Obj, acc: Item[], overrides?: RootOverrides) {
    const origin = (path: YamlPath) => (overrides?.origin && isOverrideField(path[0], overrides) ? overrides.origin : { file: frame.file, position: at(this.host, frame.file, path) });
    // patchesStrategicMerge
    if (Array.isArray(k.patchesStrategicMerge)) {
      k.patchesStrategicMerge.forEach((p, i) => {
        if (typeof p !== 'string') return;
        for (const patch of this.patchDocs(frame, p, ['patchesStrategicMerge', i])) this.applySmp(frame, patch, undefined, acc, ['patchesStrategicMerge', i]);
      });
    }
    // patches
    if (Array.isArray(k.patches)) {
      k.patches.forEach((p, i) => {
        if (!isObj(p)) return;
        const target = isObj(p.target) ? p.target : undefined;
        const where: YamlPath = ['patches', i];
        const src = typeof p.path === 'string' ? p.path : typeof p.patch === 'string' ? p.patch : undefined;
        if (src === undefined) return;
        const docs = typeof p.path === 'string' ? this.patchDocs(frame, p.path, where) : this.inlineDocs(frame, p.patch as string, [...where, 'patch'], overrides, i);
        for (const patch of docs) {
          if (Array.isArray(patch.data)) {
            if (!target) {
              this.problem(frame.file, where, 'patch', 'patchNeedsTarget');
              continue;
            }
            this.applyJson6902(frame, patch, target, acc, where);
          } else {
            this.applySmp(frame, patch, target, acc, where);
          }
        }
      });
    }
    // namespace
    if (typeof k.namespace === 'string' && k.namespace !== '') {
      const ns = k.namespace;
      const pos = origin(['namespace']);
      for (const it of acc) {
        if (it.object.kind === 'Namespace' && it.object.apiVersion === 'v1') {
          // kustomize's namespace transformer names a Namespace object after the namespace
          const meta = isObj(it.object.metadata) ? it.object.metadata : {};
          if (meta.name !== ns) it.object = { ...it.object, metadata: { ...meta, name: ns } };
          it.layers.push({ kind: 'set', file: pos.file, position: pos.position, paths: [['metadata', 'name']] });
          continue;
        }
        if (KUSTOMIZE_CLUSTER_SCOPED.has(String(it.object.kind))) continue;
        const meta = isObj(it.object.metadata) ? it.object.metadata : {};
        if (meta.namespace !== ns) it.object = { ...it.object, metadata: { ...meta, namespace: ns } };
        it.layers.push({ kind: 'set', file: pos.file, position: pos.position, paths: [['metadata', 'namespace']] });
        setSubjectNamespaces(it, ns);
      }
    }
    // namePrefix / nameSuffix
    const prefix = typeof k.namePrefix === 'string' ? k.namePrefix : '';
    const suffix = typeof k.nameSuffix === 'string' ? k.nameSuffix : '';
    if (prefix !== '' || suffix !== '') {
      const pos = origin([prefix !== '' ? 'namePrefix' : 'nameSuffix']);
      const renames: Rename[] = [];
      for (const it of acc) {
        if (it.object.kind === 'CustomResourceDefinition' || it.object.kind === 'Namespace') continue;
        const meta = isObj(it.object.metadata) ? it.object.metadata : {};
        if (typeof meta.name !== 'string') continue;
        const to = `${prefix}${meta.name}${suffix}`;
        renames.push({ kind: String(it.object.kind), namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined, from: [meta.name, ...it.previousNames], to });
        it.previousNames = [...it.previousNames, meta.name];
        it.object = { ...it.object, metadata: { ...meta, name: to } };
        it.layers.push({ kind: 'set', file: pos.file, position: pos.position, paths: [['metadata', 'name']] });
      }
      fixReferences(acc, renames, this.nameRefs);
    }
    // labels and commonLabels
    if (isObj(k.commonLabels)) this.addLabels(acc, strings(k.commonLabels), true, true, origin(['commonLabels']));
    if (Array.isArray(k.labels)) {
      k.labels.forEach((l, i) => {
        if (!isObj(l) || !isObj(l.pairs)) return;
        this.addLabels(acc, strings(l.pairs), l.includeSelectors === true, l.includeSelectors === true || l.includeTemplates === true, origin(['labels', i]));
      });
    }
    if (isObj(k.commonAnnotations)) {
      const ann = strings(k.commonAnnotations);
      const pos = origin(['commonAnnotations']);
      for (const it of acc) {
        it.object = setMap(it.object, ['metadata', 'annotations'], ann, true);
        for (const p of TEMPLATE_ANNOTATIONS[String(it.object.kind)] ?? []) it.object = setMap(it.object, p, ann, true);
        it.layers.push({ kind: 'set', file: pos.file, position: pos.position, paths: [['metadata', 'annotations']] });
      }
    }
    // patchesJson6902
    if (Array.isArray(k.patchesJson6902)) {
      k.patchesJson6902.forEach((p, i) => {
        if (!isObj(p) || !isObj(p.target)) return;
        const where: YamlPath = ['patchesJson6902', i];
        const docs = typeof p.path === 'string' ? this.patchDocs(frame, p.path, where) : typeof p.patch === 'string' ? this.inlineDocs(frame, p.patch, [...where, 'patch']) : [];
        for (const patch of docs) this.applyJson6902(frame, patch, p.target, acc, where);
      });
    }
    // replicas
    if (Array.isArray(k.replicas)) {
      k.replicas.forEach((r, i) => {
        if (!isObj(r) || typeof r.name !== 'string') return;
        const pos = origin(['replicas', i]);
        for (const it of acc) {
          if (!REPLICA_KINDS.has(String(it.object.kind))) continue;
          const meta = it.object.metadata as Obj;
          if (meta?.name !== r.name && !it.previousNames.includes(r.name)) continue;
          it.object = setPath(it.object, ['spec', 'replicas'], typeof r.count === 'string' ? Number(r.count) : r.count);
          it.layers.push({ kind: 'set', file: pos.file, position: pos.position, paths: [['spec', 'replicas']] });
        }
      });
    }
    // images
    if (Array.isArray(k.images)) {
      k.images.forEach((img, i) => {
        if (!isObj(img) || typeof img.name !== 'string') return;
        const pos = origin(['images', i]);
        for (const it of acc) {
          const touched: YamlPath[] = [];
          const next = setImages(it.object, img, [], touched);
          if (touched.length > 0) {
            it.object = next as Obj;
            it.layers.push({ kind: 'set', file: pos.file, position: pos.position, paths: touched });
          }
        }
      });
    }
  }

  private addLabels(acc: Item[], labels: Record<string, string>, selectors: boolean, templates: boolean, pos: { file: string; position: Position }) {
    for (const it of acc) {
      const kind = String(it.object.kind);
      it.object = setMap(it.object, ['metadata', 'labels'], labels, true);
      const specs = [...(templates ? TEMPLATE_LABELS[kind] ?? [] : []), ...(selectors ? SELECTOR_LABELS[kind] ?? [] : [])];
      for (const [p, create] of specs) it.object = setMap(it.object, p, labels, create);
      it.layers.push({ kind: 'set', file: pos.file, position: pos.position, paths: [['metadata', 'labels']] });
    }
  }

  /** Documents of a patch file. */
  private patchDocs(frame: Frame, entry: string, where: YamlPath): { data: unknown; layer: Omit<Layer & { kind: 'smp' }, 'kind' | 'data'> }[] {
    const f = resolve(frame.dir, entry);
    if (this.host.kind(f) !== 'file') {
      // an inline strategic merge patch written as a string in patchesStrategicMerge
      if (/\n/.test(entry) || /^\s*(apiVersion|kind):/m.test(entry)) return this.inlineDocs(frame, entry, where);
      this.problem(frame.file, where, 'missing', 'patchMissing', { entry });
      return [];
    }
    this.role(f, 'patch');
    const pf = this.host.parsed(f);
    return pf.docs.filter((d) => d.data !== null && d.data !== undefined).map((d) => ({ data: d.data, layer: { file: f, docIndex: d.index, basePath: [] } }));
  }

  private inlineDocs(frame: Frame, text: string, where: YamlPath, overrides?: RootOverrides, overrideIndex?: number): { data: unknown; layer: Omit<Layer & { kind: 'smp' }, 'kind' | 'data'> }[] {
    const fromOverride = overrides?.origin && overrideIndex !== undefined && !(Array.isArray(frame.data.patches) && overrideIndex < frame.data.patches.length);
    const file = fromOverride ? overrides!.origin!.file : frame.file;
    let inline: InlineAt;
    if (fromOverride) {
      inline = { line: overrides!.origin!.position.line, indent: overrides!.origin!.position.column - 1 };
    } else {
      const pos = at(this.host, frame.file, where);
      const src = this.host.text(frame.file) ?? '';
      const lines = src.split('\n');
      // a block scalar's text starts on the next line, indented
      const next = lines[pos.line] ?? '';
      const block = /[|>][-+0-9]*\s*$/.test(lines[pos.line - 1] ?? '');
      inline = block ? { line: pos.line + 1, indent: next.length - next.trimStart().length } : { line: pos.line, indent: pos.column - 1 };
    }
    const read = readYamlText(text);
    if (read.error) {
      this.problem(frame.file, where, 'patch', 'patchSyntax', { error: read.error.message });
      return [];
    }
    return read.docs.flatMap((data, docIndex) => (data === null || data === undefined ? [] : [{ data, layer: { file, docIndex, basePath: [], inline, text } }]));
  }

  private applySmp(frame: Frame, patch: { data: unknown; layer: Omit<Layer & { kind: 'smp' }, 'kind' | 'data'> }, target: Obj | undefined, acc: Item[], where: YamlPath) {
    const p = patch.data;
    if (!isObj(p)) return;
    let matches: Item[];
    if (target) {
      matches = select(acc, target);
    } else {
      const meta = isObj(p.metadata) ? p.metadata : {};
      const name = typeof meta.name === 'string' ? meta.name : undefined;
      matches = acc.filter((it) => {
        const m = it.object.metadata as Obj;
        if (it.object.kind !== p.kind) return false;
        if (typeof p.apiVersion === 'string' && groupOf(p.apiVersion) !== groupOf(String(it.object.apiVersion))) return false;
        if (name !== undefined && m?.name !== name && !it.previousNames.includes(name)) return false;
        if (typeof meta.namespace === 'string' && (m?.namespace ?? 'default') !== meta.namespace) return false;
        return true;
      });
      if (matches.length === 0 && this.incomplete.length > 0) {
        this.note(frame.file, where, 'patchTargetNotRendered', { kind: String(p.kind), name: String(meta.name), source: this.incomplete[0] });
        return;
      }
      if (matches.length !== 1) {
        if (matches.length === 0) this.problem(frame.file, where, 'patch', 'patchNoMatch', { kind: String(p.kind), name: String(meta.name) });
        else this.problem(frame.file, where, 'patch', 'patchManyMatches', { kind: String(p.kind), name: String(meta.name), count: matches.length });
        return;
      }
    }
    if (target && matches.length === 0) {
      this.note(frame.file, where, 'patchTargetMissing');
    }
    // kustomize merges the patch's nodes, folded style and all (a JSON 6902 patch's values keep none)
    const folded = withFoldedChanges(p, [], this.foldedIn(patch.layer.file, patch.layer.text).get(patch.layer.docIndex));
    for (const it of matches) {
      const q = folded !== p && this.flowRooted(it) ? p : folded;
      let body: unknown = q;
      if (target) {
        // with a target, the patch's own identity does not rename what it patches
        const meta = isObj(q.metadata) ? { ...q.metadata } : undefined;
        if (meta) {
          delete meta.name;
          delete meta.namespace;
        }
        const { apiVersion: _a, kind: _k, ...rest } = q;
        body = meta ? { ...rest, metadata: meta } : rest;
      }
      if (isObj(body) && body.$patch === 'delete') {
        acc.splice(acc.indexOf(it), 1);
        continue;
      }
      const merged = strategicMerge(it.object, body);
      if (!isObj(merged)) continue;
      it.object = merged;
      it.layers.push({ kind: 'smp', ...patch.layer, data: body });
    }
  }

  private applyJson6902(frame: Frame, patch: { data: unknown; layer: Omit<Layer & { kind: 'smp' }, 'kind' | 'data'> }, target: Obj, acc: Item[], where: YamlPath) {
    const ops = patch.data as JsonPatchOp[];
    const matches = select(acc, target);
    if (matches.length === 0) this.note(frame.file, where, 'patchTargetMissing');
    for (const it of matches) {
      try {
        const { result, touched } = applyJsonPatch(it.object, ops);
        if (!isObj(result)) continue;
        it.object = result;
        it.layers.push({ kind: 'json6902', ...patch.layer, touched: touched.map((path, op) => ({ path, op })) });
      } catch (e) {
        if (!(e instanceof PatchError)) throw e;
        this.problem(frame.file, where, 'patch', 'jsonPatchFails', { kind: String(it.object.kind), name: String((it.object.metadata as Obj)?.name), error: e.message });
      }
    }
  }
}

/** The render visited more kustomizations than its limit; `data` fills kustomize-resources' `tooLarge`. */
export class RenderLimitError extends Error {
  constructor(readonly data: { dir: string; max: number }) {
    super(formatMessage(kustomizeResources.meta, 'tooLarge', data));
  }
}

/**
 * YAML written inline in a kustomization (a patch, a transformer, a generator), read with the
 * loader's checks (alias cycles and bombs, depth, entries); none when one of its documents is refused.
 */
function inlineDocs(text: string, maxAliasCount: number): unknown[] {
  const read = readYamlText(text, maxAliasCount);
  return read.error ? [] : read.docs;
}

/** One inline document, or undefined when it does not parse (or holds several). */
function safeParse(text: string): unknown {
  const docs = inlineDocs(text, 100);
  return docs.length === 1 ? docs[0] : undefined;
}

function withOverrides(data: Obj, o: RootOverrides): Obj {
  const k: Obj = { ...data };
  if (o.namespace !== undefined) k.namespace = o.namespace;
  if (o.namePrefix !== undefined) k.namePrefix = `${o.namePrefix}${typeof data.namePrefix === 'string' ? data.namePrefix : ''}`;
  if (o.nameSuffix !== undefined) k.nameSuffix = `${typeof data.nameSuffix === 'string' ? data.nameSuffix : ''}${o.nameSuffix}`;
  if (o.patches?.length) k.patches = [...(Array.isArray(data.patches) ? data.patches : []), ...o.patches];
  if (o.images?.length) k.images = [...(Array.isArray(data.images) ? data.images : []), ...o.images];
  if (o.components?.length) k.components = [...(Array.isArray(data.components) ? data.components : []), ...o.components];
  if (o.replicas?.length) k.replicas = [...(Array.isArray(data.replicas) ? data.replicas : []), ...o.replicas];
  if (o.commonLabels) k.commonLabels = { ...(isObj(data.commonLabels) ? data.commonLabels : {}), ...o.commonLabels };
  if (o.commonAnnotations) k.commonAnnotations = { ...(isObj(data.commonAnnotations) ? data.commonAnnotations : {}), ...o.commonAnnotations };
  return k;
}

function isOverrideField(field: string | number | undefined, o: RootOverrides): boolean {
  switch (field) {
    case 'namespace': return o.namespace !== undefined;
    case 'namePrefix': return o.namePrefix !== undefined;
    case 'nameSuffix': return o.nameSuffix !== undefined;
    case 'commonLabels': return o.commonLabels !== undefined;
    case 'commonAnnotations': return o.commonAnnotations !== undefined;
    default: return false;
  }
}

const strings = (o: Obj): Record<string, string> => Object.fromEntries(Object.entries(o).map(([a, b]) => [a, b === null || b === undefined ? '' : String(b)]));

function unquote(v: string): string {
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) return v.slice(1, -1);
  return v;
}

const groupOf = (apiVersion: string) => (apiVersion.includes('/') ? apiVersion.split('/')[0]! : '');
const versionOf = (apiVersion: string) => (apiVersion.includes('/') ? apiVersion.split('/')[1]! : apiVersion);

/** Resources a patch `target` selects (name and namespace are anchored regular expressions, as in kustomize). */
export function select(acc: readonly Item[], t: Obj): Item[] {
  const re = (v: unknown) => (typeof v === 'string' && v !== '' ? safeRegExp(v) : undefined);
  const name = re(t.name);
  const ns = re(t.namespace);
  const labels = typeof t.labelSelector === 'string' ? parseSelector(t.labelSelector) : undefined;
  const annotations = typeof t.annotationSelector === 'string' ? parseSelector(t.annotationSelector) : undefined;
  return acc.filter((it) => {
    const o = it.object;
    const api = String(o.apiVersion);
    if (typeof t.kind === 'string' && t.kind !== '' && t.kind !== o.kind) return false;
    if (typeof t.group === 'string' && t.group !== '' && t.group !== groupOf(api)) return false;
    if (typeof t.version === 'string' && t.version !== '' && t.version !== versionOf(api)) return false;
    const meta = isObj(o.metadata) ? o.metadata : {};
    if (name && !(name.test(String(meta.name)) || it.previousNames.some((n) => name.test(n)))) return false;
    if (ns && !ns.test(typeof meta.namespace === 'string' ? meta.namespace : '')) return false;
    if (labels && !labels(isObj(meta.labels) ? strings(meta.labels) : {})) return false;
    if (annotations && !annotations(isObj(meta.annotations) ? strings(meta.annotations) : {})) return false;
    return true;
  });
}

function safeRegExp(s: string): RegExp {
  try {
    return new RegExp(`^(?:${s})$`);
  } catch {
    return { test: (x: string) => x === s } as RegExp;
  }
}

/** A label selector (`a=b,c!=d,e in (f,g),!h,i`) as a predicate. */
export function parseSelector(sel: string): (labels: Record<string, string>) => boolean {
  const terms: ((l: Record<string, string>) => boolean)[] = [];
  for (const part of sel.match(/([^,(]+(\([^)]*\))?)/g) ?? []) {
    const s = part.trim();
    if (s === '') continue;
    let m: RegExpMatchArray | null;
    if ((m = s.match(/^([^\s!=]+)\s+(in|notin)\s+\(([^)]*)\)$/))) {
      const [, key, op, vals] = m;
      const set = new Set(vals!.split(',').map((v) => v.trim()));
      terms.push(op === 'in' ? (l) => key! in l && set.has(l[key!]!) : (l) => !(key! in l) || !set.has(l[key!]!));
    } else if ((m = s.match(/^([^\s!=]+)\s*!=\s*(.*)$/))) {
      const [, key, v] = m;
      terms.push((l) => l[key!] !== v!.trim());
    } else if ((m = s.match(/^([^\s!=]+)\s*==?\s*(.*)$/))) {
      const [, key, v] = m;
      terms.push((l) => l[key!] === v!.trim());
    } else if (s.startsWith('!')) {
      const key = s.slice(1).trim();
      terms.push((l) => !(key in l));
    } else {
      terms.push((l) => s in l);
    }
  }
  return (l) => terms.every((t) => t(l));
}

// ---- field specs (kustomize's defaults for built-in kinds) ----------------------------------

type Spec = [YamlPath, boolean];
const WORKLOADS = ['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'ReplicationController'];
const TEMPLATE_LABELS: Record<string, Spec[]> = {
  ...Object.fromEntries(WORKLOADS.map((k) => [k, [[['spec', 'template', 'metadata', 'labels'], true]]])),
  StatefulSet: [[['spec', 'template', 'metadata', 'labels'], true], [['spec', 'volumeClaimTemplates', '*', 'metadata', 'labels'], true]],
  Job: [[['spec', 'template', 'metadata', 'labels'], true]],
  CronJob: [[['spec', 'jobTemplate', 'metadata', 'labels'], true], [['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'labels'], true]],
};
const SELECTOR_LABELS: Record<string, Spec[]> = {
  Service: [[['spec', 'selector'], true]],
  ReplicationController: [[['spec', 'selector'], true]],
  Deployment: [[['spec', 'selector', 'matchLabels'], true]],
  ReplicaSet: [[['spec', 'selector', 'matchLabels'], true]],
  DaemonSet: [[['spec', 'selector', 'matchLabels'], true]],
  StatefulSet: [[['spec', 'selector', 'matchLabels'], true]],
  Job: [[['spec', 'selector', 'matchLabels'], false]],
  CronJob: [[['spec', 'jobTemplate', 'spec', 'selector', 'matchLabels'], false]],
  PodDisruptionBudget: [[['spec', 'selector', 'matchLabels'], false]],
  NetworkPolicy: [[['spec', 'podSelector', 'matchLabels'], false], [['spec', 'ingress', '*', 'from', '*', 'podSelector', 'matchLabels'], false], [['spec', 'egress', '*', 'to', '*', 'podSelector', 'matchLabels'], false]],
};
const TEMPLATE_ANNOTATIONS: Record<string, YamlPath[]> = {
  ...Object.fromEntries([...WORKLOADS, 'Job'].map((k) => [k, [['spec', 'template', 'metadata', 'annotations']]])),
  CronJob: [['spec', 'jobTemplate', 'metadata', 'annotations'], ['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'annotations']],
};
const REPLICA_KINDS = new Set(['Deployment', 'ReplicationController', 'ReplicaSet', 'StatefulSet']);

/** Sets entries of a map at `path` (`*` walks every list item); `create` makes the map where it is missing. */
function setMap(o: Obj, path: YamlPath, entries: Record<string, string>, create: boolean): Obj {
  const walk = (cur: unknown, i: number): unknown => {
    if (i === path.length) {
      if (cur === undefined || cur === null) return create ? { ...entries } : cur;
      if (!isObj(cur)) return cur;
      return { ...cur, ...entries };
    }
    const seg = path[i]!;
    if (seg === '*') {
      if (!Array.isArray(cur)) return cur;
      return cur.map((x) => walk(x, i + 1));
    }
    if (cur === undefined || cur === null) {
      if (!create) return cur;
      const v = walk(undefined, i + 1);
      return v === undefined ? cur : { [seg]: v };
    }
    if (!isObj(cur)) return cur;
    const next = walk(cur[String(seg)], i + 1);
    if (next === cur[String(seg)]) return cur;
    if (next === undefined) return cur;
    return { ...cur, [String(seg)]: next };
  };
  return walk(o, 0) as Obj;
}

function setPath(o: Obj, path: YamlPath, value: unknown): Obj {
  if (path.length === 0) return o;
  const [head, ...rest] = path as [string, ...YamlPath];
  const cur = o[head];
  return { ...o, [head]: rest.length === 0 ? value : setPath(isObj(cur) ? cur : {}, rest, value) };
}

/** The image transformer: `containers[].image` and `initContainers[].image`, anywhere in the object. */
function setImages(v: unknown, img: Obj, path: YamlPath, touched: YamlPath[]): unknown {
  if (Array.isArray(v)) {
    let copy: unknown[] | undefined;
    v.forEach((x, i) => {
      const y = setImages(x, img, [...path, i], touched);
      if (y !== x) (copy ??= [...v])[i] = y;
    });
    return copy ?? v;
  }
  if (!isObj(v)) return v;
  let out: Obj | undefined;
  for (const [k, x] of Object.entries(v)) {
    let y: unknown = x;
    if ((k === 'containers' || k === 'initContainers') && Array.isArray(x)) {
      y = x.map((c, i) => {
        if (!isObj(c) || typeof c.image !== 'string') return setImages(c, img, [...path, k, i], touched);
        const next = retag(c.image, img);
        if (next === c.image) return c;
        touched.push([...path, k, i, 'image']);
        return { ...c, image: next };
      });
      if ((y as unknown[]).every((c, i) => c === x[i])) y = x;
    } else {
      y = setImages(x, img, [...path, k], touched);
    }
    if (y !== x) (out ??= { ...v })[k] = y;
  }
  return out ?? v;
}

function retag(image: string, img: Obj): string {
  let name = image;
  let tag = '';
  let digest = '';
  const at = name.indexOf('@');
  if (at >= 0) {
    digest = name.slice(at + 1);
    name = name.slice(0, at);
  }
  const colon = name.lastIndexOf(':');
  if (colon > name.lastIndexOf('/')) {
    tag = name.slice(colon + 1);
    name = name.slice(0, colon);
  }
  if (name !== img.name) return image;
  const newName = typeof img.newName === 'string' ? img.newName : name;
  if (img.digest !== undefined && img.digest !== null && img.digest !== '') return `${newName}@${String(img.digest)}`;
  if (img.newTag !== undefined && img.newTag !== null && img.newTag !== '') return `${newName}:${String(img.newTag)}`;
  return `${newName}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}

/** kustomize's namespace transformer also moves ServiceAccount subjects of bindings to the namespace. */
function setSubjectNamespaces(it: Item, ns: string) {
  const kind = it.object.kind;
  if (kind !== 'RoleBinding' && kind !== 'ClusterRoleBinding') return;
  const subjects = it.object.subjects;
  if (!Array.isArray(subjects)) return;
  const changed = subjects.map((s) => (isObj(s) && s.kind === 'ServiceAccount' && (s.name === 'default' || s.namespace === undefined) ? { ...s, namespace: ns } : s));
  it.object = { ...it.object, subjects: changed };
}

interface Rename {
  kind: string;
  namespace: string | undefined;
  from: string[];
  to: string;
}

interface NameRef {
  kind: string;
  onKind: string | undefined;
  path: string[];
}

/** References to renamed ConfigMaps, Secrets, ServiceAccounts and claims in pod templates follow the rename. */
function fixReferences(items: Item[], renames: Rename[], extra: readonly NameRef[] = []) {
  const find = (kind: string, name: unknown, ns: string | undefined) => {
    if (typeof name !== 'string') return undefined;
    const r = renames.find((x) => x.kind === kind && x.from.includes(name) && (x.namespace === undefined || ns === undefined || x.namespace === ns));
    return r && r.to !== name ? r.to : undefined;
  };
  for (const it of items) {
    const ns = typeof (it.object.metadata as Obj)?.namespace === 'string' ? String((it.object.metadata as Obj).namespace) : undefined;
    it.object = rewriteRefs(it.object, (kind, name) => find(kind, name, ns)) as Obj;
    for (const ref of extra) {
      if (ref.onKind !== undefined && ref.onKind !== it.object.kind) continue;
      it.object = rewritePath(it.object, ref.path, (name) => find(ref.kind, name, ns)) as Obj;
    }
  }
}

/** Rewrites the string at a field path (lists are walked). */
function rewritePath(v: unknown, path: string[], to: (name: unknown) => string | undefined): unknown {
  if (Array.isArray(v)) {
    const out = v.map((x) => rewritePath(x, path, to));
    return out.every((x, i) => x === v[i]) ? v : out;
  }
  if (path.length === 0) return to(v) ?? v;
  if (!isObj(v) || !(path[0]! in v)) return v;
  const next = rewritePath(v[path[0]!], path.slice(1), to);
  return next === v[path[0]!] ? v : { ...v, [path[0]!]: next };
}

function rewriteRefs(v: unknown, to: (kind: string, name: unknown) => string | undefined, key?: string): unknown {
  if (Array.isArray(v)) {
    let copy: unknown[] | undefined;
    v.forEach((x, i) => {
      const y = rewriteRefs(x, to, key);
      if (y !== x) (copy ??= [...v])[i] = y;
    });
    return copy ?? v;
  }
  if (!isObj(v)) return v;
  let out: Obj | undefined;
  const set = (k: string, val: unknown) => ((out ??= { ...v })[k] = val);
  const ref = (kind: string, field: string) => {
    const n = to(kind, v[field]);
    if (n) set(field, n);
  };
  switch (key) {
    case 'configMap': case 'configMapRef': case 'configMapKeyRef': ref('ConfigMap', 'name'); break;
    case 'secretRef': case 'secretKeyRef': ref('Secret', 'name'); break;
    case 'secret': ref('Secret', 'secretName'); break;
    case 'persistentVolumeClaim': ref('PersistentVolumeClaim', 'claimName'); break;
    default: break;
  }
  if (key === 'imagePullSecrets') ref('Secret', 'name');
  if ('serviceAccountName' in v) ref('ServiceAccount', 'serviceAccountName');
  for (const [k, x] of Object.entries(v)) {
    if (x === null || typeof x !== 'object') continue;
    const y = rewriteRefs(x, to, k === 'imagePullSecrets' && Array.isArray(x) ? 'imagePullSecrets' : k);
    if (y !== x) set(k, y);
  }
  return out ?? v;
}

/** kustomize's name suffix hash of a generated ConfigMap or Secret. */
export function contentHash(o: Obj): string {
  // kustomize v5 looks the name up as one field called "metadata/name", which never exists:
  // the name it hashes is always empty.
  const m: Obj = o.kind === 'Secret'
    ? { data: o.data ?? null, kind: 'Secret', name: '', type: o.type ?? '' }
    : { data: o.data ?? null, kind: 'ConfigMap', name: '' };
  if (o.kind === 'Secret' && isObj(o.stringData)) m.stringData = o.stringData;
  if (o.kind === 'ConfigMap' && isObj(o.binaryData) && Object.keys(o.binaryData).length > 0) m.binaryData = o.binaryData;
  const json = goJson(m);
  const hex = createHash('sha256').update(json).digest('hex');
  const map: Record<string, string> = { 0: 'g', 1: 'h', 3: 'k', a: 'm', e: 't' };
  return [...hex.slice(0, 10)].map((c) => map[c] ?? c).join('');
}

/** JSON as Go's encoding/json writes it: sorted keys, HTML characters escaped. */
function goJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`;
  if (typeof v === 'object') {
    const keys = Object.keys(v as Obj).sort();
    return `{${keys.map((k) => `${goString(k)}:${goJson((v as Obj)[k])}`).join(',')}}`;
  }
  if (typeof v === 'string') return goString(v);
  return JSON.stringify(v);
}

function goString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The kustomization Flux generates for a path without one: every manifest, and subfolders that hold a kustomization. */
export function generatedKustomization(dir: string, host: RenderHost): Obj {
  const resources: string[] = [];
  const walk = (d: string, rel: string) => {
    const entries = [...(host.list(d) ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [name, isDir] of entries) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      if (isDir) {
        if (kustomizationFileIn(p, host)) resources.push(r);
        else walk(p, r);
      } else if (/\.(ya?ml|json)$/i.test(name)) {
        const pf = host.parsed(p);
        const isManifest = pf.docs.some((doc) => isObj(doc.data) && typeof doc.data.apiVersion === 'string' && typeof doc.data.kind === 'string' && !String(doc.data.apiVersion).startsWith('kustomize.config.k8s.io'));
        if (isManifest) resources.push(r);
      }
    }
  };
  walk(dir, '');
  return { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources };
}

export { dirname };
export const parseInlineYaml = (text: string): unknown => safeParse(text);

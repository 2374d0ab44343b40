/**
 * The deployment model: the deployable roots of a repository (ArgoCD Applications and
 * ApplicationSets, Flux Kustomizations, kustomization directories that nothing names, loose
 * manifest files), each rendered the way its controller renders it.
 */
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Position } from '../types.js';
import { readYamlText } from '../inventory/parse-file.js';
import { expandApplicationSet } from './appset.js';
import { generatedKustomization, type Item, KustomizeRenderer, kustomizationFileIn, type RenderHost, type RenderProblem, RenderLimitError, type RootOverrides } from './kustomize.js';
import { substituteValue } from './substitute.js';
import { lazyPosition } from './provenance.js';
import { render as renderRule } from '../rules/load-notes.js';
import { formatMessage, type MessageData } from '../rules/rule.js';
import type { Diagnostic } from '../types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export type Controller = 'argocd' | 'flux' | 'kustomize' | 'none';

export interface SyncPolicy {
  automated: boolean;
  prune: boolean;
  selfHeal: boolean;
}

/** One deployable root and what it renders to. */
export interface DeploymentRoot {
  /** Stable id: `flux:NS/NAME`, `argocd:NS/NAME`, `kustomize:DIR`, `file:PATH` (paths relative to the repository). */
  id: string;
  controller: Controller;
  /** The controller object's name and namespace (ArgoCD Application, Flux Kustomization). */
  name?: string;
  namespace?: string;
  /** Where the controller object is written. */
  file?: string;
  position?: Position;
  /** The ApplicationSet an Application was generated from. */
  applicationSet?: string;
  /** The directory rendered (absolute), or the file for a `file:` root. */
  path: string;
  /** Namespace the controller puts resources in (Flux targetNamespace, ArgoCD destination.namespace). */
  targetNamespace?: string;
  sync?: SyncPolicy;
  suspend?: boolean;
  dependsOn?: string[];
  /** The root whose output holds this controller object. */
  parent?: string;
  /** Substitution variables: the names with known values, and those left unknown. */
  variables?: { known: string[]; unknown: string[] };
  /** Why resources may be missing from the output (Helm charts, plugins, remote bases). */
  incomplete: string[];
  items: RenderedItem[];
}

export interface RenderedItem extends Item {
  /** Substitution variables this resource uses that have no known value. */
  unknown: string[];
}

export interface ModelInput {
  /** Every YAML file found under the inputs (absolute paths). */
  files: readonly string[];
  /** Files named directly on the command line (their own kustomization is a root even when listed by another). */
  host: RenderHost;
  /** Where repository-relative paths (Flux and ArgoCD `path`) start; else each is found by walking up. */
  repoRoot?: string;
  /** Where root ids' paths start (the folder given to lint or render). */
  base?: string;
  /** Helm chart templates: ArgoCD Applications in them (app-of-apps) are read with their template expressions as unknown values. */
  templates?: readonly string[];
}

export interface DeploymentModel {
  roots: DeploymentRoot[];
  /** Files each root used, by role; files no root used are in `unused`. */
  fileRoles: Map<string, string>;
  problems: RenderProblem[];
  diagnostics: Diagnostic[];
  /** Manifest files in a kustomization directory that its kustomization does not list. */
  unlisted: string[];
}

const isFluxKustomization = (o: Obj) => o.kind === 'Kustomization' && typeof o.apiVersion === 'string' && o.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/');
const isArgoApp = (o: Obj) => o.kind === 'Application' && typeof o.apiVersion === 'string' && o.apiVersion.startsWith('argoproj.io/');
const isArgoAppSet = (o: Obj) => o.kind === 'ApplicationSet' && typeof o.apiVersion === 'string' && o.apiVersion.startsWith('argoproj.io/');

interface ControllerObject {
  object: Obj;
  item: Item;
  parent?: DeploymentRoot;
  /** The file the object is written in (its source layer). */
  file: string;
  docIndex: number;
  basePath: (string | number)[];
}

/** Builds the model over the files found. */
export function buildDeploymentModel(input: ModelInput): DeploymentModel {
  const { host } = input;
  const roots: DeploymentRoot[] = [];
  const fileRoles = new Map<string, string>();
  const problems: RenderProblem[] = [];
  const diagnostics: Diagnostic[] = [];
  const seenProblem = new Set<string>();
  const rel = (p: string) => {
    const base = input.repoRoot ?? input.base ?? commonDir(input.files);
    const r = relative(base, p).split(sep).join('/');
    return r === '' ? '.' : r;
  };

  interface Rendered {
    items: Item[];
    incomplete: string[];
    files: Map<string, string>;
    problems: RenderProblem[];
    notes: Diagnostic[];
  }
  const render = (dir: string, overrides?: RootOverrides, generate = false): Rendered => {
    const r = new KustomizeRenderer(host);
    try {
      const out = r.render(dir, overrides, generate ? generatedKustomization(dir, host) : undefined);
      return { items: out.items, incomplete: [...new Set(out.incomplete)], files: out.files, problems: out.problems, notes: out.notes };
    } catch (e) {
      if (!(e instanceof RenderLimitError)) throw e;
      const kf = kustomizationFileIn(dir, host) ?? dir;
      return { items: [], incomplete: [e.message], files: new Map(), problems: [{ file: kf, line: 1, column: 1, problem: 'cycle', message: e.message, messageId: 'tooLarge', data: e.data }], notes: [] };
    }
  };
  /** Keeps what a render found: the files it used, its problems and notes. */
  const commit = (out: Rendered) => {
    for (const [f, role] of out.files) if (!fileRoles.has(f) || role === 'patch' || role === 'component') fileRoles.set(f, role);
    for (const p of out.problems) {
      const key = `${p.file}\0${p.line}\0${p.column}\0${p.problem}\0${p.message}`;
      if (!seenProblem.has(key)) {
        seenProblem.add(key);
        problems.push(p);
      }
    }
    diagnostics.push(...out.notes);
    return out;
  };

  // 1. Kustomization directories, and which of them another one lists.
  const kdirs = new Set<string>();
  for (const f of input.files) if (['kustomization.yaml', 'kustomization.yml', 'Kustomization'].includes(basename(f))) kdirs.add(dirname(f));
  const listed = new Set<string>();
  for (const d of kdirs) {
    const kf = kustomizationFileIn(d, host);
    if (!kf) continue;
    const data = host.parsed(kf).docs[0]?.data;
    if (!isObj(data)) continue;
    for (const field of ['resources', 'bases', 'components']) {
      const list = data[field];
      if (Array.isArray(list)) for (const e of list) if (typeof e === 'string') listed.add(resolve(d, e));
    }
  }
  const isComponent = (d: string) => {
    const kf = kustomizationFileIn(d, host);
    const data = kf ? host.parsed(kf).docs[0]?.data : undefined;
    return isObj(data) && data.kind === 'Component';
  };
  // A Component is only ever applied by what lists it (a kustomization or a Flux spec.components).
  const plainDirs = [...kdirs].filter((d) => !listed.has(d) && !isComponent(d)).sort();

  // 2. Render every kustomization nothing lists, as kustomize would, to find the controller objects in it.
  const plain = new Map<string, Rendered>();
  for (const d of plainDirs) plain.set(d, render(d));
  // Kustomizations that only list each other (a cycle) are reached from none of those: render
  // them too, so the cycle is reported.
  const reached = new Set<string>();
  for (const out of plain.values()) for (const [f, role] of out.files) if (role === 'kustomization' || role === 'component') reached.add(dirname(f));
  for (const d of [...kdirs].sort()) {
    if (reached.has(d) || plain.has(d) || isComponent(d)) continue;
    const out = render(d);
    for (const [f, role] of out.files) if (role === 'kustomization') reached.add(dirname(f));
    if (out.problems.some((p) => p.problem === 'cycle')) commit({ ...out, items: [], notes: [] });
  }
  const usedByPlain = new Set<string>();
  for (const out of plain.values()) for (const f of out.files.keys()) usedByPlain.add(f);

  // Loose files: manifests that no kustomization uses.
  const kdirOf = (f: string) => kdirs.has(dirname(f));
  const loose = input.files.filter((f) => !usedByPlain.has(f) && !kdirOf(f) && !['kustomization.yaml', 'kustomization.yml', 'Kustomization'].includes(basename(f)));

  // 3. Controller objects: in the plain renders and in loose files.
  const controllers: ControllerObject[] = [];
  const queue: ControllerObject[] = [];
  const done = new Set<string>();
  const collect = (items: readonly Item[], parent?: DeploymentRoot) => {
    for (const it of items) {
      const o = it.object;
      if (isFluxKustomization(o) || isArgoApp(o) || isArgoAppSet(o)) {
        const src = it.layers[0]!;
        if (src.kind !== 'source') continue;
        const c: ControllerObject = { object: o, item: it, ...(parent ? { parent } : {}), file: src.file, docIndex: src.docIndex, basePath: src.basePath };
        controllers.push(c);
        if (parent) queue.push(c);
      }
    }
  };
  for (const d of plainDirs) collect(plain.get(d)!.items);
  const looseItems = new Map<string, Item[]>();
  const renderer = new KustomizeRenderer(host);
  for (const f of loose) {
    const items = renderer.loadFile(f);
    looseItems.set(f, items);
    collect(items);
  }

  for (const f of input.templates ?? []) {
    const text = host.text(f);
    if (text === undefined || !text.includes('argoproj.io')) continue;
    parseHelmTemplate(text).forEach((object, docIndex) => {
      if (!isObj(object) || !(isArgoApp(object) || isArgoAppSet(object))) return;
      const item: Item = { object, layers: [{ kind: 'source', file: f, docIndex, basePath: [], data: object }], previousNames: [] };
      controllers.push({ object, item, file: f, docIndex, basePath: [] });
    });
  }

  // Flux sources defined in the repository: a Kustomization whose source is another repository
  // (a GitRepository with another URL than the repository's own, an OCIRepository, a Bucket) is
  // not rendered from here.
  const sources = new Map<string, string>();
  const scanSources = (items: readonly Item[]) => {
    for (const it of items) {
      const o = it.object;
      if (typeof o.apiVersion !== 'string' || !o.apiVersion.startsWith('source.toolkit.fluxcd.io/')) continue;
      const name = String((o.metadata as Obj | undefined)?.name ?? '');
      sources.set(`${String(o.kind)}/${name}`, String((o.spec as Obj | undefined)?.url ?? ''));
    }
  };
  for (const out of plain.values()) scanSources(out.items);
  for (const items of looseItems.values()) scanSources(items);
  const ownUrl = sources.get('GitRepository/flux-system');
  function isOtherSource(ref: Obj): boolean {
    const kind = String(ref.kind ?? 'GitRepository');
    if (kind !== 'GitRepository') return true;
    const name = String(ref.name ?? 'flux-system');
    if (name === 'flux-system') return false;
    const url = sources.get(`GitRepository/${name}`);
    return url !== undefined && url !== ownUrl;
  }

  // Which directories a controller renders: those plain roots are rendered in the controller's way instead.
  const claimed = new Set<string>();
  const pathOf = (from: string, p: string) => resolveRepoPath(from, p, host, input.repoRoot);
  const controllerPaths = (c: ControllerObject): string[] => {
    const o = c.object;
    if (isFluxKustomization(o)) {
      const spec = isObj(o.spec) ? o.spec : {};
      const p = typeof spec.path === 'string' ? spec.path : './';
      const d = pathOf(c.file, p);
      return d ? [d] : [];
    }
    if (isArgoApp(o)) return argoSources(o).map((s) => (typeof s.path === 'string' ? pathOf(c.file, s.path) : undefined)).filter((x): x is string => x !== undefined);
    return [];
  };

  // Top-level controller objects: not inside a directory another controller renders.
  const initial = [...controllers];
  const expanded: ControllerObject[] = [];
  for (const c of initial) {
    if (isArgoAppSet(c.object)) expanded.push(...appSetApps(c));
    else expanded.push(c);
  }
  for (const c of expanded) for (const d of controllerPaths(c)) claimed.add(d);
  const topOf = new Map<string, string>();
  for (const d of plainDirs) for (const it of plain.get(d)!.items) {
    const s = it.layers[0];
    if (s?.kind === 'source') topOf.set(`${s.file}\0${s.docIndex}`, d);
  }
  for (const c of expanded) {
    const top = topOf.get(`${c.file}\0${c.docIndex}`);
    if (top === undefined || !claimed.has(top)) queue.push(c);
  }

  function appSetApps(c: ControllerObject): ControllerObject[] {
    const { applications, notes } = expandApplicationSet(c.object, {
      listDirs: (pattern) => globDirs(pattern, c.file, host, input.repoRoot),
      readFiles: (pattern) => globFiles(pattern, c.file, host, input.repoRoot),
    });
    for (const n of notes) {
      const pos = host.position(c.file, c.docIndex, [...c.basePath, 'spec', 'generators']);
      const data = { name: String((c.object.metadata as Obj)?.name), ...n.data };
      diagnostics.push({ ruleId: 'render', messageId: n.messageId, severity: 'info', message: formatMessage(renderRule.meta, n.messageId, data), file: c.file, line: pos.line, column: pos.column });
    }
    return applications.map((object) => ({ ...c, object, item: { ...c.item, object } }));
  }

  // 4. Controller roots, breadth first: a controller's output may hold more controllers.
  const seen = new Set<string>();
  const ids = new Set<string>();
  const process = (c: ControllerObject) => {
    const o = c.object;
    const meta = isObj(o.metadata) ? o.metadata : {};
    const name = String(meta.name ?? '');
    const ns = typeof meta.namespace === 'string' ? meta.namespace : undefined;
    const controller: Controller = isFluxKustomization(o) ? 'flux' : 'argocd';
    // The same controller object reached twice (as written, and as its parent renders it) is one
    // root. Two objects with the same name (two clusters in one repository) are two roots.
    const objectKey = `${c.file}\0${c.docIndex}\0${c.basePath.join('.')}\0${controller}\0${ns ?? ''}\0${name}`;
    if (seen.has(objectKey)) return;
    seen.add(objectKey);
    let id = `${controller}:${ns ?? ''}/${name}`;
    if (ids.has(id)) id = `${id}@${rel(c.file)}`;
    ids.add(id);
    const position = lazyPosition(() => host.position(c.file, c.docIndex, c.basePath));
    const spec = isObj(o.spec) ? o.spec : {};
    const base: DeploymentRoot = {
      id,
      controller,
      name,
      ...(ns !== undefined ? { namespace: ns } : {}),
      file: c.file,
      position,
      path: '',
      incomplete: [],
      items: [],
      ...(c.parent ? { parent: c.parent.id } : {}),
    };
    const note = (messageId: string, data: MessageData) => diagnostics.push({ ruleId: 'render', messageId, severity: 'info', message: formatMessage(renderRule.meta, messageId, { name, ...data }), file: c.file, line: position.line, column: position.column });
    if (controller === 'flux') {
      const pathSpec = typeof spec.path === 'string' ? spec.path : './';
      const sourceRef = isObj(spec.sourceRef) ? spec.sourceRef : {};
      const dir = isOtherSource(sourceRef) ? undefined : pathOf(c.file, pathSpec);
      if (spec.suspend === true) base.suspend = true;
      if (Array.isArray(spec.dependsOn)) base.dependsOn = spec.dependsOn.map((d) => (isObj(d) ? `${String(d.namespace ?? ns ?? '')}/${String(d.name)}` : String(d)));
      base.sync = { automated: spec.suspend !== true, prune: spec.prune === true, selfHeal: spec.suspend !== true };
      if (typeof spec.targetNamespace === 'string') base.targetNamespace = spec.targetNamespace;
      if (!dir) {
        const src = `${String(sourceRef.kind ?? 'GitRepository')} ${String(sourceRef.name ?? '?')}`;
        if (isOtherSource(sourceRef)) note('fluxOtherSource', { source: src });
        else note('fluxPathOutside', { path: pathSpec, source: src });
        base.incomplete.push(`path ${pathSpec} not in this repository`);
        roots.push(base);
        return;
      }
      base.path = dir;
      const overrides: RootOverrides = { origin: { file: c.file, position } };
      if (base.targetNamespace) overrides.namespace = base.targetNamespace;
      if (typeof spec.namePrefix === 'string') overrides.namePrefix = spec.namePrefix;
      if (typeof spec.nameSuffix === 'string') overrides.nameSuffix = spec.nameSuffix;
      if (Array.isArray(spec.patches)) overrides.patches = spec.patches.filter(isObj) as RootOverrides['patches'];
      if (Array.isArray(spec.images)) overrides.images = spec.images.filter(isObj);
      if (Array.isArray(spec.components)) overrides.components = spec.components.filter((x): x is string => typeof x === 'string');
      const generate = !kustomizationFileIn(dir, host);
      const out = commit(render(dir, overrides, generate));
      base.incomplete.push(...out.incomplete);
      let items = out.items;
      // commonMetadata: labels and annotations on every object's metadata.
      const cm = isObj(spec.commonMetadata) ? spec.commonMetadata : undefined;
      if (cm) items = items.map((it) => withMetadata(it, cm, c.file, position));
      // postBuild substitution
      const post = isObj(spec.postBuild) ? spec.postBuild : undefined;
      const { vars, unknownSources } = fluxVariables(post, ns, input, host, plain, looseItems);
      if (unknownSources.length > 0) note('unknownVariables', { sources: unknownSources.join(', ') });
      const rendered: RenderedItem[] = [];
      const allUnknown = new Set<string>();
      for (const it of items) {
        const disabled = [(it.object.metadata as Obj)?.annotations, (it.object.metadata as Obj)?.labels].some((m) => isObj(m) && m['kustomize.toolkit.fluxcd.io/substitute'] === 'disabled');
        if (!post || disabled) {
          rendered.push({ ...it, unknown: [] });
          continue;
        }
        const acc = { unknown: new Set<string>(), paths: [] as (string | number)[][] };
        const object = substituteValue(it.object, vars, acc) as Obj;
        for (const u of acc.unknown) allUnknown.add(u);
        const layers = acc.paths.length > 0 ? [...it.layers, { kind: 'set' as const, file: c.file, position: lazyPosition(() => host.position(c.file, c.docIndex, [...c.basePath, 'spec', 'postBuild'])), paths: [] }] : it.layers;
        rendered.push({ ...it, object, layers, unknown: [...acc.unknown].map((u) => `\${${u}}`) });
      }
      base.items = rendered;
      if (post) base.variables = { known: [...vars.keys()].sort(), unknown: [...allUnknown].sort() };
      roots.push(base);
      collect(rendered, base);
      return;
    }
    // ArgoCD Application
    const dest = isObj(spec.destination) ? spec.destination : {};
    if (typeof dest.namespace === 'string' && dest.namespace !== '' && !dest.namespace.includes('{{')) base.targetNamespace = dest.namespace;
    const sync = isObj(spec.syncPolicy) ? spec.syncPolicy : {};
    const automated = isObj(sync.automated) ? sync.automated : undefined;
    base.sync = { automated: automated !== undefined && automated.enabled !== false, prune: automated?.prune === true, selfHeal: automated?.selfHeal === true };
    const appSetName = (meta.annotations as Obj | undefined)?.['cnpg-site/application-set'];
    if (typeof appSetName === 'string') base.applicationSet = appSetName;
    const sources = argoSources(o);
    const items: RenderedItem[] = [];
    let first = true;
    for (const s of sources) {
      if (typeof s.chart === 'string' || (typeof s.path !== 'string' && typeof s.repoURL === 'string')) {
        note('applicationChart', { chart: String(s.chart ?? s.repoURL) });
        base.incomplete.push(`Helm chart ${String(s.chart ?? s.repoURL)}`);
        continue;
      }
      if (typeof s.path !== 'string') continue;
      const dir = pathOf(c.file, s.path);
      if (!dir) {
        note('applicationPathOutside', { path: s.path });
        base.incomplete.push(`path ${s.path} not in this repository`);
        continue;
      }
      if (first) base.path = dir;
      first = false;
      if (host.kind(join(dir, 'Chart.yaml')) === 'file' || isObj(s.helm)) {
        note('applicationChartPath', { path: s.path });
        base.incomplete.push(`Helm chart at ${s.path}`);
        continue;
      }
      const kz = isObj(s.kustomize) ? s.kustomize : {};
      const overrides: RootOverrides = { origin: { file: c.file, position } };
      if (typeof kz.namespace === 'string') overrides.namespace = kz.namespace;
      if (typeof kz.namePrefix === 'string') overrides.namePrefix = kz.namePrefix;
      if (typeof kz.nameSuffix === 'string') overrides.nameSuffix = kz.nameSuffix;
      if (isObj(kz.commonLabels)) overrides.commonLabels = kz.commonLabels as Record<string, string>;
      if (isObj(kz.commonAnnotations)) overrides.commonAnnotations = kz.commonAnnotations as Record<string, string>;
      if (Array.isArray(kz.patches)) overrides.patches = kz.patches.filter(isObj) as RootOverrides['patches'];
      if (Array.isArray(kz.components)) overrides.components = kz.components.filter((x): x is string => typeof x === 'string');
      if (Array.isArray(kz.images)) overrides.images = kz.images.map((x) => (typeof x === 'string' ? imageOverride(x) : x)).filter(isObj);
      if (Array.isArray(kz.replicas)) overrides.replicas = kz.replicas.filter(isObj);
      const hasK = kustomizationFileIn(dir, host) !== undefined;
      const directory = isObj(s.directory) ? s.directory : {};
      const out = commit(hasK ? render(dir, overrides) : render(dir, overrides, true));
      if (!hasK && directory.recurse !== true) {
        // a directory source reads only the folder itself unless recurse is set
        out.items = out.items.filter((it) => it.layers[0]?.kind === 'source' && dirname(it.layers[0].file) === dir);
      }
      base.incomplete.push(...out.incomplete);
      for (const it of out.items) {
        let object = it.object;
        const m = isObj(object.metadata) ? object.metadata : {};
        if (base.targetNamespace && m.namespace === undefined && !CLUSTER_KINDS.has(String(object.kind))) {
          object = { ...object, metadata: { ...m, namespace: base.targetNamespace } };
          it.layers.push({ kind: 'set', file: c.file, position: lazyPosition(() => host.position(c.file, c.docIndex, [...c.basePath, 'spec', 'destination', 'namespace'])), paths: [['metadata', 'namespace']] });
        }
        items.push({ ...it, object, unknown: templateUnknowns(object) });
      }
    }
    base.items = items;
    roots.push(base);
    collect(items, base);
  };
  let next = 0;
  for (;;) {
    while (next < queue.length) {
      const c = queue[next++]!;
      const key = keyOf(c);
      if (done.has(key)) continue;
      done.add(key);
      if (isArgoAppSet(c.object)) {
        queue.push(...appSetApps(c));
        continue;
      }
      process(c);
    }
    // controller objects inside directories whose own controller was never reached: take them as written
    const rest = controllers.filter((c) => !done.has(keyOf(c)));
    if (rest.length === 0) break;
    queue.push(...rest);
  }

  // 5. Kustomization directories no controller renders are roots of their own.
  const controllerDirs = new Set(roots.map((r) => r.path).filter((p) => p !== ''));
  for (const d of plainDirs) {
    if (controllerDirs.has(d) || claimed.has(d)) continue;
    // rendered inside a controller's root already (a folder of the kustomization Flux generates)
    const kf = kustomizationFileIn(d, host);
    if (kf && fileRoles.has(kf)) continue;
    const out = commit(plain.get(d)!);
    roots.push({ id: `kustomize:${rel(d)}`, controller: 'kustomize', path: d, incomplete: out.incomplete, items: out.items.map((it) => ({ ...it, unknown: templateUnknowns(it.object) })) });
  }
  // 6. Loose manifest files.
  const covered = (f: string) => {
    // a file inside a directory a controller renders (walk up its folders: no scan of every root)
    for (let d = dirname(f), i = 0; i < 64; i++) {
      if (controllerDirs.has(d)) return true;
      const up = dirname(d);
      if (up === d) return false;
      d = up;
    }
    return false;
  };
  for (const f of loose) {
    if (fileRoles.has(f) || covered(f)) continue;
    const items = looseItems.get(f) ?? [];
    if (items.length === 0) continue; // not a manifest: the loader notes it
    fileRoles.set(f, 'resource');
    roots.push({ id: `file:${rel(f)}`, controller: 'none', path: f, incomplete: [], items: items.map((it) => ({ ...it, unknown: templateUnknowns(it.object) })) });
  }
  for (const d of claimed) if (!controllerDirs.has(d) && plain.has(d)) {
    const out = commit(plain.get(d)!);
    roots.push({ id: `kustomize:${rel(d)}`, controller: 'kustomize', path: d, incomplete: out.incomplete, items: out.items.map((it) => ({ ...it, unknown: templateUnknowns(it.object) })) });
  }
  roots.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const unlisted = input.files.filter((f) => !fileRoles.has(f) && kdirOf(f) && !['kustomization.yaml', 'kustomization.yml', 'Kustomization'].includes(basename(f)) && !covered(f));
  return { roots, fileRoles, problems, diagnostics, unlisted };
}

/**
 * The documents of a Helm template, its template expressions kept as unknown values: lines that
 * are only control actions (`{{- if … }}`, `{{ end }}`) are dropped, and an expression inside a
 * value stays as written in the string.
 */
export function parseHelmTemplate(text: string): unknown[] {
  const exprs: string[] = [];
  const body = text
    .split('\n')
    .filter((l) => !/^\s*\{\{-?[^}]*-?\}\}\s*$/.test(l) || /:\s*\{\{/.test(l))
    .join('\n')
    .replace(/\{\{-?[\s\S]*?-?\}\}/g, (m) => `__TPL${exprs.push(m) - 1}__`);
  // Read as files are (alias cycles and bombs refused), keys twice allowed: an if and its else
  // each set the same key once their actions are cut.
  const docs = readYamlText(body, 100, { duplicateKeys: true }).docs;
  const restore = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(/__TPL(\d+)__/g, (_m, i: string) => exprs[Number(i)] ?? '');
    if (Array.isArray(v)) return v.map(restore);
    if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [restore(k) as string, restore(x)]));
    return v;
  };
  return docs.map(restore);
}

const keyOf = (c: ControllerObject) => `${c.file}\0${c.docIndex}\0${c.basePath.join('.')}\0${String((c.object.metadata as Obj)?.name)}`;

const CLUSTER_KINDS = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'ClusterImageCatalog', 'PersistentVolume', 'StorageClass', 'PriorityClass', 'ClusterSecretStore', 'ClusterExternalSecret', 'ClusterIssuer', 'IngressClass', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'APIService', 'CiliumClusterwideNetworkPolicy', 'RuntimeClass', 'VolumeSnapshotClass', 'CSIDriver', 'Node', 'ClusterGenerator']);

function argoSources(o: Obj): Obj[] {
  const spec = isObj(o.spec) ? o.spec : {};
  if (Array.isArray(spec.sources)) return spec.sources.filter(isObj);
  return isObj(spec.source) ? [spec.source] : [];
}

function imageOverride(s: string): Obj {
  // ArgoCD's kustomize images: "name=new:tag" or "name:tag"
  const eq = s.indexOf('=');
  const name = eq >= 0 ? s.slice(0, eq) : s.replace(/[:@].*$/, '');
  const target = eq >= 0 ? s.slice(eq + 1) : s;
  const at = target.indexOf('@');
  if (at >= 0) return { name, newName: target.slice(0, at), digest: target.slice(at + 1) };
  const colon = target.lastIndexOf(':');
  if (colon > target.lastIndexOf('/')) return { name, newName: target.slice(0, colon), newTag: target.slice(colon + 1) };
  return { name, newName: target };
}

function withMetadata(it: Item, cm: Obj, file: string, position: Position): Item {
  const meta = isObj(it.object.metadata) ? it.object.metadata : {};
  const next: Obj = { ...meta };
  if (isObj(cm.labels)) next.labels = { ...(isObj(meta.labels) ? meta.labels : {}), ...cm.labels };
  if (isObj(cm.annotations)) next.annotations = { ...(isObj(meta.annotations) ? meta.annotations : {}), ...cm.annotations };
  return { ...it, object: { ...it.object, metadata: next }, layers: [...it.layers, { kind: 'set', file, position, paths: [['metadata', 'labels'], ['metadata', 'annotations']] }] };
}

/** `{{ … }}` left in values of a Helm-templated manifest: unknown. */
function templateUnknowns(o: Obj): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      // Most strings hold neither: no match to run.
      if (v.includes('{{')) for (const m of v.match(/\{\{[^}]*\}\}/g) ?? []) if (/\{\{\s*[-]?\s*[.$]/.test(m)) out.add(m);
      if (v.includes('${')) for (const m of v.match(/\$\{[_a-zA-Z][_a-zA-Z0-9]*(:?[=-][^}]*)?\}/g) ?? []) out.add(m);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (isObj(v)) Object.values(v).forEach(walk);
  };
  walk(o);
  return [...out];
}

/** Flux variables: `substituteFrom` in order (ConfigMaps found in the repository), then `substitute` over them. */
function fluxVariables(post: Obj | undefined, ns: string | undefined, _input: ModelInput, _host: RenderHost, plain: Map<string, { items: Item[] }>, loose: Map<string, Item[]>): { vars: Map<string, string>; unknownSources: string[] } {
  const vars = new Map<string, string>();
  const unknownSources: string[] = [];
  if (!post) return { vars, unknownSources };
  const all = (function* () {
    for (const v of plain.values()) yield* v.items;
    for (const v of loose.values()) yield* v;
  })();
  const configMaps: Obj[] = [];
  for (const it of all) if (it.object.kind === 'ConfigMap' && it.object.apiVersion === 'v1') configMaps.push(it.object);
  for (const from of Array.isArray(post.substituteFrom) ? post.substituteFrom : []) {
    if (!isObj(from) || typeof from.name !== 'string') continue;
    const kind = String(from.kind ?? 'ConfigMap');
    if (kind !== 'ConfigMap') {
      unknownSources.push(`${kind} ${from.name}`);
      continue;
    }
    const cms = configMaps.filter((c) => (c.metadata as Obj)?.name === from.name);
    const cm = cms.find((c) => (c.metadata as Obj)?.namespace === ns) ?? cms[0];
    if (!cm) {
      if (from.optional !== true) unknownSources.push(`ConfigMap ${from.name}`);
      continue;
    }
    if (isObj(cm.data)) for (const [k, v] of Object.entries(cm.data)) vars.set(k, String(v));
  }
  if (isObj(post.substitute)) for (const [k, v] of Object.entries(post.substitute)) vars.set(k, v === null ? '' : String(v));
  return { vars, unknownSources };
}

/**
 * A repository path (Flux `spec.path`, ArgoCD `source.path`) from the file that names it: the
 * repository root when known, else the nearest folder above the file where the path exists.
 */
export function resolveRepoPath(from: string, p: string, host: RenderHost, repoRoot?: string): string | undefined {
  if (p.includes('{{') || p.includes('${')) return undefined;
  const clean = p.replace(/^\.\//, '').replace(/\/+$/, '');
  if (repoRoot) {
    const d = resolve(repoRoot, clean === '' ? '.' : clean);
    if (host.kind(d) === 'dir') return d;
  }
  let dir = dirname(from);
  for (let i = 0; i < 30; i++) {
    const d = resolve(dir, clean === '' ? '.' : clean);
    if (clean !== '' && host.kind(d) === 'dir') return d;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

function commonDir(files: readonly string[]): string {
  if (files.length === 0) return '/';
  let prefix = dirname(files[0]!);
  for (const f of files) while (!(f + sep).startsWith(prefix + sep) && prefix !== dirname(prefix)) prefix = dirname(prefix);
  return prefix;
}

/** Directories matching an ArgoCD git generator pattern (`*` one segment, `**` any). */
function globDirs(pattern: string, from: string, host: RenderHost, repoRoot?: string): { path: string; abs: string }[] {
  const { base, root } = globBase(pattern, from, host, repoRoot);
  if (!root) return [];
  if (!/[*?[{]/.test(pattern)) {
    const abs = join(root, base);
    return host.kind(abs) === 'dir' ? [{ path: base, abs }] : [];
  }
  const re = globRegExp(pattern);
  const out: { path: string; abs: string }[] = [];
  const walk = (abs: string, rel: string, depth: number) => {
    if (depth > 12) return;
    for (const [name, isDir] of [...(host.list(abs) ?? [])].sort()) {
      if (!isDir || name.startsWith('.')) continue;
      const r = rel ? `${rel}/${name}` : name;
      if (re.test(r)) out.push({ path: r, abs: join(abs, name) });
      walk(join(abs, name), r, depth + 1);
    }
  };
  walk(join(root, base), base, 0);
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

function globFiles(pattern: string, from: string, host: RenderHost, repoRoot?: string): { path: string; abs: string; data: unknown }[] {
  const { base, root } = globBase(pattern, from, host, repoRoot);
  if (!root) return [];
  const re = globRegExp(pattern);
  const out: { path: string; abs: string; data: unknown }[] = [];
  const walk = (abs: string, rel: string, depth: number) => {
    if (depth > 12) return;
    for (const [name, isDir] of [...(host.list(abs) ?? [])].sort()) {
      const r = rel ? `${rel}/${name}` : name;
      if (isDir) {
        if (!name.startsWith('.') || re.test(r + '/x')) walk(join(abs, name), r, depth + 1);
      } else if (re.test(r)) {
        const pf = host.parsed(join(abs, name));
        out.push({ path: r, abs: join(abs, name), data: pf.docs[0]?.data });
      }
    }
  };
  walk(join(root, base), base, 0);
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

function globBase(pattern: string, from: string, host: RenderHost, repoRoot?: string): { base: string; root?: string } {
  const segs = pattern.replace(/^\.\//, '').split('/');
  const fixed: string[] = [];
  for (const s of segs) {
    if (/[*?[{]/.test(s)) break;
    fixed.push(s);
  }
  const base = fixed.join('/');
  if (base === '') return { base, ...(repoRoot ? { root: repoRoot } : {}) };
  const found = resolveRepoPath(from, base, host, repoRoot);
  if (!found) return { base };
  return { base, root: found.slice(0, found.length - base.length).replace(/\/$/, '') || '/' };
}

function globRegExp(pattern: string): RegExp {
  const p = pattern.replace(/^\.\//, '');
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch === '*') {
      if (p[i + 1] === '*') {
        re += '.*';
        i++;
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * What the roots under a path render to, as their controllers render them: the data behind
 * `kubectl cnpg-site render`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { InputError } from '../errors.js';
import { loadInventory } from '../inventory/load.js';
import { originOf } from '../inventory/resource.js';
import { parseFileContent } from '../inventory/parse-file.js';
import { locate } from '../inventory/yaml-nodes.js';
import { composeAll } from '../inventory/parse-file.js';
import { loadProfile } from '../profile/load.js';
import { RULE_IDS, RULE_OPTIONS } from '../rules/index.js';
import { problemMessage } from '../rules/kustomize-resources.js';
import type { Diagnostic, YamlPath } from '../types.js';
import { KustomizeRenderer, kustomizationFileIn, type RenderHost } from './kustomize.js';
import type { DeploymentRoot } from './model.js';
import { originIn, type Origin } from './provenance.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface RenderedResource {
  root: string;
  object: Obj;
  /** Where the resource's document starts. */
  origin: Origin;
  /** Each scalar field's origin, by dotted path (`spec.storage.storageClass`, `spec.plugins.0.name`). */
  fields: Record<string, Origin>;
}

export interface RenderRun {
  roots: Omit<DeploymentRoot, 'items'>[];
  resources: RenderedResource[];
  /** Problems that make a build fail (kustomize would stop), and notes on what is not rendered. */
  diagnostics: Diagnostic[];
}

export interface RenderOptions {
  cwd?: string;
  /** Render this one kustomization directory exactly as `kustomize build DIR` does. */
  root?: string;
  profileFile?: string;
}

/** Renders the roots under `paths` (or one kustomization directory with `root`). */
export function renderPaths(paths: string[], opts: RenderOptions = {}): RenderRun {
  const cwd = opts.cwd ?? process.cwd();
  if (opts.root !== undefined) return renderKustomizeRoot(resolve(cwd, opts.root));
  const inputs = paths.length > 0 ? paths.map((p) => resolve(cwd, p)) : [cwd];
  const { profile } = loadProfile(inputs[0]!, { ...(opts.profileFile ? { file: resolve(cwd, opts.profileFile) } : {}), knownRules: RULE_IDS, ruleOptions: RULE_OPTIONS });
  const { inventory, diagnostics, model } = loadInventory(inputs, { profile });
  const resources: RenderedResource[] = [];
  for (const r of inventory.resources) {
    const at = originOf(r, []);
    resources.push({ root: r.root ?? '', object: r.object, origin: at, fields: fieldOrigins(r.object, (p) => originOf(r, p)) });
  }
  const problems: Diagnostic[] = inventory.kustomizationProblems.map((p) => ({
    ruleId: 'kustomize-resources',
    messageId: problemMessage(p).messageId,
    severity: 'error',
    message: p.message ?? (p.problem === 'missing' ? `"${p.entry}" is listed in ${p.field} but does not exist` : `"${p.entry}" is a directory without a kustomization.yaml`),
    file: p.file,
    line: p.line,
    column: p.column,
  }));
  return {
    roots: (model?.roots ?? []).map(({ items: _items, ...root }) => root),
    resources,
    diagnostics: [...diagnostics.filter((d) => d.severity !== 'info' || d.ruleId === 'render'), ...problems],
  };
}

function fsHost(): RenderHost {
  const cache = new Map<string, ReturnType<typeof parseFileContent>>();
  const kind = (p: string): 'file' | 'dir' | undefined => {
    try {
      const st = statSync(p);
      return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : undefined;
    } catch {
      return undefined;
    }
  };
  const read = (p: string) => {
    try {
      return kind(p) === 'file' ? readFileSync(p) : undefined;
    } catch {
      return undefined;
    }
  };
  // Files parsed again for positions, once each.
  const composed = new Map<string, ReturnType<typeof composeAll>>();
  const parsed = (f: string) => {
    let pf = cache.get(f);
    if (!pf) cache.set(f, (pf = parseFileContent(f, read(f), { maxBytes: 5 * 1024 * 1024, maxAlias: 1000 })));
    return pf;
  };
  return {
    parsed,
    kind,
    list: (p) => {
      try {
        return readdirSync(p, { withFileTypes: true }).map((d) => [d.name, d.isDirectory()] as [string, boolean]);
      } catch {
        return undefined;
      }
    },
    text: (f) => read(f)?.toString('utf8'),
    position: (f, docIndex, path) => {
      const t = parsed(f).text;
      if (t === undefined) return { line: 1, column: 1 };
      let c = composed.get(f);
      if (!c) composed.set(f, (c = composeAll(t)));
      const { docs, lineCounter } = c;
      const doc = docs[docIndex];
      return doc ? locate(doc, lineCounter, path) : { line: 1, column: 1 };
    },
  };
}

/** `kustomize build DIR`: no controller's namespace or substitution on top. */
export function renderKustomizeRoot(dir: string): RenderRun {
  const host = fsHost();
  if (host.kind(dir) !== 'dir') throw new InputError(`--root ${dir}: no such directory`);
  if (!kustomizationFileIn(dir, host)) throw new InputError(`--root ${dir}: no kustomization.yaml in that directory`);
  const out = new KustomizeRenderer(host).render(dir);
  const docs = new Map<string, ReturnType<typeof composeAll>>();
  // YAML inline in a kustomization, parsed once: a position is asked for each field.
  const inline = new Map<string, ReturnType<typeof composeAll>>();
  const src = {
    docs: (file: string, text?: string) => {
      if (text !== undefined) {
        let r = inline.get(text);
        if (!r) inline.set(text, (r = composeAll(text)));
        return r;
      }
      let d = docs.get(file);
      if (!d) {
        const t = host.parsed(file).text;
        if (t === undefined) return undefined;
        docs.set(file, (d = composeAll(t)));
      }
      return d;
    },
  };
  const id = `kustomize:${dir}`;
  const resources = out.items.map((it) => ({
    root: id,
    object: it.object,
    origin: originIn(it.layers, it.object, [], src),
    fields: fieldOrigins(it.object, (p) => originIn(it.layers, it.object, p, src)),
  }));
  const diagnostics: Diagnostic[] = [
    ...out.problems.map((p): Diagnostic => ({ ruleId: 'kustomize-resources', messageId: p.messageId, severity: 'error', message: p.message || `"${p.entry}" in ${p.field} ${p.problem === 'missing' ? 'does not exist' : 'is a directory without a kustomization.yaml'}`, file: p.file, line: p.line, column: p.column })),
    ...out.notes,
  ];
  return { roots: [{ id, controller: 'kustomize', path: dir, incomplete: out.incomplete }], resources, diagnostics };
}

function fieldOrigins(o: Obj, originAt: (p: YamlPath) => Origin): Record<string, Origin> {
  const out: Record<string, Origin> = {};
  const walk = (v: unknown, path: YamlPath) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (isObj(v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    else out[path.join('.')] = originAt(path);
  };
  walk(o, []);
  return out;
}

/** A Secret's values are never printed: each becomes `<redacted>`. */
export function redactSecrets(o: Obj): Obj {
  if (o.kind !== 'Secret' || o.apiVersion !== 'v1') return o;
  const out: Obj = { ...o };
  for (const f of ['data', 'stringData']) {
    if (isObj(o[f])) out[f] = Object.fromEntries(Object.keys(o[f] as Obj).map((k) => [k, '<redacted>']));
  }
  return out;
}

/** Multi-document YAML of rendered objects, Secrets redacted. */
export function renderedYaml(objects: readonly Obj[]): string {
  return objects.map((o) => stringify(redactSecrets(o), { lineWidth: 0, aliasDuplicateObjects: false })).map((s) => `---\n${s}`).join('');
}

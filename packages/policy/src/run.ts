import { posix } from 'node:path';
import { applyBaseline, applySuppressions, archiveTargetOf, compareDiagnostics, DEFAULT_PROFILE, diffClusters, directivesIn, excludeMatcher, InputError, KUSTOMIZATION_NAMES, lint, loadInventory, parseBaseline, parseProfile, relPath, RULE_IDS, RULE_OPTIONS, withFingerprints } from './core.js';
import type { ClusterDiff, Diagnostic, LoadResult, Profile, Summary } from '@cnpg-site/core';
import {
  archiveCheckedClusters,
  archiveMoveChecks,
  archiveReuseChecks,
  deletionChecks,
  lintDelta,
  majorChecks,
  POLICY_RULES,
  REFERENCES_PER_FILE,
  renameRecoveryChecks,
  renameReferenceChecks,
  scopeOfFile,
  SELF_RECOVERY,
  type TextLines,
} from './checks.js';
import { changedPaths, GitSource } from './git.js';

export interface PolicyOptions {
  base: GitSource;
  head: GitSource;
  /** Checks 1–6 (renames, recovery, archive reuse, majors, moved archives, deletions). */
  diff: boolean;
  /** Check 7: lint of the changed overlays, new findings only. */
  lint: boolean;
  /** Limit the change to these paths (relative to the root), as pre-commit passes them. */
  only?: string[];
}

export interface PolicyResult {
  root: string;
  profile: Profile;
  /** Blocking or advisory findings, sorted. */
  diagnostics: Diagnostic[];
  /** Lint findings already present in base (not blocking). */
  preexisting: Diagnostic[];
  /** Lint findings of base that head no longer has. */
  fixed: number;
  diff: ClusterDiff;
  changed: string[];
  /** Overlay directories (or lone files) the change touches, loaded on each side. */
  overlays: string[];
  /** What the lint check loaded on each side: the whole repository ('' ), or the touched overlays and what they need. */
  context: string[];
  summary: Summary;
}

const YAML = /(\.ya?ml|(^|\/)Kustomization)$/i;

/** The overlay a path belongs to: the nearest directory above it holding a kustomization. */
export function overlayFor(path: string, src: GitSource): string | undefined {
  let dir = posix.dirname(path);
  for (;;) {
    const d = dir === '.' ? '' : dir;
    if (KUSTOMIZATION_NAMES.some((k) => src.isFile(d === '' ? k : `${d}/${k}`))) return d;
    if (d === '') break;
    dir = posix.dirname(d);
  }
  return src.isFile(path) && YAML.test(path) ? path : undefined;
}

function overlaysOf(paths: string[], sources: GitSource[]): string[] {
  const out = new Set<string>();
  for (const p of paths) for (const s of sources) {
    const o = overlayFor(p, s);
    if (o !== undefined) out.add(o);
  }
  // A repository-wide kustomization at the root would load everything: keep the files themselves.
  if (out.has('')) {
    out.delete('');
    for (const p of paths) if (YAML.test(p)) out.add(p);
  }
  return [...out].sort();
}

function load(src: GitSource, rels: string[], profile: Profile): LoadResult {
  const present = rels.filter((r) => src.isFile(r) || src.isDir(r));
  src.prefetch(present.filter((r) => src.isDir(r)));
  src.prefetchFiles(present.filter((r) => src.isFile(r)));
  if (present.length === 0) return loadInventory([], { profile, readFile: src.readFile, readDir: src.readDir });
  return loadInventory(present.map((r) => src.abs(r)), { profile, readFile: src.readFile, readDir: src.readDir });
}

export const POLICY_RULE_IDS: readonly string[] = Object.values(POLICY_RULES);

/** The profile of the revision: `.cnpg-site.yaml` at its root, else the default. */
export async function profileOf(src: GitSource): Promise<Profile> {
  const buf = src.isFile('.cnpg-site.yaml') ? src.readFile(src.abs('.cnpg-site.yaml')) : undefined;
  if (!buf) return DEFAULT_PROFILE;
  return parseProfile(buf.toString('utf8'), src.abs('.cnpg-site.yaml'), [...RULE_IDS, ...POLICY_RULE_IDS], RULE_OPTIONS);
}

/**
 * Up to this many YAML files, the lint check loads the whole repository on each side; above it,
 * the touched overlays and what they need (see `contextOf`).
 */
export const WHOLE_REPOSITORY_FILES = 2000;

/**
 * What the lint check loads on both sides: the whole repository when it is small enough, else the
 * touched overlays, the kustomizations, Flux Kustomizations and ArgoCD Applications that render
 * them (found by the overlay directory's name, a few levels up), and every overlay that puts
 * resources in a namespace the touched ones use (references reach only their own namespace).
 */
export async function contextOf(base: GitSource, head: GitSource, overlays: string[], loads: LoadResult[], limit = WHOLE_REPOSITORY_FILES): Promise<string[]> {
  if (overlays.length === 0) return overlays;
  let yaml = 0;
  for (const src of [head, base]) for (const p of src.entries().keys()) if (YAML.test(p)) yaml++;
  if (yaml <= limit * 2) return [''];
  const out = new Set(overlays);
  const namespaces = new Set<string>();
  for (const l of loads) for (const r of l.inventory.resources) if (r.namespace) namespaces.add(r.namespace);
  // The lines that put a resource in one of those namespaces.
  const nsForms = (ns: string) => [`namespace: ${ns}`, `Namespace: ${ns}`, `namespace: "${ns}"`, `Namespace: "${ns}"`];
  // Renderers: a parent names the overlay by its directory's name (a relative path ends in it).
  let frontier = overlays.filter((o) => !YAML.test(o));
  for (let level = 0; level < 4 && (frontier.length > 0 || level === 0); level++) {
    const names = [...new Set(frontier.map((o) => posix.basename(o)))];
    // A namespace is searched for as its name, and its lines picked out here: one git grep per
    // name rather than four forms (an overlay is often named as its namespace: one grep in all).
    const texts = level === 0 ? [...new Set([...names, ...namespaces])] : names;
    if (texts.length === 0) break;
    const hits = await head.grepMany(texts);
    const next: string[] = [];
    const follow = (files: Set<string>, isName: boolean) => {
      // A name that common (`base`, `app`) would pull in the repository: not a lead.
      if (files.size > 64) return;
      for (const f of files) {
        const o = overlayFor(f, head);
        if (o === undefined || o === '' || out.has(o)) continue;
        // A namespace hit is context only; a name hit may be a parent to follow further up.
        out.add(o);
        if (isName) next.push(o);
      }
    };
    for (const [text, list] of hits) {
      const yaml = list.filter((h) => YAML.test(h.path));
      if (names.includes(text)) {
        // A parent names the overlay as a path: in a kustomization (`- ../postgres`, `- postgres`)
        // or as `…/postgres` (a Flux or ArgoCD path). Other mentions of the word are not leads.
        const lead = (h: { path: string; text: string }) => KUSTOMIZATION_NAMES.includes(posix.basename(h.path)) || h.text.includes(`/${text}`);
        follow(new Set(yaml.filter(lead).map((h) => h.path)), true);
      }
      if (level === 0 && namespaces.has(text)) {
        for (const form of nsForms(text)) follow(new Set(yaml.filter((h) => h.text.includes(form)).map((h) => h.path)), false);
      }
    }
    frontier = next;
  }
  return [...out].sort();
}

/** Whether a path (from the root) is one the change touches: a changed file, or in a touched overlay. */
function touchedBy(changed: string[], overlays: string[]): (path: string) => boolean {
  const files = new Set(changed);
  const dirs = overlays.filter((o) => !YAML.test(o));
  return (p) => files.has(p) || dirs.some((d) => p.startsWith(`${d}/`)) || overlays.includes(p);
}

/** The baseline the profile names, as the revision has it. */
async function baselineOf(src: GitSource, profile: Profile): Promise<ReturnType<typeof parseBaseline> | undefined> {
  if (!profile.baseline) return undefined;
  const rel = posix.normalize(profile.baseline.split('\\').join('/'));
  const buf = src.isFile(rel) ? src.readFile(src.abs(rel)) : undefined;
  if (!buf) throw new InputError(`the profile's baseline ${rel} is not in ${src.label}; create it with kubectl cnpg-site lint --update-baseline ${rel} . and commit it`);
  return parseBaseline(buf.toString('utf8'), src.abs(rel));
}

/** Compares two revisions and returns the verdicts (see docs/policy.md). */
export async function runPolicy(opts: PolicyOptions): Promise<PolicyResult> {
  const { base, head } = opts;
  const root = head.root;
  const rel = (f: string) => relPath(f, root);
  await Promise.all([base.preload(), head.preload()]);
  const profile = await profileOf(head);
  let changed = changedPaths(base, head);
  if (opts.only) {
    const only = new Set(opts.only.map((p) => head.rel(p) ?? p));
    changed = changed.filter((p) => only.has(p));
    for (const p of only) if (!changed.includes(p) && (head.isFile(p) || base.isFile(p))) changed.push(p);
    changed.sort();
  }
  const overlays = overlaysOf(changed, [base, head]);
  // Both sides' files in one read.
  GitSource.prefetchTogether([base, head], overlays);
  const baseLoad = load(base, overlays, profile);
  const headLoad = load(head, overlays, profile);
  const diff = diffClusters(baseLoad.inventory, headLoad.inventory, { pluginName: profile.backup.pluginName });

  let out: Diagnostic[] = [];
  let preexisting: Diagnostic[] = [];
  let fixed = 0;

  if (opts.diff) {
    // Look across the repository only where the change needs it, with git grep rather than a full
    // load: one pass for every renamed Cluster's old name and every touched archive destination.
    const extra = new Set<string>(overlays);
    const touched = archiveCheckedClusters(diff, baseLoad.inventory, headLoad.inventory, profile);
    const dests = new Set<string>();
    for (const c of touched) {
      const t = archiveTargetOf(c, headLoad.inventory, profile.backup.pluginName);
      if (t) dests.add(t.destinationPath.trim().replace(/\/+$/, ''));
    }
    // Past the lines a finding lists one by one, a file's mentions are only counted.
    const { hits, more } = await head.grepLines([...diff.renames.map((r) => r.before.name), ...dests], REFERENCES_PER_FILE + 1);
    const textCache = new Map<string, TextLines[]>();
    const texts = (name: string): TextLines[] => {
      let t = textCache.get(name);
      if (!t) {
        const byFile = new Map<string, [number, string][]>();
        for (const h of hits.get(name) ?? head.grep(name)) {
          let l = byFile.get(h.path);
          if (!l) byFile.set(h.path, (l = []));
          l.push([h.line, h.text]);
        }
        const rest = more.get(name);
        t = [...byFile.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([p, lines]): TextLines => {
          const m = rest?.get(p);
          return m ? { file: head.abs(p), lines, more: m } : { file: head.abs(p), lines };
        });
        textCache.set(name, t);
      }
      return t;
    };
    for (const r of diff.renames) {
      for (const t of texts(r.before.name)) {
        const p = head.rel(t.file)!;
        if (!YAML.test(p)) continue;
        const scope = scopeOfFile(t.file, profile);
        if (scope !== '' && r.before.scope !== '' && scope !== r.before.scope) continue;
        const o = overlayFor(p, head);
        if (o !== undefined && o !== '') extra.add(o);
      }
    }
    for (const d of [...dests].sort()) {
      for (const h of hits.get(d) ?? []) {
        if (!YAML.test(h.path)) continue;
        const o = overlayFor(h.path, head);
        if (o !== undefined && o !== '') extra.add(o);
      }
    }
    const wide = extra.size > overlays.length ? load(head, [...extra].sort(), profile).inventory : headLoad.inventory;
    // No spread: a check may return more items than a call takes arguments.
    for (const list of [
      renameReferenceChecks(diff, wide, profile, texts, rel),
      renameRecoveryChecks(diff, baseLoad.inventory, headLoad.inventory, profile),
      archiveReuseChecks(diff, baseLoad.inventory, headLoad.inventory, wide, profile, rel),
      majorChecks(diff),
      archiveMoveChecks(diff),
      deletionChecks(diff),
    ]) for (const d of list) out.push(d);
  }

  let context = overlays;
  if (opts.lint) {
    // Cross-resource facts are judged against the repository, not the touched overlays alone:
    // the same set of paths is loaded on both sides, so what did not change cannot look new.
    context = await contextOf(base, head, overlays, [baseLoad, headLoad]);
    const same = context.join('\0') === overlays.join('\0');
    const baseCtx = same ? baseLoad : load(base, context, profile);
    const headCtx = same ? headLoad : load(head, context, profile);
    const excluded = excludeMatcher(profile, root, undefined, root);
    const lintOpts = { root, extraRuleIds: POLICY_RULE_IDS, ...(excluded ? { excluded } : {}) };
    let before = lint(baseCtx.inventory, profile, { ...lintOpts, loadDiagnostics: baseCtx.diagnostics });
    let after = lint(headCtx.inventory, profile, { ...lintOpts, loadDiagnostics: headCtx.diagnostics });
    // The baseline the profile names (as head has it) accepts findings on both sides.
    const baseline = await baselineOf(head, profile);
    if (baseline) {
      before = applyBaseline(before, baseline).diagnostics;
      after = applyBaseline(after, baseline).diagnostics;
    }
    const delta = lintDelta(before, after, diff, root);
    for (const d of delta.fresh) out.push(d);
    // Debt elsewhere in the repository is not this change's: list only what it touches.
    const touched = touchedBy(changed, overlays);
    preexisting = delta.preexisting.filter((d) => touched(rel(d.file)));
    fixed = delta.fixed;
  }

  // One mistake, one finding: where lint's recovery-archive reports a Cluster, check 3's finding
  // on the same Cluster says the same thing.
  const selfRecovering = new Set(out.filter((d) => d.ruleId === 'recovery-archive' && d.resource).map((d) => `${d.resource!.kind}|${d.resource!.namespace ?? ''}|${d.resource!.name}`));
  if (selfRecovering.size > 0) {
    out = out.filter((d) => !(d.messageId === SELF_RECOVERY && d.resource && selfRecovering.has(`${d.resource.kind}|${d.resource.namespace ?? ''}|${d.resource.name}`)));
  }
  // Suppressions in head's files apply to the policy checks too (lint applied its own already,
  // and reported the directives' problems once).
  const directives = directivesIn(headLoad.inventory);
  const checked = directives.length > 0
    ? applySuppressions(out, directives, { knownRules: [...RULE_IDS, ...POLICY_RULE_IDS] }).diagnostics.filter((d) => d.ruleId !== 'disable-directive' || out.includes(d))
    : out;
  // Profile severities apply to the policy checks too; `off` silences one.
  const diagnostics: Diagnostic[] = [];
  for (const d of checked) {
    const s = POLICY_RULE_IDS.includes(d.ruleId) ? profile.rules[d.ruleId] : undefined;
    if (s === 'off') continue;
    diagnostics.push(s ? { ...d, severity: s } : d);
  }
  diagnostics.sort(compareDiagnostics);
  // The policy's own findings get a fingerprint too (SARIF's partialFingerprints), from the
  // rule, the resource or, for a mention in a text file, the file.
  withFingerprints(diagnostics.filter((d) => d.fingerprint === undefined), root);
  preexisting.sort(compareDiagnostics);
  const summary: Summary = { errors: 0, warnings: 0, infos: 0, files: headLoad.inventory.files.length, resources: headLoad.inventory.resources.length };
  for (const d of diagnostics) {
    if (d.severity === 'error') summary.errors++;
    else if (d.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return { root, profile, diagnostics, preexisting, fixed, diff, changed, overlays, context, summary };
}

/** Sources for `ci`: the merge base of BASE and HEAD (what a pull request changes), and HEAD. */
export function ciSources(root: string, baseRev: string, headRev: string, resolve: (rev: string) => string | undefined, mergeBase: (a: string, b: string) => string | undefined, shallow: boolean): { base: GitSource; head: GitSource } {
  const head = resolve(headRev);
  if (!head) throw new InputError(`--head ${headRev} does not name a commit in ${root}; check the ref or fetch it (git fetch origin ${headRev})`);
  const base = resolve(baseRev);
  if (!base) {
    if (shallow) {
      throw new InputError(`--base ${baseRev} is not in this shallow clone, so the change cannot be compared; fetch the history (git fetch --unshallow, or in CI checkout with fetch-depth: 0) and fetch the base branch`);
    }
    throw new InputError(`--base ${baseRev} does not name a commit in ${root}; fetch it (git fetch origin ${baseRev}) or check the name`);
  }
  const mb = mergeBase(base, head);
  if (!mb && shallow) {
    throw new InputError(`--base ${baseRev} and --head ${headRev} have no common history in this shallow clone; fetch the history (git fetch --unshallow, or in CI checkout with fetch-depth: 0)`);
  }
  return { base: GitSource.commit(root, mb ?? base, baseRev), head: GitSource.commit(root, head, headRev) };
}

import type { Inventory } from '../inventory/inventory.js';
import { get, originOf, refOf, restsOnUnknown } from '../inventory/resource.js';
import type { Resource } from '../inventory/resource.js';
import { overrideKeyOf, profileForKey } from '../profile/overrides.js';
import { DEFAULT_PROFILE, type Profile } from '../profile/profile.js';
import { RULE_IDS, RULES } from '../rules/index.js';
import { formatMessage, optionsOf, type Rule, type RuleContext } from '../rules/rule.js';
import { fieldOf, withFingerprints } from './fingerprint.js';
import { applySuppressions, directivesIn } from './suppress.js';
import type { Diagnostic, Severity } from '../types.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: file, line, column, rule, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  if (a.severity !== b.severity) return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export interface LintOptions {
  /** Rules to run; defaults to every registered rule. */
  rules?: readonly Rule[];
  /** Diagnostics from loading (syntax errors, skipped files), merged and filtered by the profile. */
  loadDiagnostics?: readonly Diagnostic[];
  /**
   * Where convention rules apply: everywhere (a profile the repository declares), or only to
   * resources under the profile's layout (the built-in profile, with no .cnpg-site.yaml).
   * Default: layout for the built-in profile object, else everywhere.
   */
  conventions?: 'everywhere' | 'layout';
  /** Filled with how many convention findings were left out (outside the layout) and how many a suppression hid. */
  stats?: { conventionsSkipped: number; suppressed?: number };
  /** Suppressions in comments and annotations apply (default true). */
  suppressions?: boolean;
  /** Report suppressions that hide nothing (`--report-unused-disable`). */
  reportUnusedDisable?: boolean;
  /** Rule ids a suppression may name besides the lint rules (the policy's checks). */
  extraRuleIds?: readonly string[];
  /** Where file paths in fingerprints start. Default: the inventory's root, else the working directory. */
  root?: string;
  /** Files (absolute paths) that are not linted: no finding is reported in them (profile `exclude`). */
  excluded?: (file: string) => boolean;
}

/** Runs the rules over the inventory. Pure: the same inputs give the same diagnostics, in order. */
export function lint(inventory: Inventory, profile: Profile, opts: LintOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const severityOf = (id: string, own: Severity): Severity | undefined => {
    const setting = profile.rules[id];
    if (setting === 'off') return undefined;
    return setting ?? own;
  };
  for (const d of opts.loadDiagnostics ?? []) {
    const sev = severityOf(d.ruleId, d.severity);
    if (sev) out.push({ ...d, severity: sev });
  }
  const roots = new Map((inventory.model?.roots ?? []).map((r) => [r.id, r]));
  const conventions = opts.conventions ?? (profile === DEFAULT_PROFILE ? 'layout' : 'everywhere');
  // Overrides: the resources fall in groups by the overrides that match them; each rule runs once
  // per group, with that group's profile, and keeps the findings about the group's resources.
  const groupOf = new Map<Resource, string>();
  const keyOf = (r: Resource): string => {
    let k = groupOf.get(r);
    if (k === undefined) groupOf.set(r, (k = overrideKeyOf(profile, r)));
    return k;
  };
  const groups = profile.overrides.length === 0 ? [''] : [...new Set(['', ...inventory.resources.map(keyOf)])].sort();
  let skipped = 0;
  for (const rule of opts.rules ?? RULES) {
    for (const group of groups) {
      const p = profileForKey(profile, group);
      if (p.rules[rule.meta.id] === 'off') continue;
      const configured = p.rules[rule.meta.id];
      const ctx: RuleContext = {
        inventory,
        profile: p,
        options: optionsOf(rule.meta, p),
        report(f) {
          if (groups.length > 1 && keyOf(f.resource) !== group) return;
          if ((f.kind ?? rule.meta.kind) === 'convention' && conventions === 'layout' && f.resource.site === undefined) {
            skipped++;
            return;
          }
          const message = formatMessage(rule.meta, f.messageId, f.data);
          // No finding rests on a value that is not known (a substitution variable with no value).
          if (restsOnUnknown(f.resource, message, get(f.resource.object, f.path ?? []), ...(f.absent ? [f.resource.name, f.resource.namespace] : []))) return;
          const pos = originOf(f.resource, f.path ?? [], { key: f.atKey === true });
          const incomplete = f.absent && f.resource.root ? roots.get(f.resource.root)?.incomplete ?? [] : [];
          const d: Diagnostic = {
            ruleId: rule.meta.id,
            // A configured severity applies to every finding of the rule.
            severity: incomplete.length > 0 ? 'info' : configured && configured !== 'off' ? configured : f.severity ?? rule.meta.defaultSeverity,
            message: incomplete.length > 0 ? `${message} (not certain: the root also has ${incomplete[0]}, which is not rendered here and may provide it)` : message,
            file: pos.file,
            line: pos.line,
            column: pos.column,
            resource: refOf(f.resource),
          };
          d.messageId = f.messageId;
          if (f.path && f.path.length > 0) d.field = fieldOf(f.resource.object, f.path);
          if (f.resource.root) d.roots = [f.resource.root];
          if (f.fix) d.fix = f.fix;
          out.push(d);
        },
        reportFile(f) {
          // A finding about a file, not a resource: the base profile's run reports it.
          if (group !== '') return;
          const d: Diagnostic = {
            ruleId: rule.meta.id,
            severity: configured && configured !== 'off' ? configured : f.severity ?? rule.meta.defaultSeverity,
            message: formatMessage(rule.meta, f.messageId, f.data),
            file: f.file,
            line: f.line,
            column: f.column,
          };
          d.messageId = f.messageId;
          if (f.fix) d.fix = f.fix;
          out.push(d);
        },
      };
      rule.check(ctx);
    }
  }
  if (opts.stats) opts.stats.conventionsSkipped = skipped;
  const generic = new Set((opts.rules ?? RULES).filter((r) => r.meta.generic).map((r) => r.meta.id));
  const kept = opts.excluded ? out.filter((d) => !opts.excluded!(d.file)) : out;
  let list = supersede(dedupe(kept.sort(compareDiagnostics)), generic);
  if (opts.suppressions !== false) {
    const directives = directivesIn(inventory);
    if (directives.length > 0) {
      const setting = profile.rules['disable-directive'];
      const ran = new Set((opts.rules ?? RULES).map((r) => r.meta.id));
      const res = applySuppressions(list, directives, {
        knownRules: [...RULE_IDS, ...(opts.extraRuleIds ?? [])],
        // Only rules that ran can tell whether a suppression of theirs is used.
        ...(opts.reportUnusedDisable ? { reportUnused: (id: string) => ran.has(id) } : {}),
        ...(setting && setting !== 'off' ? { severity: setting } : {}),
      });
      list = setting === 'off' ? res.diagnostics.filter((d) => d.ruleId !== 'disable-directive') : res.diagnostics.sort(compareDiagnostics);
      if (opts.stats) opts.stats.suppressed = res.suppressed.length;
    }
  }
  return withFingerprints(list, opts.root ?? inventory.root ?? process.cwd());
}

/** Drops a generic rule's finding where another rule reports at the same file, line and column. */
function supersede(list: Diagnostic[], generic: ReadonlySet<string>): Diagnostic[] {
  if (generic.size === 0) return list;
  const specific = new Set(list.filter((d) => !generic.has(d.ruleId) && d.severity !== 'info').map((d) => `${d.file}\0${d.line}\0${d.column}`));
  return list.filter((d) => !generic.has(d.ruleId) || !specific.has(`${d.file}\0${d.line}\0${d.column}`));
}

/** One finding per origin: the same finding from several roots is reported once, naming them all. */
function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, Diagnostic>();
  return list.filter((d) => {
    const k = `${d.file}\0${d.line}\0${d.column}\0${d.ruleId}\0${d.message}`;
    const first = seen.get(k);
    if (first) {
      if (d.roots) first.roots = [...new Set([...(first.roots ?? []), ...d.roots])].sort();
      return false;
    }
    seen.set(k, d);
    return true;
  });
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
  resources: number;
  /** Convention findings left out: no profile file, and the resources are outside the built-in layout. */
  conventionsSkipped?: number;
  /** The profile in force: its file, or "built-in". */
  profile?: string;
  /** Findings a suppression comment or annotation hid. */
  suppressed?: number;
  /** Files the profile's `exclude` globs left out: not loaded and not linted. */
  excluded?: number;
  /** The baseline in force: findings it accepted, and entries that matched nothing (fixed since). */
  baseline?: { file: string; accepted: number; stale: number };
}

export function summarize(diagnostics: readonly Diagnostic[], inventory: Inventory): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos, files: inventory.files.length, resources: inventory.resources.length };
}

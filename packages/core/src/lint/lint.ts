import type { Inventory } from '../inventory/inventory.js';
import { get, originOf, refOf, restsOnUnknown } from '../inventory/resource.js';
import { DEFAULT_PROFILE, type Profile } from '../profile/profile.js';
import { RULES } from '../rules/index.js';
import type { Rule, RuleContext } from '../rules/rule.js';
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
  /** Filled with how many convention findings were left out (outside the layout). */
  stats?: { conventionsSkipped: number };
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
  let skipped = 0;
  for (const rule of opts.rules ?? RULES) {
    if (profile.rules[rule.meta.id] === 'off') continue;
    const configured = profile.rules[rule.meta.id];
    const ctx: RuleContext = {
      inventory,
      profile,
      report(f) {
        if ((f.kind ?? rule.meta.kind) === 'convention' && conventions === 'layout' && f.resource.site === undefined) {
          skipped++;
          return;
        }
        // No finding rests on a value that is not known (a substitution variable with no value).
        if (restsOnUnknown(f.resource, f.message, get(f.resource.object, f.path ?? []), ...(f.absent ? [f.resource.name, f.resource.namespace] : []))) return;
        const pos = originOf(f.resource, f.path ?? [], { key: f.atKey === true });
        const incomplete = f.absent && f.resource.root ? roots.get(f.resource.root)?.incomplete ?? [] : [];
        const d: Diagnostic = {
          ruleId: rule.meta.id,
          // A configured severity applies to every finding of the rule.
          severity: incomplete.length > 0 ? 'info' : configured && configured !== 'off' ? configured : f.severity ?? rule.meta.defaultSeverity,
          message: incomplete.length > 0 ? `${f.message} (not certain: the root also has ${incomplete[0]}, which is not rendered here and may provide it)` : f.message,
          file: pos.file,
          line: pos.line,
          column: pos.column,
          resource: refOf(f.resource),
        };
        if (f.resource.root) d.roots = [f.resource.root];
        if (f.fix) d.fix = f.fix;
        out.push(d);
      },
      reportFile(f) {
        const d: Diagnostic = {
          ruleId: rule.meta.id,
          severity: configured && configured !== 'off' ? configured : f.severity ?? rule.meta.defaultSeverity,
          message: f.message,
          file: f.file,
          line: f.line,
          column: f.column,
        };
        if (f.fix) d.fix = f.fix;
        out.push(d);
      },
    };
    rule.check(ctx);
  }
  if (opts.stats) opts.stats.conventionsSkipped = skipped;
  const generic = new Set((opts.rules ?? RULES).filter((r) => r.meta.generic).map((r) => r.meta.id));
  return supersede(dedupe(out.sort(compareDiagnostics)), generic);
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

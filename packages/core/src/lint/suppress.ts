import type { Inventory } from '../inventory/inventory.js';
import { isRecord } from '../inventory/resource.js';
import { disableDirective } from '../rules/disable-directive.js';
import { formatMessage } from '../rules/rule.js';
import type { Diagnostic, Severity } from '../types.js';

/** The annotation that suppresses rules on one resource. */
export const DISABLE_ANNOTATION = 'cnpg-site.io/disable';

/** One suppression: a comment or an annotation naming rules. */
export interface Directive {
  /** `next-line`: the line after it; `file`: from its line to the end of the file; `resource`: one resource. */
  scope: 'next-line' | 'file' | 'resource';
  rules: string[];
  reason?: string;
  file: string;
  /** Where the directive is written. */
  line: number;
  column: number;
  /** next-line: the line it covers. */
  target?: number;
  /** resource: `kind|namespace|name`. */
  resource?: string;
}

const COMMENT = /#\s*cnpg-site-disable(-next-line)?(?:\s+([^\n]*?))?\s*$/;

/** Splits `a, b -- reason` into rule ids and the reason. */
function parseList(text: string): { rules: string[]; reason?: string } {
  const at = text.indexOf('--');
  const list = (at >= 0 ? text.slice(0, at) : text).split(',').map((s) => s.trim()).filter((s) => s !== '');
  const reason = at >= 0 ? text.slice(at + 2).trim() : '';
  return reason !== '' ? { rules: list, reason } : { rules: list };
}

/** The comment directives of a file's text. */
export function directivesOf(file: string, text: string): Directive[] {
  if (!text.includes('cnpg-site-disable')) return [];
  const out: Directive[] = [];
  const lines = text.split(/\r?\n/);
  const pending: Directive[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const hash = line.indexOf('#');
    const m = hash >= 0 && line.includes('cnpg-site-disable') ? COMMENT.exec(line.slice(hash)) : null;
    if (m) {
      const { rules, reason } = parseList(m[2] ?? '');
      const d: Directive = { scope: m[1] ? 'next-line' : 'file', rules, file, line: i + 1, column: hash + 1 };
      if (reason !== undefined) d.reason = reason;
      out.push(d);
      // A directive alone on its line covers the next line that is not a comment; one after a
      // value covers nothing but its own line's neighbours, as written: the next line.
      if (d.scope === 'next-line') {
        if (line.slice(0, hash).trim() === '') pending.push(d);
        else d.target = i + 2;
      }
      continue;
    }
    const t = line.trim();
    if (pending.length > 0 && t !== '' && !t.startsWith('#')) {
      for (const d of pending) d.target = i + 1;
      pending.length = 0;
    }
  }
  for (const d of pending) d.target = d.line + 1;
  return out;
}

/** Resource key as diagnostics name it. */
const keyOf = (kind: string, namespace: string | undefined, name: string) => `${kind}|${namespace ?? ''}|${name}`;

/** The annotation directives of the inventory's resources (at the annotation's origin when known). */
export function annotationDirectives(inventory: Inventory): Directive[] {
  const out: Directive[] = [];
  for (const r of inventory.resources) {
    const ann = isRecord(r.object.metadata) ? r.object.metadata.annotations : undefined;
    const v = isRecord(ann) ? ann[DISABLE_ANNOTATION] : undefined;
    if (typeof v !== 'string') continue;
    const { rules, reason } = parseList(v);
    const extra = isRecord(ann) ? ann[`${DISABLE_ANNOTATION}-reason`] : undefined;
    const d: Directive = { scope: 'resource', rules, file: r.file, line: r.position.line, column: r.position.column, resource: keyOf(r.kind, r.namespace, r.name) };
    const why = reason ?? (typeof extra === 'string' && extra.trim() !== '' ? extra.trim() : undefined);
    if (why !== undefined) d.reason = why;
    out.push(d);
  }
  return out;
}

export interface SuppressOptions {
  /** Rule ids a directive may name (others are reported as unknown). */
  knownRules: readonly string[];
  /** Report directives (per rule) that suppress nothing, for the rules this says were checked. */
  reportUnused?: (ruleId: string) => boolean;
  /** Severity of directive findings (the profile's setting for disable-directive). */
  severity?: Severity;
}

export interface SuppressResult {
  diagnostics: Diagnostic[];
  /** What the directives hid. */
  suppressed: Diagnostic[];
}

/** Closest known id by edit distance, for a "did you mean". */
function closest(id: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 4;
  for (const k of known) {
    const d = distance(id, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/**
 * Drops the diagnostics a directive covers and reports directives without a reason, naming unknown
 * rules or (with `reportUnused`) hiding nothing. Files are read from the inventory's texts.
 */
export function applySuppressions(list: readonly Diagnostic[], directives: readonly Directive[], opts: SuppressOptions): SuppressResult {
  if (directives.length === 0) return { diagnostics: [...list], suppressed: [] };
  const byFile = new Map<string, Directive[]>();
  const byResource = new Map<string, Directive[]>();
  for (const d of directives) {
    if (d.scope === 'resource') {
      let l = byResource.get(d.resource!);
      if (!l) byResource.set(d.resource!, (l = []));
      l.push(d);
    } else {
      let l = byFile.get(d.file);
      if (!l) byFile.set(d.file, (l = []));
      l.push(d);
    }
  }
  // The same annotation rendered by several roots is one directive: it is used when any copy is.
  const originOf = (d: Directive) => `${d.file}\0${d.line}\0${d.column}`;
  const used = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const diag of list) {
    let hit: Directive | undefined;
    for (const d of byFile.get(diag.file) ?? []) {
      if (d.rules.includes(diag.ruleId) && (d.scope === 'next-line' ? d.target === diag.line : diag.line >= d.line)) {
        hit = d;
        break;
      }
    }
    if (!hit && diag.resource) {
      hit = byResource.get(keyOf(diag.resource.kind, diag.resource.namespace, diag.resource.name))?.find((d) => d.rules.includes(diag.ruleId));
    }
    if (hit) {
      used.add(`${originOf(hit)}\0${diag.ruleId}`);
      suppressed.push(diag);
    } else {
      diagnostics.push(diag);
    }
  }
  const meta = disableDirective.meta;
  const severity = opts.severity ?? meta.defaultSeverity;
  const report = (d: Directive, messageId: string, data: Record<string, string>) =>
    diagnostics.push({ ruleId: meta.id, messageId, severity, message: formatMessage(meta, messageId, data), file: d.file, line: d.line, column: d.column });
  const seen = new Set<string>();
  for (const d of directives) {
    const origin = originOf(d);
    if (seen.has(origin)) continue;
    seen.add(origin);
    if (d.reason === undefined) report(d, 'noReason', { rules: d.rules.length > 0 ? d.rules.join(', ') : 'no rule' });
    for (const r of d.rules) {
      // Outside the policy, its checks' ids are not known here: they are not questioned.
      const policyElsewhere = r.startsWith('policy/') && !opts.knownRules.some((k) => k.startsWith('policy/'));
      if (!opts.knownRules.includes(r) && !policyElsewhere) {
        const near = closest(r, opts.knownRules);
        report(d, 'unknownRule', { rule: r, hint: near ? ` (did you mean "${near}"?)` : '' });
      } else if (opts.reportUnused?.(r) && !used.has(`${origin}\0${r}`)) {
        report(d, 'unused', { rule: r });
      }
    }
  }
  return { diagnostics, suppressed };
}

/** Every directive the inventory's files and resources hold. */
export function directivesIn(inventory: Inventory): Directive[] {
  const out: Directive[] = [];
  for (const f of inventory.files) if (f.text !== undefined) out.push(...directivesOf(f.path, f.text));
  out.push(...annotationDirectives(inventory));
  return out;
}

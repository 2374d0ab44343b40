import { structuredPatch } from 'diff';
import { stringify } from 'yaml';
import { printable } from '../format/terminal.js';
import { relativeTo } from '../restore/run.js';
import type { Plan, PlanCheck, PlanEdit, PlanStep } from './model.js';

/**
 * The sections every plan has (steps, edits, checks, diff), in each output format. A planner's
 * renderer adds its own header and sections around them.
 */

/** Text and markdown output: every line made printable (input may hold escape sequences). */
export function printableLines(lines: string[]): string {
  return lines.map((l) => printable(l, true)).join('\n') + '\n';
}

function short(v: unknown): string {
  if (v === null || v === undefined) return '(none)';
  if (typeof v !== 'object') return printable(JSON.stringify(v) ?? String(v));
  return printable(stringify(v, { lineWidth: 0 }).trimEnd(), true).split('\n').join('\n        ');
}

export function stepJson(s: PlanStep): Record<string, unknown> {
  return { kind: s.kind, title: s.title, ...(s.command !== undefined ? { command: s.command } : {}), ...(s.why !== undefined ? { why: s.why } : {}) };
}

export function editJson(e: PlanEdit, root: string): Record<string, unknown> {
  return { file: relativeTo(root, e.file), path: e.path, before: e.before, after: e.after, ...(e.why ? { why: e.why } : {}) };
}

export function checkJson(c: PlanCheck): Record<string, unknown> {
  return { id: c.id, verdict: c.verdict, message: c.message };
}

/** The steps, numbered from `from`. */
export function stepsText(steps: readonly PlanStep[], from = 1): string[] {
  const l: string[] = [];
  steps.forEach((s, i) => {
    l.push(`${String(i + from).padStart(2)}. [${s.kind}] ${s.title}`);
    if (s.command) l.push(`      $ ${s.command}`);
    if (s.why) l.push(`      why: ${s.why}`);
  });
  return l;
}

export function editsText(edits: readonly PlanEdit[], root: string): string[] {
  const l: string[] = [];
  for (const e of edits) {
    l.push(`  ${relativeTo(root, e.file)} ${e.resource ? `${e.resource} ` : ''}${e.path}`);
    l.push(`      - ${short(e.before)}`);
    l.push(`      + ${short(e.after)}`);
    if (e.why) l.push(`      why: ${e.why}`);
  }
  return l;
}

const MARK: Record<PlanCheck['verdict'], string> = { ok: 'ok', failed: 'FAILED', 'to-confirm': 'to confirm' };

export function checksText(checks: readonly PlanCheck[]): string[] {
  const width = Math.max(0, ...checks.map((c) => c.id.length));
  return checks.map((c) => `  [${MARK[c.verdict]}]${' '.repeat(10 - MARK[c.verdict].length)} ${c.id.padEnd(width)}  ${c.message}`);
}

export function stepsMarkdown(steps: readonly PlanStep[]): string[] {
  const l: string[] = [];
  steps.forEach((s, i) => {
    l.push(`${i + 1}. **${s.kind}**: ${s.title}${s.why ? ` (${s.why})` : ''}`);
    if (s.command) l.push('', '   ```sh', `   ${s.command}`, '   ```');
  });
  return l;
}

export function checksMarkdown(checks: readonly PlanCheck[]): string[] {
  const l = ['| check | verdict | |', '|---|---|---|'];
  for (const c of checks) l.push(`| \`${c.id}\` | ${c.verdict === 'to-confirm' ? '- [ ] to confirm' : c.verdict === 'failed' ? '**failed**' : 'ok'} | ${c.message.replace(/\|/g, '\\|')} |`);
  return l;
}

/** The diff of the previews, as a fenced block. */
export function diffMarkdown(previews: readonly { file: string; before: string; after: string }[], root: string): string[] {
  const l = ['```diff'];
  for (const p of previews) {
    if (p.before === p.after) continue;
    l.push(unifiedDiff(relativeTo(root, p.file), p.before, p.after).trimEnd());
  }
  l.push('```');
  return l;
}

/** The failed checks of a plan. */
export function failedChecks(plan: Plan): PlanCheck[] {
  return (plan.checks ?? []).filter((c) => c.verdict === 'failed');
}

/**
 * A unified diff with 3 lines of context (Myers' algorithm, from the `diff` package: its cost grows
 * with the size of the change, not of the file). A change too large to show is said to be.
 */
export function unifiedDiff(name: string, a: string, b: string): string {
  const patch = structuredPatch(`a/${name}`, `b/${name}`, a, b, undefined, undefined, { context: 3, maxEditLength: 20_000 });
  if (!patch) return `--- a/${name}\n+++ b/${name}\n(the change is too large to show here; see the file)\n`;
  const out = [`--- a/${name}`, `+++ b/${name}`];
  for (const h of patch.hunks) {
    out.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
    for (const line of h.lines) if (!line.startsWith('\\')) out.push(line);
  }
  return out.join('\n') + '\n';
}

import { structuredPatch } from 'diff';
import { stringify } from 'yaml';
import { jsonSafe, printable } from '../format/terminal.js';
import type { RestorePlan } from './plan.js';
import { relativeTo, type RestoreRun } from './run.js';

export const RESTORE_OUTPUT_FORMATS = ['text', 'markdown', 'json'] as const;
export type RestoreOutputFormat = (typeof RESTORE_OUTPUT_FORMATS)[number];

/** The plan as JSON, files relative to the repository root. */
export function restorePlanJson(plan: RestorePlan, root: string, run?: RestoreRun): string {
  const out = {
    cluster: { name: plan.cluster.name, ...(plan.cluster.namespace !== undefined ? { namespace: plan.cluster.namespace } : {}), file: relativeTo(root, plan.cluster.file) },
    strategy: plan.strategy,
    newName: plan.newName,
    steps: plan.steps.map((s) => ({ kind: s.kind, title: s.title, ...(s.command !== undefined ? { command: s.command } : {}), ...(s.why !== undefined ? { why: s.why } : {}) })),
    edits: plan.edits.map((e) => ({ file: relativeTo(root, e.file), path: e.path, before: e.before, after: e.after, ...(e.why ? { why: e.why } : {}) })),
    references: plan.references.map((r) => ({ file: relativeTo(root, r.file), line: r.line, column: r.column, text: r.text, kind: r.kind })),
    blockers: plan.blockers,
    unsafe: plan.unsafe,
    warnings: plan.warnings,
    ...(run?.written ? { written: run.written.rolledBack ? { files: [], rolledBack: run.written.rolledBack } : { files: run.written.changed.map((f) => relativeTo(root, f)) } } : {}),
    ...(plan.deployedBy ? { deployedBy: plan.deployedBy } : {}),
  };
  return jsonSafe(JSON.stringify(out, null, 2)) + '\n';
}

function short(v: unknown): string {
  if (v === null || v === undefined) return '(none)';
  if (typeof v !== 'object') return printable(JSON.stringify(v) ?? String(v));
  return printable(stringify(v, { lineWidth: 0 }).trimEnd(), true).split('\n').join('\n        ');
}

/** Text and markdown output: every line made printable (input may hold escape sequences). */
function safe(lines: string[]): string {
  return lines.map((l) => printable(l, true)).join('\n') + '\n';
}

export function restorePlanText(run: RestoreRun): string {
  const { plan, root } = run;
  const l: string[] = [];
  const ns = plan.cluster.namespace ? `${plan.cluster.namespace}/` : '';
  l.push(`Restore plan for Cluster ${ns}${plan.cluster.name} (${relativeTo(root, plan.cluster.file)})`);
  l.push(
    plan.strategy === 'rename'
      ? `Strategy: rename to ${plan.newName}; recovery reads archive server ${plan.archive.readServerName}, the new Cluster archives to ${plan.archive.writeServerName}`
      : `Strategy: keep the name ${plan.newName}; recovery reads archive server ${plan.archive.readServerName}, the Cluster then archives to ${plan.archive.writeServerName}`,
  );
  if (plan.alreadyApplied) l.push('The repository already holds this plan: nothing to change in git.');
  // Why the restore cannot work comes first, before any step that deletes something.
  if (plan.unsafe.length) {
    l.push('', `!! Some edits cannot be made where the value comes from${run.refused ? '; nothing was written' : ''} (--write refuses, even with --force):`);
    for (const u of plan.unsafe) l.push(`!!   - ${u}`);
  }
  if (plan.blockers.length) {
    l.push('', `!! This restore cannot work as planned${run.refused ? '; nothing was written' : ''}:`);
    for (const b of plan.blockers) l.push(`!!   - ${b}`);
    l.push(`!! Fix the target or the archive first${run.written ? '' : ' (--write --force writes it anyway)'}.`);
  }
  // A loud warning (the Cluster is healthy right now) comes before any delete step.
  for (const w of plan.warnings.filter((x) => x.startsWith('CAUTION'))) l.push('', `!! ${w}`);
  l.push('', 'Steps:');
  plan.steps.forEach((s, i) => {
    l.push(`${String(i + 1).padStart(2)}. [${s.kind}] ${s.title}`);
    if (s.command) l.push(`      $ ${s.command}`);
    if (s.why) l.push(`      why: ${s.why}`);
  });
  l.push('', `Edits (${plan.edits.length}):`);
  for (const e of plan.edits) {
    l.push(`  ${relativeTo(root, e.file)} ${e.resource ? `${e.resource} ` : ''}${e.path}`);
    l.push(`      - ${short(e.before)}`);
    l.push(`      + ${short(e.after)}`);
    if (e.why) l.push(`      why: ${e.why}`);
  }
  l.push('', `References to ${plan.cluster.name} elsewhere (${plan.references.length}):`);
  for (const r of plan.references) {
    l.push(`  ${relativeTo(root, r.file)}:${r.line}:${r.column}  ${r.kind}  ${r.text}  ${r.edited ? '(edited)' : plan.strategy === 'rename' ? '(check by hand)' : ''}`.trimEnd());
  }
  if (plan.warnings.length) {
    l.push('', 'Warnings:');
    for (const w of plan.warnings) l.push(`  - ${w}`);
  }
  if (run.written?.rolledBack) {
    l.push('', `!! The written files failed the check of the restore, so every file was put back (nothing changed):`);
    for (const p of run.written.rolledBack) l.push(`!!   - ${p}`);
  } else if (run.written) {
    l.push('', run.written.changed.length ? `Wrote ${run.written.changed.length} file(s): ${run.written.changed.map((f) => relativeTo(root, f)).join(', ')}` : 'Nothing to write: every edit is already in place.');
  } else if (run.refused) {
    l.push('', 'Nothing was written: the restore cannot work as planned (see the top).');
  } else if (plan.edits.length) {
    l.push('', 'Run again with --write to apply the edits.');
  }
  return safe(l);
}

export function restorePlanMarkdown(run: RestoreRun): string {
  const { plan, root } = run;
  const l: string[] = [];
  l.push(`## Restore ${plan.cluster.namespace ? `${plan.cluster.namespace}/` : ''}${plan.cluster.name}${plan.strategy === 'rename' ? ` into ${plan.newName}` : ' (same name, new archive generation)'}`, '');
  l.push(`Recovery reads archive server \`${plan.archive.readServerName}\`${plan.archive.destinationPath ? ` at \`${plan.archive.destinationPath}\`` : ''}; the restored Cluster archives to \`${plan.archive.writeServerName}\`.`, '');
  if (plan.unsafe.length) {
    l.push('> **Some edits cannot be made where the value comes from (written by hand):**', '>');
    for (const u of plan.unsafe) l.push(`> - ${u}`);
    l.push('');
  }
  if (plan.blockers.length) {
    l.push('> **This restore cannot work as planned:**', '>');
    for (const b of plan.blockers) l.push(`> - ${b}`);
    l.push('');
  }
  for (const w of plan.warnings.filter((x) => x.startsWith('CAUTION'))) l.push(`> **${w}**`, '');
  l.push('### Steps', '');
  plan.steps.forEach((s, i) => {
    l.push(`${i + 1}. **${s.kind}**: ${s.title}${s.why ? ` (${s.why})` : ''}`);
    if (s.command) l.push('', '   ```sh', `   ${s.command}`, '   ```');
  });
  if (plan.references.length) {
    l.push('', '### References', '', '| file | line | kind | text | |', '|---|---|---|---|---|');
    for (const r of plan.references) l.push(`| ${relativeTo(root, r.file)} | ${r.line}:${r.column} | ${r.kind} | \`${r.text}\` | ${r.edited ? 'edited' : 'check by hand'} |`);
  }
  if (plan.warnings.length) {
    l.push('', '### Warnings', '');
    for (const w of plan.warnings) l.push(`- ${w}`);
  }
  l.push('', '### Diff', '', '```diff');
  for (const p of run.previews) {
    if (p.before === p.after) continue;
    l.push(unifiedDiff(relativeTo(root, p.file), p.before, p.after).trimEnd());
  }
  l.push('```');
  return safe(l);
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

export function formatRestorePlan(format: RestoreOutputFormat, run: RestoreRun): string {
  if (format === 'json') return restorePlanJson(run.plan, run.root, run);
  if (format === 'markdown') return restorePlanMarkdown(run);
  return restorePlanText(run);
}

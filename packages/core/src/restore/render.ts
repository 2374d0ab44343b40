import { jsonSafe } from '../format/terminal.js';
import { diffMarkdown, editJson, editsText, printableLines as safe, stepJson, stepsMarkdown, stepsText } from '../plan/render.js';
import type { RestorePlan } from './plan.js';
import { relativeTo, type RestoreRun } from './run.js';

export const RESTORE_OUTPUT_FORMATS = ['text', 'markdown', 'json'] as const;
export type RestoreOutputFormat = (typeof RESTORE_OUTPUT_FORMATS)[number];

/** The plan as a JSON object, files relative to the repository root. */
export function restorePlanObject(plan: RestorePlan, root: string, run?: RestoreRun): Record<string, unknown> {
  return {
    cluster: { name: plan.cluster.name, ...(plan.cluster.namespace !== undefined ? { namespace: plan.cluster.namespace } : {}), file: relativeTo(root, plan.cluster.file) },
    strategy: plan.strategy,
    newName: plan.newName,
    steps: plan.steps.map(stepJson),
    edits: plan.edits.map((e) => editJson(e, root)),
    references: plan.references.map((r) => ({ file: relativeTo(root, r.file), line: r.line, column: r.column, text: r.text, kind: r.kind })),
    blockers: plan.blockers,
    unsafe: plan.unsafe,
    warnings: plan.warnings,
    ...(run?.written ? { written: run.written.rolledBack ? { files: [], rolledBack: run.written.rolledBack } : { files: run.written.changed.map((f) => relativeTo(root, f)) } } : {}),
    ...(plan.deployedBy ? { deployedBy: plan.deployedBy } : {}),
  };
}

/** The plan as JSON, files relative to the repository root. */
export function restorePlanJson(plan: RestorePlan, root: string, run?: RestoreRun): string {
  return jsonSafe(JSON.stringify(restorePlanObject(plan, root, run), null, 2)) + '\n';
}

export function restorePlanText(run: RestoreRun): string {
  return safe(restorePlanTextLines(run));
}

/** The lines of the text output (an upgrade plan embeds them as its rollback). */
export function restorePlanTextLines(run: RestoreRun): string[] {
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
  l.push(...stepsText(plan.steps));
  l.push('', `Edits (${plan.edits.length}):`);
  l.push(...editsText(plan.edits, root));
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
  return l;
}

export function restorePlanMarkdown(run: RestoreRun): string {
  return safe(restorePlanMarkdownLines(run));
}

/** The lines of the markdown output; `level` is the heading level of its title. */
export function restorePlanMarkdownLines(run: RestoreRun, level = 2): string[] {
  const { plan, root } = run;
  const h = (n: number) => '#'.repeat(level + n);
  const l: string[] = [];
  l.push(`${h(0)} Restore ${plan.cluster.namespace ? `${plan.cluster.namespace}/` : ''}${plan.cluster.name}${plan.strategy === 'rename' ? ` into ${plan.newName}` : ' (same name, new archive generation)'}`, '');
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
  l.push(`${h(1)} Steps`, '');
  l.push(...stepsMarkdown(plan.steps));
  if (plan.references.length) {
    l.push('', `${h(1)} References`, '', '| file | line | kind | text | |', '|---|---|---|---|---|');
    for (const r of plan.references) l.push(`| ${relativeTo(root, r.file)} | ${r.line}:${r.column} | ${r.kind} | \`${r.text}\` | ${r.edited ? 'edited' : 'check by hand'} |`);
  }
  if (plan.warnings.length) {
    l.push('', `${h(1)} Warnings`, '');
    for (const w of plan.warnings) l.push(`- ${w}`);
  }
  l.push('', `${h(1)} Diff`, '', ...diffMarkdown(run.previews, root));
  return l;
}

export { unifiedDiff } from '../plan/render.js';

export function formatRestorePlan(format: RestoreOutputFormat, run: RestoreRun): string {
  if (format === 'json') return restorePlanJson(run.plan, run.root, run);
  if (format === 'markdown') return restorePlanMarkdown(run);
  return restorePlanText(run);
}

import { jsonSafe } from '../format/terminal.js';
import { checkJson, checksMarkdown, checksText, diffMarkdown, editJson, editsText, printableLines, stepJson, stepsMarkdown, stepsText } from '../plan/render.js';
import { restorePlanMarkdownLines, restorePlanObject, restorePlanTextLines } from '../restore/render.js';
import { relativeTo } from '../restore/run.js';
import type { UpgradePlan } from './plan.js';
import type { UpgradeRun } from './run.js';

export const UPGRADE_OUTPUT_FORMATS = ['text', 'markdown', 'json'] as const;
export type UpgradeOutputFormat = (typeof UPGRADE_OUTPUT_FORMATS)[number];

function imageLine(plan: UpgradePlan): string {
  const i = plan.image;
  if (i.kind === 'catalog') return `${i.catalog.kind} ${i.catalog.name}, spec.imageCatalogRef.major ${plan.from ?? '?'} → ${plan.to}`;
  if (i.kind === 'pinned') return `pinned spec.imageName ${i.before}${i.after ? ` → ${i.after} (proposed: confirm it)` : ''}`;
  return 'no image set in git (the operator default)';
}

export function upgradePlanObject(run: UpgradeRun): Record<string, unknown> {
  const { plan, root } = run;
  return {
    cluster: { name: plan.cluster.name, ...(plan.cluster.namespace !== undefined ? { namespace: plan.cluster.namespace } : {}), file: relativeTo(root, plan.cluster.file) },
    from: plan.from ?? null,
    to: plan.to,
    image: plan.image,
    checks: plan.checks.map(checkJson),
    steps: plan.steps.map(stepJson),
    edits: plan.edits.map((e) => editJson(e, root)),
    unsafe: plan.unsafe,
    warnings: plan.warnings,
    backup: plan.backup,
    rollback: plan.rollback ? restorePlanObject(plan.rollback, root) : null,
    rollbackNotes: plan.rollbackNotes,
    ...(run.written ? { written: run.written.rolledBack ? { files: [], rolledBack: run.written.rolledBack } : { files: run.written.changed.map((f) => relativeTo(root, f)) } } : {}),
    ...(plan.deployedBy ? { deployedBy: plan.deployedBy } : {}),
  };
}

export function upgradePlanJson(run: UpgradeRun): string {
  return jsonSafe(JSON.stringify(upgradePlanObject(run), null, 2)) + '\n';
}

const failed = (plan: UpgradePlan) => plan.checks.filter((c) => c.verdict === 'failed');

export function upgradePlanText(run: UpgradeRun): string {
  const { plan, root } = run;
  const l: string[] = [];
  const ns = plan.cluster.namespace ? `${plan.cluster.namespace}/` : '';
  l.push(`Upgrade plan for Cluster ${ns}${plan.cluster.name} (${relativeTo(root, plan.cluster.file)}): PostgreSQL ${plan.from ?? '?'} → ${plan.to}`);
  l.push(`Image: ${imageLine(plan)}`);
  // What blocks comes first, before any step.
  const blocking = failed(plan);
  if (blocking.length) {
    l.push('', `!! This upgrade cannot go ahead as planned${run.refused ? '; nothing was written' : ''}:`);
    for (const c of blocking) l.push(`!!   - ${c.id}: ${c.message}`);
  }
  if (plan.unsafe.length) {
    l.push('', `!! The edit cannot be made where the value comes from${run.refused ? '; nothing was written' : ''}:`);
    for (const u of plan.unsafe) l.push(`!!   - ${u}`);
  }
  l.push('', 'Checks:', ...checksText(plan.checks));
  if (plan.steps.length) l.push('', 'Steps:', ...stepsText(plan.steps));
  if (plan.edits.length || plan.steps.length) l.push('', `Edits (${plan.edits.length}):`, ...editsText(plan.edits, root));
  if (plan.warnings.length) {
    l.push('', 'Warnings:');
    for (const w of plan.warnings) l.push(`  - ${w}`);
  }
  if (plan.rollback || plan.rollbackNotes.length) {
    l.push('', 'Rollback (written before it is needed):');
    for (const n of plan.rollbackNotes) l.push(`  - ${n}`);
    if (plan.rollback) {
      const lines = restorePlanTextLines({ root, plan: plan.rollback, previews: run.rollbackPreviews }).filter((x) => x !== 'Run again with --write to apply the edits.');
      while (lines.length && lines[lines.length - 1] === '') lines.pop();
      l.push('', ...lines.map((x) => (x === '' ? '' : `    ${x}`)));
    }
  }
  if (run.written?.rolledBack) {
    l.push('', '!! The written files failed the check of the upgrade, so every file was put back (nothing changed):');
    for (const p of run.written.rolledBack) l.push(`!!   - ${p}`);
  } else if (run.written) {
    l.push('', run.written.changed.length ? `Wrote ${run.written.changed.length} file(s): ${run.written.changed.map((f) => relativeTo(root, f)).join(', ')}; rendered again, Cluster ${plan.cluster.name} now says major ${plan.to}` : 'Nothing to write: the edit is already in place.');
  } else if (run.refused) {
    l.push('', 'Nothing was written: fix what blocks (see the top) first.');
  } else if (plan.edits.length && !blocking.length) {
    l.push('', 'Run again with --write to apply the edit.');
  }
  return printableLines(l);
}

export function upgradePlanMarkdown(run: UpgradeRun): string {
  const { plan, root } = run;
  const l: string[] = [];
  l.push(`## Upgrade ${plan.cluster.namespace ? `${plan.cluster.namespace}/` : ''}${plan.cluster.name}: PostgreSQL ${plan.from ?? '?'} → ${plan.to}`, '');
  l.push(`Image: ${imageLine(plan)}. File: \`${relativeTo(root, plan.cluster.file)}\`.`, '');
  const blocking = failed(plan);
  if (blocking.length || plan.unsafe.length) {
    l.push('> **This upgrade cannot go ahead as planned:**', '>');
    for (const c of blocking) l.push(`> - \`${c.id}\`: ${c.message}`);
    for (const u of plan.unsafe) l.push(`> - ${u}`);
    l.push('');
  }
  l.push('### Checks', '', ...checksMarkdown(plan.checks));
  if (plan.steps.length) l.push('', '### Steps', '', ...stepsMarkdown(plan.steps));
  if (plan.warnings.length) {
    l.push('', '### Warnings', '');
    for (const w of plan.warnings) l.push(`- ${w}`);
  }
  l.push('', '### Diff', '', ...diffMarkdown(run.previews, root));
  if (plan.rollback || plan.rollbackNotes.length) {
    l.push('', '### Rollback (written before it is needed)', '');
    for (const n of plan.rollbackNotes) l.push(`- ${n}`);
    if (plan.rollback) l.push('', ...restorePlanMarkdownLines({ root, plan: plan.rollback, previews: run.rollbackPreviews }, 4));
  }
  return printableLines(l);
}

export function formatUpgradePlan(format: UpgradeOutputFormat, run: UpgradeRun): string {
  if (format === 'json') return upgradePlanJson(run);
  if (format === 'markdown') return upgradePlanMarkdown(run);
  return upgradePlanText(run);
}

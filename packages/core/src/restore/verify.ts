import { relative, sep } from 'node:path';
import { backupConfigOf, isCluster } from '../cnpg/archive.js';
import type { Inventory } from '../inventory/inventory.js';
import { getString, type Resource } from '../inventory/resource.js';
import type { Profile } from '../profile/profile.js';
import type { Diagnostic } from '../types.js';
import { recoverySource, type RestorePlan } from './plan.js';
import { lint } from '../lint/lint.js';
import { kustomizeResources } from '../rules/kustomize-resources.js';

/** The errors that say a root does not render: load problems and kustomize's own (missing files, cycles, bad patches). */
export function renderErrors(inventory: Inventory, loadDiagnostics: readonly Diagnostic[], profile: Profile): Diagnostic[] {
  const errors = loadDiagnostics.filter((d) => d.severity === 'error');
  for (const d of lint(inventory, profile, { rules: [kustomizeResources] })) if (d.severity === 'error') errors.push(d);
  return errors;
}

/** What identifies a load problem across a write (lines move, the message does not). */
export function problemKey(d: Pick<Diagnostic, 'ruleId' | 'message' | 'file'>): string {
  return `${d.ruleId}\0${d.file ?? ''}\0${d.message}`;
}

/**
 * The plan's invariants, checked on the repository as written and rendered again: the restored
 * Cluster exists once where the plan put it, bootstraps from the OLD archive (same object store,
 * the old server name), archives to the new server name, and the roots still render without a
 * problem they did not have before. Returns what does not hold; empty when the restore is sound.
 */
export function checkWrittenRestore(plan: RestorePlan, inventory: Inventory, diagnostics: readonly Diagnostic[], before: ReadonlySet<string>, profile: Profile, root: string, was: { storeFound: boolean } = { storeFound: true }): string[] {
  const problems: string[] = [];
  const ns = plan.cluster.namespace;
  const all = inventory.ofKind('Cluster').filter(isCluster);
  const here = all.filter((c) => c.name === plan.newName && (ns === undefined || c.namespace === undefined || c.namespace === ns));
  const fromFile = here.filter((c) => c.file === plan.cluster.file);
  const found: Resource[] = fromFile.length > 0 ? fromFile : here;
  if (found.length === 0) {
    problems.push(`the repository as written renders no Cluster ${plan.newName}${ns ? ` in namespace ${ns}` : ''}`);
  }
  for (const c of found) {
    const at = `Cluster ${plan.newName} (${relative(root, c.file).split(sep).join('/')})`;
    const src = recoverySource(c);
    if (!src) {
      problems.push(`${at} has no spec.bootstrap.recovery naming an externalClusters entry: it would start EMPTY`);
    } else {
      if (src.serverName !== plan.archive.readServerName) {
        problems.push(`${at} recovers from server ${src.serverName}, not from the old archive ${plan.archive.readServerName}`);
      }
      const list = c.object.spec && (c.object.spec as Record<string, unknown>).externalClusters;
      const entry = Array.isArray(list) ? (list[src.index] as Record<string, unknown>) : undefined;
      const store = getString(entry, ['plugin', 'parameters', 'barmanObjectName']);
      const dest = getString(entry, ['barmanObjectStore', 'destinationPath']);
      if (plan.archive.style === 'plugin' && store === undefined) problems.push(`${at}: the recovery source names no ObjectStore (plugin.parameters.barmanObjectName)`);
      if (plan.archive.style === 'legacy' && plan.archive.destinationPath && dest !== undefined && dest.replace(/\/+$/, '') !== plan.archive.destinationPath.replace(/\/+$/, '')) {
        problems.push(`${at}: the recovery source reads ${dest}, not the old archive ${plan.archive.destinationPath}`);
      }
    }
    const cfg = backupConfigOf(c, inventory, profile.backup.pluginName);
    if (!cfg) problems.push(`${at} no longer configures backups`);
    else {
      if (cfg.effectiveServerName === plan.archive.readServerName) problems.push(`${at} archives to ${cfg.effectiveServerName}, the archive it restores from`);
      else if (cfg.effectiveServerName !== plan.archive.writeServerName) problems.push(`${at} archives to server ${cfg.effectiveServerName}, not ${plan.archive.writeServerName} as planned`);
      if (was.storeFound && plan.archive.style === 'plugin' && cfg.style === 'plugin' && !cfg.store) problems.push(`${at}: its ObjectStore ${cfg.objectStoreName ?? ''} is not in the repository any more`);
    }
  }
  for (const d of renderErrors(inventory, diagnostics, profile)) {
    if (before.has(problemKey(d))) continue;
    problems.push(`rendering the written repository fails where it did not: ${relative(root, d.file).split(sep).join('/')}:${d.line}: ${d.message}`);
  }
  return problems;
}

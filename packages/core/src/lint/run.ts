import { resolve } from 'node:path';
import type { Inventory } from '../inventory/inventory.js';
import { loadInventoryParallel } from '../inventory/load.js';
import { loadProfile } from '../profile/load.js';
import type { Profile } from '../profile/profile.js';
import { RULE_IDS } from '../rules/index.js';
import type { Diagnostic } from '../types.js';
import { lint, summarize, type Summary } from './lint.js';

export interface LintRun {
  inventory: Inventory;
  profile: Profile;
  profileFile?: string;
  diagnostics: Diagnostic[];
  summary: Summary;
}

export interface LintPathsOptions {
  /** A profile file to use instead of the nearest `.cnpg-site.yaml`. */
  profileFile?: string;
  /** Where relative paths start. Default: the process's working directory. */
  cwd?: string;
  /**
   * Threads that parse YAML on a large input (see `loadInventoryParallel`); 1 parses on this
   * thread only. The result is the same either way.
   */
  threads?: number;
}

/**
 * Loads the paths with the profile in force for the first of them, and lints them. A large input
 * on the file system is parsed on several threads.
 */
export async function lintPaths(paths: string[], opts: LintPathsOptions = {}): Promise<LintRun> {
  const cwd = opts.cwd ?? process.cwd();
  const inputs = paths.length > 0 ? paths.map((p) => resolve(cwd, p)) : [cwd];
  const { profile, file } = loadProfile(inputs[0]!, { ...(opts.profileFile ? { file: resolve(cwd, opts.profileFile) } : {}), knownRules: RULE_IDS });
  const { inventory, diagnostics: loadDiagnostics } = await loadInventoryParallel(inputs, {
    profile,
    ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
  });
  const stats = { conventionsSkipped: 0 };
  const diagnostics = lint(inventory, profile, { loadDiagnostics, conventions: file ? 'everywhere' : 'layout', stats });
  const summary = summarize(diagnostics, inventory);
  summary.profile = file ?? 'built-in';
  if (stats.conventionsSkipped > 0) summary.conventionsSkipped = stats.conventionsSkipped;
  const run: LintRun = { inventory, profile, diagnostics, summary };
  if (file) run.profileFile = file;
  return run;
}

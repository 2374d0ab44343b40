import { resolve } from 'node:path';
import type { Inventory } from '../inventory/inventory.js';
import { loadInventory } from '../inventory/load.js';
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

/** Loads the paths with the profile in force for the first of them, and lints them. */
export function lintPaths(paths: string[], opts: { profileFile?: string; cwd?: string } = {}): LintRun {
  const cwd = opts.cwd ?? process.cwd();
  const inputs = paths.length > 0 ? paths.map((p) => resolve(cwd, p)) : [cwd];
  const { profile, file } = loadProfile(inputs[0]!, { ...(opts.profileFile ? { file: resolve(cwd, opts.profileFile) } : {}), knownRules: RULE_IDS });
  const { inventory, diagnostics: loadDiagnostics } = loadInventory(inputs, { profile });
  const diagnostics = lint(inventory, profile, { loadDiagnostics });
  const run: LintRun = { inventory, profile, diagnostics, summary: summarize(diagnostics, inventory) };
  if (file) run.profileFile = file;
  return run;
}

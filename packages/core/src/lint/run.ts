import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { writeFileAtomic } from '../edit/atomic.js';
import { applyBaseline, formatBaseline, parseBaseline } from './baseline.js';
import type { Inventory } from '../inventory/inventory.js';
import { loadInventoryParallel } from '../inventory/load.js';
import { globMatcher } from '../profile/glob.js';
import { loadProfile } from '../profile/load.js';
import type { Profile } from '../profile/profile.js';
import { RULE_IDS, RULE_OPTIONS } from '../rules/index.js';
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
   * Threads that parse YAML on a large input (see `loadInventoryParallel`); 1 (the default)
   * parses on this thread only. The result is the same either way.
   */
  threads?: number;
  /** Report suppressions that hide nothing. */
  reportUnusedDisable?: boolean;
  /** A baseline file: the findings it lists are not reported. Default: the profile's `baseline`. */
  baseline?: string;
  /** Write every error and warning found to this baseline file (and report none of them). */
  updateBaseline?: string;
}

/**
 * Loads the paths with the profile in force for the first of them, and lints them. With `threads`
 * above 1, a large input on the file system is parsed on several threads.
 */
export async function lintPaths(paths: string[], opts: LintPathsOptions = {}): Promise<LintRun> {
  const cwd = opts.cwd ?? process.cwd();
  const inputs = paths.length > 0 ? paths.map((p) => resolve(cwd, p)) : [cwd];
  const { profile, file } = loadProfile(inputs[0]!, { ...(opts.profileFile ? { file: resolve(cwd, opts.profileFile) } : {}), knownRules: RULE_IDS, ruleOptions: RULE_OPTIONS });
  const excluded = excludeMatcher(profile, inputs[0]!, file, cwd);
  const { inventory, diagnostics: loadDiagnostics, excluded: excludedFiles } = await loadInventoryParallel(inputs, {
    profile,
    ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
    ...(excluded ? { exclude: excluded } : {}),
  });
  const stats: { conventionsSkipped: number; suppressed?: number } = { conventionsSkipped: 0 };
  const root = inventory.root ?? cwd;
  let diagnostics = lint(inventory, profile, {
    loadDiagnostics,
    conventions: file ? 'everywhere' : 'layout',
    stats,
    root,
    ...(opts.reportUnusedDisable ? { reportUnusedDisable: true } : {}),
    ...(excluded ? { excluded } : {}),
  });
  const baselineFile = opts.baseline ? resolve(cwd, opts.baseline) : profile.baseline && file ? resolve(dirname(file), profile.baseline) : undefined;
  let baselined: { accepted: number; stale: number; file: string } | undefined;
  if (opts.updateBaseline) {
    const target = resolve(cwd, opts.updateBaseline);
    const accepted = diagnostics.filter((d) => d.severity !== 'info');
    writeFileAtomic(target, formatBaseline(accepted, root));
    diagnostics = diagnostics.filter((d) => d.severity === 'info');
    baselined = { accepted: accepted.length, stale: 0, file: target };
  } else if (baselineFile) {
    if (!existsSync(baselineFile)) {
      throw new InputError(`baseline ${baselineFile} does not exist; create it with --update-baseline ${opts.baseline ?? baselineFile}`);
    }
    const res = applyBaseline(diagnostics, parseBaseline(readFileSync(baselineFile, 'utf8'), baselineFile));
    diagnostics = res.diagnostics;
    baselined = { accepted: res.accepted.length, stale: res.stale, file: baselineFile };
  }
  const summary = summarize(diagnostics, inventory);
  summary.profile = file ?? 'built-in';
  if (stats.conventionsSkipped > 0) summary.conventionsSkipped = stats.conventionsSkipped;
  if (stats.suppressed) summary.suppressed = stats.suppressed;
  if (excludedFiles) summary.excluded = excludedFiles;
  if (baselined) summary.baseline = baselined;
  const run: LintRun = { inventory, profile, diagnostics, summary };
  if (file) run.profileFile = file;
  return run;
}

/**
 * The repository root that `exclude` globs start from: the folder holding `.git` above the first
 * input, else the folder of the profile file when it is above the input, else the working directory.
 */
export function excludeRoot(input: string, profileFile: string | undefined, cwd: string): string {
  for (let d = input, i = 0; i < 64; i++) {
    if (existsSync(join(d, '.git'))) return d;
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  if (profileFile) {
    const dir = dirname(profileFile);
    if (input === dir || input.startsWith(dir + sep)) return dir;
  }
  return cwd;
}

/** Whether a file (absolute path) is left out by the profile's `exclude` globs; undefined with none. */
export function excludeMatcher(profile: Profile, input: string, profileFile: string | undefined, cwd: string): ((file: string) => boolean) | undefined {
  if (profile.exclude.length === 0) return undefined;
  const root = excludeRoot(input, profileFile, cwd);
  const match = globMatcher(profile.exclude);
  return (file: string) => {
    const rel = relative(root, file).split(sep).join('/');
    return rel !== '' && !rel.startsWith('../') && match(rel);
  };
}

import { parseArgs } from 'node:util';
import { formatDiagnostics, InputError, OUTPUT_FORMATS, relPath, repositoryRoot, useColor, write } from './core.js';
import type { OutputFormat } from '@cnpg-site/core';
import { git, GitSource, isShallow, resolveCommit } from './git.js';
import { POLICY_RULE_META } from './checks.js';
import { ciSources, runPolicy, type PolicyResult } from './run.js';

const POLICY_DOCS = 'https://github.com/cnpg-site/cnpg-site/blob/main/docs/policy.md';

/** The policy checks, for SARIF's rule table (core's formatter describes the lint rules). */
const POLICY_SARIF_RULES = Object.entries(POLICY_RULE_META).map(([id, meta]) => ({
  id,
  title: meta.title,
  severity: meta.severity,
  helpUri: `${POLICY_DOCS}#${meta.anchor}`,
}));

const VERSION = '0.1.0';

const USAGE = `usage:
  cnpg-site-policy ci --base REF [--head REF] [-o stylish|json|sarif|github] [--repo DIR] [--verbose]
      Compare HEAD (or --head) with its merge base with REF: checks 1-7 (see docs/policy.md).
  cnpg-site-policy guard [-o FORMAT] [--repo DIR]
      Pre-commit: checks 1-6 on the staged change against HEAD (renames, recovery, archive reuse,
      majors, moved archives, deletions).
  cnpg-site-policy lint-staged [FILES...] [-o FORMAT] [--repo DIR]
      Pre-commit: lint the staged files (default: every staged file) with their overlays; only
      findings that HEAD does not already have block.

exit status: 0 pass, 1 blocked (an error-level finding), 2 usage or input error
`;

function render(result: PolicyResult, format: OutputFormat, verbose: boolean, baseLabel: string): string {
  const pre = result.preexisting.map((d) => ({ ...d, severity: 'info' as const, message: `already in ${baseLabel}, not blocking: ${d.message}` }));
  const all = format === 'stylish' && !verbose ? result.diagnostics : [...result.diagnostics, ...pre];
  let text = formatDiagnostics(format, all, result.summary, {
    cwd: result.root,
    color: format === 'stylish' && useColor(),
    verbose,
    tool: { name: 'cnpg-site-policy', version: VERSION },
    extraRules: POLICY_SARIF_RULES,
  });
  if (format === 'stylish') {
    const notes: string[] = [];
    if (result.preexisting.length > 0) {
      const errors = result.preexisting.filter((d) => d.severity === 'error').length;
      notes.push(`${result.preexisting.length} lint finding${result.preexisting.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}) already in ${baseLabel}: not blocking${verbose ? '' : ' (--verbose lists them)'}`);
    }
    if (result.fixed > 0) notes.push(`${result.fixed} lint finding${result.fixed === 1 ? '' : 's'} of ${baseLabel} fixed by this change`);
    for (const r of result.diff.renames) notes.push(`rename detected: Cluster ${r.before.name} → ${r.after.name} (${relPath(r.after.file, result.root)}, same ${r.by === 'document' ? 'document' : 'overlay'})`);
    if (notes.length > 0) text += notes.join('\n') + '\n';
  }
  return text;
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      output: { type: 'string', short: 'o' },
      repo: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** Entry point of cnpg-site-policy: returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--version' || argv[0] === 'version') {
    process.stdout.write(`cnpg-site-policy/${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  try {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(rest);
    } catch (err) {
      throw new InputError(`${(err as Error).message}; see cnpg-site-policy --help`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    const format = (values.output ?? 'stylish') as OutputFormat;
    if (!OUTPUT_FORMATS.includes(format)) throw new InputError(`-o ${values.output}: unknown output format; use one of ${OUTPUT_FORMATS.join(', ')}`);
    const root = repositoryRoot(process.cwd(), values.repo, 'run it in a clone');
    let result: PolicyResult;
    let baseLabel: string;
    switch (command) {
      case 'ci': {
        if (!values.base) throw new InputError('ci needs --base REF (the branch the change merges into, e.g. --base origin/main)');
        if (positionals.length > 0) throw new InputError(`ci takes no file arguments (got ${positionals[0]}); see cnpg-site-policy --help`);
        const { base, head } = ciSources(
          root,
          values.base,
          values.head ?? 'HEAD',
          (rev) => resolveCommit(root, rev),
          (a, b) => {
            try {
              return git(root, ['merge-base', a, b]).toString('utf8').trim() || undefined;
            } catch {
              return undefined;
            }
          },
          isShallow(root),
        );
        baseLabel = values.base;
        result = await runPolicy({ base, head, diff: true, lint: true });
        break;
      }
      case 'guard':
      case 'lint-staged': {
        if (command === 'guard' && values.base) throw new InputError('guard compares the index with HEAD and takes no --base; use ci --base REF');
        const headCommit = resolveCommit(root, 'HEAD');
        const base = headCommit ? GitSource.commit(root, headCommit, 'HEAD') : GitSource.empty(root, 'HEAD (no commit yet)');
        baseLabel = 'HEAD';
        const head = GitSource.index(root);
        const cwdRel = (p: string) => head.rel(p.startsWith('/') ? p : `${process.cwd()}/${p}`) ?? p;
        result = command === 'guard'
          ? await runPolicy({ base, head, diff: true, lint: false })
          : await runPolicy({ base, head, diff: false, lint: true, ...(positionals.length > 0 ? { only: positionals.map(cwdRel) } : {}) });
        break;
      }
      default:
        throw new InputError(`unknown command "${command}"; commands: ci, guard, lint-staged (see cnpg-site-policy --help)`);
    }
    await write(render(result, format, values.verbose === true, baseLabel));
    return result.summary.errors > 0 ? 1 : 0;
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`error: ${err.format((f) => f)}\n`);
      return 2;
    }
    const e = err as { code?: string; message?: string; stack?: string };
    if (e?.code === 'EPIPE') return 0;
    process.stderr.write(`error: ${e?.message ?? String(err)}\n`);
    if (process.env.CNPG_SITE_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
    else process.stderr.write('This is a bug in cnpg-site-policy; rerun with CNPG_SITE_DEBUG=1 for details and report it.\n');
    return 3;
  }
}

import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { formatDiagnostics, InputError, internalErrorLine, OUTPUT_FORMATS, relPath, repositoryRoot, useColor, write } from './core.js';
import type { OutputFormat } from '@cnpg-site/core';
import { git, GitSource, isShallow, resolveCommit, rootAndHead } from './git.js';
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

const FORMATS = 'stylish|json|yaml|sarif|github';

const USAGE = `usage:
  cnpg-site-policy ci --base REF [--head REF] [-o ${FORMATS}] [--repo DIR] [--verbose]
      Compare HEAD (or --head) with its merge base with REF: checks 1-7 (see docs/policy.md).
  cnpg-site-policy guard [-o FORMAT] [--repo DIR] [--verbose]
      Pre-commit: checks 1-6 on the staged change against HEAD (renames, recovery, archive reuse,
      majors, moved archives, deletions).
  cnpg-site-policy lint-staged [FILES...] [-o FORMAT] [--repo DIR] [--verbose]
      Pre-commit: lint the staged files (default: every staged file) with their overlays; only
      findings that HEAD does not already have block.
  cnpg-site-policy help [COMMAND]      this text, or a command's help (also COMMAND --help, -h)

exit status: 0 pass, 1 blocked (an error-level finding), 2 usage or input error
`;

const COMMON_FLAGS = `  -o, --output FORMAT  ${FORMATS} (default: stylish); yaml is the json report as YAML
      --repo DIR       the repository (default: the git root of the current directory)
  -v, --verbose        also list findings that are already in the base, as notes
  -h, --help           this help`;

/** Per-command help: `cnpg-site-policy COMMAND --help`, `-h` or `help COMMAND`. */
const COMMAND_HELP: Record<string, string> = {
  ci: `usage: cnpg-site-policy ci --base REF [--head REF] [-o ${FORMATS}] [--repo DIR] [--verbose]

Compares HEAD (or --head) with its merge base with REF and runs checks 1-7 of docs/policy.md:
half-done Cluster renames, renames without recovery from the old archive, archive reuse, major
downgrades and upgrades, moved archives, deleted Clusters, and the lint of the changed overlays
(only findings the base does not already have block). Needs the history down to the merge base
(in CI: a full clone, e.g. fetch-depth: 0).

flags:
      --base REF       the branch the change merges into (required), e.g. origin/main
      --head REF       the change (default: HEAD)
${COMMON_FLAGS}

examples:
  cnpg-site-policy ci --base origin/main
  cnpg-site-policy ci --base origin/main -o github          # annotations in GitHub or Forgejo Actions
  cnpg-site-policy ci --base origin/main -o sarif > policy.sarif

exit status: 0 pass, 1 blocked (an error-level finding), 2 usage or input error
`,
  guard: `usage: cnpg-site-policy guard [-o ${FORMATS}] [--repo DIR] [--verbose]

Pre-commit hook (id cnpg-site-guard): compares the staged change (the index, not the work tree)
with HEAD and runs checks 1-6 of docs/policy.md: blocks half-done Cluster renames, renames
without recovery from the old archive, archive reuse and major downgrades; warns on major
upgrades, moved archives and deleted Clusters. Takes no file arguments.

flags:
${COMMON_FLAGS}

examples:
  cnpg-site-policy guard
  pre-commit run cnpg-site-guard                            # through pre-commit

exit status: 0 pass, 1 blocked (an error-level finding), 2 usage or input error
`,
  'lint-staged': `usage: cnpg-site-policy lint-staged [FILES...] [-o ${FORMATS}] [--repo DIR] [--verbose]

Pre-commit hook (id cnpg-site-lint): lints the staged content of FILES (default: every staged
file) with the kustomize overlays they belong to. Only findings that HEAD does not already have
block the commit. A FILE that is neither in the work tree, the index nor HEAD is an input error.

flags:
${COMMON_FLAGS}

examples:
  cnpg-site-policy lint-staged
  cnpg-site-policy lint-staged sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml
  pre-commit run cnpg-site-lint --all-files                # through pre-commit

exit status: 0 pass, 1 blocked (an error-level finding), 2 usage or input error
`,
};

const COMMANDS = Object.keys(COMMAND_HELP);

/** Whether argv asks for help (before any `--`). */
function asksHelp(args: string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

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

/** The flags every command takes (besides --help and -h); docs are checked against them. */
export const OPTIONS = {
  base: { type: 'string' },
  head: { type: 'string' },
  output: { type: 'string', short: 'o' },
  repo: { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
} as const;

function parse(args: string[]) {
  return parseArgs({ args, allowPositionals: true, strict: true, options: OPTIONS });
}

/** Entry point of cnpg-site-policy: returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  // The yaml library prints every token to stdout when these are set: output must stay ours.
  delete process.env.LOG_TOKENS;
  delete process.env.LOG_STREAM;
  if (argv[0] === '--version' || argv[0] === 'version') {
    process.stdout.write(`cnpg-site-policy/${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === 'help') {
    const topic = rest.filter((a) => a !== '--help' && a !== '-h');
    if (topic.length === 0) {
      process.stdout.write(USAGE);
      return 0;
    }
    const text = topic.length === 1 ? COMMAND_HELP[topic[0]!] : undefined;
    if (text === undefined) {
      process.stderr.write(`error: no command "${topic.join(' ')}"; commands: ${COMMANDS.join(', ')} (see cnpg-site-policy --help)\n`);
      return 2;
    }
    process.stdout.write(text);
    return 0;
  }
  if (COMMAND_HELP[command] && asksHelp(rest)) {
    process.stdout.write(COMMAND_HELP[command]!);
    return 0;
  }
  try {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(rest);
    } catch (err) {
      throw new InputError(`${(err as Error).message}; see cnpg-site-policy --help`);
    }
    const { values, positionals } = parsed;
    if (!COMMAND_HELP[command]) throw new InputError(`unknown command "${command}"; commands: ${COMMANDS.join(', ')} (see cnpg-site-policy --help)`);
    const yaml = values.output === 'yaml';
    const format = (yaml ? 'json' : (values.output ?? 'stylish')) as OutputFormat;
    if (!OUTPUT_FORMATS.includes(format)) throw new InputError(`-o ${values.output}: unknown output format; use one of ${[...OUTPUT_FORMATS, 'yaml'].join(', ')}`);
    // Without --repo, guard and lint-staged learn the root and HEAD from one git call.
    const found = !values.repo && command !== 'ci' ? rootAndHead(process.cwd()) : undefined;
    const root = found?.root ?? repositoryRoot(process.cwd(), values.repo, 'run it in a clone');
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
        const headCommit = found ? found.head : resolveCommit(root, 'HEAD');
        const head = GitSource.index(root);
        const base = headCommit ? GitSource.beneathIndex(head, headCommit, 'HEAD') : GitSource.empty(root, 'HEAD (no commit yet)');
        baseLabel = 'HEAD';
        const cwdRel = (p: string) => head.rel(p.startsWith('/') ? p : `${process.cwd()}/${p}`) ?? p;
        if (command === 'lint-staged') {
          // A path that names nothing is a typo: say so rather than pass with nothing checked.
          for (const p of positionals) {
            const abs = isAbsolute(p) ? p : resolve(process.cwd(), p);
            const rel = head.rel(abs);
            if (rel === undefined) throw new InputError(`${p}: not inside the repository ${root}`);
            if (!existsSync(abs) && !head.isFile(rel) && !base.isFile(rel)) throw new InputError(`${p}: no such file (neither in the work tree, the index nor HEAD)`);
          }
        }
        result = command === 'guard'
          ? await runPolicy({ base, head, diff: true, lint: false })
          : await runPolicy({ base, head, diff: false, lint: true, ...(positionals.length > 0 ? { only: positionals.map(cwdRel) } : {}) });
        break;
      }
      default:
        throw new InputError(`unknown command "${command}"; commands: ci, guard, lint-staged (see cnpg-site-policy --help)`);
    }
    const text = render(result, format, values.verbose === true, baseLabel);
    await write(yaml ? stringify(JSON.parse(text), { lineWidth: 0, aliasDuplicateObjects: false }) : text);
    return result.summary.errors > 0 ? 1 : 0;
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`error: ${err.format((f) => f)}\n`);
      return 2;
    }
    const e = err as { code?: string; message?: string; stack?: string };
    if (e?.code === 'EPIPE') return 0;
    // An internal error: one line, exit 2 (as ESLint folds crashes into 2); the stack only on request.
    process.stderr.write(internalErrorLine(err, 'cnpg-site-policy'));
    if (process.env.CNPG_SITE_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
    return 2;
  }
}

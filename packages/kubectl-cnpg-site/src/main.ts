import { Errors, flush, run as oclifRun } from '@oclif/core';
import { displayPath, InputError, internalErrorLine } from '@cnpg-site/core';

/** Answers a shell's completion request (`__complete WORDS...`) without starting the framework. */
export async function completeWords(words: string[]): Promise<void> {
  const [{ complete, cliArgCompletion, formatCompletion }, { COMMANDS }] = await Promise.all([import('./lib/complete.js'), import('./commands/index.js')]);
  const specs = COMMANDS as unknown as Parameters<typeof complete>[1];
  process.stdout.write(formatCompletion(complete(words.length > 0 ? words : [''], specs, cliArgCompletion)));
}

/**
 * Runs the CLI; expected failures print one line and exit 2, never a stack trace. `pjson` is the
 * package.json to use instead of reading it from `root` (the one-file bundle carries its own).
 */
export async function run(argv: string[], root: string, pjson?: Record<string, unknown>): Promise<void> {
  // The AWS SDK warns about the Node version on every S3 call; the CLI supports this Node.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  // The yaml library prints every token to stdout when these are set: output must stay ours.
  delete process.env.LOG_TOKENS;
  delete process.env.LOG_STREAM;
  if (argv[0] === '__complete') {
    await completeWords(argv.slice(1));
    return;
  }
  try {
    await oclifRun(argv, pjson ? ({ root, pjson } as unknown as Parameters<typeof oclifRun>[1]) : root);
    await flush();
  } catch (err) {
    const code = handle(err);
    process.exitCode = code;
  }
}

/** A path under the working directory relative to it, any other absolute. */
function shortPath(file: string): string {
  const rel = displayPath(file, process.cwd());
  return rel.startsWith('../') ? file : rel;
}

/** oclif reports two exclusive flags once from each side; say it once, the same either way. */
function exclusivePair(line: string): string {
  const m = /^--([\w-]+)(?:=.*)? cannot also be provided when using --([\w-]+)$/.exec(line);
  if (!m) return line;
  const [a, b] = [m[1]!, m[2]!].sort();
  return `--${a} and --${b} cannot be used together`;
}

function handle(err: unknown): number {
  if (err instanceof Errors.ExitError) return err.oclif.exit ?? 2;
  if (err instanceof InputError) {
    process.stderr.write(`error: ${err.format(shortPath)}\n`);
    return 2;
  }
  const e = err as { oclif?: { exit?: number }; message?: string; code?: string };
  if (e?.oclif?.exit !== undefined) {
    // oclif parse errors (unknown flag, missing argument): usage errors.
    // One line: the reason, then where to look. oclif adds its own hint lines; drop them.
    const lines = (e.message ?? String(err))
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !/^at /.test(l) && !/^See more help with/i.test(l) && !/^The following errors? occurred:?$/i.test(l))
      .map((l) => l.replace(/:$/, ''));
    const msg = [...new Set(lines.map(exclusivePair))].join('; ');
    // A sentence's final stop goes, not the end of an argument the message quotes (`init .`).
    process.stderr.write(`error: ${/Unexpected arguments?: /.test(msg) ? msg : msg.replace(/[.;]$/, '')}; see --help for usage\n`);
    return e.oclif.exit === 0 ? 0 : 2;
  }
  if (e?.code === 'EPIPE') return 0;
  // An internal error: one line, exit 2 (as ESLint folds crashes into 2); the stack only on request.
  process.stderr.write(internalErrorLine(err, 'cnpg-site'));
  if (process.env.CNPG_SITE_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
  return 2;
}

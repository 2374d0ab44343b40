import { Errors, flush, run as oclifRun } from '@oclif/core';
import { displayPath, InputError } from '@cnpg-site/core';

/** Runs the CLI; expected failures print one line and exit 2, never a stack trace. */
export async function run(argv: string[], root: string): Promise<void> {
  // The AWS SDK warns about the Node version on every S3 call; the CLI supports this Node.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  try {
    await oclifRun(argv, root);
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
    const msg = (e.message ?? String(err))
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !/^at /.test(l) && !/^See more help with/i.test(l) && !/^The following errors? occurred:?$/i.test(l))
      .map((l) => l.replace(/:$/, ''))
      .join('; ');
    process.stderr.write(`error: ${msg.replace(/[.;]$/, '')}; see --help for usage\n`);
    return e.oclif.exit === 0 ? 0 : 2;
  }
  if (e?.code === 'EPIPE') return 0;
  process.stderr.write(`error: ${e?.message ?? String(err)}\n`);
  if (process.env.CNPG_SITE_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
  else process.stderr.write('This is a bug in cnpg-site; rerun with CNPG_SITE_DEBUG=1 for details and report it.\n');
  return 3;
}

/** Color only on a TTY, and never when NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it. */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

let guarded = false;

/**
 * Replaces any stdout error handler that rethrows (printing a stack): a closed pipe (`| head`)
 * ends quietly with the exit code already set; any other write error is one line, exit 2.
 */
function guardStdout(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.removeAllListeners('error');
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit();
    process.stderr.write(`error: cannot write the output: ${err.code ?? err.message}; check where stdout goes (disk full, closed pipe)\n`);
    process.exit(2);
  });
}

/** Writes all of `text` to stdout and waits until it drains. Set the exit code before calling. */
export function writeStdout(text: string): Promise<void> {
  guardStdout();
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

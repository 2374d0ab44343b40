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

// C0 controls, DEL and C1 controls (ESC among them), the Unicode line and paragraph separators and
// the bidirectional overrides and isolates (they reorder what a terminal shows); \t stays, and \n
// unless `newlines` is false.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_KEEP_NL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function hex(c: string): string {
  const n = c.charCodeAt(0);
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
}

/**
 * Text that came from input, made safe to print on a terminal: control characters (escape
 * sequences among them) are shown as `\x1b`, `\r`, … instead of acting. Line breaks are escaped
 * too unless `keepNewlines` (the text is laid out on several lines on purpose).
 */
export function printable(s: string, keepNewlines = false): string {
  return s.replace(keepNewlines ? CONTROL_KEEP_NL : CONTROL, hex);
}

/** JSON text with DEL and the C1 controls escaped too (JSON.stringify leaves them raw). */
export function jsonSafe(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * An error the user can act on: bad input, a bad profile, a missing path. Commands print the
 * message (never a stack) and exit 2.
 */
export class InputError extends Error {
  constructor(
    message: string,
    /** Where, when a file is to blame. */
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }

  /** `file:line:col: message`, or the message alone. */
  format(relativeTo?: (file: string) => string): string {
    if (!this.file) return this.message;
    const f = relativeTo ? relativeTo(this.file) : this.file;
    const where = this.line ? `${f}:${this.line}${this.column ? `:${this.column}` : ''}` : f;
    return `${where}: ${this.message}`;
  }
}

/**
 * The one line a command prints for an error that is not the user's (a bug): the first line of
 * its message and how to report it. Commands exit 2 after it, as for any other error; the stack
 * is printed only with CNPG_SITE_DEBUG set.
 */
export function internalErrorLine(err: unknown, tool: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const first = message.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? (err instanceof Error ? err.name : 'unknown error');
  return `error: ${first} (a bug in ${tool}: rerun with CNPG_SITE_DEBUG=1 for details and report it)\n`;
}

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

import { existsSync, lstatSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';

/**
 * Writes one whole file atomically: the text goes to a temporary file next to the target, which
 * is then renamed over it, so a reader sees the old content or the new, never half of it. A
 * target that is a link is written through (the file it names is replaced); a directory or
 * other non-file is refused.
 */
export function writeFileAtomic(file: string, text: string): void {
  let target = resolve(file);
  if (existsSync(target)) {
    if (lstatSync(target).isSymbolicLink()) target = realpathSync(target);
    if (!statSync(target).isFile()) throw new InputError('refusing to write: not a regular file', file);
  } else if (!existsSync(dirname(target))) {
    throw new InputError(`cannot write: the directory ${dirname(target)} does not exist`, file);
  }
  const mode = existsSync(target) ? statSync(target).mode & 0o7777 : 0o644;
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { mode, flag: 'wx' });
    renameSync(tmp, target);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new InputError(`cannot write (${code}); the file was not changed`, file);
  }
}

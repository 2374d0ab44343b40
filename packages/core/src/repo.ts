import { execFileSync } from 'node:child_process';
import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from './errors.js';

/**
 * The repository a command works on: `--repo DIR` when given (any directory), else the git root
 * of `cwd`. `alternative` completes the error message when neither is there.
 */
export function repositoryRoot(cwd: string, repo?: string, alternative = 'pass --repo DIR'): string {
  if (repo) {
    const dir = resolve(cwd, repo);
    try {
      if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    } catch {
      throw new InputError(`--repo ${repo}: no such directory`);
    }
    return realpathSync(dir);
  }
  try {
    const out = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return realpathSync(out.trim());
  } catch {
    throw new InputError(`${cwd} is not inside a git repository; run the command from the repository, or ${alternative}`);
  }
}

import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { NewAppPlan } from './plan.js';

/** Stops before writing anything when the directory already holds one of the files. */
export function checkNewAppFree(plan: NewAppPlan, shown: string): void {
  if (existsSync(plan.dir) && !statSync(plan.dir).isDirectory()) throw new InputError(`${shown} exists and is not a directory; pass --dir PATH to write elsewhere`);
  const taken = plan.scaffold.files.map((f) => f.name).filter((name) => existsSync(join(plan.dir, name)));
  if (taken.length > 0) {
    throw new InputError(`${shown} already holds ${taken.join(', ')}: nothing written; remove them, or pass another APP, --cluster-name or --dir PATH`);
  }
}

/**
 * Writes every file or none: into a new directory beside the target renamed into place, or, when
 * the directory exists, each file created exclusively (removed again if a later one fails).
 */
export function writeNewApp(plan: NewAppPlan): void {
  const files = plan.scaffold.files;
  if (!existsSync(plan.dir)) {
    mkdirSync(dirname(plan.dir), { recursive: true });
    const temp = join(dirname(plan.dir), `.${basename(plan.dir)}.new-${process.pid}`);
    rmSync(temp, { recursive: true, force: true });
    mkdirSync(temp);
    try {
      for (const f of files) writeFileSync(join(temp, f.name), f.text, { flag: 'wx' });
      renameSync(temp, plan.dir);
    } catch (err) {
      rmSync(temp, { recursive: true, force: true });
      if ((err as NodeJS.ErrnoException).code === 'ENOTEMPTY' || (err as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new InputError(`${plan.relDir} appeared while writing: nothing written; run the command again`);
      }
      throw err;
    }
    return;
  }
  const written: string[] = [];
  try {
    for (const f of files) {
      writeFileSync(join(plan.dir, f.name), f.text, { flag: 'wx' });
      written.push(join(plan.dir, f.name));
    }
  } catch (err) {
    for (const w of written) rmSync(w, { force: true });
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new InputError(`${plan.relDir} gained one of the files while writing: nothing written; run the command again`);
    throw err;
  }
}

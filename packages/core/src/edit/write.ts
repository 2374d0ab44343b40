import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { applyEditsToText, EditError, type EditOp } from './text.js';

export interface FileEdits {
  /** Absolute path. */
  file: string;
  ops: EditOp[];
}

export interface WriteResult {
  /** Files whose content changed, absolute, sorted. */
  changed: string[];
  /** Files whose edits changed nothing (already applied). */
  unchanged: string[];
}

/** Files with uncommitted changes (modified, staged or untracked) among `files`, relative to `root`. */
export function uncommitted(root: string, files: readonly string[]): string[] {
  if (files.length === 0) return [];
  const rel = files.map((f) => relative(root, f).split(sep).join('/'));
  let out: string;
  try {
    out = execFileSync('git', ['status', '--porcelain', '-z', '--', ...rel], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    throw new InputError(`cannot run git status in ${root}; pass --force to write without the check`);
  }
  const dirty = new Set<string>();
  for (const entry of out.split('\0')) {
    if (entry.length < 4) continue;
    dirty.add(entry.slice(3));
  }
  return rel.filter((r) => dirty.has(r)).sort();
}

function inside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}

/** Computes the new content of each file without writing. */
export function previewEdits(edits: readonly FileEdits[]): { file: string; before: string; after: string }[] {
  return edits.map((e) => {
    const before = readFileSync(e.file, 'utf8');
    let after: string;
    try {
      after = applyEditsToText(before, e.ops);
    } catch (err) {
      if (err instanceof EditError) throw new InputError(`cannot edit the file: ${err.message}`, e.file);
      throw err;
    }
    return { file: e.file, before, after };
  });
}

/**
 * Applies edits to files under `root`: refuses paths outside it and files with uncommitted
 * changes (unless `force`), computes every new content first, then writes each file atomically
 * (temporary file in the same directory, then rename). Files whose content would not change are
 * left alone, so a second run changes nothing.
 */
export function writeEdits(root: string, edits: readonly FileEdits[], opts: { force?: boolean } = {}): WriteResult {
  const realRoot = realpathSync(root);
  for (const e of edits) {
    const abs = resolve(e.file);
    const real = existsSync(abs) ? realpathSync(abs) : abs;
    if (!inside(realRoot, real)) {
      throw new InputError(`refusing to write ${e.file}: it is outside the repository ${realRoot}`);
    }
  }
  const previews = previewEdits(edits);
  const changing = previews.filter((p) => p.after !== p.before);
  if (!opts.force) {
    const dirty = uncommitted(realRoot, changing.map((p) => realpathSync(p.file)));
    if (dirty.length > 0) {
      throw new InputError(
        `refusing to write files with uncommitted changes: ${dirty.join(', ')}; commit or stash them first, or pass --force`,
      );
    }
  }
  for (const p of changing) {
    const target = realpathSync(p.file);
    const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    const mode = statSync(target).mode & 0o7777;
    try {
      writeFileSync(tmp, p.after, { mode });
      chmodSync(tmp, mode);
      renameSync(tmp, target);
    } catch (err) {
      try {
        unlinkSync(tmp);
      } catch {
        // nothing to clean up
      }
      throw new InputError(`cannot write: ${(err as NodeJS.ErrnoException).code ?? String(err)}; check permissions`, p.file);
    }
  }
  return {
    changed: changing.map((p) => p.file).sort(),
    unchanged: previews.filter((p) => p.after === p.before).map((p) => p.file).sort(),
  };
}

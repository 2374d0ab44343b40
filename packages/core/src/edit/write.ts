import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, copyFileSync, existsSync, linkSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { applyEditsToBytes, EditError, type EditOp } from './text.js';

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
  /**
   * Why the written result failed the caller's check: every file was put back as it was, so
   * nothing changed (`changed` lists what had been written).
   */
  rolledBack?: string[];
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

export interface EditPreview {
  file: string;
  /** The file before and after, decoded as UTF-8 (for diffs). */
  before: string;
  after: string;
  /** The bytes before and after: what is written. */
  bytes: { before: Buffer; after: Buffer };
}

/** Computes the new content of each file without writing. */
export function previewEdits(edits: readonly FileEdits[]): EditPreview[] {
  return edits.map((e) => {
    let before: Buffer;
    try {
      before = readFileSync(e.file);
    } catch (err) {
      throw new InputError(`cannot read the file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, e.file);
    }
    let after: Buffer;
    try {
      after = applyEditsToBytes(before, e.ops);
    } catch (err) {
      if (err instanceof EditError) throw new InputError(`cannot edit the file: ${err.message}`, e.file);
      throw err;
    }
    return { file: e.file, before: before.toString('utf8'), after: after === before ? before.toString('utf8') : after.toString('utf8'), bytes: { before, after } };
  });
}

/** The file operations a write uses; tests replace one to make a given step fail. */
export interface WriteIo {
  writeFile(path: string, data: Buffer, mode: number): void;
  rename(from: string, to: string): void;
  /** Keeps the current content of `file` under the name `backup` (a hard link, else a copy). */
  keep(file: string, backup: string): void;
  unlink(path: string): void;
}

export const realIo: WriteIo = {
  writeFile(path, data, mode) {
    writeFileSync(path, data, { mode, flag: 'wx' });
    chmodSync(path, mode);
  },
  rename: renameSync,
  keep(file, backup) {
    try {
      linkSync(file, backup);
    } catch {
      copyFileSync(file, backup, constants.COPYFILE_EXCL);
    }
  },
  unlink: unlinkSync,
};

export interface WriteOptions {
  force?: boolean;
  /**
   * Checks the written files (all of them in place); problems it returns undo the whole write,
   * every file getting its old content back.
   */
  check?: () => string[];
  /** File operations (tests only). */
  io?: Partial<WriteIo>;
}

function code(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message.split('\n')[0]! : String(err));
}

function quietly(f: () => void): boolean {
  try {
    f();
    return true;
  } catch {
    return false;
  }
}

/**
 * Applies edits to files under `root`: refuses paths outside it, read-only files and files with
 * uncommitted changes (unless `force`), computes every new content first, then writes all or
 * nothing: each new content goes to a temporary file next to its target, and only when every
 * one is written are they renamed over the targets. If a rename fails, the files already
 * replaced get their old content back and the error says so. Files whose content would not
 * change are left alone, so a second run changes nothing.
 */
export function writeEdits(root: string, edits: readonly FileEdits[], opts: WriteOptions = {}): WriteResult {
  const io: WriteIo = { ...realIo, ...opts.io };
  const realRoot = realpathSync(root);
  for (const e of edits) {
    const abs = resolve(e.file);
    const real = existsSync(abs) ? realpathSync(abs) : abs;
    if (!inside(realRoot, real)) {
      throw new InputError(`refusing to write ${e.file}: it is outside the repository ${realRoot}`);
    }
  }
  const previews = previewEdits(edits);
  const changing = previews.filter((p) => !p.bytes.after.equals(p.bytes.before));
  if (!opts.force) {
    const dirty = uncommitted(realRoot, changing.map((p) => realpathSync(p.file)));
    if (dirty.length > 0) {
      throw new InputError(
        `refusing to write files with uncommitted changes: ${dirty.join(', ')}; commit or stash them first, or pass --force`,
      );
    }
  }
  const targets = new Set<string>();
  const plan = changing.map((p, i) => {
    const target = realpathSync(p.file);
    if (targets.has(target)) throw new InputError('refusing to write a file listed twice (through a link); edit it once', p.file);
    targets.add(target);
    const st = statSync(target);
    if (!st.isFile()) throw new InputError('refusing to write: not a regular file', p.file);
    let writable = (st.mode & 0o222) !== 0;
    if (writable) writable = quietly(() => accessSync(target, constants.W_OK));
    if (!writable) throw new InputError('refusing to write a read-only file; make it writable (chmod u+w) first, or leave it out', p.file);
    const stem = join(dirname(target), `.${basename(target)}.${process.pid}.${i}`);
    return { file: p.file, target, data: p.bytes.after, before: p.bytes.before, mode: st.mode & 0o7777, tmp: `${stem}.tmp`, backup: `${stem}.orig` };
  });

  // 1. Stage: every new content in a temporary file next to its target.
  const staged: typeof plan = [];
  for (const f of plan) {
    try {
      if (!readFileSync(f.target).equals(f.before)) throw new InputError('the file changed while the edits were computed; run again', f.file);
      io.writeFile(f.tmp, f.data, f.mode);
      staged.push(f);
    } catch (err) {
      quietly(() => io.unlink(f.tmp));
      for (const s of staged) quietly(() => io.unlink(s.tmp));
      if (err instanceof InputError) throw err;
      throw new InputError(`cannot write (${code(err)}); no file was changed`, f.file);
    }
  }

  // 2. Replace: keep the old content aside, then rename the new one over the target.
  const replaced: typeof plan = [];
  const kept: typeof plan = [];
  for (const f of plan) {
    try {
      io.keep(f.target, f.backup);
      kept.push(f);
      io.rename(f.tmp, f.target);
      replaced.push(f);
    } catch (err) {
      const lost: string[] = [];
      for (const r of replaced) if (!quietly(() => io.rename(r.backup, r.target))) lost.push(r.backup);
      for (const k of kept) if (!replaced.includes(k)) quietly(() => io.unlink(k.backup));
      for (const s of plan) quietly(() => io.unlink(s.tmp));
      const undo = replaced.length === 0
        ? 'no file was changed'
        : lost.length === 0
          ? `the ${replaced.length} file(s) already written were restored, so no file was changed`
          : `${replaced.length - lost.length} of the ${replaced.length} file(s) already written were restored; the old content of the others is in ${lost.join(', ')}`;
      throw new InputError(`cannot write (${code(err)}); ${undo}`, f.file);
    }
  }
  // 3. Check the result in place; a failed check puts every file back.
  let problems: string[] = [];
  if (opts.check) {
    try {
      problems = opts.check();
    } catch (err) {
      problems = [`the written files could not be checked: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`];
    }
  }
  if (problems.length > 0) {
    const lost: string[] = [];
    for (const r of replaced) if (!quietly(() => io.rename(r.backup, r.target))) lost.push(r.backup);
    if (lost.length > 0) {
      throw new InputError(`the written files failed their check (${problems[0]}), and ${lost.length} could not be put back; their old content is in ${lost.join(', ')}`);
    }
    return {
      changed: changing.map((p) => p.file).sort(),
      unchanged: previews.filter((p) => p.bytes.after.equals(p.bytes.before)).map((p) => p.file).sort(),
      rolledBack: problems,
    };
  }
  for (const f of plan) quietly(() => io.unlink(f.backup));
  return {
    changed: changing.map((p) => p.file).sort(),
    unchanged: previews.filter((p) => p.bytes.after.equals(p.bytes.before)).map((p) => p.file).sort(),
  };
}

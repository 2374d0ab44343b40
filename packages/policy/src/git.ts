import { spawn, spawnSync } from 'node:child_process';
import { isAbsolute, join, posix, relative, sep } from 'node:path';
import { InputError } from './core.js';
import { ByteMatcher } from './match.js';

/** Runs git synchronously; returns stdout, or throws InputError with git's own message. */
export function git(cwd: string, args: string[], opts: { input?: string | Buffer; okCodes?: number[] } = {}): Buffer {
  const r = spawnSync('git', args, {
    cwd,
    input: opts.input,
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'git is not installed or not on PATH; install git' : `cannot run git: ${r.error.message}`);
  }
  const ok = opts.okCodes ?? [0];
  if (!ok.includes(r.status ?? -1)) {
    const msg = r.stderr.toString('utf8').trim().split('\n')[0] ?? '';
    throw new GitError(`git ${args[0]} failed: ${msg || `exit ${String(r.status)}`}`, r.status ?? -1, r.stderr.toString('utf8'));
  }
  return r.stdout;
}

export class GitError extends InputError {
  constructor(message: string, readonly status: number, readonly stderr: string) {
    super(message);
  }
}


/** The commit a revision names, or undefined when it does not resolve. */
export function resolveCommit(root: string, rev: string): string | undefined {
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).toString('utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

export function isShallow(root: string): boolean {
  try {
    return git(root, ['rev-parse', '--is-shallow-repository']).toString('utf8').trim() === 'true';
  } catch {
    return false;
  }
}

interface Entry {
  id: string;
  mode: string;
}

const YAMLISH = /(\.ya?ml|\/Kustomization|^Kustomization)$/i;

/** A line of text a grep found. */
export interface GrepHit {
  /** Path relative to the repository root, `/`-separated. */
  path: string;
  line: number;
  text: string;
}

/**
 * The files of one revision (a commit's tree, or the index), read from git objects rather than
 * the work tree. Blobs are read in batches with `git cat-file --batch` and cached.
 */
export class GitSource {
  private entriesCache: Map<string, Entry> | undefined;
  private dirsCache: Map<string, Map<string, boolean>> | undefined;
  private readonly blobs = new Map<string, Buffer | undefined>();
  private readonly fetchedDirs = new Set<string>();

  private constructor(
    /** Absolute repository root: virtual absolute paths are rooted here. */
    readonly root: string,
    /** A commit id, 'index' for the staging area, or 'empty'. */
    readonly rev: string,
    /** What to call it in messages. */
    readonly label: string,
  ) {}

  static commit(root: string, commit: string, label: string): GitSource {
    return new GitSource(root, commit, label);
  }
  static index(root: string): GitSource {
    return new GitSource(root, 'index', 'the index (staged changes)');
  }
  static empty(root: string, label = 'an empty tree'): GitSource {
    return new GitSource(root, 'empty', label);
  }

  /** Path → blob of every regular file (symlinks and submodules left out). */
  entries(): Map<string, Entry> {
    if (this.entriesCache) return this.entriesCache;
    const map = new Map<string, Entry>();
    if (this.rev === 'index') {
      const out = git(this.root, ['ls-files', '-s', '-z']).toString('utf8');
      for (const rec of out.split('\0')) {
        if (!rec) continue;
        const tab = rec.indexOf('\t');
        const [mode, id, stage] = rec.slice(0, tab).split(' ');
        const path = rec.slice(tab + 1);
        if (!mode || !id || (mode !== '100644' && mode !== '100755')) continue;
        // Unmerged paths: keep "ours" (stage 2) so a conflicted file still loads.
        if (stage !== '0' && stage !== '2') continue;
        map.set(path, { id, mode });
      }
    } else if (this.rev !== 'empty') {
      const out = git(this.root, ['ls-tree', '-r', '-z', '--full-tree', this.rev]).toString('utf8');
      for (const rec of out.split('\0')) {
        if (!rec) continue;
        const tab = rec.indexOf('\t');
        const [mode, type, id] = rec.slice(0, tab).split(' ');
        if (type !== 'blob' || !id || !mode || mode === '120000') continue;
        map.set(rec.slice(tab + 1), { id, mode });
      }
    }
    this.entriesCache = map;
    return map;
  }

  private dirs(): Map<string, Map<string, boolean>> {
    if (this.dirsCache) return this.dirsCache;
    const dirs = new Map<string, Map<string, boolean>>();
    dirs.set('', new Map());
    for (const path of this.entries().keys()) {
      const parts = path.split('/');
      let dir = '';
      for (let i = 0; i < parts.length; i++) {
        const name = parts[i]!;
        const isDir = i < parts.length - 1;
        let m = dirs.get(dir);
        if (!m) dirs.set(dir, (m = new Map()));
        if (!m.has(name)) m.set(name, isDir);
        dir = dir === '' ? name : `${dir}/${name}`;
      }
    }
    this.dirsCache = dirs;
    return dirs;
  }

  /** `/`-separated path relative to the root, or undefined when outside it. */
  rel(abs: string): string | undefined {
    const r = relative(this.root, isAbsolute(abs) ? abs : join(this.root, abs));
    if (r.startsWith('..') || isAbsolute(r)) return undefined;
    return r.split(sep).join('/');
  }

  abs(rel: string): string {
    return rel === '' ? this.root : join(this.root, ...rel.split('/'));
  }

  isFile(rel: string): boolean {
    return this.entries().has(rel);
  }

  isDir(rel: string): boolean {
    return this.dirs().has(rel);
  }

  /** Lists a directory as the loader expects: [name, isDirectory]. */
  readDir = (abs: string): [string, boolean][] | undefined => {
    const rel = this.rel(abs);
    if (rel === undefined) return undefined;
    const m = this.dirs().get(rel);
    return m ? [...m.entries()] : undefined;
  };

  /** Reads a file's blob; prefetches the YAML files of its directory in the same batch. */
  readFile = (abs: string): Buffer | undefined => {
    const rel = this.rel(abs);
    if (rel === undefined) return undefined;
    const e = this.entries().get(rel);
    if (!e) return undefined;
    if (!this.blobs.has(e.id)) {
      const dir = posix.dirname(rel);
      this.prefetch([dir === '.' ? '' : dir], false);
      if (!this.blobs.has(e.id)) this.fetch([e.id]);
    }
    return this.blobs.get(e.id);
  };

  /** Reads every YAML file under the given directories (recursively when `deep`) in one batch. */
  prefetch(dirs: string[], deep = true): void {
    const todo = dirs.filter((d) => !this.fetchedDirs.has(`${deep ? 'R' : 'D'}:${d}`));
    if (todo.length === 0) return;
    for (const d of todo) this.fetchedDirs.add(`${deep ? 'R' : 'D'}:${d}`);
    const entries = this.entries();
    const ids = new Set<string>();
    const add = (path: string) => {
      const e = entries.get(path);
      if (e && !this.blobs.has(e.id) && YAMLISH.test(path)) ids.add(e.id);
    };
    if (!deep) {
      // The files directly in each directory, from the directory listing.
      for (const d of todo) for (const [name, isDir] of this.dirs().get(d) ?? []) if (!isDir) add(d === '' ? name : `${d}/${name}`);
    } else if (todo.includes('')) {
      for (const path of entries.keys()) add(path);
    } else {
      // One walk over the entries, each looked up by its ancestors: linear in entries × depth.
      const wanted = new Set(todo);
      for (const path of entries.keys()) {
        for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
          if (wanted.has(path.slice(0, i))) {
            add(path);
            break;
          }
        }
      }
    }
    if (ids.size > 0) this.fetch([...ids]);
  }

  /** Reads the given files (paths relative to the root) in one batch. */
  prefetchFiles(rels: string[]): void {
    const entries = this.entries();
    const ids = new Set<string>();
    for (const r of rels) {
      const e = entries.get(r);
      if (e && !this.blobs.has(e.id)) ids.add(e.id);
    }
    if (ids.size > 0) this.fetch([...ids]);
  }

  private fetch(ids: string[]): void {
    const out = git(this.root, ['cat-file', '--batch'], { input: ids.join('\n') + '\n' });
    let pos = 0;
    while (pos < out.length) {
      const nl = out.indexOf(0x0a, pos);
      if (nl < 0) break;
      const header = out.subarray(pos, nl).toString('utf8').split(' ');
      pos = nl + 1;
      if (header[1] === 'missing' || header.length < 3) {
        this.blobs.set(header[0]!, undefined);
        continue;
      }
      const size = Number(header[2]);
      this.blobs.set(header[0]!, out.subarray(pos, pos + size));
      pos += size + 1;
    }
  }

  /** Lines holding `text` (a fixed string) in any text file of this revision. */
  grep(text: string): GrepHit[] {
    // No line holds LF; git would split the pattern there, and NUL cannot be an argument.
    if (this.rev === 'empty' || text.includes('\n') || text.includes('\0')) return [];
    const args = ['grep', '-n', '-I', '-z', '--no-color', '-F'];
    if (this.rev === 'index') args.push('--cached');
    args.push('-e', text);
    if (this.rev !== 'index') args.push(this.rev);
    args.push('--');
    const out = git(this.root, args, { okCodes: [0, 1] }).toString('utf8');
    const hits: GrepHit[] = [];
    const prefix = this.rev === 'index' ? '' : `${this.rev}:`;
    // Records are PATH NUL LINE NUL TEXT LF; a path may itself hold LF, so read field by field.
    let pos = 0;
    while (pos < out.length) {
      const a = out.indexOf('\0', pos);
      if (a < 0) break;
      const b = out.indexOf('\0', a + 1);
      if (b < 0) break;
      let e = out.indexOf('\n', b + 1);
      if (e < 0) e = out.length;
      const file = out.slice(pos, a);
      hits.push({ path: file.startsWith(prefix) ? file.slice(prefix.length) : file, line: Number(out.slice(a + 1, b)), text: out.slice(b + 1, e) });
      pos = e + 1;
    }
    return hits;
  }

  /**
   * Lines holding each of `texts` (fixed strings) in any text file of this revision: the same
   * hits as `grep(text)` for each text. Up to a few texts grep once each; more are found in one
   * pass over every line git grep reads (its file selection, binary test and line numbers),
   * matched against all texts at once, so the cost does not grow with the number of texts.
   */
  async grepMany(texts: readonly string[]): Promise<Map<string, GrepHit[]>> {
    const distinct = [...new Set(texts)];
    const result = new Map<string, GrepHit[]>(distinct.map((t) => [t, []]));
    if (this.rev === 'empty' || distinct.length === 0) return result;
    if (distinct.length <= GREP_EACH_UP_TO) {
      for (const t of distinct) result.set(t, this.grep(t));
      return result;
    }
    // A line holds no LF, nor (as a command-line argument) NUL: such texts are never found.
    const searched = distinct.filter((t) => !t.includes('\n') && !t.includes('\0'));
    if (searched.length === 0) return result;
    const matcher = new ByteMatcher(searched.map((t) => Buffer.from(t, 'utf8')));
    const lists = searched.map((t) => result.get(t)!);
    const args = ['grep', '-n', '-I', '-z', '--no-color', '-F'];
    if (this.rev === 'index') args.push('--cached');
    args.push('-e', '');
    if (this.rev !== 'index') args.push(this.rev);
    args.push('--');
    const prefix = Buffer.from(this.rev === 'index' ? '' : `${this.rev}:`, 'utf8');
    let lastPathBytes: Buffer | undefined;
    let lastPath = '';
    // Records are PATH NUL LINE NUL TEXT LF; a path may itself hold LF, so read field by field.
    const records = (buf: Buffer, final: boolean): number => {
      let pos = 0;
      while (pos < buf.length) {
        const a = buf.indexOf(0, pos);
        if (a < 0) break;
        const b = buf.indexOf(0, a + 1);
        if (b < 0) break;
        let e = buf.indexOf(0x0a, b + 1);
        if (e < 0) {
          if (!final) break;
          e = buf.length;
        }
        let hitLine: number | undefined;
        let text: string | undefined;
        const hit = (index: number) => {
          if (text === undefined) {
            const pathBytes = buf.subarray(pos, a);
            if (!lastPathBytes || !lastPathBytes.equals(pathBytes)) {
              lastPathBytes = Buffer.from(pathBytes);
              const start = pathBytes.subarray(0, prefix.length).equals(prefix) ? prefix.length : 0;
              lastPath = pathBytes.subarray(start).toString('utf8');
            }
            hitLine = Number(buf.subarray(a + 1, b).toString('latin1'));
            text = buf.subarray(b + 1, e).toString('utf8');
          }
          lists[index]!.push({ path: lastPath, line: hitLine!, text });
        };
        for (const index of matcher.everywhere) hit(index);
        matcher.each(buf, b + 1, e, (index) => {
          if (!matcher.everywhere.includes(index)) hit(index);
        });
        pos = e + 1;
      }
      return pos;
    };
    await new Promise<void>((resolve, reject) => {
      const child = spawn('git', args, { cwd: this.root, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
      // Chunks of a record still incomplete; joined once a line ends, so a long line costs once.
      let pending: Buffer[] = [];
      const errs: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => {
        if (!chunk.includes(0x0a)) {
          pending.push(chunk);
          return;
        }
        const buf = pending.length === 0 ? chunk : Buffer.concat([...pending, chunk]);
        const used = records(buf, false);
        pending = used >= buf.length ? [] : [Buffer.from(buf.subarray(used))];
      });
      child.stderr.on('data', (chunk: Buffer) => errs.push(chunk));
      child.on('error', (err: NodeJS.ErrnoException) => {
        reject(new InputError(err.code === 'ENOENT' ? 'git is not installed or not on PATH; install git' : `cannot run git: ${err.message}`));
      });
      child.on('close', (status) => {
        if (status !== 0 && status !== 1) {
          const stderr = Buffer.concat(errs).toString('utf8');
          reject(new GitError(`git grep failed: ${stderr.trim().split('\n')[0] || `exit ${String(status)}`}`, status ?? -1, stderr));
          return;
        }
        if (pending.length > 0) records(Buffer.concat(pending), true);
        resolve();
      });
    });
    return result;
  }
}

/** Up to this many texts, `grepMany` runs one git grep per text. */
const GREP_EACH_UP_TO = 4;

/** Paths that differ between two sources (both sides of a rename are listed). */
export function changedPaths(root: string, base: GitSource, head: GitSource): string[] {
  const args = ['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff'];
  if (head.rev === 'index') {
    args.push('--cached');
    if (base.rev !== 'empty') args.push(base.rev);
    else args.splice(0, args.length, 'ls-files', '-z');
  } else if (base.rev === 'empty') {
    args.splice(0, args.length, 'ls-tree', '-r', '-z', '--name-only', '--full-tree', head.rev);
  } else {
    args.push(base.rev, head.rev);
  }
  args.push('--');
  const out = git(root, args).toString('utf8');
  return out.split('\0').filter((p) => p !== '').sort();
}

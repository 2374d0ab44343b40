import { spawn, spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
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

/** Runs git without blocking, so that several can run at once; same contract as `git`. */
export function gitAsync(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(new InputError(e.code === 'ENOENT' ? 'git is not installed or not on PATH; install git' : `cannot run git: ${e.message}`));
    });
    child.on('close', (status) => {
      if (status === 0) return resolve(Buffer.concat(out));
      const stderr = Buffer.concat(err).toString('utf8');
      const msg = stderr.trim().split('\n')[0] ?? '';
      reject(new GitError(`git ${args[0]} failed: ${msg || `exit ${String(status)}`}`, status ?? -1, stderr));
    });
  });
}

export class GitError extends InputError {
  constructor(message: string, readonly status: number, readonly stderr: string) {
    super(message);
  }
}


/**
 * The repository root of `cwd` (real path) and the commit HEAD names (undefined before the first
 * commit), in one git call; undefined outside a repository.
 */
export function rootAndHead(cwd: string): { root: string; head: string | undefined } | undefined {
  const r = spawnSync('git', ['rev-parse', '--show-toplevel', '--verify', '--quiet', 'HEAD^{commit}'], {
    cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    encoding: 'utf8',
  });
  if (r.error || (r.status !== 0 && r.status !== 1)) return undefined;
  const [top, head] = r.stdout.split('\n');
  if (!top) return undefined;
  try {
    return { root: realpathSync(top), head: r.status === 0 && head ? head : undefined };
  } catch {
    return undefined;
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
/** Lines of one text in one file past the kept ones: how many, the first and the last. */
export interface GrepMore {
  count: number;
  first: number;
  last: number;
}

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
  private loading: Promise<void> | undefined;
  /**
   * HEAD read as the index with the staged change taken back (`from`): git diff-index lists the
   * staged paths, so HEAD's whole tree is not listed. `changed` is filled with those paths.
   */
  private derived: { from: GitSource; changed?: string[] } | undefined;
  private dirsCache: Map<string, Map<string, boolean>> | undefined;
  /** Blobs by object id, shared by every source of the same repository: an id names its content. */
  private static readonly blobCache = new Map<string, Map<string, Buffer | undefined>>();
  private readonly blobs: Map<string, Buffer | undefined>;
  private readonly fetchedDirs = new Set<string>();

  private constructor(
    /** Absolute repository root: virtual absolute paths are rooted here. */
    readonly root: string,
    /** A commit id, 'index' for the staging area, or 'empty'. */
    readonly rev: string,
    /** What to call it in messages. */
    readonly label: string,
  ) {
    let blobs = GitSource.blobCache.get(root);
    if (!blobs) GitSource.blobCache.set(root, (blobs = new Map()));
    this.blobs = blobs;
  }

  static commit(root: string, commit: string, label: string): GitSource {
    return new GitSource(root, commit, label);
  }
  static index(root: string): GitSource {
    return new GitSource(root, 'index', 'the index (staged changes)');
  }
  static empty(root: string, label = 'an empty tree'): GitSource {
    return new GitSource(root, 'empty', label);
  }
  /** The commit `commit` (HEAD) as `index` holds it with its staged change taken back. */
  static beneathIndex(index: GitSource, commit: string, label: string): GitSource {
    const s = new GitSource(index.root, commit, label);
    s.derived = { from: index };
    return s;
  }

  /** The paths that differ from `other`, when this source knows them without comparing listings. */
  changedAgainst(other: GitSource): string[] | undefined {
    if (this.derived?.from === other && this.entriesCache) return this.derived.changed;
    if (other.derived?.from === this && other.entriesCache) return other.derived.changed;
    return undefined;
  }

  private static readonly DIFF_ARGS = ['diff-index', '--cached', '--raw', '-z', '--no-renames', '--abbrev=40'];

  /**
   * Entries from the index's and the staged diff (records `:<old mode> <new mode> <old id> <new id>
   * <status>` NUL path NUL); undefined when the index has unmerged paths (read HEAD's tree then).
   */
  private fromDiff(index: Map<string, Entry>, diff: string): Map<string, Entry> | undefined {
    const map = new Map(index);
    const changed: string[] = [];
    const regular = (mode: string) => mode === '100644' || mode === '100755';
    for (let pos = 0; pos < diff.length; ) {
      const a = diff.indexOf('\0', pos);
      if (a < 0) break;
      const b = diff.indexOf('\0', a + 1);
      const header = diff.slice(pos, a);
      const path = diff.slice(a + 1, b < 0 ? diff.length : b);
      pos = b < 0 ? diff.length : b + 1;
      const [oldMode, newMode, oldId, , status] = header.slice(1).split(' ');
      if (!oldMode || !newMode || !oldId || !status || status.startsWith('U')) return undefined;
      if (regular(oldMode)) map.set(path, { id: oldId, mode: oldMode });
      else map.delete(path);
      if (regular(oldMode) || regular(newMode)) changed.push(path);
    }
    this.derived!.changed = changed.sort();
    return map;
  }

  private async derive(): Promise<void> {
    const from = this.derived!.from;
    const [, diff] = await Promise.all([from.preload(), gitAsync(this.root, [...GitSource.DIFF_ARGS, this.rev, '--'])]);
    this.entriesCache ??= this.fromDiff(from.entries(), diff.toString('utf8')) ?? this.parseListing((await gitAsync(this.root, this.listArgs()!)).toString('utf8'));
  }

  private listArgs(): string[] | undefined {
    if (this.rev === 'index') return ['ls-files', '-s', '-z'];
    if (this.rev !== 'empty') return ['ls-tree', '-r', '-z', '--full-tree', this.rev];
    return undefined;
  }

  /** Lists the files without blocking; sources that preload together list at the same time. */
  preload(): Promise<void> {
    const args = this.listArgs();
    if (this.entriesCache || !args) return Promise.resolve();
    this.loading ??= this.derived
      ? this.derive()
      : gitAsync(this.root, args).then((out) => {
        this.entriesCache ??= this.parseListing(out.toString('utf8'));
      });
    return this.loading;
  }

  /** Path → blob of every regular file (symlinks and submodules left out). */
  entries(): Map<string, Entry> {
    if (this.entriesCache) return this.entriesCache;
    const args = this.listArgs();
    if (this.derived) {
      const fromDiff = this.fromDiff(this.derived.from.entries(), git(this.root, [...GitSource.DIFF_ARGS, this.rev, '--']).toString('utf8'));
      if (fromDiff) return (this.entriesCache = fromDiff);
    }
    this.entriesCache = this.parseListing(args ? git(this.root, args).toString('utf8') : '');
    return this.entriesCache;
  }

  private parseListing(out: string): Map<string, Entry> {
    const map = new Map<string, Entry>();
    if (out === '') return map;
    if (this.rev === 'index') {
      // Records are `<mode> <object> <stage>\t<path>\0`; the fields before the tab are fixed-width
      // for regular files (6-digit mode, hex id, one-digit stage).
      for (let pos = 0; pos < out.length; ) {
        let end = out.indexOf('\0', pos);
        if (end < 0) end = out.length;
        const tab = out.indexOf('\t', pos);
        const rec = pos;
        pos = end + 1;
        if (tab < 0 || tab > end) continue;
        const mode = out.slice(rec, rec + 6);
        if ((mode !== '100644' && mode !== '100755') || out.charCodeAt(rec + 6) !== 32) continue;
        const idEnd = out.indexOf(' ', rec + 7);
        if (idEnd < 0 || idEnd > tab) continue;
        const stage = out.slice(idEnd + 1, tab);
        // Unmerged paths: keep "ours" (stage 2) so a conflicted file still loads.
        if (stage !== '0' && stage !== '2') continue;
        map.set(out.slice(tab + 1, end), { id: out.slice(rec + 7, idEnd), mode });
      }
    } else {
      for (const rec of out.split('\0')) {
        if (!rec) continue;
        const tab = rec.indexOf('\t');
        const [mode, type, id] = rec.slice(0, tab).split(' ');
        if (type !== 'blob' || !id || !mode || mode === '120000') continue;
        map.set(rec.slice(tab + 1), { id, mode });
      }
    }
    return map;
  }

  private dirs(): Map<string, Map<string, boolean>> {
    if (this.dirsCache) return this.dirsCache;
    // HEAD beneath a staged change that adds and removes no file has the index's directories.
    const from = this.derived?.from;
    if (from && this.derived!.changed?.every((p) => from.entries().has(p) && this.entries().has(p))) {
      return (this.dirsCache = from.dirs());
    }
    const dirs = new Map<string, Map<string, boolean>>();
    dirs.set('', new Map());
    // Each file joins its directory's listing; a directory's own chain of parents is walked only
    // the first time it is seen, so the cost is linear in the files, not in files × depth.
    const addDir = (dir: string): Map<string, boolean> => {
      let m = dirs.get(dir);
      if (m) return m;
      dirs.set(dir, (m = new Map()));
      const slash = dir.lastIndexOf('/');
      const parent = addDir(slash < 0 ? '' : dir.slice(0, slash));
      parent.set(slash < 0 ? dir : dir.slice(slash + 1), true);
      return m;
    };
    for (const path of this.entries().keys()) {
      const slash = path.lastIndexOf('/');
      const m = addDir(slash < 0 ? '' : path.slice(0, slash));
      const name = slash < 0 ? path : path.slice(slash + 1);
      if (!m.has(name)) m.set(name, false);
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
    const ids = this.unread(dirs, deep);
    if (ids.size > 0) this.fetch([...ids]);
  }

  /**
   * Reads, in one batch for all the sources (of one repository), the YAML files under each
   * directory of `rels` and each file of `rels` that the source holds.
   */
  static prefetchTogether(sources: GitSource[], rels: string[]): void {
    const ids = new Set<string>();
    for (const src of sources) {
      const present = rels.filter((r) => src.isFile(r) || src.isDir(r));
      for (const id of src.unread(present.filter((r) => src.isDir(r)), true)) ids.add(id);
      const entries = src.entries();
      for (const r of present) {
        const e = entries.get(r);
        if (e && !src.blobs.has(e.id)) ids.add(e.id);
      }
    }
    if (ids.size > 0) sources[0]!.fetch([...ids]);
  }

  /** The ids of the YAML files under `dirs` not read yet; the directories count as read from now on. */
  private unread(dirs: string[], deep: boolean): Set<string> {
    const ids = new Set<string>();
    const todo = dirs.filter((d) => !this.fetchedDirs.has(`${deep ? 'R' : 'D'}:${d}`));
    if (todo.length === 0) return ids;
    for (const d of todo) this.fetchedDirs.add(`${deep ? 'R' : 'D'}:${d}`);
    const entries = this.entries();
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
      // Each wanted directory's subtree, from the directory listing: linear in what is under them.
      const dirs = this.dirs();
      const seen = new Set<string>();
      const stack = [...todo];
      while (stack.length > 0) {
        const d = stack.pop()!;
        if (seen.has(d)) continue;
        seen.add(d);
        for (const [name, isDir] of dirs.get(d) ?? []) {
          const path = `${d}/${name}`;
          if (isDir) stack.push(path);
          else add(path);
        }
      }
    }
    return ids;
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
    return this.grepAny([text]);
  }

  /** git grep's arguments for lines holding any of `patterns` (fixed strings; '' matches every line) in this revision. */
  private grepArgs(patterns: readonly string[]): string[] {
    const args: string[] = [...GREP_ARGS];
    if (this.rev === 'index') args.push('--cached');
    for (const t of patterns) args.push('-e', t);
    if (this.rev !== 'index') args.push(this.rev);
    args.push('--');
    return args;
  }

  /** Lines holding any of `texts` (fixed strings) in any text file of this revision (`grep` gives it one). */
  private grepAny(texts: readonly string[]): GrepHit[] {
    // No line holds LF; git would split the pattern there, and NUL cannot be an argument.
    const searched = texts.filter((t) => !t.includes('\n') && !t.includes('\0'));
    if (this.rev === 'empty' || searched.length === 0) return [];
    const out = git(this.root, this.grepArgs(searched), { okCodes: [0, 1] }).toString('utf8');
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
   * hits as `grep(text)` for each text. Up to a few texts are one git grep; more are found in one
   * pass over every line git grep reads (its file selection, binary test and line numbers),
   * matched against all texts at once, so the cost does not grow with the number of texts.
   */
  async grepMany(texts: readonly string[]): Promise<Map<string, GrepHit[]>> {
    return (await this.grepLines(texts)).hits;
  }

  /**
   * `grepMany`, keeping at most `perFile` lines of each text in each file: the lines past that
   * are only counted (`more`, by text and path), so a file naming a text 200,000 times costs a
   * scan, not 200,000 hits.
   */
  async grepLines(texts: readonly string[], perFile = Infinity): Promise<{ hits: Map<string, GrepHit[]>; more: Map<string, Map<string, GrepMore>> }> {
    const distinct = [...new Set(texts)];
    const result = new Map<string, GrepHit[]>(distinct.map((t) => [t, []]));
    const more = new Map<string, Map<string, GrepMore>>();
    const done = { hits: result, more };
    if (this.rev === 'empty' || distinct.length === 0) return done;
    // A line holds no LF, nor (as a command-line argument) NUL: such texts are never found.
    const searched = distinct.filter((t) => !t.includes('\n') && !t.includes('\0'));
    if (searched.length === 0) return done;
    // A few texts: one git grep each, side by side (git grep given several patterns slows down
    // on a file where many lines match: 30 s for 200,000 lines). More: one pass over every line.
    if (searched.length <= GREP_EACH_UP_TO) await Promise.all(searched.map((t) => this.streamLines([t], false, perFile, done)));
    else await this.streamLines(searched, true, perFile, done);
    return done;
  }

  /**
   * Streams git grep's lines holding `searched` (every line when `all`, matched here against all
   * the texts at once) into `into`, keeping `perFile` lines per text and file and counting the rest.
   */
  private async streamLines(searched: readonly string[], all: boolean, perFile: number, into: { hits: Map<string, GrepHit[]>; more: Map<string, Map<string, GrepMore>> }): Promise<void> {
    const { hits: result, more } = into;
    const matcher = new ByteMatcher(searched.map((t) => Buffer.from(t, 'utf8')));
    const lists = searched.map((t) => result.get(t)!);
    // Lines kept so far of each text in the current file (files come one after the other).
    const kept = searched.map(() => 0);
    const args = this.grepArgs(all ? [''] : searched);
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
          if (hitLine === undefined) {
            const pathBytes = buf.subarray(pos, a);
            if (!lastPathBytes || !lastPathBytes.equals(pathBytes)) {
              lastPathBytes = Buffer.from(pathBytes);
              const start = pathBytes.subarray(0, prefix.length).equals(prefix) ? prefix.length : 0;
              lastPath = pathBytes.subarray(start).toString('utf8');
              kept.fill(0);
            }
            hitLine = Number(buf.subarray(a + 1, b).toString('latin1'));
          }
          if (kept[index]! >= perFile) {
            const t = searched[index]!;
            let byPath = more.get(t);
            if (!byPath) more.set(t, (byPath = new Map()));
            const m = byPath.get(lastPath);
            if (m) {
              m.count++;
              m.last = hitLine;
            } else byPath.set(lastPath, { count: 1, first: hitLine, last: hitLine });
            return;
          }
          kept[index]!++;
          text ??= buf.subarray(b + 1, e).toString('utf8');
          lists[index]!.push({ path: lastPath, line: hitLine, text });
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
  }
}

/**
 * git grep over the index or a revision, fixed strings, NUL-separated. One thread: these greps read
 * blobs from the object store, where git's threads wait on one lock, and several run side by side.
 * On a 2-core machine, a grep of the index of 6,000 files takes 35 ms on one thread and 54 ms on
 * the default two.
 */
const GREP_ARGS = ['grep', '-n', '-I', '-z', '--no-color', '-F', '--threads=1'] as const;

/** Up to this many texts, `grepMany` runs one git grep per text; more are matched here, in one pass over every line. */
const GREP_EACH_UP_TO = 4;

/**
 * Paths that differ between two sources (both sides of a rename are listed): regular files whose
 * content or mode differ, or that exist on one side only. Both listings are needed anyway, so this
 * compares them rather than asking git for a diff.
 */
export function changedPaths(base: GitSource, head: GitSource): string[] {
  const known = base.changedAgainst(head);
  if (known) return [...known];
  const a = base.entries();
  const b = head.entries();
  const out: string[] = [];
  for (const [path, e] of b) {
    const o = a.get(path);
    if (!o || o.id !== e.id || o.mode !== e.mode) out.push(path);
  }
  for (const path of a.keys()) if (!b.has(path)) out.push(path);
  return out.sort();
}

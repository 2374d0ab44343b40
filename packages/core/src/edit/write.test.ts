import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { realIo, writeEdits, type FileEdits, type WriteIo } from './write.js';

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

let root: string;

/** A real repository with `files` committed. */
function repo(files: Record<string, string | Buffer>): void {
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.email', 'dev@example.com');
  git(root, 'config', 'user.name', 'Dev');
  git(root, 'config', 'commit.gpgsign', 'false');
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), t);
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'init');
}

/** Every file under the root (but .git) with its bytes, to compare before and after. */
function snapshot(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(p, readFileSync(p).toString('base64') + ':' + (statSync(p).mode & 0o7777).toString(8));
    }
  };
  walk(root);
  return out;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cnpg-edit-write-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const FILES = 7;
const names = Array.from({ length: FILES }, (_, i) => `app${i % 3}/file-${i}.yaml`);

function sevenFiles(): FileEdits[] {
  repo(Object.fromEntries(names.map((n, i) => [n, `# file ${i}\nmetadata:\n  name: old-${i}\n`])));
  return names.map((n, i) => ({ file: join(root, n), ops: [{ op: 'set', docIndex: 0, path: ['metadata', 'name'], value: `new-${i}` }] }));
}

describe('writeEdits writes all files or none', () => {
  it('writes every file when every step succeeds, and leaves no temporary file', () => {
    const edits = sevenFiles();
    const res = writeEdits(root, edits);
    expect(res.changed).toHaveLength(FILES);
    names.forEach((n, i) => expect(readFileSync(join(root, n), 'utf8')).toBe(`# file ${i}\nmetadata:\n  name: new-${i}\n`));
    expect(git(root, 'status', '--porcelain', '--untracked-files=all').split('\n').filter((l) => l.startsWith('??'))).toEqual([]);
  });

  it('runs the check with every file in place, and puts every file back when it fails', () => {
    const edits = sevenFiles();
    const before = snapshot();
    let seen: string[] = [];
    const res = writeEdits(root, edits, {
      check: () => {
        seen = names.map((n) => readFileSync(join(root, n), 'utf8'));
        return ['the restored Cluster recovers from the new archive'];
      },
    });
    expect(seen.every((t, i) => t.includes(`name: new-${i}`))).toBe(true);
    expect(res.rolledBack).toEqual(['the restored Cluster recovers from the new archive']);
    expect(snapshot()).toEqual(before);
    expect(git(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('a check that throws counts as failed: every file is put back', () => {
    const edits = sevenFiles();
    const before = snapshot();
    const res = writeEdits(root, edits, { check: () => { throw new Error('render failed'); } });
    expect(res.rolledBack).toEqual(['the written files could not be checked: render failed']);
    expect(snapshot()).toEqual(before);
  });

  for (const step of ['writeFile', 'keep', 'rename'] as const) {
    it(`leaves the repository unchanged when the ${step} of the n-th of ${FILES} files fails, for every n`, () => {
      const edits = sevenFiles();
      const before = snapshot();
      for (let n = 1; n <= FILES; n++) {
        let calls = 0;
        const io: Partial<WriteIo> = {
          [step]: (...args: [string, never, never]) => {
            calls++;
            if (calls === n) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
            return (realIo[step] as (...a: unknown[]) => void)(...args);
          },
        };
        let err: unknown;
        try {
          writeEdits(root, edits, { io });
        } catch (e) {
          err = e;
        }
        expect(err, `n=${n}`).toBeInstanceOf(InputError);
        const msg = (err as InputError).message;
        expect(msg).not.toContain('\n');
        expect(msg).toContain('ENOSPC');
        expect(msg).toMatch(/no file was changed/);
        expect((err as InputError).file).toBe(edits[n - 1]!.file);
        if (step === 'rename' && n > 1) expect(msg).toContain(`the ${n - 1} file(s) already written were restored`);
        expect(snapshot(), `n=${n}`).toEqual(before);
        expect(git(root, 'status', '--porcelain', '--untracked-files=all'), `n=${n}`).toBe('');
      }
    });
  }

  it('leaves the repository unchanged when a temporary file cannot be created (a real failure)', () => {
    const edits = sevenFiles();
    const before = snapshot();
    // A directory where the fifth file's temporary file goes: creating it fails with EISDIR/EEXIST.
    const blocker = join(root, 'app1', `.file-4.yaml.${process.pid}.4.tmp`);
    mkdirSync(blocker);
    expect(() => writeEdits(root, edits)).toThrow(/no file was changed/);
    rmSync(blocker, { recursive: true });
    expect(snapshot()).toEqual(before);
    expect(git(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('says which backup holds the old content when a restore fails too', () => {
    const edits = sevenFiles();
    let renames = 0;
    const io: Partial<WriteIo> = {
      rename(from, to) {
        renames++;
        // The third rename fails, then so does the restore of the first file.
        if (renames === 3 || (renames === 4 && from.endsWith('.orig') && to.endsWith('file-0.yaml'))) throw Object.assign(new Error('io'), { code: 'EIO' });
        renameSync(from, to);
      },
    };
    expect(() => writeEdits(root, edits, { io })).toThrow(/1 of the 2 file\(s\) already written were restored; the old content of the others is in .*file-0\.yaml\.\d+\.0\.orig/);
  });
});

describe('writeEdits refuses what it must not replace', () => {
  it('refuses a read-only file and changes nothing', () => {
    const edits = sevenFiles();
    chmodSync(join(root, names[3]!), 0o444);
    const before = snapshot();
    expect(() => writeEdits(root, edits)).toThrow(/read-only/);
    expect(snapshot()).toEqual(before);
    expect(statSync(join(root, names[3]!)).mode & 0o777).toBe(0o444);
  });

  it('writes the bytes outside the edits unchanged (Latin-1 comment, CRLF, BOM)', () => {
    const latin = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\r\nmetadata:\r\n  name: old\r\n')]);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('metadata:\n  name: old\n')]);
    repo({ 'a.yaml': latin, 'b.yaml': bom });
    const op = { op: 'set' as const, docIndex: 0, path: ['metadata', 'name'], value: 'new' };
    writeEdits(root, [{ file: join(root, 'a.yaml'), ops: [op, { ...op, path: ['metadata', 'namespace'], value: 'ns' }] }, { file: join(root, 'b.yaml'), ops: [op] }]);
    expect(readFileSync(join(root, 'a.yaml')).equals(Buffer.concat([latin.subarray(0, latin.indexOf('old')), Buffer.from('new\r\n  namespace: ns\r\n')]))).toBe(true);
    expect(readFileSync(join(root, 'b.yaml')).equals(Buffer.concat([bom.subarray(0, bom.indexOf('old')), Buffer.from('new\n')]))).toBe(true);
  });

  it('refuses a file that is not UTF-8 on the edited line and writes no other file', () => {
    repo({ 'a.yaml': 'metadata:\n  name: old\n', 'b.yaml': Buffer.concat([Buffer.from('metadata:\n  name: old # caf'), Buffer.from([0xe9]), Buffer.from('\n')]) });
    const before = snapshot();
    const op = { op: 'set' as const, docIndex: 0, path: ['metadata', 'name'], value: 'new' };
    expect(() => writeEdits(root, [{ file: join(root, 'a.yaml'), ops: [op] }, { file: join(root, 'b.yaml'), ops: [op] }])).toThrow(/not UTF-8/);
    expect(snapshot()).toEqual(before);
  });
});

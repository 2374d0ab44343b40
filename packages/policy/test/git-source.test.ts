import { chmodSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changedPaths, GitSource, rootAndHead } from '../src/git.js';
import { git, TempRepo } from './repo.js';

const repos: TempRepo[] = [];
function repo(): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  return r;
}
afterEach(() => {
  while (repos.length) repos.pop()!.remove();
});

/** HEAD read beneath the index, against HEAD's own tree: the same files and the same change. */
async function expectSameAsTree(r: TempRepo): Promise<string[]> {
  const head = git(r.dir, 'rev-parse', 'HEAD');
  const index = GitSource.index(r.dir);
  const beneath = GitSource.beneathIndex(index, head, 'HEAD');
  await Promise.all([beneath.preload(), index.preload()]);
  const tree = GitSource.commit(r.dir, head, 'HEAD');
  expect([...beneath.entries()].sort()).toEqual([...tree.entries()].sort());
  const changed = changedPaths(beneath, index);
  expect(changed).toEqual(changedPaths(tree, GitSource.index(r.dir)));
  // Directory listings agree too (the loader walks them).
  for (const d of ['', 'a', 'a/b', 'c', 'gone']) {
    expect(beneath.readDir(join(r.dir, d))?.sort() ?? null, d).toEqual(tree.readDir(join(r.dir, d))?.sort() ?? null);
  }
  // Without preload (the synchronous path), the same.
  const cold = GitSource.beneathIndex(GitSource.index(r.dir), head, 'HEAD');
  expect([...cold.entries()].sort()).toEqual([...tree.entries()].sort());
  return changed;
}

describe('HEAD read beneath the index (guard and lint-staged)', () => {
  it('takes back every kind of staged change: edit, add, delete, mode, symlink both ways, a path with a newline', async () => {
    const r = repo();
    r.commit({ 'a/b/x.yaml': 'x: 1\n', 'a/b/y.yaml': 'y: 1\n', 'a/z.yaml': 'z: 1\n', 'c/m.yaml': 'm: 1\n', 'c/link-later.yaml': 'l: 1\n', 'gone/g.yaml': 'g: 1\n', 'c/new\nline.yaml': 'n: 1\n' });
    symlinkSync('x.yaml', join(r.dir, 'a/b/was-link.yaml'));
    git(r.dir, 'add', '-A');
    git(r.dir, 'commit', '-q', '-m', 'link');
    r.write({ 'a/b/x.yaml': 'x: 2\n', 'a/new.yaml': 'new: 1\n', 'gone/g.yaml': null, 'c/new\nline.yaml': 'n: 2\n' });
    chmodSync(join(r.dir, 'c/m.yaml'), 0o755);
    unlinkSync(join(r.dir, 'a/b/was-link.yaml'));
    writeFileSync(join(r.dir, 'a/b/was-link.yaml'), 'now: file\n');
    unlinkSync(join(r.dir, 'c/link-later.yaml'));
    symlinkSync('m.yaml', join(r.dir, 'c/link-later.yaml'));
    git(r.dir, 'add', '-A');
    expect(await expectSameAsTree(r)).toEqual(['a/b/was-link.yaml', 'a/b/x.yaml', 'a/new.yaml', 'c/link-later.yaml', 'c/m.yaml', 'c/new\nline.yaml', 'gone/g.yaml']);
  });

  it('nothing staged: no change, the same tree', async () => {
    const r = repo();
    r.commit({ 'a/b/x.yaml': 'x: 1\n', 'c/m.yaml': 'm: 1\n' });
    expect(await expectSameAsTree(r)).toEqual([]);
  });

  it('an index with unmerged paths (a conflict) reads HEAD from its tree', async () => {
    const r = repo();
    r.commit({ 'a/b/x.yaml': 'x: 1\n', 'c/m.yaml': 'm: 1\n' });
    git(r.dir, 'checkout', '-q', '-b', 'other');
    r.commit({ 'a/b/x.yaml': 'x: other\n' });
    git(r.dir, 'checkout', '-q', 'main');
    r.commit({ 'a/b/x.yaml': 'x: main\n' });
    const merge = spawnMerge(r.dir);
    expect(merge).not.toBe(0);
    await expectSameAsTree(r);
  });

  it('finds the root and HEAD in one call, from a subfolder, before the first commit, and outside a repository', () => {
    const r = repo();
    expect(rootAndHead(r.dir)).toEqual({ root: r.dir, head: undefined });
    const id = r.commit({ 'a/b/x.yaml': 'x: 1\n' });
    expect(rootAndHead(join(r.dir, 'a/b'))).toEqual({ root: r.dir, head: id });
    expect(rootAndHead('/')).toBeUndefined();
  });
});

function spawnMerge(dir: string): number {
  try {
    git(dir, 'merge', '-q', 'other');
    return 0;
  } catch {
    return 1;
  }
}

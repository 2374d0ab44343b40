import { describe, expect, it } from 'vitest';
import { GitSource } from '../src/git.js';
import { renameReferenceChecks } from '../src/checks.js';
import { DEFAULT_PROFILE } from '@cnpg-site/core';
import { TempRepo } from './repo.js';

describe('git grep with hostile paths', () => {
  it('reads paths holding newlines, spaces and unicode', () => {
    const repo = new TempRepo();
    try {
      const names = ['a\nb.yaml', 'with space/ü €.yaml', 'plain.yaml'];
      const id = repo.commit(Object.fromEntries(names.map((n) => [n, 'x: 1\nhost: old-db-rw\n'])));
      const hits = GitSource.commit(repo.dir, id, 'HEAD').grep('old-db');
      expect(hits.map((h) => [h.path, h.line, h.text]).sort()).toEqual(names.map((n) => [n, 2, 'host: old-db-rw']).sort());
    } finally {
      repo.remove();
    }
  });
});

describe('a renamed Cluster named in a very large text file', () => {
  it('reports every reference without overflowing the stack (150,000 lines)', () => {
    const lines: [number, string][] = Array.from({ length: 150_000 }, (_, i) => [i + 1, `url: postgres://old-db-rw:5432/db${i}`]);
    const before = { name: 'old-db', scope: '', namespace: 'ns', kind: 'Cluster', file: '/r/a.yaml' };
    const after = { ...before, name: 'new-db', file: '/r/b.yaml', object: { spec: {} } };
    const head = { resources: [], files: [], ofKind: () => [] };
    const diff = { renames: [{ before, after }] };
    const out = renameReferenceChecks(diff as never, head as never, DEFAULT_PROFILE, () => [{ file: '/r/refs.txt', lines }], (f) => f);
    expect(out).toHaveLength(150_000);
  });
});

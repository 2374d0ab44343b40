import { describe, expect, it } from 'vitest';
import { GitSource } from '../src/git.js';
import { POLICY_RULES, REFERENCES_PER_FILE, renameReferenceChecks } from '../src/checks.js';
import { runPolicy } from '../src/run.js';
import { DEFAULT_PROFILE } from '@cnpg-site/core';
import { git, TempRepo } from './repo.js';

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
    // The first REFERENCES_PER_FILE one by one, the rest of the file as one finding that counts them.
    expect(out).toHaveLength(REFERENCES_PER_FILE + 1);
    expect(out.slice(0, REFERENCES_PER_FILE).map((d) => d.line)).toEqual(Array.from({ length: REFERENCES_PER_FILE }, (_, i) => i + 1));
    expect(out[REFERENCES_PER_FILE]).toMatchObject({ file: '/r/refs.txt', line: 51, message: expect.stringContaining('and 149,950 more lines of this file (up to line 150000) still name the old cluster') });
  });
});

describe('a staged rename beside a file naming the old Cluster 200,000 times (guard, the real git)', () => {
  it('lists 50 references, counts the rest in one finding, and keeps each file apart', { timeout: 20_000 }, async () => {
    const repo = new TempRepo();
    try {
      const dir = 'sites/dal/clusters/k1/wave-1/overlays/app1';
      // It archives, so the guard greps two texts: the old name and the archive destination
      // (git grep given both at once took 30 s on this file).
      const cluster = (name: string) => `apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: ${name}\nspec:\n  instances: 3\n  storage:\n    size: 10Gi\n  backup:\n    barmanObjectStore:\n      destinationPath: s3://backups/app1/\n`;
      repo.commit({
        [`${dir}/kustomization.yaml`]: 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: app1\nresources:\n  - postgres.yaml\n',
        [`${dir}/postgres.yaml`]: cluster('app1-db'),
        'refs.yaml': Array.from({ length: 200_000 }, (_, i) => `url${i}: postgres://app1-db-rw.app1.svc:5432/db`).join('\n') + '\n',
        'few.yaml': 'host: app1-db-rw\nreplica: app1-db-ro\n',
      });
      repo.stage({ [`${dir}/postgres.yaml`]: cluster('app1-db-2') });
      const head = GitSource.index(repo.dir);
      const base = GitSource.beneathIndex(head, git(repo.dir, 'rev-parse', 'HEAD'), 'HEAD');
      const res = await runPolicy({ base, head, diff: true, lint: false });
      const refs = res.diagnostics.filter((d) => d.ruleId === POLICY_RULES.rename);
      expect(refs.filter((d) => d.file.endsWith('few.yaml')).map((d) => [d.line, d.severity])).toEqual([[1, 'error'], [2, 'error']]);
      const big = refs.filter((d) => d.file.endsWith('refs.yaml'));
      expect(big).toHaveLength(REFERENCES_PER_FILE + 1);
      expect(big.at(-1)).toMatchObject({ line: 51, severity: 'error', message: expect.stringContaining('and 199,950 more lines of this file (up to line 200000)') });
    } finally {
      repo.remove();
    }
  });
});

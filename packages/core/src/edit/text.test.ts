import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEditsToText, EditError } from './text.js';

const SRC = `# head comment
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: "forgejo-db"   # quoted, with a comment
spec:
  instances: 3

  # storage section
  storage:
    size: 10Gi
  plugins:
  - name: barman-cloud.cloudnative-pg.io
    parameters:
      barmanObjectName: store # trailing
---
kind: Other
data:
  key: 'single'
`;

describe('applyEditsToText', () => {
  it('replaces a scalar keeping its quoting and every other byte', () => {
    const out = applyEditsToText(SRC, [{ op: 'set', docIndex: 0, path: ['metadata', 'name'], value: 'forgejo-db-2' }]);
    expect(out).toBe(SRC.replace('"forgejo-db"', '"forgejo-db-2"'));
    const single = applyEditsToText(SRC, [{ op: 'set', docIndex: 1, path: ['data', 'key'], value: "it's" }]);
    expect(single).toBe(SRC.replace("'single'", "'it''s'"));
  });

  it('inserts new keys at the end of the map with the document indentation, inner blocks first', () => {
    const out = applyEditsToText(SRC, [
      { op: 'set', docIndex: 0, path: ['spec', 'bootstrap'], value: { recovery: { source: 'old' } } },
      { op: 'set', docIndex: 0, path: ['spec', 'plugins', 0, 'parameters', 'serverName'], value: 'forgejo-db-2' },
    ]);
    expect(out).toContain('      barmanObjectName: store # trailing\n      serverName: forgejo-db-2\n  bootstrap:\n    recovery:\n      source: old\n---\n');
    expect(out.startsWith(SRC.slice(0, SRC.indexOf('---')).replace(/\n$/, ''))).toBe(true);
    const docs = out.split('---\n');
    expect(parse(docs[0]!).spec.plugins[0].parameters.serverName).toBe('forgejo-db-2');
  });

  it('follows a non-indented sequence style and appends items', () => {
    const out = applyEditsToText(SRC, [
      { op: 'set', docIndex: 0, path: ['spec', 'externalClusters'], value: [{ name: 'a', plugin: { name: 'p' } }] },
      { op: 'set', docIndex: 0, path: ['spec', 'plugins', 1], value: { name: 'other' } },
    ]);
    expect(out).toContain('  - name: other\n');
    expect(out).toContain('  externalClusters:\n  - name: a\n    plugin:\n      name: p\n');
  });

  it('quotes strings that Go YAML would read as something else', () => {
    const out = applyEditsToText(SRC, [{ op: 'set', docIndex: 0, path: ['spec', 'target'], value: { targetTime: '2026-11-24T13:05:00Z', flag: 'yes' } }]);
    // Go YAML (and YAML 1.1) reads an unquoted timestamp as a time and `yes` as a boolean.
    expect(out).toMatch(/targetTime: (?:"2026-11-24T13:05:00Z"|'2026-11-24T13:05:00Z')\n/);
    expect(out).not.toMatch(/targetTime: 2026/);
    expect(out).toMatch(/flag: "yes"\n/);
    const target = parse(out.split('---\n')[0]!, { version: '1.1' }).spec.target;
    expect(target).toEqual({ targetTime: '2026-11-24T13:05:00Z', flag: 'yes' });
  });

  it('replaces text ranges and refuses a stale range', () => {
    const at = SRC.indexOf('forgejo-db');
    expect(applyEditsToText(SRC, [{ op: 'text', start: at, end: at + 10, expected: 'forgejo-db', replacement: 'x-db' }])).toContain('"x-db"');
    expect(() => applyEditsToText(SRC, [{ op: 'text', start: 0, end: 3, expected: 'nope', replacement: '' }])).toThrow(EditError);
  });

  it('is a no-op when nothing is asked, and keeps flow collections in flow style', () => {
    expect(applyEditsToText(SRC, [])).toBe(SRC);
    expect(applyEditsToText('a: {b: 1}\nz: 1 # c\n', [{ op: 'set', docIndex: 0, path: ['a', 'c'], value: 2 }])).toBe('a: {b: 1, c: 2}\nz: 1 # c\n');
    const out = applyEditsToText('s:\n  l: [{name: a}]\n', [{ op: 'set', docIndex: 0, path: ['s', 'l', 1], value: { name: 'b' } }]);
    expect(out).toBe('s:\n  l: [{name: a}, {name: b}]\n');
    expect(parse(out)).toEqual({ s: { l: [{ name: 'a' }, { name: 'b' }] } });
  });
});

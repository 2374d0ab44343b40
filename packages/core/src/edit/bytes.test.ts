import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decodeUtf8 } from './bytes.js';
import { applyEditsToBytes, applyEditsToText, EditError, type EditOp } from './text.js';

const setName = (value: unknown, path: (string | number)[] = ['metadata', 'name']): EditOp => ({ op: 'set', docIndex: 0, path, value });

/** A seeded generator (mulberry32), so the random cases are the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('decodeUtf8', () => {
  it('decodes as Buffer#toString does and maps every offset back to its byte', () => {
    const next = rng(7);
    const pieces = [[0x41], [0x0a], [0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0xe9], [0xff], [0xe2, 0x82], [0xf0, 0x9f], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0x80], [0xef, 0xbb, 0xbf]];
    for (let round = 0; round < 300; round++) {
      const bytes: number[] = [];
      const starts: number[] = [];
      const n = 1 + Math.floor(next() * 40);
      for (let i = 0; i < n; i++) {
        starts.push(bytes.length);
        bytes.push(...pieces[Math.floor(next() * pieces.length)]!);
      }
      const buf = Buffer.from(bytes);
      const d = decodeUtf8(buf);
      expect(d.text).toBe(buf.toString('utf8'));
      // The bytes up to each mapped offset decode to the text up to that offset.
      for (let c = 0; c <= d.text.length; c++) {
        if (c > 0 && c < d.text.length && d.text.charCodeAt(c) >= 0xdc00 && d.text.charCodeAt(c) <= 0xdfff) continue;
        const b = d.byteOffset(c);
        expect(decodeUtf8(buf.subarray(0, b)).text).toBe(d.text.slice(0, c));
      }
      expect(d.byteOffset(d.text.length)).toBe(buf.length);
    }
  });
});

describe('applyEditsToBytes: every byte outside the edits is kept', () => {
  it('keeps a Latin-1 byte in a comment far from the edit', () => {
    const src = Buffer.concat([
      Buffer.from('# r'),
      Buffer.from([0xe9]),
      Buffer.from('sum'),
      Buffer.from([0xe9]),
      Buffer.from(' (Latin-1)\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: old\ndata:\n  k: v\n'),
    ]);
    const out = applyEditsToBytes(src, [setName('new'), setName('x', ['data', 'extra'])]);
    const expected = Buffer.concat([
      src.subarray(0, src.indexOf('  name: old')),
      Buffer.from('  name: new\ndata:\n  k: v\n  extra: x\n'),
    ]);
    expect(out.equals(expected)).toBe(true);
    expect(out.subarray(0, 9).equals(src.subarray(0, 9))).toBe(true);
    expect(out.includes(Buffer.from('\ufffd'))).toBe(false);
  });

  it('refuses to edit a line that is not UTF-8', () => {
    const src = Buffer.concat([Buffer.from('metadata:\n  name: ol'), Buffer.from([0xe9]), Buffer.from('\n  other: 1\n')]);
    expect(() => applyEditsToBytes(src, [setName('new')])).toThrow(/line 2 holds bytes that are not UTF-8/);
    expect(() => applyEditsToBytes(src, [setName('x', ['metadata', 'added'])])).not.toThrow();
  });

  it('keeps a CRLF file CRLF: inserted lines get CRLF, the edited line keeps its CR', () => {
    const src = 'metadata:\r\n  name: old # c\r\nspec:\r\n  instances: 1\r\n  storage:\r\n    size: 1Gi\r\n';
    const out = applyEditsToBytes(Buffer.from(src), [
      setName('new'),
      setName({ recovery: { source: 'old' } }, ['spec', 'bootstrap']),
      setName('2Gi', ['spec', 'storage', 'size']),
      setName(['a', 'b'], ['spec', 'list']),
    ]).toString('utf8');
    expect(out).toBe('metadata:\r\n  name: new # c\r\nspec:\r\n  instances: 1\r\n  storage:\r\n    size: 2Gi\r\n  bootstrap:\r\n    recovery:\r\n      source: old\r\n  list:\r\n    - a\r\n    - b\r\n');
    expect(/[^\r]\n/.test(out)).toBe(false);
  });

  it('keeps each line its own ending in a file that mixes them', () => {
    const src = 'a:\n  b: 1\r\nc:\r\n  d: 1\n';
    const out = applyEditsToText(src, [setName(2, ['a', 'x']), setName({ w: 1 }, ['c', 'z'])]);
    expect(out).toBe('a:\n  b: 1\r\n  x: 2\r\nc:\r\n  d: 1\n  z:\n    w: 1\n');
  });

  it('keeps a byte order mark and indents keys added to the top-level map at column 1', () => {
    const src = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('kind: ConfigMap\nmetadata:\n  name: old\n')]);
    const out = applyEditsToBytes(src, [setName('new'), setName({ k: 'v' }, ['data'])]);
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(out.subarray(3).toString('utf8')).toBe('kind: ConfigMap\nmetadata:\n  name: new\ndata:\n  k: v\n');
  });

  it('maps text offsets (as readFileSync gives them) past multi-byte and invalid bytes', () => {
    const src = Buffer.concat([Buffer.from('# ü '), Buffer.from([0xff]), Buffer.from(' €\nurl: http://old-db-rw:5432\n')]);
    const text = src.toString('utf8');
    const at = text.indexOf('old-db-rw');
    const out = applyEditsToBytes(src, [{ op: 'text', start: at, end: at + 9, expected: 'old-db-rw', replacement: 'new-db-rw' }]);
    expect(out.equals(Buffer.concat([src.subarray(0, src.indexOf('old-db')), Buffer.from('new-db-rw:5432\n')]))).toBe(true);
  });
});

describe('flow collections around an edit stay flow collections', () => {
  it('adds a key to a flow mapping in place', () => {
    expect(applyEditsToText('a: {b: 1}\nz: 1 # c\n', [setName(2, ['a', 'c'])])).toBe('a: {b: 1, c: 2}\nz: 1 # c\n');
    expect(applyEditsToText('a: { b: 1 }\n', [setName({ d: [1] }, ['a', 'c'])])).toBe('a: { b: 1, c: { d: [ 1 ] } }\n');
    expect(applyEditsToText('a: {}\n', [setName('x', ['a', 'c'])])).toBe('a: {c: x}\n');
  });

  it('appends to a flow sequence and edits inside nested flow collections', () => {
    expect(applyEditsToText('s:\n  l: [{name: a}]\n', [setName({ name: 'b' }, ['s', 'l', 1])])).toBe('s:\n  l: [{name: a}, {name: b}]\n');
    expect(applyEditsToText('l: [{name: a, x: 1}]\n', [setName('b', ['l', 0, 'name'])])).toBe('l: [{name: b, x: 1}]\n');
    expect(applyEditsToText('l: [{name: a}]\n', [setName({ k: 'v:w' }, ['l', 0])])).toBe('l: [{k: "v:w"}]\n');
    const out = applyEditsToText('m: {a: 1, b: [x]} # keep\n', [setName(['x', 'w'], ['m', 'b'])]);
    expect(out).toBe('m: {a: 1, b: [x, w]} # keep\n');
    expect(parse(out)).toEqual({ m: { a: 1, b: ['x', 'w'] } });
  });

  it('replaces a whole flow value in flow style', () => {
    expect(applyEditsToText('a: {b: 1}\n', [setName({ c: 2 }, ['a'])])).toBe('a: {c: 2}\n');
  });
});

describe('aliases', () => {
  it('edits a document with more aliases than the yaml library allows by default (101 to 1000)', () => {
    const lines = ['x: &v 1', 'metadata:', '  name: old', 'refs:'];
    for (let i = 0; i < 500; i++) lines.push(`  - *v`);
    const src = lines.join('\n') + '\n';
    const out = applyEditsToText(src, [setName('new')]);
    expect(out).toBe(src.replace('name: old', 'name: new'));
  });

  it('refuses, rather than corrupts, an edit that does not hold', () => {
    expect(() => applyEditsToText('a: 1\n', [{ op: 'set', docIndex: 3, path: ['a'], value: 2 }])).toThrow(EditError);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { LineCounter } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastDocuments, FAST_MAX_LENGTH } from './fast-compose.js';
import { parseFileContent, type ParsedFileResult } from './parse-file.js';

// The fast path must give exactly what the composer gives (data, key order, positions,
// diagnostics), or give up. Each check below parses a text both ways and compares.

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
const LIMITS = { maxBytes: 5 * 1024 * 1024, maxAlias: 1000 };
const OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error', merge: true };

const parse = (text: string, fast: boolean): ParsedFileResult => parseFileContent('/repo/f.yaml', Buffer.from(text), { ...LIMITS, fast });
/** Whether the fast path reads the text (it does not give up). */
const takesFastPath = (text: string) => fastDocuments(text, OPTIONS, new LineCounter(), 256) !== undefined;

/** Both ways, compared: the same result, key order included. */
function expectSame(text: string): ParsedFileResult {
  const full = parse(text, false);
  const fast = parse(text, true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(full));
  expect(isDeepStrictEqual(fast, full)).toBe(true);
  return fast;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== 'dist' && !e.name.startsWith('.')) yamlFiles(p, out);
    } else if (/\.ya?ml$/i.test(e.name)) out.push(p);
  }
  return out;
}

/** Every YAML file of the repository's fixtures and examples: real manifests of several sites. */
const SEEDS = [join(REPO, 'examples'), join(REPO, 'packages/core/test/fixtures'), join(REPO, 'packages/kubectl-cnpg-site/test/fixtures'), join(REPO, 'packages/policy/test')]
  .flatMap((d) => {
    try {
      return yamlFiles(d);
    } catch {
      return [];
    }
  })
  .map((file) => ({ file, text: readFileSync(file, 'utf8') }))
  .filter((s) => s.text.length <= FAST_MAX_LENGTH);

describe('the fast path reads what the composer reads', () => {
  it('has seeds: the fixtures of the repository', () => {
    expect(SEEDS.length).toBeGreaterThan(150);
    // Most real manifests take it (the ones that do not use anchors, tags or flow items).
    expect(SEEDS.filter((s) => takesFastPath(s.text)).length / SEEDS.length).toBeGreaterThan(0.8);
  });

  it('gives the same result on every fixture', () => {
    for (const { file, text } of SEEDS) {
      const full = parse(text, false);
      const fast = parse(text, true);
      expect(JSON.stringify(fast), file).toBe(JSON.stringify(full));
    }
  });

  it.each([
    ['integers, octal as go-yaml reads it, floats, booleans, nulls', 'a: 1\nb: -7\nc: 0444\nd: 0o17\ne: 0x1F\nf: 1.50\ng: 1e3\nh: .inf\ni: -.Inf\nj: .nan\nk: true\nl: False\nm: null\nn: ~\no:\np: 09\nq: +12\n'],
    ['strings YAML 1.1 would read otherwise', 'a: yes\nb: on\nc: off\nd: y\ne: 1_000\nf: 0b101\ng: 12:30\nh: 2026-01-01\n'],
    ['quoted scalars and escapes', 'a: "x\\ty\\u00e9\\n"\nb: \'it\'\'s\'\nc: "1"\nd: \'true\'\ne: ""\nf: "multi\n  line"\n'],
    ['block scalars with chomping and indentation', 'a: |\n  one\n  two\n\nb: >-\n  folded\n  text\n\n  para\nc: |+\n  keep\n\nd: |2\n    indented\ne: >\n  x\n'],
    ['plain scalars over several lines', 'description: this is\n  a long text\n  over lines\nnext: x\n'],
    ['comments everywhere', '# head\na: 1 # after\n# between\nb:\n  # inside\n  c: 2\n  # last\nd:\n  - 1 # item\n  # gap\n  - 2\n# tail\n'],
    ['several documents', '---\na: 1\n---\n# only a comment\n---\nb: 2\n...\n'],
    ['documents with a marker and a comment', '--- # first\na: 1\n--- \nb: 2\n'],
    ['empty flow collections', 'a: {}\nb: []\nc: { }\nd: [ ]\ne:\n  - {}\n  - []\n'],
    ['sequences of maps, compact and nested', 'items:\n- name: a\n  value: 1\n- name: b\n  list:\n  - x\n  - - y\n    - z\n'],
    ['keys that need quoting, and odd strings', '"a b": 1\n\'c:d\': 2\ne.f/g: 3\nh-i_j: 4\n"": 5\nk: "#not a comment"\nl: a#b\nm: "*star"\nn: \'&amp\'\no: @x\n'],
    ['a scalar document and a sequence document', 'just a string\n---\n- 1\n- 2\n'],
    ['a List of objects', 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: a\n'],
    ['an object without a name', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels:\n    a: b\n'],
    ['an object without metadata', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: b\n'],
    ['an object whose metadata key is written with an escape', 'apiVersion: v1\nkind: ConfigMap\n"meta\\x64ata":\n  labels: {}\n'],
    ['an object whose metadata is empty', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\ndata: {}\n'],
    ['an object whose metadata is a scalar', 'apiVersion: v1\nkind: ConfigMap\nmetadata: x\n'],
    ['a kustomization', 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: a\nresources:\n  - a.yaml\n'],
    ['unicode', 'name: "ünïcödé"\nemoji: 🐘\nk8s: 日本語\n'],
    ['keys named like Object.prototype members', 'constructor: 1\ntoString: 2\nhasOwnProperty: 3\nvalueOf: {}\n'],
  ])('%s', (_name, text) => {
    expectSame(text);
  });

  it.each([
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'base: &b\n  x: 1\nobj:\n  <<: *b\n  y: 2\n'],
    ['a tag', 'a: !!str 1\nb: !!binary aGVsbG8=\n'],
    ['a custom tag', 'a: !Ref thing\n'],
    ['a flow collection with items', 'a: [1, 2]\nb: {c: d}\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a tab', 'a:\t1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a key that is not a string', '1: a\ntrue: b\n'],
    ['a null key', '~: a\n'],
    ['a __proto__ key', '__proto__: {}\n'],
    ['a key over two lines', '"a\n  b": 1\n'],
    ['a mapping on the line of its key', 'a: b: c\n'],
    ['a block map after a document marker on its line', '--- a: 1\n'],
    ['a missing colon', 'a: 1\nb\nc: 2\n'],
    ['a bad indentation', 'a:\n  b: 1\n c: 2\n'],
    ['a sequence item without its indicator', 'a:\n  - 1\n  2\n'],
    ['an unclosed quote', 'a: "open\n'],
    ['a comment without a space', 'a: "x"#c\n'],
    ['a stray value after a node', 'a: "x" y\n'],
    ['a bad escape', 'a: "\\q"\n'],
    ['a block scalar with more-indented leading lines', 'a: |\n    \n  x\n'],
  ])('gives up on %s, and the composer reads it', (_name, text) => {
    expect(takesFastPath(text)).toBe(false);
    expectSame(text);
  });

  it.each([
    ['CRLF line ends', (t: string) => t.replace(/\n/g, '\r\n')],
    ['CR line ends', (t: string) => t.replace(/\n/g, '\r')],
    ['no newline at the end', (t: string) => t.replace(/\n+$/, '')],
    ['trailing spaces', (t: string) => t.replace(/\n/g, '  \n')],
    ['a line or paragraph separator in a value', (t: string) => t.replace(/: /, ': a\u2028b\u0085c ')],
    ['a no-break space after a colon', (t: string) => t.replace(/: /, ':\u00a0')],
    ['a byte order mark after the first line', (t: string) => t.replace(/\n/, '\n\ufeff')],
  ])('gives the same result on every fixture with %s', (_name, change) => {
    for (const { file, text } of SEEDS) {
      const changed = change(text);
      expect(JSON.stringify(parse(changed, true)), file).toBe(JSON.stringify(parse(changed, false)));
    }
  });

  it('gives up on a text longer than its bound', () => {
    const text = `a: "${'x'.repeat(FAST_MAX_LENGTH)}"\n`;
    expect(takesFastPath(text)).toBe(false);
    expectSame(text);
  });

  it('gives the same result on 20,000 mutations of the fixtures, errors included', () => {
    // Seeded: the same mutations on every run. Each mutation is one small edit of the kind a
    // typo or a bad merge makes; most of the texts it gives are broken YAML.
    let state = 20261203;
    const rand = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % n;
    };
    const PIECES = [':', ': ', '-', '- ', ' ', '  ', '#', ' #', '"', "'", '{', '}', '[', ']', ',', '|', '>', '\n', '?', '&a', '*a', '!', '!!str ', '%', '@', '`', '---\n', '...\n', '\t', '\\', 'x', '0', '~', '<<: ', '\ufeff', '\r', '\r\n', '\u2028', '\u0085', '\u00a0', '\u0001'];
    const fastTaken = { yes: 0, no: 0 };
    for (let i = 0; i < 20_000; i++) {
      const seed = SEEDS[rand(SEEDS.length)]!.text;
      let text = seed;
      for (let m = 1 + rand(3); m > 0; m--) {
        const at = rand(text.length + 1);
        switch (rand(4)) {
          case 0:
            text = text.slice(0, at) + PIECES[rand(PIECES.length)] + text.slice(at);
            break;
          case 1:
            text = text.slice(0, at) + text.slice(at + 1 + rand(3));
            break;
          case 2: {
            // A line duplicated, or moved in or out by a space.
            const lines = text.split('\n');
            const l = rand(lines.length);
            if (rand(2) === 0) lines.splice(l, 0, lines[l]!);
            else lines[l] = rand(2) === 0 ? ` ${lines[l]}` : lines[l]!.replace(/^ /, '');
            text = lines.join('\n');
            break;
          }
          default:
            text = text.slice(0, at) + PIECES[rand(PIECES.length)] + text.slice(at + 1);
        }
      }
      const full = parse(text, false);
      const fast = parse(text, true);
      if (JSON.stringify(fast) !== JSON.stringify(full)) {
        expect.fail(`mutation ${i} differs:\n--- text ---\n${text}\n--- composer ---\n${JSON.stringify(full).slice(0, 2000)}\n--- fast ---\n${JSON.stringify(fast).slice(0, 2000)}`);
      }
      if (takesFastPath(text)) fastTaken.yes++;
      else fastTaken.no++;
    }
    // Both paths were exercised: a good share of the mutated texts still took the fast path.
    expect(fastTaken.yes).toBeGreaterThan(2_000);
    expect(fastTaken.no).toBeGreaterThan(2_000);
  }, 300_000);
});

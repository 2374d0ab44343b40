/**
 * kustomize's folded scalars. kustomize reads a file into go-yaml v3 nodes, which keep a block
 * scalar's folded style (`>`), and writes them out once before its result is read back. go-yaml
 * v3's emitter writes a folded scalar with one line break too many before a more-indented line
 * (and before the trailing breaks of a `>+` scalar): it looks at the start of the value where it
 * means to look past the break (go-yaml/yaml#804, #827). So what kustomize builds, and what Flux
 * and ArgoCD apply from a kustomization, holds `"{\n\n  \"k\": 1\n}"` where the file, read by
 * the YAML specification, says `"{\n  \"k\": 1\n}"`.
 *
 * The renderer applies that here, once, to the folded scalars of resource files and of strategic
 * merge patches, the nodes kustomize writes with their style; a JSON 6902 patch's values go
 * through JSON and keep no style. Files read outside kustomize (an ArgoCD directory, a loose
 * manifest) keep the specification's value.
 */
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Node } from 'yaml';
import type { Position, YamlPath } from '../types.js';
import { composeAll } from '../inventory/parse-file.js';

/** A folded scalar whose value kustomize changes: where it is in its document, and what it becomes. */
export interface FoldedChange {
  path: YamlPath;
  value: string;
}

const isBreak = (c: string | undefined) => c === '\n';
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * The value a folded scalar has after go-yaml v3 writes it in folded style and reads it back.
 * Unchanged when go-yaml would not write it as a block scalar (empty; a space at the end or
 * before a line break; a character it must escape) or when it holds line breaks other than
 * `\n`, which YAML 1.2 and go-yaml do not agree on.
 */
export function goYamlFolded(value: string): string {
  if (value === '' || !value.includes('\n')) return value;
  // go-yaml writes these double-quoted: a space at the end or before a break, and characters it
  // does not print (controls but the tab, C1 controls, U+FEFF, U+FFFE/U+FFFF, a lone surrogate);
  // other breaks than \n are read differently by YAML 1.1 and 1.2.
  // eslint-disable-next-line no-control-regex
  if (/ \n| $|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/.test(value) || !(value as unknown as { isWellFormed(): boolean }).isWellFormed()) return value;
  // yaml_emitter_write_block_scalar_hints: an indentation indicator when the value starts with a
  // space or a break (go-yaml's best indent is 2), a chomping indicator from its end.
  let hints = value[0] === ' ' || isBreak(value[0]) ? '2' : '';
  if (!isBreak(value[value.length - 1])) hints += '-';
  else if (value.length === 1 || isBreak(value[value.length - 2])) hints += '+';
  // The extra break's test, as go-yaml makes it: at the value's start, skipping breaks.
  let k = 0;
  while (isBreak(value[k])) k++;
  const extra = !(k >= value.length || isBlank(value[k]));
  // yaml_emitter_write_folded_scalar, without line wrapping (kustomize's encoder does not wrap).
  let out = '';
  let breaks = true;
  let leadingSpaces = true;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (isBreak(c)) {
      if (!breaks && !leadingSpaces && extra) out += '\n';
      out += '\n';
      breaks = true;
    } else {
      if (breaks) {
        out += '  ';
        leadingSpaces = isBlank(c);
      }
      out += c;
      breaks = false;
    }
  }
  // Read back by the specification (as go-yaml reads it).
  const doc = parseDocument(`v: >${hints}\n${out}`, { version: '1.2' });
  const v = doc.errors.length === 0 && isMap(doc.contents) ? doc.contents.get('v') : undefined;
  return typeof v === 'string' ? v : value;
}

/** A line that ends in a folded block scalar's header (`key: >`, `- >-`, `>2+ # comment`). */
const FOLDED_HEADER = /(?:^|[\s:-])>[-+1-9]{0,2}[ \t]*(?:#.*)?$/m;

/**
 * The folded scalars of a text that kustomize changes, by document index. Empty (and cheap) for
 * a text with no folded scalar, which is nearly every file.
 */
export function foldedChanges(text: string): Map<number, FoldedChange[]> {
  const out = new Map<number, FoldedChange[]>();
  if (!text.includes('>') || !FOLDED_HEADER.test(text)) return out;
  let docs;
  try {
    docs = composeAll(text).docs;
  } catch {
    return out;
  }
  docs.forEach((doc, index) => {
    if (doc.errors.length > 0) return;
    const changes: FoldedChange[] = [];
    const walk = (node: Node | null | undefined, path: YamlPath) => {
      if (!node) return;
      if (isMap(node)) {
        for (const pair of node.items) {
          // Keys as the loader makes them (strings); a key that is not a scalar is not followed.
          if (!isScalar(pair.key)) continue;
          walk(pair.value as Node | null, [...path, String(pair.key.value)]);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => walk(item as Node | null, [...path, i]));
      } else if (isScalar(node) && node.type === Scalar.BLOCK_FOLDED && typeof node.value === 'string') {
        const value = goYamlFolded(node.value);
        if (value !== node.value) changes.push({ path, value });
      }
    };
    walk(doc.contents as Node | null, []);
    if (changes.length > 0) out.set(index, changes);
  });
  return out;
}

/**
 * `data` (one document's object at `base`) with kustomize's values for its folded scalars: a copy
 * along the changed paths, the rest shared. The same object when nothing changes.
 */
export function withFoldedChanges<T>(data: T, base: YamlPath, changes: readonly FoldedChange[] | undefined): T {
  if (!changes || changes.length === 0) return data;
  let result: unknown = data;
  for (const c of changes) {
    if (c.path.length < base.length || !base.every((k, i) => c.path[i] === k)) continue;
    result = setAt(result, c.path.slice(base.length), c.value);
  }
  return result as T;
}

function setAt(node: unknown, path: YamlPath, value: string): unknown {
  if (path.length === 0) return typeof node === 'string' ? value : node;
  const [head, ...rest] = path;
  if (Array.isArray(node) && typeof head === 'number' && head < node.length) {
    const copy = node.slice();
    copy[head] = setAt(node[head], rest, value);
    return copy;
  }
  if (node !== null && typeof node === 'object' && !Array.isArray(node) && typeof head === 'string' && Object.prototype.hasOwnProperty.call(node, head)) {
    return { ...(node as Record<string, unknown>), [head]: setAt((node as Record<string, unknown>)[head], rest, value) };
  }
  return node;
}

/**
 * Whether the object the loader places at `at` (where its mapping starts: a block mapping's first
 * key, a flow mapping's `{`) is a flow mapping.
 */
export function opensFlowMap(text: string, at: Position): boolean {
  let offset = 0;
  for (let line = 1; line < at.line; line++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return false;
    offset = nl + 1;
  }
  return text[offset + at.column - 1] === '{';
}

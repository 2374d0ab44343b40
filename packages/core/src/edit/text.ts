import { isDeepStrictEqual } from 'node:util';
import { isCollection, isMap, isScalar, isSeq, parseAllDocuments, stringify, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { keyOf } from '../inventory/yaml-nodes.js';
import type { YamlPath } from '../types.js';

/**
 * One change to a YAML file, applied to its source text so that every byte outside the change
 * stays as it was (comments, key order, quoting, blank lines).
 *
 * - `set`: give the value at `path` (in document `docIndex`) the value `value`. Missing keys are
 *   created at the end of the nearest existing block map; a sequence index equal to the length
 *   appends an item.
 * - `text`: replace `expected` at `[start, end)` of the file by `replacement` (a reference inside a
 *   scalar, a comment or a non-YAML file).
 */
export type EditOp =
  | { op: 'set'; docIndex: number; path: YamlPath; value: unknown }
  | { op: 'text'; start: number; end: number; expected: string; replacement: string };

export interface TextPatch {
  start: number;
  end: number;
  text: string;
}

/** Thrown when an edit cannot be applied safely; the message says where and why. */
export class EditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditError';
  }
}

interface Style {
  indent: number;
  indentSeq: boolean;
}

function colOf(text: string, pos: number): number {
  return pos - (text.lastIndexOf('\n', pos - 1) + 1);
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

function detectStyle(text: string, docs: Document[]): Style {
  let indent: number | undefined;
  let indentSeq: boolean | undefined;
  const visit = (node: unknown, keyCol: number | undefined): void => {
    if (indent !== undefined && indentSeq !== undefined) return;
    if (isMap(node)) {
      if (node.flow) return;
      const first = node.items[0];
      const col = first && isScalar(first.key) && first.key.range ? colOf(text, first.key.range[0]) : undefined;
      if (keyCol !== undefined && col !== undefined && col > keyCol && indent === undefined) indent = col - keyCol;
      for (const p of node.items) {
        const kc = isScalar(p.key) && p.key.range ? colOf(text, p.key.range[0]) : undefined;
        visit(p.value, kc);
      }
    } else if (isSeq(node)) {
      if (node.flow) return;
      const first = node.items[0];
      if (first && keyCol !== undefined && indentSeq === undefined) {
        const dash = dashCol(text, first as Node);
        if (dash !== undefined) indentSeq = dash > keyCol;
      }
      for (const it of node.items) visit(it, undefined);
    }
  };
  for (const d of docs) visit(d.contents, undefined);
  return { indent: indent ?? 2, indentSeq: indentSeq ?? true };
}

function dashCol(text: string, item: Node): number | undefined {
  const r = item.range;
  if (!r) return undefined;
  const start = lineStart(text, r[0]);
  const before = text.slice(start, r[0]);
  const i = before.lastIndexOf('-');
  return i >= 0 ? i : undefined;
}

function render(value: unknown, style: Style): string[] {
  const s = stringify(value, { version: '1.1', indent: style.indent, indentSeq: style.indentSeq, lineWidth: 0, minContentWidth: 0 });
  return s.replace(/\n$/, '').split('\n');
}

function formatScalar(value: unknown, old: Node | undefined): string {
  if (typeof value === 'string' && old && isScalar(old)) {
    if (old.type === 'QUOTE_DOUBLE') return JSON.stringify(value);
    if (old.type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  }
  const s = stringify(value, { version: '1.1', lineWidth: 0 }).replace(/\n$/, '');
  if (s.includes('\n')) return JSON.stringify(value);
  return s;
}

function isPlainValue(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}

function pairEnd(text: string, pair: Pair): number {
  const v = pair.value as Node | null;
  const k = pair.key as Node | null;
  const end = v && v.range ? v.range[1] : k && k.range ? k.range[1] : 0;
  return end;
}

/** Position just after the line holding `pos - 1` (where a new line can be inserted). */
function afterLine(text: string, end: number): { at: number; needsNewline: boolean } {
  if (end > 0 && text[end - 1] === '\n') return { at: end, needsNewline: false };
  const nl = text.indexOf('\n', end);
  if (nl < 0) return { at: text.length, needsNewline: true };
  return { at: nl + 1, needsNewline: false };
}

function contentEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && (text[e - 1] === '\n' || text[e - 1] === '\r' || text[e - 1] === ' ')) e--;
  return e;
}

function nest(rest: YamlPath, value: unknown): unknown {
  let v = value;
  for (let i = rest.length - 1; i >= 0; i--) {
    const seg = rest[i]!;
    if (typeof seg === 'number') {
      if (seg !== 0) throw new EditError(`cannot create index ${seg} of a missing sequence`);
      v = [v];
    } else {
      v = { [seg]: v };
    }
  }
  return v;
}

function patchFor(text: string, doc: Document, path: YamlPath, value: unknown, style: Style): TextPatch {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  let parentSeq: YAMLSeq | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if ((isMap(node) || isSeq(node)) && node.flow === true && i > 0) {
      // A flow collection ({…} or […]) is rewritten whole, as a block, with the change made.
      const whole = setIn(node.toJS(doc), path.slice(i), value);
      return patchFor(text, doc, path.slice(0, i), whole, style);
    }
    if (isMap(node)) {
      const p = node.items.find((x) => keyOf(x) === String(seg));
      if (!p || p.value === null || p.value === undefined) {
        if (p) return replaceNull(text, p, nest(path.slice(i + 1), value), style);
        return insertIntoMap(text, node, String(seg), nest(path.slice(i + 1), value), style);
      }
      if (isScalar(p.value) && p.value.value === null && !isPlainValue(nest(path.slice(i + 1), value))) {
        return replaceNull(text, p, nest(path.slice(i + 1), value), style);
      }
      pair = p;
      parentSeq = undefined;
      node = p.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      if (seg === node.items.length) {
        if (i !== path.length - 1) return appendToSeq(text, node, nest(path.slice(i + 1), value), style);
        return appendToSeq(text, node, value, style);
      }
      const item = node.items[seg];
      if (item === undefined) throw new EditError(`index ${seg} is past the end of the sequence`);
      parentSeq = node;
      pair = undefined;
      node = item;
    } else {
      throw new EditError(`path ${path.join('.')} crosses a value that is not a block map or sequence`);
    }
  }
  const target = node as Node;
  if (!target.range) throw new EditError(`no source position for ${path.join('.')}`);
  if (isScalar(target) && isPlainValue(value)) {
    return { start: target.range[0], end: target.range[1], text: formatScalar(value, target) };
  }
  if (isCollection(target) && target.flow !== true && isPlainValue(value) === false && parentSeq) {
    // a whole item of a block sequence
    const col = colOf(text, target.range[0]);
    const lines = render(value, style);
    const body = lines.map((l, i) => (i === 0 ? l : ' '.repeat(col) + l)).join('\n');
    return { start: target.range[0], end: contentEnd(text, target.range[1]), text: body };
  }
  if (pair) {
    const keyNode = pair.key as Node;
    const colon = text.indexOf(':', keyNode.range![1]);
    const keyCol = colOf(text, keyNode.range![0]);
    const end = contentEnd(text, target.range[1]);
    if (isPlainValue(value)) return { start: colon + 1, end, text: ' ' + formatScalar(value, undefined) };
    const pad = Array.isArray(value) ? keyCol + (style.indentSeq ? style.indent : 0) : keyCol + style.indent;
    const lines = render(value, style).map((l) => ' '.repeat(pad) + l);
    return { start: colon + 1, end, text: '\n' + lines.join('\n') };
  }
  if (parentSeq) {
    const col = colOf(text, target.range[0]);
    const lines = render(value, style);
    return { start: target.range[0], end: contentEnd(text, target.range[1]), text: lines.map((l, i) => (i === 0 ? l : ' '.repeat(col) + l)).join('\n') };
  }
  throw new EditError(`cannot replace the whole document at ${path.join('.')}`);
}

function replaceNull(text: string, p: Pair, value: unknown, style: Style): TextPatch {
  const keyNode = p.key as Node;
  const colon = text.indexOf(':', keyNode.range![1]);
  const keyCol = colOf(text, keyNode.range![0]);
  const v = p.value as Node | null;
  const end = v && v.range && v.range[1] > colon ? contentEnd(text, v.range[1]) : colon + 1;
  if (isPlainValue(value)) return { start: colon + 1, end: Math.max(end, colon + 1), text: ' ' + formatScalar(value, undefined) };
  const pad = Array.isArray(value) ? keyCol + (style.indentSeq ? style.indent : 0) : keyCol + style.indent;
  const lines = render(value, style).map((l) => ' '.repeat(pad) + l);
  return { start: colon + 1, end: Math.max(end, colon + 1), text: '\n' + lines.join('\n') };
}

function insertIntoMap(text: string, map: YAMLMap, key: string, value: unknown, style: Style): TextPatch {
  if (map.flow) throw new EditError(`cannot add "${key}" to a flow map ({…}); write it as a block map first`);
  const last = map.items[map.items.length - 1];
  if (!last || !isScalar(last.key) || !last.key.range) throw new EditError(`cannot add "${key}" to an empty map`);
  const first = map.items[0]!;
  const col = colOf(text, (first.key as Node).range![0]);
  const { at, needsNewline } = afterLine(text, pairEnd(text, last));
  const lines = render({ [key]: value }, style).map((l) => ' '.repeat(col) + l);
  return { start: at, end: at, text: (needsNewline ? '\n' : '') + lines.join('\n') + (needsNewline ? '' : '\n') };
}

function appendToSeq(text: string, seq: YAMLSeq, value: unknown, style: Style): TextPatch {
  if (seq.flow) throw new EditError('cannot append to a flow sequence ([…]); write it as a block sequence first');
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  if (!last || !last.range) throw new EditError('cannot append to an empty sequence');
  const dash = dashCol(text, seq.items[0] as Node) ?? 0;
  const { at, needsNewline } = afterLine(text, last.range[1]);
  const lines = render([value], style).map((l) => ' '.repeat(dash) + l);
  return { start: at, end: at, text: (needsNewline ? '\n' : '') + lines.join('\n') + (needsNewline ? '' : '\n') };
}

function setIn(data: unknown, path: YamlPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(data)) {
    const copy = [...data];
    copy[head as number] = setIn(copy[head as number], rest, value);
    return copy;
  }
  const obj = data !== null && typeof data === 'object' ? { ...(data as Record<string, unknown>) } : {};
  obj[String(head)] = setIn(obj[String(head)], rest, value);
  return obj;
}

function getIn(data: unknown, path: YamlPath): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg as string];
  }
  return cur;
}

function parse(text: string): Document[] {
  return parseAllDocuments(text, { keepSourceTokens: false }) as unknown as Document[];
}

/**
 * Applies the operations to `text` and returns the new text. Every patch is computed against
 * the original text; the result is parsed again and each `set` is checked to hold its value.
 * Throws EditError when an operation cannot be applied or the check fails.
 */
export function applyEditsToText(text: string, ops: readonly EditOp[]): string {
  if (ops.length === 0) return text;
  const docs = parse(text);
  for (const d of docs) {
    if (d.errors.length > 0) throw new EditError(`the file has a YAML syntax error: ${d.errors[0]!.message.split('\n')[0]}`);
  }
  const style = detectStyle(text, docs);
  const patches: (TextPatch & { order: number })[] = [];
  ops.forEach((op, order) => {
    if (op.op === 'text') {
      if (text.slice(op.start, op.end) !== op.expected) {
        throw new EditError(`expected "${op.expected}" at offset ${op.start}; the file changed since it was read`);
      }
      patches.push({ start: op.start, end: op.end, text: op.replacement, order });
      return;
    }
    const doc = docs[op.docIndex];
    if (!doc) throw new EditError(`the file has no document ${op.docIndex + 1}`);
    patches.push({ ...patchFor(text, doc, op.path, op.value, style), order });
  });
  // Insertions at one offset: the more indented (inner) block goes first, so it stays in its map.
  const indentOf = (p: TextPatch): number => {
    if (p.start !== p.end) return 0;
    const m = /^\n?( *)(- )?/.exec(p.text)!;
    return m[1]!.length * 2 + (m[2] ? 1 : 0);
  };
  patches.sort((a, b) => a.start - b.start || a.end - b.end || indentOf(b) - indentOf(a) || a.order - b.order);
  let out = '';
  let pos = 0;
  for (const p of patches) {
    if (p.start < pos) throw new EditError(`two edits overlap at offset ${p.start}`);
    out += text.slice(pos, p.start) + p.text;
    pos = p.end;
  }
  out += text.slice(pos);
  const after = parse(out);
  if (after.length !== docs.length) throw new EditError('the edited file has a different number of documents');
  for (const d of after) {
    if (d.errors.length > 0) throw new EditError(`the edited file does not parse: ${d.errors[0]!.message.split('\n')[0]}`);
  }
  for (const op of ops) {
    if (op.op !== 'set') continue;
    const got = getIn(after[op.docIndex]!.toJS(), op.path);
    if (!isDeepStrictEqual(got, op.value)) {
      throw new EditError(`the edited file does not hold the intended value at ${op.path.join('.')}`);
    }
  }
  return out;
}

/** True when a YAML value at `path` already equals `value` (so a `set` would change nothing). */
export function holds(doc: Document, path: YamlPath, value: unknown): boolean {
  return isDeepStrictEqual(getIn(doc.toJS(), path), value);
}


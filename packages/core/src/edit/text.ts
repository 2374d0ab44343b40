import { isDeepStrictEqual } from 'node:util';
import { isCollection, isMap, isPair, isScalar, isSeq, stringify, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { composeAll, DEFAULT_MAX_ALIAS_COUNT, documentData, refusalText } from '../inventory/parse-file.js';
import { keyOf } from '../inventory/yaml-nodes.js';
import type { YamlPath } from '../types.js';
import { decodeUtf8, type DecodedBytes } from './bytes.js';

/**
 * One change to a YAML file, applied to its source text so that every byte outside the change
 * stays as it was (comments, key order, quoting, blank lines).
 *
 * - `set`: give the value at `path` (in document `docIndex`) the value `value`. Missing keys are
 *   created at the end of the nearest existing block map; a sequence index equal to the length
 *   appends an item.
 * - `text`: replace `expected` at `[start, end)` of the file by `replacement` (a reference inside a
 *   scalar, a comment or a non-YAML file). Offsets count UTF-16 code units of the file decoded as
 *   UTF-8 the way `readFileSync(file, 'utf8')` does: a byte order mark counts as one, each
 *   invalid byte sequence as one.
 *
 * New lines take the line ending of the line they are inserted at (CRLF in a CRLF file); an edit
 * inside a flow collection (`{…}`, `[…]`) stays in flow style.
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
  const visit = (node: unknown, keyCol: number | undefined, depth: number): void => {
    if (indent !== undefined && indentSeq !== undefined) return;
    if (depth > 200) return;
    if (isMap(node)) {
      if (node.flow) return;
      const first = node.items[0];
      const col = first && isScalar(first.key) && first.key.range ? colOf(text, first.key.range[0]) : undefined;
      if (keyCol !== undefined && col !== undefined && col > keyCol && indent === undefined) indent = col - keyCol;
      for (const p of node.items) {
        if (indent !== undefined && indentSeq !== undefined) return;
        const kc = isScalar(p.key) && p.key.range ? colOf(text, p.key.range[0]) : undefined;
        visit(p.value, kc, depth + 1);
      }
    } else if (isSeq(node)) {
      if (node.flow) return;
      const first = node.items[0];
      if (first && keyCol !== undefined && indentSeq === undefined) {
        const dash = dashCol(text, first as Node);
        if (dash !== undefined) indentSeq = dash > keyCol;
      }
      for (const it of node.items) {
        if (indent !== undefined && indentSeq !== undefined) return;
        visit(it, undefined, depth + 1);
      }
    }
  };
  for (const d of docs) visit(d.contents, undefined, 0);
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
  // lineWidth 0: no folding. minContentWidth is then only the width a `!!binary` value is wrapped
  // at (the library computes lineWidth minus indent, at least minContentWidth: 0 would be negative).
  const s = stringify(value, { version: '1.1', indent: style.indent, indentSeq: style.indentSeq, lineWidth: 0, minContentWidth: 76 });
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

/** A scalar as it may stand inside a flow collection (no `,[]{}:#` left bare). */
function flowScalar(value: unknown, old?: Node): string {
  const s = formatScalar(value, old);
  if (typeof value === 'string' && !/^["']/.test(s) && /[,[\]{}:#]/.test(s)) return JSON.stringify(value);
  return s;
}

/** A value written in flow style on one line; `padded` puts spaces inside the brackets. */
function renderFlow(value: unknown, padded: boolean): string {
  const sp = padded ? ' ' : '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${sp}${value.map((v) => renderFlow(v, padded)).join(', ')}${sp}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    return `{${sp}${entries.map(([k, v]) => `${flowScalar(k)}: ${renderFlow(v, padded)}`).join(', ')}${sp}}`;
  }
  return flowScalar(value);
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

/** End of the content of a node's range: trailing blanks, line breaks and comments left out. */
function nodeContentEnd(text: string, node: Node): number {
  const r = node.range!;
  return contentEnd(text, Math.max(r[0], r[1]));
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

function isFlow(node: unknown): boolean {
  return (isMap(node) || isSeq(node)) && node.flow === true;
}

/** True when the flow collection's text puts a space after its opening bracket. */
function padded(text: string, node: Node): boolean {
  const r = node.range;
  return !!r && text[r[0] + 1] === ' ';
}

function patchFor(text: string, doc: Document, path: YamlPath, value: unknown, style: Style): TextPatch {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  let parentSeq: YAMLSeq | undefined;
  let container: YAMLMap | YAMLSeq | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (isMap(node)) {
      const p = node.items.find((x) => keyOf(x) === String(seg));
      const rest = (): unknown => nest(path.slice(i + 1), value);
      if (!p || p.value === null || p.value === undefined) {
        if (p) return replaceNull(text, node, p, rest(), style);
        return node.flow ? insertIntoFlowMap(text, node, String(seg), rest()) : insertIntoMap(text, node, String(seg), rest(), style);
      }
      if (isScalar(p.value) && p.value.value === null && !isPlainValue(rest())) {
        return replaceNull(text, node, p, rest(), style);
      }
      pair = p;
      parentSeq = undefined;
      container = node;
      node = p.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      if (seg === node.items.length) {
        const v = i !== path.length - 1 ? nest(path.slice(i + 1), value) : value;
        return node.flow ? appendToFlowSeq(text, node, v) : appendToSeq(text, node, v, style);
      }
      const item = node.items[seg];
      if (item === undefined) throw new EditError(`index ${seg} is past the end of the sequence`);
      parentSeq = node;
      pair = undefined;
      container = node;
      node = item;
    } else {
      throw new EditError(`path ${path.join('.')} crosses a value that is not a map or sequence`);
    }
  }
  const target = node as Node;
  if (!target.range) throw new EditError(`no source position for ${path.join('.')}`);
  if (isScalar(target) && isPlainValue(value)) {
    const inFlow = isFlow(container);
    return { start: target.range[0], end: target.range[1], text: inFlow ? flowScalar(value, target) : formatScalar(value, target) };
  }
  if (isFlow(container) || (isFlow(target) && !isPlainValue(value))) {
    // Inside a flow collection, or replacing one: the new value is written in flow style too.
    const pad = isFlow(target) ? padded(text, target) : container && isFlow(container) ? padded(text, container) : false;
    return { start: target.range[0], end: nodeContentEnd(text, target), text: renderFlow(value, pad) };
  }
  if (isCollection(target) && isPlainValue(value) === false && parentSeq) {
    // a whole item of a block sequence
    const col = colOf(text, target.range[0]);
    const lines = render(value, style);
    const body = lines.map((l, i) => (i === 0 ? l : ' '.repeat(col) + l)).join('\n');
    return { start: target.range[0], end: nodeContentEnd(text, target), text: body };
  }
  if (pair) {
    const keyNode = pair.key as Node;
    const colon = text.indexOf(':', keyNode.range![1]);
    const keyCol = colOf(text, keyNode.range![0]);
    const end = nodeContentEnd(text, target);
    if (isPlainValue(value)) return { start: colon + 1, end, text: ' ' + formatScalar(value, undefined) };
    const pad = Array.isArray(value) ? keyCol + (style.indentSeq ? style.indent : 0) : keyCol + style.indent;
    const lines = render(value, style).map((l) => ' '.repeat(pad) + l);
    return { start: colon + 1, end, text: '\n' + lines.join('\n') };
  }
  if (parentSeq) {
    const col = colOf(text, target.range[0]);
    const lines = render(value, style);
    return { start: target.range[0], end: nodeContentEnd(text, target), text: lines.map((l, i) => (i === 0 ? l : ' '.repeat(col) + l)).join('\n') };
  }
  throw new EditError(`cannot replace the whole document at ${path.join('.')}`);
}

function replaceNull(text: string, map: YAMLMap, p: Pair, value: unknown, style: Style): TextPatch {
  const keyNode = p.key as Node;
  if (!keyNode || !keyNode.range) throw new EditError('cannot edit a key without a source position');
  const colon = text.indexOf(':', keyNode.range[1]);
  if (colon < 0) throw new EditError(`cannot give "${keyOf(p) ?? ''}" a value: it has no ":"`);
  const keyCol = colOf(text, keyNode.range[0]);
  const v = p.value as Node | null;
  const end = v && v.range && v.range[1] > colon ? contentEnd(text, v.range[1]) : colon + 1;
  if (map.flow) return { start: colon + 1, end: Math.max(end, colon + 1), text: ' ' + renderFlow(value, padded(text, map)) };
  if (isPlainValue(value)) return { start: colon + 1, end: Math.max(end, colon + 1), text: ' ' + formatScalar(value, undefined) };
  const pad = Array.isArray(value) ? keyCol + (style.indentSeq ? style.indent : 0) : keyCol + style.indent;
  const lines = render(value, style).map((l) => ' '.repeat(pad) + l);
  return { start: colon + 1, end: Math.max(end, colon + 1), text: '\n' + lines.join('\n') };
}

function insertIntoMap(text: string, map: YAMLMap, key: string, value: unknown, style: Style): TextPatch {
  const last = map.items[map.items.length - 1];
  if (!last || !isScalar(last.key) || !last.key.range) throw new EditError(`cannot add "${key}" to an empty map`);
  const first = map.items[0]!;
  const col = colOf(text, (first.key as Node).range![0]);
  const { at, needsNewline } = afterLine(text, pairEnd(text, last));
  const lines = render({ [key]: value }, style).map((l) => ' '.repeat(col) + l);
  return { start: at, end: at, text: (needsNewline ? '\n' : '') + lines.join('\n') + (needsNewline ? '' : '\n') };
}

/** Where the closing bracket of a flow collection is. */
function closingBracket(text: string, node: YAMLMap | YAMLSeq, bracket: '}' | ']'): number {
  const r = node.range;
  if (!r) throw new EditError('no source position for a flow collection');
  const at = text.lastIndexOf(bracket, r[1] - 1);
  if (at < r[0]) throw new EditError(`cannot find the closing "${bracket}" of a flow collection`);
  return at;
}

function insertIntoFlowMap(text: string, map: YAMLMap, key: string, value: unknown): TextPatch {
  const pad = padded(text, map);
  const entry = `${flowScalar(key)}: ${renderFlow(value, pad)}`;
  const last = map.items[map.items.length - 1];
  if (!last) {
    const close = closingBracket(text, map, '}');
    return { start: close, end: close, text: pad ? ` ${entry} ` : entry };
  }
  const end = pairEnd(text, last);
  return { start: end, end, text: `, ${entry}` };
}

function appendToFlowSeq(text: string, seq: YAMLSeq, value: unknown): TextPatch {
  const pad = padded(text, seq);
  const entry = renderFlow(value, pad);
  const last = seq.items[seq.items.length - 1] as Node | Pair | undefined;
  if (!last) {
    const close = closingBracket(text, seq, ']');
    return { start: close, end: close, text: pad ? ` ${entry} ` : entry };
  }
  const end = isPair(last) ? pairEnd(text, last) : last.range ? last.range[1] : undefined;
  if (end === undefined) throw new EditError('no source position for the last item of a flow sequence');
  return { start: end, end, text: `, ${entry}` };
}

function appendToSeq(text: string, seq: YAMLSeq, value: unknown, style: Style): TextPatch {
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  if (!last || !last.range) throw new EditError('cannot append to an empty sequence');
  const dash = dashCol(text, seq.items[0] as Node) ?? 0;
  const { at, needsNewline } = afterLine(text, last.range[1]);
  const lines = render([value], style).map((l) => ' '.repeat(dash) + l);
  return { start: at, end: at, text: (needsNewline ? '\n' : '') + lines.join('\n') + (needsNewline ? '' : '\n') };
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
  // The loader's parse: duplicate keys were reported when the file was loaded; nesting is bounded.
  return composeAll(text).docs;
}

/** The line ending of the line at `pos`: the one before it when `pos` starts a line. */
function eolAt(text: string, pos: number): string {
  if (pos > 0 && text[pos - 1] === '\n') return text[pos - 2] === '\r' ? '\r\n' : '\n';
  const nl = text.indexOf('\n', pos);
  if (nl >= 0) return text[nl - 1] === '\r' ? '\r\n' : '\n';
  const prev = text.lastIndexOf('\n', pos - 1);
  if (prev >= 0) return text[prev - 1] === '\r' ? '\r\n' : '\n';
  return '\n';
}

/**
 * The patches that carry out `ops` on `text` (a file decoded as UTF-8, byte order mark
 * included), sorted by offset and checked not to overlap.
 */
export function planPatches(text: string, ops: readonly EditOp[]): TextPatch[] {
  if (ops.length === 0) return [];
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  const needsParse = ops.some((op) => op.op === 'set');
  const docs = needsParse ? parse(body) : [];
  for (const d of docs) {
    if (d.errors.length > 0) throw new EditError(`the file has a YAML syntax error: ${d.errors[0]!.message.split('\n')[0]}`);
  }
  const style = needsParse ? detectStyle(body, docs) : { indent: 2, indentSeq: true };
  const patches: (TextPatch & { order: number; raw: boolean })[] = [];
  ops.forEach((op, order) => {
    if (op.op === 'text') {
      if (op.start < bom || text.slice(op.start, op.end) !== op.expected) {
        throw new EditError(`expected "${op.expected}" at offset ${op.start}; the file changed since it was read`);
      }
      patches.push({ start: op.start - bom, end: op.end - bom, text: op.replacement, order, raw: true });
      return;
    }
    const doc = docs[op.docIndex];
    if (!doc) throw new EditError(`the file has no document ${op.docIndex + 1}`);
    patches.push({ ...patchFor(body, doc, op.path, op.value, style), order, raw: false });
  });
  // Insertions at one offset: the more indented (inner) block goes first, so it stays in its map.
  const indentOf = (p: TextPatch): number => {
    if (p.start !== p.end) return 0;
    const m = /^\n?( *)(- )?/.exec(p.text)!;
    return m[1]!.length * 2 + (m[2] ? 1 : 0);
  };
  patches.sort((a, b) => a.start - b.start || a.end - b.end || indentOf(b) - indentOf(a) || a.order - b.order);
  let pos = 0;
  const out: TextPatch[] = [];
  for (const p of patches) {
    if (p.start < pos) throw new EditError(`two edits overlap at offset ${p.start + bom}`);
    pos = p.end;
    // New lines end as the line they go into does.
    const eol = eolAt(body, p.start);
    const t = p.raw || eol === '\n' ? p.text : p.text.replace(/\n/g, eol);
    out.push({ start: p.start + bom, end: p.end + bom, text: t });
  }
  return out;
}

/**
 * Checks that the edited text parses as the original did, holds every value set, and that every
 * other value is what it was: an edit that reaches further than its path (the scalar carries an
 * anchor its aliases follow, a merge key shares it) is refused rather than written. Values a `text`
 * edit rewrites may differ by exactly its replacements.
 */
function verify(before: string, after: string, ops: readonly EditOp[]): void {
  if (!ops.some((op) => op.op === 'set')) return;
  const strip = (t: string) => (t.charCodeAt(0) === 0xfeff ? t.slice(1) : t);
  const old = parse(strip(before));
  const docs = parse(strip(after));
  if (docs.length !== old.length) throw new EditError('the edited file has a different number of documents');
  for (const d of docs) {
    if (d.errors.length > 0) throw new EditError(`the edited file does not parse: ${d.errors[0]!.message.split('\n')[0]}`);
  }
  const texts = ops.filter((op): op is Extract<EditOp, { op: 'text' }> => op.op === 'text');
  for (let i = 0; i < docs.length; i++) {
    const sets = ops.filter((op): op is Extract<EditOp, { op: 'set' }> => op.op === 'set' && op.docIndex === i);
    const got = toData(docs[i]!);
    for (const op of sets) {
      if (!isDeepStrictEqual(getIn(got, op.path), op.value)) {
        throw new EditError(`the edited file does not hold the intended value at ${op.path.join('.')}`);
      }
    }
    if (sets.length === 0 && texts.length === 0) continue;
    const was = toData(old[i]!, 'before');
    const where = unchangedElsewhere(was, got, [], sets.map((op) => op.path), texts);
    if (where !== undefined) {
      throw new EditError(`the edit also changes ${where.length ? where.join('.') : 'the document'}, which it does not set (an anchor or merge key shares the value); nothing is written`);
    }
  }
}

/** The first path where `a` and `b` differ outside the set paths, or undefined. */
function unchangedElsewhere(a: unknown, b: unknown, at: YamlPath, sets: readonly YamlPath[], texts: readonly { expected: string; replacement: string }[]): YamlPath | undefined {
  if (sets.some((p) => p.length <= at.length && p.every((seg, k) => String(seg) === String(at[k])))) return undefined;
  if (isDeepStrictEqual(a, b)) return undefined;
  if (typeof a === 'string' && typeof b === 'string') {
    let x = a;
    for (const t of texts) if (t.expected !== '') x = x.split(t.expected).join(t.replacement);
    return x === b ? undefined : at;
  }
  const onPath = sets.some((p) => p.length > at.length && at.every((seg, k) => String(seg) === String(p[k])));
  if (Array.isArray(a) && Array.isArray(b)) {
    // A set may append to a sequence (path index = old length).
    if (b.length !== a.length && !(onPath && b.length > a.length)) return at;
    for (let k = 0; k < b.length; k++) {
      const r = unchangedElsewhere(a[k], b[k], [...at, k], sets, texts);
      if (r) return r;
    }
    return undefined;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    for (const k of new Set([...ka, ...kb])) {
      const r = unchangedElsewhere((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...at, k], sets, texts);
      if (r) return r;
    }
    return undefined;
  }
  // A null or missing value a set fills in below this point.
  if (onPath && (a === null || a === undefined)) return undefined;
  return at;
}

/** A document as plain data, aliases expanded with the loader's limit. */
function toData(doc: Document, which: 'before' | 'after' = 'after'): unknown {
  const r = documentData(doc, DEFAULT_MAX_ALIAS_COUNT);
  if ('refused' in r) throw new EditError(`${which === 'after' ? 'the edited document cannot be read back' : 'the document cannot be read as it is'}: ${refusalText(r.refused)}`);
  return r.data;
}

/**
 * Applies the operations to `text` and returns the new text. Every patch is computed against
 * the original text; the result is parsed again and each `set` is checked to hold its value.
 * Throws EditError when an operation cannot be applied or the check fails.
 */
export function applyEditsToText(text: string, ops: readonly EditOp[]): string {
  if (ops.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const p of planPatches(text, ops)) {
    out += text.slice(pos, p.start) + p.text;
    pos = p.end;
  }
  out += text.slice(pos);
  verify(text, out, ops);
  return out;
}

/**
 * Applies the operations to a file's bytes. Every byte outside the edited spans is copied as it
 * is (a byte order mark, line endings, bytes that are not UTF-8); the edited spans are written as
 * UTF-8. A file with invalid UTF-8 on a line an edit touches is refused (EditError): its text
 * there cannot be known.
 */
export function applyEditsToBytes(bytes: Uint8Array, ops: readonly EditOp[]): Buffer {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (ops.length === 0) return buf;
  const decoded = decodeUtf8(buf);
  const { text } = decoded;
  const patches = planPatches(text, ops);
  refuseInvalidNear(decoded, patches);
  const parts: Buffer[] = [];
  let pos = 0;
  for (const p of patches) {
    const start = decoded.byteOffset(p.start);
    const end = decoded.byteOffset(p.end);
    parts.push(buf.subarray(pos, start), Buffer.from(p.text, 'utf8'));
    pos = end;
  }
  parts.push(buf.subarray(pos));
  const out = Buffer.concat(parts);
  verify(text, out.toString('utf8'), ops);
  return out;
}

function refuseInvalidNear(decoded: DecodedBytes, patches: readonly TextPatch[]): void {
  if (decoded.invalid.length === 0) return;
  const { text } = decoded;
  for (const p of patches) {
    const from = text.lastIndexOf('\n', p.start - 1) + 1;
    const nl = text.indexOf('\n', p.end);
    const to = nl < 0 ? text.length : nl;
    const bad = decoded.invalid.find((s) => s.char >= from && s.char <= to);
    if (bad) {
      const line = text.slice(0, bad.char).split('\n').length;
      throw new EditError(`line ${line} holds bytes that are not UTF-8 (at byte ${bad.byte}); the file is not rewritten: convert it to UTF-8 first`);
    }
  }
}

/** True when a YAML value at `path` already equals `value` (so a `set` would change nothing). */
export function holds(doc: Document, path: YamlPath, value: unknown): boolean {
  return isDeepStrictEqual(getIn(doc.toJS({ maxAliasCount: DEFAULT_MAX_ALIAS_COUNT }), path), value);
}

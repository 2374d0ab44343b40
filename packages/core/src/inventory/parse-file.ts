import { type ScalarTag, type Tags, Composer, isMap, isScalar, isSeq, Lexer, LineCounter, Parser, visit, type Document } from 'yaml';
import { skippedFile, yamlSyntax } from '../rules/load-notes.js';
import { formatMessage, type MessageData } from '../rules/rule.js';
import type { Diagnostic, Position, YamlPath } from '../types.js';
import { isRecord } from './resource.js';
import { inspectNodes, locate } from './yaml-nodes.js';
import { fastDocuments } from './fast-compose.js';

/**
 * The parse of one file, reduced to what the loader needs: plain data and positions, no syntax
 * tree. It is made of plain values only, so it can cross a worker thread boundary.
 */
export interface ParsedFileResult {
  /** The text without a byte order mark; undefined when the file was not read as text. */
  text?: string;
  /** Not loaded at all: unreadable, too large, empty, binary, Helm template, comments only. */
  skipped: boolean;
  docs: ParsedDocResult[];
  /** The file's load diagnostics, in the order they are reported. */
  diagnostics: Diagnostic[];
}

export interface ParsedDocResult {
  /** Index of the document in its file (0-based). */
  index: number;
  /** The document as plain data (`toJS`). */
  data: unknown;
  /** One entry per object of the document (see `objectsOf`), in the same order. */
  objects: ParsedObjectPosition[];
}

export interface ParsedObjectPosition {
  /** The object's first key. */
  position: Position;
  /** Where `metadata` is (or belongs), only for a Kubernetes object without a usable name. */
  metadata?: Position;
}

/** Aliases a document may expand by default (the loader's `maxAliasCount`); edits read back with it too. */
export const DEFAULT_MAX_ALIAS_COUNT = 1000;

export interface ParseLimits {
  /** Files larger than this are skipped with a note. */
  maxBytes: number;
  /** Aliases a document may expand; more is refused (alias bombs). */
  maxAlias: number;
  /** Entries one mapping or sequence may hold (default MAX_ENTRIES); more refuses the file. */
  maxEntries?: number;
  /** Milliseconds one file's parse may take (default MAX_PARSE_MS); longer refuses the file. */
  maxParseMs?: number;
  /** false: always compose with the library (the fast path's tests compare the two). */
  fast?: boolean;
}

/**
 * Entries (keys of a mapping, items of a sequence) one collection may hold. No Kubernetes object
 * comes near it (the API server takes about 1.5 MiB per object); a hostile file of 100,000 keys
 * would cost seconds.
 */
export const MAX_ENTRIES = 10_000;

/**
 * How long one file's parse may take. A file under the size limit parses in a few seconds at
 * most; this is the backstop for a shape that is slow to parse, not a limit real files meet.
 */
export const MAX_PARSE_MS = 10_000;

/** A bound hit while parsing: the file is refused with one diagnostic at `offset`. */
export class ParseBoundError extends Error {
  constructor(
    readonly bound: 'entries' | 'time',
    readonly offset: number,
    readonly limit: number,
  ) {
    super(bound === 'entries' ? `a mapping or sequence holds more than ${limit.toLocaleString('en')} entries` : `parsing took longer than ${limit / 1000} s`);
  }
}

/** The bounds a parse checks as it goes; `deadline` is a performance.now() time. */
interface ParseBounds {
  maxEntries: number;
  maxParseMs: number;
  deadline: number;
}

function boundsOf(limits: ParseLimits): ParseBounds {
  const maxParseMs = limits.maxParseMs ?? MAX_PARSE_MS;
  return { maxEntries: limits.maxEntries ?? MAX_ENTRIES, maxParseMs, deadline: performance.now() + maxParseMs };
}

/** Lexical tokens between two looks at the bounds. */
const CHECK_EVERY = 1024;

/** Throws ParseBoundError when a collection the parser is building is too large, or time is up. */
function checkBounds(parser: Parser, bounds: ParseBounds, offset: number): void {
  for (const token of parser.stack) {
    if ('items' in token && Array.isArray(token.items) && token.items.length > bounds.maxEntries) {
      throw new ParseBoundError('entries', token.offset, bounds.maxEntries);
    }
  }
  if (performance.now() > bounds.deadline) throw new ParseBoundError('time', offset, bounds.maxParseMs);
}

/** The objects of a document: the items of a `List`, else the document itself. */
export function objectsOf(data: unknown): { obj: unknown; base: YamlPath }[] {
  if (isRecord(data) && data.kind === 'List' && Array.isArray(data.items)) {
    return data.items.map((obj: unknown, i: number) => ({ obj, base: ['items', i] }));
  }
  return [{ obj: data, base: [] }];
}

/** A Kubernetes object (apiVersion and kind) that has neither a name nor a generateName. */
function lacksName(obj: unknown): boolean {
  if (!isRecord(obj) || typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string') return false;
  const meta = isRecord(obj.metadata) ? obj.metadata : {};
  return !(typeof meta.name === 'string' && meta.name !== '') && typeof meta.generateName !== 'string';
}

function isBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

const HELM = /\{\{-?\s|\{\{[.$a-zA-Z/]/;

/**
 * A Helm (Go) template, as opposed to YAML that merely holds `{{ }}` in string values (an
 * ExternalSecret target template, a PrometheusRule annotation): the text does not parse as YAML,
 * or some `{{` lies outside every string scalar.
 */
export function isHelmTemplate(text: string): boolean {
  return helmTemplate(text);
}

/** isHelmTemplate within a parse's bounds (ParseBoundError when one is hit). */
function helmTemplate(text: string, bounds?: ParseBounds): boolean {
  if (!HELM.test(text)) return false;
  let docs: Document[];
  try {
    docs = compose(text, new LineCounter(), bounds);
  } catch (err) {
    if (err instanceof ParseBoundError) throw err;
    return true;
  }
  if (!Array.isArray(docs)) return true;
  const ranges: [number, number][] = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) return true;
    visit(doc, {
      Scalar(_key, node) {
        if (isScalar(node) && typeof node.value === 'string' && node.range && node.value.includes('{{')) {
          ranges.push([node.range[0], node.range[1]]);
        }
      },
    });
  }
  for (let i = text.indexOf('{{'); i >= 0; i = text.indexOf('{{', i + 2)) {
    if (!ranges.some(([a, b]) => i >= a && i < b)) {
      // A `{{` in a comment does not make a template.
      const lineStart = text.lastIndexOf('\n', i) + 1;
      const hash = text.indexOf('#', lineStart);
      if (hash >= 0 && hash < i && /(^|\s)#/.test(text.slice(lineStart, hash + 1))) continue;
      return true;
    }
  }
  return false;
}

/**
 * Parses the content of one file (`buf` undefined: it could not be read). Pure: the same input
 * always gives the same result, on any thread.
 */
export function parseFileContent(file: string, buf: Uint8Array | undefined, limits: ParseLimits): ParsedFileResult {
  const diagnostics: Diagnostic[] = [];
  // A file skipped with a note (skipped-file), or refused with an error (yaml-syntax).
  const skip = (messageId: string, data: MessageData = {}, severity: 'info' | 'error' = 'info', line = 1, column = 1): ParsedFileResult => {
    const rule = severity === 'info' ? skippedFile : yamlSyntax;
    diagnostics.push({ ruleId: rule.meta.id, messageId, severity, message: formatMessage(rule.meta, messageId, data), file, line, column });
    return { docs: [], skipped: true, diagnostics };
  };
  if (!buf) return skip('unreadable', {}, 'error');
  const { maxBytes, maxAlias } = limits;
  if (buf.length > maxBytes) {
    return skip('tooLarge', { size: (buf.length / 1048576).toFixed(1), limit: (maxBytes / 1048576).toFixed(0) });
  }
  const raw = Buffer.from(buf.buffer, buf.byteOffset, buf.length).toString('utf8');
  if (buf.length === 0 || raw.trim() === '') return skip('empty');
  if (isBinary(buf)) return skip('binary');
  // A UTF-8 byte order mark is not content: without it, columns on line 1 match what editors show.
  // `text` (kept for edits) is the text without it.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const bounds = boundsOf(limits);
  // A bound hit: the file is refused at the line where the parse stopped.
  const refuseFile = (err: ParseBoundError): ParsedFileResult => {
    const { line, col } = linePosition(text, err.offset);
    return err.bound === 'entries'
      ? { ...skip('tooManyEntries', { max: err.limit.toLocaleString('en') }, 'error', line, col), text }
      : { ...skip('tooSlow', { seconds: String(err.limit / 1000) }, 'error', line, col), text };
  };
  try {
    if (helmTemplate(text, bounds)) {
      return { ...skip('helmTemplate'), text };
    }
  } catch (err) {
    if (err instanceof ParseBoundError) return refuseFile(err);
    throw err;
  }
  const deep = flowTooDeep(text, MAX_DEPTH);
  if (deep !== undefined) {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < deep; i = text.indexOf('\n', i + 1)) {
      line++;
      start = i + 1;
    }
    return { ...skip('tooDeep', { max: MAX_DEPTH }, 'error', line, deep - start + 1), text };
  }
  // One line longer than the API server takes a whole object (about 1.5 MiB in etcd) cannot be
  // part of anything applied; such a line (a run of quotes, a pasted blob) only costs seconds.
  if (text.length > MAX_LINE) {
    for (let start = 0, n = 1; start < text.length; n++) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end - start > MAX_LINE) {
        return { ...skip('lineTooLong', { line: n, length: (end - start).toLocaleString('en') }, 'error', n, 1), text };
      }
      start = end + 1;
    }
  }
  const bound = nestingBound(text);
  const blockDeep = bound > MAX_DEPTH ? blockTooDeep(text, MAX_DEPTH) : undefined;
  if (blockDeep !== undefined) {
    const line = text.slice(0, blockDeep).split('\n').length;
    return { ...skip('tooDeep', { max: MAX_DEPTH }, 'error', line, 1), text };
  }
  // Most manifests take the fast path: data straight from the syntax tree.
  if (limits.fast !== false && bound <= MAX_DEPTH) {
    const fast = fastFile(text);
    if (fast) return { text, docs: fast, skipped: false, diagnostics };
  }
  const lineCounter = new LineCounter();
  const docs: ParsedDocResult[] = [];
  let index = 0;
  let refused = 0;
  let composed: Document.Parsed[];
  try {
    composed = compose(text, lineCounter, bounds);
  } catch (err) {
    if (err instanceof ParseBoundError) return refuseFile(err);
    // The parser recurses per level of nesting: a shape the checks above missed can still exhaust the stack.
    if (err instanceof RangeError) return { ...skip('parserStack', {}, 'error'), text };
    throw err;
  }
  for (const doc of composed) {
    if (performance.now() > bounds.deadline) return refuseFile(new ParseBoundError('time', doc.range[0], bounds.maxParseMs));
    const refuse = (offset: number, messageId: string, data: MessageData = {}) => {
      const { line, col } = lineCounter.linePos(offset);
      diagnostics.push({ ruleId: yamlSyntax.meta.id, messageId, severity: 'error', message: formatMessage(yamlSyntax.meta, messageId, data), file, line, column: col });
      index++;
      refused++;
    };
    const checked = documentData(doc, maxAlias);
    if ('refused' in checked) {
      refuse(checked.refused.offset, checked.refused.messageId, checked.refused.data);
      continue;
    }
    const data = checked.data;
    if (isMap(doc.contents) || isSeq(doc.contents) || data !== null) {
      const objects = data === null || data === undefined
        ? []
        : objectsOf(data).map(({ obj, base }): ParsedObjectPosition => {
          const position = locate(doc, lineCounter, base, { key: true });
          return lacksName(obj) ? { position, metadata: locate(doc, lineCounter, [...base, 'metadata']) } : { position };
        });
      docs.push({ index, data, objects });
    }
    index++;
  }
  if (docs.length === 0 && refused === 0) {
    return { ...skip('noDocuments'), text };
  }
  return { text, docs, skipped: false, diagnostics };
}

/**
 * A file's documents through the fast path (fast-compose.ts), or undefined when the text needs the
 * composer: the same documents, data and object positions the composer's path gives.
 */
function fastFile(text: string): ParsedDocResult[] | undefined {
  if (goYamlAliases(text) !== text) return undefined;
  const lineCounter = new LineCounter();
  const fast = withoutEnvironment(() => fastDocuments(text, COMPOSE_OPTIONS, lineCounter, MAX_DEPTH));
  if (!fast) return undefined;
  const docs: ParsedDocResult[] = [];
  for (let index = 0; index < fast.length; index++) {
    const { data, collection, offset, metadataOffset } = fast[index]!;
    if (!collection && data === null) continue;
    // A List needs positions inside the document: the composer's path.
    if (isRecord(data) && data.kind === 'List') return undefined;
    const at = (o: number): Position => {
      const { line, col } = lineCounter.linePos(o);
      return { line, column: col };
    };
    const position = at(offset);
    if (lacksName(data)) {
      // Where `metadata` is (its value), else where it belongs (the start of the map).
      if (metadataOffset === undefined) return undefined;
      docs.push({ index, data, objects: [{ position, metadata: metadataOffset >= 0 ? at(metadataOffset) : position }] });
    } else docs.push({ index, data, objects: [{ position }] });
  }
  return docs.length > 0 ? docs : undefined;
}

/** Why a document is refused: a yaml-syntax message and where. */
export interface DocumentRefusal {
  offset: number;
  messageId: string;
  data: MessageData;
}

/**
 * A composed document as plain data, with every check the loader makes: nesting depth, syntax
 * errors, duplicate keys, alias cycles, alias bombs, depth after aliases are expanded. Anything
 * that reads a document's values goes through here, so no caller ever walks a cyclic value.
 */
export function documentData(doc: Document, maxAlias: number, opts: InlineOptions = {}): { data: unknown } | { refused: DocumentRefusal } {
  const deepAt = tooDeepAt(doc);
  if (deepAt !== undefined) return { refused: { offset: deepAt, messageId: 'documentTooDeep', data: { max: MAX_DEPTH } } };
  const e = doc.errors[0];
  if (e) return { refused: { offset: e.pos[0], messageId: 'syntax', data: { error: e.message.split('\n')[0] } } };
  const problems = inspectNodes(doc);
  // The check the yaml library makes with uniqueKeys, in linear time.
  if (problems.duplicate && !opts.duplicateKeys) return { refused: { offset: problems.duplicate.offset, messageId: 'duplicateKey', data: {} } };
  if (problems.cycle) return { refused: { offset: problems.cycle.offset, messageId: 'aliasCycle', data: { alias: problems.cycle.source } } };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: maxAlias });
  } catch (err) {
    const message = (err as Error).message;
    return /alias/i.test(message)
      ? { refused: { offset: doc.range?.[0] ?? 0, messageId: 'aliasBomb', data: { error: message.split('\n')[0], max: maxAlias } } }
      : { refused: { offset: doc.range?.[0] ?? 0, messageId: 'aliasTooLarge', data: {} } };
  }
  if (dataDepth(data, MAX_DEPTH) > MAX_DEPTH) return { refused: { offset: doc.range?.[0] ?? 0, messageId: 'aliasTooDeep', data: { max: MAX_DEPTH } } };
  return { data };
}

/** A refusal as one clause, for a message of its own (without the loader's "the document is skipped"). */
export function refusalText(r: DocumentRefusal): string {
  return formatMessage(yamlSyntax.meta, r.messageId, r.data).replace(/; (the document is )?skipped$/, '');
}

/** How readYamlText reads. */
export interface InlineOptions {
  /** Take a key twice, the last one winning (a Helm template's branches, once their actions are cut). */
  duplicateKeys?: boolean;
}

/**
 * YAML held in a string (a patch inline in a kustomization, a Helm template's text once its actions
 * are cut, a file's text already read), read with the loader's checks. `docs[i]` is document i's data, undefined when it is
 * refused; `error` is the first refusal, as one line, with its offset in `text`.
 */
export function readYamlText(text: string, maxAlias: number = DEFAULT_MAX_ALIAS_COUNT, opts: InlineOptions = {}): { docs: unknown[]; error?: { message: string; offset: number } } {
  let composed: Document[];
  try {
    composed = composeAll(text).docs;
  } catch (err) {
    if (err instanceof ParseBoundError) return { docs: [], error: { message: err.message, offset: err.offset } };
    if (err instanceof RangeError) return { docs: [], error: { message: refusalText({ messageId: 'parserStack', data: {}, offset: 0 }), offset: 0 } };
    throw err;
  }
  const docs: unknown[] = [];
  let error: { message: string; offset: number } | undefined;
  for (const doc of composed) {
    const r = documentData(doc, maxAlias, opts);
    if ('refused' in r) {
      error ??= { message: refusalText(r.refused), offset: r.refused.offset };
      docs.push(undefined);
    } else docs.push(r.data);
  }
  return error ? { docs, error } : { docs };
}

/**
 * Data that does not survive a copy to another thread unchanged: `!!binary` gives a Buffer, which
 * arrives as a plain Uint8Array. Such files are parsed on the main thread.
 */
export function needsMainThread(text: string | undefined): boolean {
  return text !== undefined && (text.includes('!!binary') || text.includes('tag:yaml.org,2002:binary'));
}

// Duplicate keys are found by inspectNodes (the library's own check is quadratic in a map's keys);
// logLevel 'error': a collection used as a key must not make the library print to stderr.
/**
 * Kubernetes tools read YAML with go-yaml, which also takes YAML 1.1 merge keys (`<<: *anchor`)
 * and 0-prefixed octal integers (`defaultMode: 0444`): the same here, so values match what the
 * controller applies.
 */
const OCTAL_11: ScalarTag = {
  identify: (v: unknown) => typeof v === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:int',
  format: 'OCT',
  test: /^0[0-7]+$/,
  resolve: (str: string) => parseInt(str, 8),
};
const COMPOSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error', merge: true, customTags: (tags: Tags) => [OCTAL_11, ...tags] } as const;

/** The longest line read: the API server's limit for a whole object (etcd's request size). */
export const MAX_LINE = 1.5 * 1024 * 1024;

/** Collections a document may nest (deeper is refused: rules and the library recurse). */
export const MAX_DEPTH = 256;

/** Documents composed in place of ones nested too deep: their index and where the bound is hit. */
const tooDeep = new WeakMap<Document, number>();

interface CstNode {
  type?: string;
  offset?: number;
  [k: string]: unknown;
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);
const TRIVIA = new Set(['space', 'newline', 'comment']);
const CST_CHILDREN = ['items', 'key', 'value', 'sep', 'start', 'end', 'props'] as const;

/**
 * The offset where a syntax token nests collections deeper than `max`, without recursion. Cuts
 * the stray values after a node's end down to the first (each would be one more error).
 */
function deepestOffset(token: unknown, max: number): number | undefined {
  // Two parallel stacks rather than a tuple per node: a document of 100,000 pairs is walked
  // without allocating 100,000 small arrays.
  const nodes: unknown[] = [token];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const t = nodes.pop();
    const depth = depths.pop()!;
    if (t === null || typeof t !== 'object') continue;
    if (Array.isArray(t)) {
      for (let i = 0; i < t.length; i++) {
        const x: unknown = t[i];
        if (x !== null && typeof x === 'object') {
          nodes.push(x);
          depths.push(depth);
        }
      }
      continue;
    }
    const node = t as CstNode;
    // A scalar token holds no collection.
    if (node.type === 'scalar' || node.type === 'single-quoted-scalar' || node.type === 'double-quoted-scalar' || node.type === 'block-scalar' || node.type === 'alias') continue;
    let d = depth;
    if (typeof node.type === 'string' && COLLECTIONS.has(node.type)) {
      d++;
      if (d > max) return typeof node.offset === 'number' ? node.offset : 0;
    }
    const end = node.end;
    if (Array.isArray(end) && end.length > 1 && node.type !== 'document') {
      // Values after a node's end are errors; the first one is reported, the rest only cost time.
      const stray = end.findIndex((x: CstNode) => x && typeof x === 'object' && !TRIVIA.has(String(x.type)));
      if (stray >= 0 && stray < end.length - 1) end.length = stray + 1;
    }
    for (const k of CST_CHILDREN) {
      const v = node[k];
      if (v !== null && typeof v === 'object') {
        nodes.push(v);
        depths.push(d);
      }
    }
  }
  return undefined;
}

/** The offset of the first collection in a syntax token holding more than `max` entries. */
function crowdedOffset(token: unknown, max: number): number | undefined {
  const stack: unknown[] = [token];
  while (stack.length > 0) {
    const t = stack.pop() as CstNode | null | undefined;
    if (!t || typeof t !== 'object') continue;
    const items = t.items;
    if (!Array.isArray(items)) continue;
    if (items.length > max) return typeof t.offset === 'number' ? t.offset : 0;
    for (const it of items as { key?: unknown; value?: unknown }[]) {
      if (it.key !== null && typeof it.key === 'object') stack.push(it.key);
      if (it.value !== null && typeof it.value === 'object') stack.push(it.value);
    }
  }
  return undefined;
}

/**
 * Where the text nests flow collections or block indicators on one line deeper than `max`, found
 * from the lexer's tokens before any parse (the parser slows down on such depth). A scan of the
 * characters decides first whether the lexer is needed at all.
 */
export function flowTooDeep(text: string, max: number): number | undefined {
  let depth = 0;
  let line = 0;
  let worst = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) depth++;
    else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
    else if (c === 0x2d || c === 0x3f) line++;
    else if (c === 0x0a) line = 0;
    if (depth + line > worst) worst = depth + line;
  }
  if (worst <= max) return undefined;
  let offset = 0;
  depth = 0;
  line = 0;
  for (const tok of new Lexer().lex(text)) {
    if (tok === '\x02' || tok === '\x18' || tok === '\x1f') continue;
    if (tok === '[' || tok === '{') depth++;
    else if ((tok === ']' || tok === '}') && depth > 0) depth--;
    else if (tok === '-' || tok === '?') line++;
    else if (tok === '\n' || tok === '\r\n') line = 0;
    if (depth + line > max) return offset;
    offset += tok.length;
  }
  return undefined;
}

/**
 * The offset of the first line where block collections (indentation and `- ` entries) nest more
 * than `max` levels deep, or undefined. The YAML parser recurses once per level, so a text nested
 * thousands of levels deep would exhaust the stack; this finds it first, in one pass over the
 * lines, skipping the content of block scalars (`|`, `>`).
 */
export function blockTooDeep(text: string, max: number): number | undefined {
  const indents: number[] = [];
  let scalarParent = -1;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = start;
    while (i < end && text.charCodeAt(i) === 0x20) i++;
    const indent = i - start;
    const blank = i >= end || text.charCodeAt(i) === 0x0d || text.charCodeAt(i) === 0x23;
    if (!blank && !(scalarParent >= 0 && indent > scalarParent)) {
      scalarParent = -1;
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      // `- - - x`: each dash opens one more level on the same line.
      let dashes = 0;
      for (let j = i; j + 1 < end && text.charCodeAt(j) === 0x2d && (text.charCodeAt(j + 1) === 0x20 || text.charCodeAt(j + 1) === 0x09); j += 2) {
        dashes++;
        while (j + 2 < end && text.charCodeAt(j + 2) === 0x20) j++;
      }
      if (indents.length + dashes > max) return start;
      if (/[|>][-+0-9]*[ \t]*(#.*)?\r?$/.test(text.slice(i, end))) scalarParent = indent;
    }
    start = end + 1;
  }
  return undefined;
}

/**
 * An upper bound of how deep a text can nest collections, from one scan of its characters. A
 * block collection nested in another starts on a later line further indented, or on the same
 * line after a `-` or `?` indicator, or is a sequence at its parent key's indentation (at most
 * one per indentation step): so the depth is at most twice the largest indentation plus the
 * indicators on one line, plus the flow brackets open at once.
 */
export function nestingBound(text: string): number {
  let indent = 0;
  let maxIndent = 0;
  let atStart = true;
  let indicators = 0;
  let maxIndicators = 0;
  let flow = 0;
  let maxFlow = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      atStart = true;
      indent = 0;
      indicators = 0;
      continue;
    }
    if (atStart) {
      if (c === 0x20) {
        if (++indent > maxIndent) maxIndent = indent;
        continue;
      }
      atStart = false;
    }
    if (c === 0x2d || c === 0x3f) {
      if (++indicators > maxIndicators) maxIndicators = indicators;
    } else if (c === 0x5b || c === 0x7b) {
      if (++flow > maxFlow) maxFlow = flow;
    } else if ((c === 0x5d || c === 0x7d) && flow > 0) flow--;
  }
  return 2 * (maxIndent + 1) + 2 * maxIndicators + maxFlow + 1;
}

/**
 * go-yaml, which Kubernetes tools use, ends an alias name at the first character that is not a
 * letter, digit, `-` or `_`, so `*app: value` is the alias `app` as a key. YAML 1.2 would read
 * the alias `app:`: a space before the colon gives go-yaml's reading (one column later on that
 * line).
 */
const ALIAS_KEY = /(^|[\s[{,])(\*[A-Za-z0-9_-]+):(?=[ \t]|$)/gm;
function goYamlAliases(text: string): string {
  return text.includes('*') ? text.replace(ALIAS_KEY, '$1$2 :') : text;
}

/**
 * Runs `fn` (synchronous: nothing else runs on this thread meanwhile) with `process.env` an empty
 * plain object. The yaml library looks up `process.env.LOG_TOKENS` once per token: through the
 * real environment that is about a quarter of a parse, and a LOG_TOKENS or LOG_STREAM set in the
 * user's shell would print the library's debug lines into our output.
 */
export function withoutEnvironment<T>(fn: () => T): T {
  const env = process.env;
  process.env = {};
  try {
    return fn();
  } finally {
    process.env = env;
  }
}

function compose(source: string, lineCounter: LineCounter, bounds?: ParseBounds): Document.Parsed[] {
  const text = goYamlAliases(source);
  const composer = new Composer(COMPOSE_OPTIONS);
  const parser = new Parser(lineCounter.addNewLine);
  const deep: number[] = [];
  // The syntax tree is walked (for depth, and to cut stray values each of which would be one more
  // error) when the text could nest too deep, or is large enough for stray values to cost seconds.
  const mayNest = text.length > 16 * 1024 || nestingBound(text) > MAX_DEPTH;
  type Token = ReturnType<Parser['parse']> extends Generator<infer T> ? T : never;
  // A text shorter than twice the entry bound cannot hold a collection over it (an entry takes
  // at least two characters, `[1,1,…]`) and parses in milliseconds: no need to look.
  const checked = bounds !== undefined && text.length >= 2 * bounds.maxEntries;
  // What parser.parse(text) does, with a look at the bounds every CHECK_EVERY lexical tokens:
  // a collection too large or a parse too slow ends the parse where it is.
  function* tokens(): Generator<Token> {
    if (!checked) {
      yield* parser.parse(text);
      return;
    }
    lineCounter.addNewLine(0);
    let n = 0;
    for (const lexeme of new Lexer().lex(text)) {
      if (++n === CHECK_EVERY) {
        n = 0;
        checkBounds(parser, bounds, parser.offset);
      }
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  function* guarded(): Generator<Token> {
    for (const token of tokens()) {
      // The looks while parsing can miss a collection that passes the bound just before its
      // document ends: each document is looked at whole once it is complete.
      if (token.type === 'document' && checked) {
        const at = crowdedOffset(token.value, bounds!.maxEntries);
        if (at !== undefined) throw new ParseBoundError('entries', at, bounds!.maxEntries);
      }
      if (token.type === 'document' && mayNest) {
        const at = deepestOffset(token.value, MAX_DEPTH);
        if (at !== undefined) {
          // The document keeps its place (indexes stay), without its content.
          deep.push(at);
          yield { ...token, value: undefined, end: [] } as typeof token;
          continue;
        }
        deep.push(-1);
      }
      yield token;
    }
  }
  // Each syntax error is an Error: without a stack trace to capture, a text made of millions of
  // errors (a long run of quotes) composes in a fraction of the time and memory.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    // Most files are small: they go straight from the parser to the composer.
    const source = mayNest || checked ? guarded() : parser.parse(text);
    const docs = withoutEnvironment(() => [...composer.compose(source, true, text.length)]);
    docs.forEach((d, i) => {
      const at = deep[i];
      if (at !== undefined && at >= 0) tooDeep.set(d, at);
    });
    return docs;
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Where a document composed by `composeAll` nests deeper than MAX_DEPTH (its content is left out). */
export function tooDeepAt(doc: Document): number | undefined {
  return tooDeep.get(doc);
}

/** The depth of plain data (shared values counted once), or Infinity past `max`; no recursion. */
export function dataDepth(value: unknown, max: number): number {
  if (value === null || typeof value !== 'object') return 0;
  const depthOf = new Map<object, number>();
  // Each frame lists its object children once: a map of 100,000 scalars costs one pass.
  const stack: { v: object; kids: object[] | undefined }[] = [{ v: value, kids: undefined }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (depthOf.has(top.v)) {
      stack.pop();
      continue;
    }
    if (top.kids === undefined) {
      if (stack.length > max + 1) return Infinity;
      const kids: object[] = [];
      const add = (c: unknown) => {
        if (c !== null && typeof c === 'object') kids.push(c);
      };
      if (Array.isArray(top.v)) for (const c of top.v) add(c);
      else if (top.v instanceof Map) for (const c of top.v.values()) add(c);
      else for (const k in top.v) add((top.v as Record<string, unknown>)[k]);
      top.kids = kids;
      for (const c of kids) if (!depthOf.has(c)) stack.push({ v: c, kids: undefined });
      continue;
    }
    let d = 1;
    for (const c of top.kids) d = Math.max(d, 1 + (depthOf.get(c) ?? 0));
    if (d > max) return Infinity;
    depthOf.set(top.v, d);
    stack.pop();
  }
  return depthOf.get(value) ?? 0;
}

/** Line and column (1-based) of an offset, without a LineCounter: for a parse that stopped part way. */
function linePosition(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: Math.max(1, offset - start + 1) };
}

/** Every document of a text, with its line counter: the same parse the loader makes. */
export function composeAll(text: string): { docs: Document[]; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  // The entry bound holds here too (YAML inline in a kustomization was one string to the loader);
  // time does not: these are texts read before, or parts of them.
  return { docs: [...compose(text, lineCounter, { maxEntries: MAX_ENTRIES, maxParseMs: Infinity, deadline: Infinity })], lineCounter };
}

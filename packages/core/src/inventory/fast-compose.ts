import { CST, Document, isScalar, LineCounter, Parser, type ScalarTag, type Schema } from 'yaml';

/**
 * The loader's fast path: plain data straight from the yaml library's syntax tree (its Parser),
 * without composing a Document of nodes and converting that to data.
 *
 * It reads a subset of YAML, what nearly every manifest is: block maps and sequences, scalars of
 * any style, comments, several documents, empty `{}` and `[]`. For anything else (anchors,
 * aliases, tags, flow collections with items, explicit keys, directives, tabs, merge keys,
 * duplicate keys, a key that is not a string) and for anything the library would report as an
 * error or a warning, it gives up and returns undefined: the caller composes the text with the
 * library, which reports what is wrong. So the result, when there is one, is what
 * `Composer` + `toJS` give for the same text (the tests compare the two on every fixture).
 *
 * The checks are those the yaml library's composer makes on the same tokens (compose/resolve-props,
 * resolve-block-map, resolve-block-seq, resolve-end, compose-doc of yaml 2, ISC license), each
 * turned into "give up".
 */

/** One document read by the fast path. */
export interface FastDocument {
  /** The document as plain data (`null` for an empty document). */
  data: unknown;
  /** Whether the document's content is a map or a sequence. */
  collection: boolean;
  /** Offset where the content starts (the node's range start, as the composer sets it). */
  offset: number;
  /**
   * Offset of the value of a top-level `metadata` key; -1 when the content is a map with no such
   * key; undefined when that key has no value (or the content is not a map).
   */
  metadataOffset?: number;
}

/** Texts longer than this go to the composer (they may need the parse bounds' checks). */
export const FAST_MAX_LENGTH = 16 * 1024;

/** The reason to give up, thrown through the recursion. */
const GIVE_UP = Symbol('give up');

type Token = CST.Token;
type SourceToken = CST.SourceToken;

interface Tags {
  /** Tags tried in order on a plain scalar value (the composer's findScalarTagByTest). */
  value: ScalarTag[];
  /** The same at a key (tags whose `default` is 'key' too, such as the merge key). */
  key: ScalarTag[];
  /** Options the tags' resolve functions read. */
  options: Document['options'];
}

let tagsCache: { schemaOptions: object; tags: Tags } | undefined;

function tagsOf(schemaOptions: object): Tags {
  if (tagsCache?.schemaOptions === schemaOptions) return tagsCache.tags;
  const doc = new Document(undefined, schemaOptions);
  const all = (doc.schema as Schema).tags as ScalarTag[];
  const scalar = all.filter((t) => !('collection' in t && (t as { collection?: string }).collection) && t.test);
  const tags: Tags = {
    value: scalar.filter((t) => t.default === true),
    key: scalar.filter((t) => t.default === true || t.default === 'key'),
    options: doc.options,
  };
  tagsCache = { schemaOptions, tags };
  return tags;
}

/**
 * The documents of `text` as plain data, or undefined when the text needs the composer.
 * `schemaOptions` are the composer's options (the same schema and custom tags); `lineCounter`
 * is filled as the text is parsed.
 */
export function fastDocuments(text: string, schemaOptions: object, lineCounter: LineCounter, maxDepth: number): FastDocument[] | undefined {
  if (text.length > FAST_MAX_LENGTH || text.includes('\t')) return undefined;
  const tags = tagsOf(schemaOptions);
  const docs: FastDocument[] = [];
  try {
    for (const token of new Parser(lineCounter.addNewLine).parse(text)) {
      switch (token.type) {
        case 'document':
          docs.push(documentOf(token, tags, maxDepth));
          break;
        case 'comment':
        case 'newline':
        case 'space':
          break;
        default:
          // directives, `...`, a byte order mark, errors: the composer's.
          return undefined;
      }
    }
  } catch (err) {
    if (err === GIVE_UP) return undefined;
    throw err;
  }
  return docs;
}

function documentOf(token: CST.Document, tags: Tags, maxDepth: number): FastDocument {
  const props = propsOf(token.start, 'doc-start', true);
  const value = token.value;
  // "Block collection cannot start on same line with directives-end marker".
  if (props.found && value && (value.type === 'block-map' || value.type === 'block-seq') && !props.hasNewline) throw GIVE_UP;
  endOf(token.end, false);
  if (!value) return { data: null, collection: false, offset: token.offset };
  const data = nodeOf(value, tags, 1, maxDepth);
  const doc: FastDocument = { data, collection: value.type === 'block-map' || value.type === 'block-seq' || value.type === 'flow-collection', offset: value.offset };
  if (value.type === 'block-map') {
    doc.metadataOffset = -1;
    for (const it of value.items) {
      // Every key is a scalar here: mapOf gave up on any other.
      const key = it.key as CST.FlowScalar | null;
      if (key && scalarOf(key, tags.key, tags) === 'metadata') {
        if (it.value) doc.metadataOffset = it.value.offset;
        else delete doc.metadataOffset;
      }
    }
  }
  return doc;
}

/**
 * The props before a node (resolve-props), where only white space, comments and `indicator` may
 * be: `found` the indicator, `hasNewline` whether a line ends among them.
 */
function propsOf(tokens: SourceToken[], indicator: string, startOnNewline: boolean): { found: SourceToken | undefined; hasNewline: boolean } {
  let hasSpace = startOnNewline;
  let hasNewline = false;
  let found: SourceToken | undefined;
  for (const t of tokens) {
    switch (t.type) {
      case 'space':
        hasSpace = true;
        break;
      case 'comment':
        // "Comments must be separated from other tokens by white space characters".
        if (!hasSpace) throw GIVE_UP;
        break;
      case 'newline':
        hasNewline = true;
        hasSpace = true;
        break;
      default:
        if (t.type !== indicator || found) throw GIVE_UP;
        found = t;
        hasSpace = false;
    }
  }
  return { found, hasNewline };
}

/** What may follow a node (resolve-end): white space and comments. */
function endOf(tokens: SourceToken[] | undefined, reqSpace: boolean): void {
  if (!tokens) return;
  let hasSpace = false;
  for (const t of tokens) {
    if (t.type === 'space' || t.type === 'newline') hasSpace = true;
    else if (t.type !== 'comment' || (reqSpace && !hasSpace)) throw GIVE_UP;
  }
}

function nodeOf(token: Token, tags: Tags, depth: number, maxDepth: number): unknown {
  switch (token.type) {
    case 'block-map':
      return mapOf(token, tags, depth, maxDepth);
    case 'block-seq':
      return seqOf(token, tags, depth, maxDepth);
    case 'flow-collection':
      return emptyFlowOf(token);
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      return scalarOf(token, tags.value, tags);
    default:
      throw GIVE_UP;
  }
}

function mapOf(bm: CST.BlockMap, tags: Tags, depth: number, maxDepth: number): Record<string, unknown> {
  if (depth > maxDepth) throw GIVE_UP;
  const map: Record<string, unknown> = {};
  const items = bm.items;
  for (let i = 0; i < items.length; i++) {
    const { start, key, sep, value } = items[i]!;
    // No explicit key (`? `), anchor or tag before the key.
    if (propsOf(start, '', true).found) throw GIVE_UP;
    if (!key || !sep) {
      // Comments after the last pair; anything else is the composer's to judge.
      if (key || sep || value || i !== items.length - 1) throw GIVE_UP;
      continue;
    }
    if (key.type !== 'scalar' && key.type !== 'single-quoted-scalar' && key.type !== 'double-quoted-scalar') throw GIVE_UP;
    // "All mapping items must start at the same column"; "Implicit keys need to be on a single line".
    if (key.indent !== bm.indent || key.source.includes('\n') || key.end?.some((t) => t.type === 'newline')) throw GIVE_UP;
    const k = scalarOf(key, tags.key, tags);
    // A key that is not a string (`1:`, `true:`, `null:`), the merge key, a repeated key.
    if (typeof k !== 'string' || k === '__proto__' || Object.prototype.hasOwnProperty.call(map, k)) throw GIVE_UP;
    const vp = propsOf(sep, 'map-value-ind', false);
    if (!vp.found) throw GIVE_UP;
    // "Nested mappings are not allowed in compact mappings"; the 1024-character key limit.
    if (value?.type === 'block-map' && !vp.hasNewline) throw GIVE_UP;
    if (vp.found.offset - key.offset > 1000) throw GIVE_UP;
    map[k] = value ? nodeOf(value, tags, depth + 1, maxDepth) : null;
  }
  return map;
}

function seqOf(bs: CST.BlockSequence, tags: Tags, depth: number, maxDepth: number): unknown[] {
  if (depth > maxDepth) throw GIVE_UP;
  const seq: unknown[] = [];
  const items = bs.items;
  for (let i = 0; i < items.length; i++) {
    const { start, value } = items[i]!;
    if (!propsOf(start, 'seq-item-ind', true).found) {
      if (value || i !== items.length - 1) throw GIVE_UP;
      continue;
    }
    seq.push(value ? nodeOf(value, tags, depth + 1, maxDepth) : null);
  }
  return seq;
}

/** `{}` or `[]`, with nothing inside. */
function emptyFlowOf(fc: CST.FlowCollection): unknown {
  if (fc.items.length > 0) throw GIVE_UP;
  const [close, ...rest] = fc.end;
  const isMap = fc.start.source === '{';
  if (close?.source !== (isMap ? '}' : ']')) throw GIVE_UP;
  endOf(rest, true);
  return isMap ? {} : [];
}

function scalarOf(token: CST.FlowScalar | CST.BlockScalar, candidates: ScalarTag[], tags: Tags): unknown {
  let bad = false;
  const r = CST.resolveAsScalar(token, true, () => {
    bad = true;
  });
  if (bad || !r) throw GIVE_UP;
  // Quoted and block scalars are strings; a plain one is tried against the schema's tags.
  if (token.type !== 'scalar') return r.value;
  const value = r.value;
  for (const tag of candidates) {
    if (!tag.test!.test(value)) continue;
    if (tag.tag === 'tag:yaml.org,2002:merge') throw GIVE_UP;
    const res = tag.resolve(value, () => {
      bad = true;
    }, tags.options);
    if (bad) throw GIVE_UP;
    return isScalar(res) ? res.value : res;
  }
  return value;
}

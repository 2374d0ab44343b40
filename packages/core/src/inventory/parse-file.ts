import { Composer, isMap, isScalar, isSeq, LineCounter, Parser, parseAllDocuments, visit, type Document } from 'yaml';
import type { Diagnostic, Position, YamlPath } from '../types.js';
import { isRecord } from './resource.js';
import { locate } from './yaml-nodes.js';

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
  if (!HELM.test(text)) return false;
  let docs: Document[];
  try {
    docs = parseAllDocuments(text, { prettyErrors: false }) as Document[];
  } catch {
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
  const skip = (message: string, severity: 'info' | 'error' = 'info', line = 1, column = 1): ParsedFileResult => {
    diagnostics.push({ ruleId: severity === 'info' ? 'skipped-file' : 'yaml-syntax', severity, message, file, line, column });
    return { docs: [], skipped: true, diagnostics };
  };
  if (!buf) return skip('cannot read file; skipped', 'error');
  const { maxBytes, maxAlias } = limits;
  if (buf.length > maxBytes) {
    return skip(`file is ${(buf.length / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(0)} MiB limit; skipped`);
  }
  const raw = Buffer.from(buf.buffer, buf.byteOffset, buf.length).toString('utf8');
  if (buf.length === 0 || raw.trim() === '') return skip('empty file; skipped');
  if (isBinary(buf)) return skip('binary file; skipped');
  // A UTF-8 byte order mark is not content: without it, columns on line 1 match what editors show.
  // `text` (kept for edits) is the text without it.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (isHelmTemplate(text)) {
    return { ...skip('Helm template ({{ … }}); render it with helm template to lint it; skipped'), text };
  }
  const lineCounter = new LineCounter();
  const docs: ParsedDocResult[] = [];
  let index = 0;
  let refused = 0;
  for (const doc of compose(text, lineCounter)) {
    const errors = doc.errors;
    if (errors.length > 0) {
      const e = errors[0]!;
      const { line, col } = lineCounter.linePos(e.pos[0]);
      diagnostics.push({
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: `YAML syntax error: ${e.message.split('\n')[0]}; the document is skipped`,
        file,
        line,
        column: col,
      });
      index++;
      refused++;
      continue;
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: maxAlias });
    } catch (err) {
      const { line, col } = lineCounter.linePos(doc.range[0]);
      diagnostics.push({
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: `document refused: ${(err as Error).message} (aliases expand beyond ${maxAlias}); the document is skipped`,
        file,
        line,
        column: col,
      });
      index++;
      refused++;
      continue;
    }
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
    return { ...skip('no YAML documents (only comments or blank lines); skipped'), text };
  }
  return { text, docs, skipped: false, diagnostics };
}

/**
 * Data that does not survive a copy to another thread unchanged: `!!binary` gives a Buffer, which
 * arrives as a plain Uint8Array. Such files are parsed on the main thread.
 */
export function needsMainThread(text: string | undefined): boolean {
  return text !== undefined && (text.includes('!!binary') || text.includes('tag:yaml.org,2002:binary'));
}

const COMPOSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;

function compose(text: string, lineCounter: LineCounter): Generator<Document.Parsed> {
  const composer = new Composer(COMPOSE_OPTIONS);
  const parser = new Parser(lineCounter.addNewLine);
  return composer.compose(parser.parse(text), true, text.length);
}

/** Every document of a text, with its line counter: the same parse the loader makes. */
export function composeAll(text: string): { docs: Document[]; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { docs: [...compose(text, lineCounter)], lineCounter };
}

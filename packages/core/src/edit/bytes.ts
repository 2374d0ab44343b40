import { isUtf8 } from 'node:buffer';

/** A sequence of bytes that is not UTF-8, decoded as one U+FFFD. */
export interface InvalidSpan {
  /** Offset of its U+FFFD in the decoded text. */
  char: number;
  /** Offset of its first byte. */
  byte: number;
  length: number;
}

export interface DecodedBytes {
  /** The text, exactly as `buffer.toString('utf8')` gives it. */
  text: string;
  /** Where the bytes are not UTF-8, in order. */
  invalid: InvalidSpan[];
  /** The byte offset of a text offset (calls in increasing order are linear overall). */
  byteOffset(char: number): number;
}

/**
 * Decodes UTF-8 the way the WHATWG decoder (and `Buffer#toString`) does, keeping track of each
 * invalid sequence, so that text offsets map back to byte offsets exactly.
 */
export function decodeUtf8(buf: Uint8Array): DecodedBytes {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.length);
  const invalid: InvalidSpan[] = [];
  let text: string;
  if (isUtf8(b)) {
    text = b.toString('utf8');
  } else {
    text = decodeSlow(b, invalid);
  }
  return { text, invalid, byteOffset: offsetMapper(text, invalid) };
}

function decodeSlow(b: Buffer, invalid: InvalidSpan[]): string {
  const chunks: string[] = [];
  let chars = 0;
  let runStart = 0;
  const n = b.length;
  let i = 0;
  const flush = (end: number) => {
    if (end > runStart) {
      const s = b.toString('utf8', runStart, end);
      chunks.push(s);
      chars += s.length;
    }
  };
  const bad = (from: number, to: number) => {
    flush(from);
    invalid.push({ char: chars, byte: from, length: to - from });
    chunks.push('\ufffd');
    chars += 1;
    runStart = to;
  };
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lower = 0xa0;
      if (c === 0xed) upper = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lower = 0x90;
      if (c === 0xf4) upper = 0x8f;
    } else {
      bad(i, i + 1);
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const d = j < n ? b[j]! : -1;
      if (d < (k === 0 ? lower : 0x80) || d > (k === 0 ? upper : 0xbf)) {
        ok = false;
        break;
      }
    }
    if (ok) {
      i = j;
    } else {
      bad(i, j);
      i = j;
    }
  }
  flush(n);
  return chunks.join('');
}

function offsetMapper(text: string, invalid: readonly InvalidSpan[]): (char: number) => number {
  let c = 0;
  let byte = 0;
  let k = 0;
  return (target: number): number => {
    if (target < c) {
      c = 0;
      byte = 0;
      k = 0;
    }
    while (c < target) {
      const span = invalid[k];
      if (span && span.char === c) {
        byte += span.length;
        c++;
        k++;
        continue;
      }
      const u = text.charCodeAt(c);
      if (u < 0x80) byte += 1;
      else if (u < 0x800) byte += 2;
      else if (u >= 0xd800 && u <= 0xdbff && c + 1 < text.length) {
        byte += 4;
        c++;
      } else byte += 3;
      c++;
    }
    return byte;
  };
}

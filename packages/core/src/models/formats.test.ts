/**
 * The generated validators' formats (formats.js) are @kubernetes-models/validate's: the same
 * objects where they come from ajv-formats, the same answers on every sample for the rest; and
 * every format a generated validator checks is one of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formats } from './formats.js';

const require = createRequire(import.meta.url);
const upstream = (require('@kubernetes-models/validate') as { formats: Record<string, { validate: unknown }> }).formats;
const GENERATED = join(dirname(fileURLToPath(import.meta.url)), 'generated/_schemas');

const SAMPLES: unknown[] = [
  0, 1, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53, 1.5, NaN, Infinity,
  '', 'aGVsbG8=', 'aGVsbG8', 'aGVsbA==', 'YQ==', 'YQ', '====', 'a b', 'Zm9vYmFy', '+/+/',
  '2024-01-02T03:04:05Z', '2024-01-02T03:04:05.123+02:00', '2024-02-30T00:00:00Z', '2024-01-02 03:04:05Z',
  '2024-01-02', '2024-01-02T25:00:00Z', '2024-01-02t03:04:05z', '1985-04-12T23:20:50.52Z', 'now',
];

describe('formats of the generated validators', () => {
  it.each(Object.keys(formats))('%s is @kubernetes-models/validate\'s', (name) => {
    const ours = formats[name as keyof typeof formats];
    const theirs = upstream[name] as { type?: string; validate: (v: unknown) => boolean };
    expect(theirs, `@kubernetes-models/validate has no format ${name}`).toBeDefined();
    if (name !== 'byte') expect(ours).toBe(theirs);
    expect(ours.type).toBe(theirs.type);
    for (const v of SAMPLES) {
      // a format without a type applies to strings (as ajv applies it)
      if (typeof v !== (ours.type ?? 'string')) continue;
      expect({ value: v, valid: (ours.validate as (v: unknown) => boolean)(v) }).toEqual({ value: v, valid: theirs.validate(v) });
    }
  });

  it('covers every format a generated validator checks, which import them from formats.js', () => {
    const used = new Set<string>();
    let importing = 0;
    for (const f of readdirSync(GENERATED).filter((n) => n.endsWith('.js')).sort()) {
      const text = readFileSync(join(GENERATED, f), 'utf8');
      expect(text, f).not.toContain('from "@kubernetes-models/validate"');
      if (text.includes('import { formats } from "../../formats.js";')) importing++;
      for (const m of text.matchAll(/(?<![\w$./])formats(?:\.([\w$]+)|\["([^"]+)"\])/g)) used.add(m[1] ?? m[2]!);
    }
    expect(importing).toBeGreaterThan(5);
    expect([...used].sort()).toEqual(expect.arrayContaining(['byte', 'date-time', 'int32', 'int64']));
    for (const u of used) expect(Object.keys(formats)).toContain(u);
  });
});

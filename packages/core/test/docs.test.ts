import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRuleDoc, renderRuleIndex } from '../src/rules/docs.js';
import { RULES } from '../src/rules/index.js';

const docs = join(__dirname, '../../../docs/rules');

describe('rule docs', () => {
  it('every rule has a stable, unique, kebab-case id and complete metadata', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.meta.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(r.meta.title.length, r.meta.id).toBeGreaterThan(10);
      expect(r.meta.rationale.length, r.meta.id).toBeGreaterThan(40);
      expect(r.meta.howToFix.length, r.meta.id).toBeGreaterThan(10);
      expect(r.meta.title).not.toBe('TODO');
    }
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))('docs/rules/%s.md is generated from the rule (npm run docs:rules)', (id, rule) => {
    const file = join(docs, `${id}.md`);
    expect(existsSync(file), `${file} missing: run npm run docs:rules`).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(renderRuleDoc(rule));
  });

  it('docs/rules/README.md lists every rule', () => {
    expect(readFileSync(join(docs, 'README.md'), 'utf8')).toBe(renderRuleIndex(RULES));
  });
});

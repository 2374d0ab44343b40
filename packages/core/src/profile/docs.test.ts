import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULE_OPTIONS } from '../rules/index.js';
import { optionsOf } from '../rules/rule.js';
import { RULES } from '../rules/index.js';
import { parseProfile } from './load.js';
import { DEFAULT_PROFILE } from './profile.js';

const DOC = readFileSync(join(__dirname, '../../../../docs/profile.md'), 'utf8');

/** The ```yaml blocks of docs/profile.md, with the heading of the section each is in. */
function yamlBlocks(): { section: string; text: string }[] {
  const out: { section: string; text: string }[] = [];
  let section = '';
  const lines = DOC.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.startsWith('## ')) section = lines[i]!.slice(3);
    if (lines[i] !== '```yaml') continue;
    const end = lines.indexOf('```', i + 1);
    out.push({ section, text: lines.slice(i + 1, end).join('\n') + '\n' });
    i = end;
  }
  return out;
}

describe('docs/profile.md', () => {
  it('the schema block is the built-in profile, field for field', () => {
    const schema = yamlBlocks().find((b) => b.section === 'Schema, with the defaults');
    expect(schema).toBeDefined();
    expect(parseProfile(schema!.text, 'docs/profile.md', RULE_IDS, RULE_OPTIONS)).toEqual(DEFAULT_PROFILE);
  });

  it.each(yamlBlocks().map((b, i) => [`${i + 1} (${b.section})`, b.text] as const))('example %s is a valid profile', (_name, text) => {
    expect(() => parseProfile(text, 'docs/profile.md', RULE_IDS, RULE_OPTIONS)).not.toThrow();
  });

  it('lists every rule option with its default and fallback', () => {
    for (const rule of RULES) {
      for (const [name, o] of Object.entries(rule.meta.options ?? {})) {
        expect(DOC).toContain(`| [${rule.meta.id}](rules/${rule.meta.id}.md) | \`${name}\`:`);
        expect(DOC).toContain(`| \`${String(o.default)}\` | ${o.fallback ? `\`${o.fallback}\`` : ''} |`);
        expect(optionsOf(rule.meta, DEFAULT_PROFILE)[name]).toBe(o.default);
      }
    }
  });
});

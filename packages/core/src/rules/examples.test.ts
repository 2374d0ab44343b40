import { describe, expect, it } from 'vitest';
import { loadMemory } from '../../test/helpers.js';
import { lint } from '../lint/lint.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { RULES } from './index.js';

/**
 * A rule's documented example as files: a line `# <path>.yaml` (or `# kustomization.yaml`)
 * alone starts a file of that name; text before any such line is `example.yaml`.
 */
export function exampleFiles(text: string): Record<string, string> {
  const files: Record<string, string> = {};
  let name = 'example.yaml';
  let lines: string[] = [];
  const flush = () => {
    while (lines.length > 0 && /^(---)?\s*$/.test(lines[lines.length - 1]!)) lines.pop();
    if (lines.some((l) => l.trim() !== '')) files[name] = `${lines.join('\n')}\n`;
    lines = [];
  };
  for (const line of text.split('\n')) {
    const m = /^# ([\w./-]+\.ya?ml)$/.exec(line);
    if (m && !m[1]!.startsWith('/')) {
      flush();
      name = m[1]!;
      continue;
    }
    lines.push(line);
  }
  flush();
  return files;
}

function findingsOf(text: string, ruleId: string) {
  const { inventory, diagnostics } = loadMemory(exampleFiles(text));
  const rule = RULES.find((r) => r.meta.id === ruleId)!;
  return lint(inventory, DEFAULT_PROFILE, { rules: [rule], loadDiagnostics: diagnostics, conventions: 'everywhere' }).filter((d) => d.ruleId === ruleId);
}

describe('every rule\'s documented examples', () => {
  for (const rule of RULES) {
    it(`${rule.meta.id}: the bad example triggers it, the good one does not`, () => {
      expect(findingsOf(rule.meta.bad, rule.meta.id).length, `bad example of ${rule.meta.id}`).toBeGreaterThan(0);
      expect(findingsOf(rule.meta.good, rule.meta.id).map((d) => d.message), `good example of ${rule.meta.id}`).toEqual([]);
    });
  }

  it('every rule names its messages, and each is a non-empty text', () => {
    for (const rule of RULES) {
      expect(Object.keys(rule.meta.messages).length, rule.meta.id).toBeGreaterThan(0);
      for (const [id, text] of Object.entries(rule.meta.messages)) {
        expect(id, rule.meta.id).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(text.trim(), `${rule.meta.id}.${id}`).not.toBe('');
      }
    }
  });
});

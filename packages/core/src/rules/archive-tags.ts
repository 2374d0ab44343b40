import type { Rule } from './rule.js';

// Placeholder: replaced by the real rule.
export const archiveTags: Rule = {
  meta: { id: 'archive-tags', title: 'TODO', defaultSeverity: 'error', rationale: 'TODO', bad: '', good: '', howToFix: 'TODO' },
  check() {},
};

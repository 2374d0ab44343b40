import type { Rule } from './rule.js';

// Placeholder: replaced by the real rule.
export const archiveCollision: Rule = {
  meta: { id: 'archive-collision', title: 'TODO', defaultSeverity: 'error', rationale: 'TODO', bad: '', good: '', howToFix: 'TODO' },
  check() {},
};

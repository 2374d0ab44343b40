import type { Rule } from './rule.js';

// Placeholder: replaced by the real rule.
export const archiveDestination: Rule = {
  meta: { id: 'archive-destination', title: 'TODO', defaultSeverity: 'error', rationale: 'TODO', bad: '', good: '', howToFix: 'TODO' },
  check() {},
};

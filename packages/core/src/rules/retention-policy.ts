import type { Rule } from './rule.js';

// Placeholder: replaced by the real rule.
export const retentionPolicy: Rule = {
  meta: { id: 'retention-policy', title: 'TODO', defaultSeverity: 'error', rationale: 'TODO', bad: '', good: '', howToFix: 'TODO' },
  check() {},
};

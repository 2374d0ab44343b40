import type { Rule } from './rule.js';

// Placeholder: replaced by the real rule.
export const clusterReference: Rule = {
  meta: { id: 'cluster-reference', title: 'TODO', defaultSeverity: 'error', rationale: 'TODO', bad: '', good: '', howToFix: 'TODO' },
  check() {},
};

import type { Rule } from './rule.js';

// Placeholder: replaced by the real rule.
export const schema: Rule = {
  meta: { id: 'schema', title: 'TODO', defaultSeverity: 'error', rationale: 'TODO', bad: '', good: '', howToFix: 'TODO' },
  check() {},
};

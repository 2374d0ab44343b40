import type { Rule } from './rule.js';

// Placeholder: replaced by the real rule.
export const imageCatalog: Rule = {
  meta: { id: 'image-catalog', title: 'TODO', defaultSeverity: 'error', rationale: 'TODO', bad: '', good: '', howToFix: 'TODO' },
  check() {},
};

import type { Rule } from './rule.js';

// Placeholder: replaced by the real rule.
export const pluginWiring: Rule = {
  meta: { id: 'plugin-wiring', title: 'TODO', defaultSeverity: 'error', rationale: 'TODO', bad: '', good: '', howToFix: 'TODO' },
  check() {},
};

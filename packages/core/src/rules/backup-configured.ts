import type { Rule } from './rule.js';

// Placeholder: replaced by the real rule.
export const backupConfigured: Rule = {
  meta: { id: 'backup-configured', title: 'TODO', defaultSeverity: 'error', rationale: 'TODO', bad: '', good: '', howToFix: 'TODO' },
  check() {},
};

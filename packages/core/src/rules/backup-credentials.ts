import type { Rule } from './rule.js';

// Placeholder: replaced by the real rule.
export const backupCredentials: Rule = {
  meta: { id: 'backup-credentials', title: 'TODO', defaultSeverity: 'error', rationale: 'TODO', bad: '', good: '', howToFix: 'TODO' },
  check() {},
};

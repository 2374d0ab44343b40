import type { Rule } from './rule.js';

/** Reported by the suppression pass (lint/suppress.ts): directives that say too little or do nothing. */
export const disableDirective: Rule = {
  meta: {
    id: 'disable-directive',
    title: 'A suppression names known rules, gives its reason, and suppresses something',
    defaultSeverity: 'warning',
    kind: 'correctness',
    rationale:
      'A suppression accepts a finding on purpose: `# cnpg-site-disable-next-line RULE[,RULE] -- reason` before the line the finding points at, `# cnpg-site-disable RULE[,RULE] -- reason` for the rest of a file (put it at the top), or the annotation `cnpg-site.io/disable: "RULE[,RULE] -- reason"` on a resource. The reason is what the next reader needs to know whether it still holds; one without a reason is a warning. A suppression naming a rule that does not exist hides nothing and is reported. With `--report-unused-disable`, a suppression that hides no finding is reported too, so suppressions do not outlive the problem they were for.',
    bad: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  instances: 3
  storage:
    size: 10Gi
    # cnpg-site-disable-next-line storage-class
    storageClass: standard`,
    good: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  instances: 3
  storage:
    size: 10Gi
    # cnpg-site-disable-next-line storage-class -- scratch database, rebuilt from git on loss
    storageClass: standard`,
    howToFix: 'Add ` -- ` and the reason after the rule ids; correct a misspelt rule id (the message suggests one); remove a suppression that no longer hides anything.',
    messages: {
      noReason: 'suppression of {{rules}} gives no reason; add " -- <why this is accepted>"',
      unknownRule: '"{{rule}}" is not a rule{{hint}}; the suppression hides nothing',
      unused: 'suppression of {{rule}} hides no finding; remove it',
    },
  },
  check() {
    /* the suppression pass reports these */
  },
};

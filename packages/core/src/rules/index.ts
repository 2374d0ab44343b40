import { archiveDestination } from './archive-destination.js';
import { archiveTags } from './archive-tags.js';
import { retentionPolicy } from './retention-policy.js';
import { clusterReference } from './cluster-reference.js';
import { backupConfigured } from './backup-configured.js';
import { pluginWiring } from './plugin-wiring.js';
import { backupCredentials } from './backup-credentials.js';
import { archiveCollision } from './archive-collision.js';
import { recoveryArchive } from './recovery-archive.js';
import { imageCatalog } from './image-catalog.js';
import { schema } from './schema.js';
import { kustomizeResources } from './kustomize-resources.js';
import { render, skippedFile, yamlSyntax } from './load-notes.js';
import type { Rule, RuleOption } from './rule.js';
import { storageClass } from './storage-class.js';
import { disableDirective } from './disable-directive.js';

/**
 * Every rule. Adding a rule touches three files: the rule, its test, and this list
 * (the docs page is generated from the rule's metadata: npm run docs:rules).
 */
export const RULES: readonly Rule[] = [
  storageClass,
  archiveDestination,
  archiveTags,
  retentionPolicy,
  clusterReference,
  backupConfigured,
  pluginWiring,
  backupCredentials,
  archiveCollision,
  recoveryArchive,
  imageCatalog,
  schema,
  kustomizeResources,
  yamlSyntax,
  skippedFile,
  render,
  disableDirective,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

/** The options each rule declares, by rule id: what `rules.<id>: [severity, { ... }]` is checked against. */
export const RULE_OPTIONS: Readonly<Record<string, Readonly<Record<string, RuleOption>>>> = Object.fromEntries(
  RULES.filter((r) => r.meta.options !== undefined).map((r) => [r.meta.id, r.meta.options!]),
);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

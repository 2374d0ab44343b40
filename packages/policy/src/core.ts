/**
 * The parts of @cnpg-site/core the policy uses. Core's index leaves out the S3 and Kubernetes
 * clients (subpath exports), so loading it stays cheap for a pre-commit hook.
 */
export {
  applyBaseline,
  applySuppressions,
  archiveTargetOf,
  clusterIdentity,
  compareDiagnostics,
  DEFAULT_PROFILE,
  describe,
  diffClusters,
  directivesIn,
  excludeMatcher,
  fingerprint,
  formatDiagnostics,
  identityOf,
  InputError,
  internalErrorLine,
  isCluster,
  KUSTOMIZATION_NAMES,
  lint,
  loadInventory,
  OUTPUT_FORMATS,
  parseBaseline,
  positionOf,
  recoverySourceOf,
  refOf,
  relPath,
  repoPath,
  repositoryRoot,
  RULE_IDS,
  siteLocationOf,
  staleReferencesInInventory,
  staleReferencesInText,
  useColor,
  withFingerprints,
  writeStdout as write,
} from '@cnpg-site/core';
import type { parseProfile, RULE_OPTIONS } from '@cnpg-site/core';

/** The profile parser; callers load it only when a profile file exists. */
export async function loadProfileParser(): Promise<{ parseProfile: typeof parseProfile; ruleOptions: typeof RULE_OPTIONS }> {
  const core = await import('@cnpg-site/core');
  return { parseProfile: core.parseProfile, ruleOptions: core.RULE_OPTIONS };
}

/**
 * The parts of @cnpg-site/core the policy uses. Core's index leaves out the S3 and Kubernetes
 * clients (subpath exports), so loading it stays cheap for a pre-commit hook; and the hook's bundle
 * holds only what is named here (no `import()` of the whole index, which would keep the restore
 * and upgrade planners, the scaffolder and the rest in the modules every hook run loads).
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
  parseProfile,
  positionOf,
  recoverySourceOf,
  refOf,
  relPath,
  repoPath,
  repositoryRoot,
  RULE_IDS,
  RULE_OPTIONS,
  siteLocationOf,
  staleReferencesInInventory,
  staleReferencesInText,
  useColor,
  withFingerprints,
  writeStdout as write,
} from '@cnpg-site/core';

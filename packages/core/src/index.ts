export * from './types.js';
export * from './errors.js';
export * from './inventory/resource.js';
export * from './inventory/inventory.js';
export * from './inventory/load.js';
export * from './inventory/yaml-nodes.js';
export * from './profile/profile.js';
export * from './profile/load.js';
export * from './profile/infer.js';
export * from './cnpg/archive.js';
export * from './rules/rule.js';
export * from './rules/index.js';
export * from './lint/lint.js';
export * from './lint/run.js';
export * from './lint/fingerprint.js';
export * from './lint/baseline.js';
export { applySuppressions, directivesIn, DISABLE_ANNOTATION, type Directive } from './lint/suppress.js';
export * from './format/format.js';
export * from './restore/index.js';
export * from './plan/model.js';
export * from './upgrade/index.js';
export * from './diff/index.js';
export * from './rules/docs.js';
export * from './deploy/index.js';
// The live reader (Kubernetes client) and the S3 archive reader are heavy to load: they are
// subpath exports, @cnpg-site/core/live and @cnpg-site/core/archive, so lint and the policy hooks
// do not pay for them.
export * from './repo.js';
export * from './scaffold/index.js';
export * from './format/terminal.js';

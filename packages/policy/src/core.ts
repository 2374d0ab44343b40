/**
 * The parts of @cnpg-site/core the policy uses, loaded module by module so that a pre-commit hook
 * does not pay for what it does not run (the S3 and Kubernetes clients behind core's index).
 * Falls back to the package index when the core build is laid out differently.
 */
import type * as Core from '@cnpg-site/core';

function coreDir(): URL {
  try {
    return new URL('.', import.meta.resolve('@cnpg-site/core'));
  } catch {
    // Installed from the repository root: core sits beside this package.
    return new URL('../../core/dist/', import.meta.url);
  }
}

const dir = coreDir();

async function part<T>(file: string): Promise<T> {
  try {
    return (await import(new URL(file, dir).href)) as T;
  } catch {
    return (await import('@cnpg-site/core')) as unknown as T;
  }
}

const [errors, cnpg, resource, load, profile, rules, lintMod, format, diff] = await Promise.all([
  part<Pick<typeof Core, 'InputError'>>('errors.js'),
  part<Pick<typeof Core, 'isCluster'>>('cnpg/archive.js'),
  part<Pick<typeof Core, 'describe' | 'positionOf' | 'refOf'>>('inventory/resource.js'),
  part<Pick<typeof Core, 'loadInventory' | 'KUSTOMIZATION_NAMES' | 'siteLocationOf'>>('inventory/load.js'),
  part<Pick<typeof Core, 'DEFAULT_PROFILE'>>('profile/profile.js'),
  part<Pick<typeof Core, 'RULE_IDS'>>('rules/index.js'),
  part<Pick<typeof Core, 'lint' | 'compareDiagnostics'>>('lint/lint.js'),
  part<Pick<typeof Core, 'formatDiagnostics' | 'relPath' | 'OUTPUT_FORMATS'>>('format/format.js'),
  part<Pick<typeof Core, 'archiveTargetOf' | 'clusterIdentity' | 'diffClusters' | 'recoverySourceOf' | 'staleReferencesInInventory' | 'staleReferencesInText'>>('diff/index.js'),
]);

export const { InputError } = errors;
export const { isCluster } = cnpg;
export const { describe, positionOf, refOf } = resource;
export const { loadInventory, KUSTOMIZATION_NAMES, siteLocationOf } = load;
export const { DEFAULT_PROFILE } = profile;
/** The profile parser (and its schema validator), loaded only when a profile file exists. */
export function loadProfileParser(): Promise<Pick<typeof Core, 'parseProfile'>> {
  return part<Pick<typeof Core, 'parseProfile'>>('profile/load.js');
}
export const { RULE_IDS } = rules;
export const { lint, compareDiagnostics } = lintMod;
export const { formatDiagnostics, relPath, OUTPUT_FORMATS } = format;
export const { archiveTargetOf, clusterIdentity, diffClusters, recoverySourceOf, staleReferencesInInventory, staleReferencesInText } = diff;

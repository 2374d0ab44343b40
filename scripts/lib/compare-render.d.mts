/** Normalises rendered manifests for comparison with kustomize's output (see compare-render.mjs). */
export function normalizeForCompare(objects: unknown[]): unknown[];

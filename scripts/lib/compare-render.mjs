// Normalises rendered manifests for comparison with kustomize's output: order of resources and
// keys does not matter; Secret values are compared by key only (they are never printed).
const sortKeys = (v) => {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
  return v;
};
export function normalizeForCompare(objects) {
  const out = objects.map((o) => {
    if (o && o.kind === 'Secret' && o.apiVersion === 'v1') {
      const c = { ...o };
      for (const f of ['data', 'stringData']) if (c[f] && typeof c[f] === 'object') c[f] = Object.fromEntries(Object.keys(c[f]).map((k) => [k, '<redacted>']));
      return sortKeys(c);
    }
    return sortKeys(o);
  });
  const key = (o) => `${o.apiVersion}|${o.kind}|${o.metadata?.namespace ?? ''}|${o.metadata?.name ?? ''}`;
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

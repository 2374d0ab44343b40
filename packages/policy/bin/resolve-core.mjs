// Module resolution hook: maps @cnpg-site/core to the core package of the same checkout when
// node_modules does not provide it (see bin/run.js).
const CORE = new URL('../../core/dist/index.js', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier !== '@cnpg-site/core') return next(specifier, context);
  try {
    return await next(specifier, context);
  } catch {
    return { url: CORE, shortCircuit: true };
  }
}

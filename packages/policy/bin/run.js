#!/usr/bin/env node
// cnpg-site-policy: pre-commit and CI policy. Kept small: only the CLI module is loaded, from the
// bundle the build makes (dist/bundle) when it is current, else from the compiled modules.
import { existsSync, statSync } from 'node:fs';
import { register } from 'node:module';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === 'version')) {
  process.stdout.write('cnpg-site-policy/0.1.0\n');
} else {
  try {
    import.meta.resolve('@cnpg-site/core');
  } catch {
    // Installed from the repository's root package (pre-commit's `npm install -g` of this
    // repository): the core package sits beside this one, not in node_modules.
    register('./resolve-core.mjs', import.meta.url);
  }
  const { main } = await import(bundleIsCurrent() ? '../dist/bundle/cli.js' : '../dist/cli.js');
  process.exitCode = await main(argv);
}

/**
 * The bundle exists and, in a checkout, is not older than the last compile of this package or of
 * core (their build info files; an installed package has none, and its bundle is the one shipped).
 */
function bundleIsCurrent() {
  // CNPG_SITE_NO_BUNDLE=1 loads the compiled modules (stack traces that name source files).
  if (process.env.CNPG_SITE_NO_BUNDLE) return false;
  const mtime = (rel) => {
    const p = new URL(rel, import.meta.url);
    return existsSync(p) ? statSync(p).mtimeMs : undefined;
  };
  const bundle = mtime('../dist/bundle/cli.js');
  if (bundle === undefined) return false;
  for (const info of ['../tsconfig.tsbuildinfo', '../../core/tsconfig.tsbuildinfo']) {
    const t = mtime(info);
    if (t !== undefined && t > bundle) return false;
  }
  return true;
}

#!/usr/bin/env node
// kubectl discovers this as `kubectl cnpg-site` (binary kubectl-cnpg_site on PATH).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const pkg = () => JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v' || argv[0] === 'version')) {
  // Answer without loading the command framework: scripts call this often.
  process.stdout.write(`kubectl-cnpg_site/${pkg().version} ${process.platform}-${process.arch} node-${process.version}\n`);
} else if (bundleIsCurrent()) {
  // The build's split bundle (scripts/bundle-cli.mjs): a handful of files to load instead of a
  // few hundred modules. oclif finds the commands in its `commands` chunk.
  const { run } = await import('../dist/bundle/main.js');
  const pjson = pkg();
  pjson.oclif = { ...pjson.oclif, commands: { ...pjson.oclif.commands, target: './dist/bundle/commands.js' } };
  await run(argv, pkgDir, pjson);
} else {
  const { run } = await import('../dist/main.js');
  await run(argv, import.meta.url);
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
  const bundle = mtime('../dist/bundle/main.js');
  if (bundle === undefined || mtime('../dist/bundle/commands.js') === undefined) return false;
  for (const info of ['../tsconfig.tsbuildinfo', '../../core/tsconfig.tsbuildinfo']) {
    const t = mtime(info);
    if (t !== undefined && t > bundle) return false;
  }
  return true;
}

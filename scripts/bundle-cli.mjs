#!/usr/bin/env node
// Bundles kubectl-cnpg_site (packages/kubectl-cnpg-site/dist/main.js and its command list, with
// core, oclif, yaml and the rest) into packages/kubectl-cnpg-site/dist/bundle/: bin/run.js loads
// a handful of files instead of a few hundred modules (see lib/split-bundle.mjs).
//
//   node scripts/bundle-cli.mjs        (run by the CLI package's build)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitBundle } from './lib/split-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = join('packages', 'kubectl-cnpg-site', 'dist');
const outdir = join(root, pkg, 'bundle');
const { files, bytes } = await splitBundle({
  root,
  entryPoints: { main: join(pkg, 'main.js'), commands: join(pkg, 'commands', 'index.js') },
  outdir,
});
console.log(`bundled kubectl-cnpg_site: ${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${outdir.slice(root.length + 1)}`);

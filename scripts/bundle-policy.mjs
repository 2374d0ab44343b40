#!/usr/bin/env node
// Bundles cnpg-site-policy (packages/policy/dist/cli.js with core, yaml and the rest) into
// packages/policy/dist/bundle/, so that a pre-commit hook loads a handful of files instead of a few
// hundred modules (see lib/split-bundle.mjs).
//
//   node scripts/bundle-policy.mjs        (run by the policy package's build)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitBundle } from './lib/split-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'packages', 'policy', 'dist', 'bundle');
const { files, bytes } = await splitBundle({ root, entryPoints: { cli: 'packages/policy/dist/cli.js' }, outdir });
console.log(`bundled cnpg-site-policy: ${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${outdir.slice(root.length + 1)}`);

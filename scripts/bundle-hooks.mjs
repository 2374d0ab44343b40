#!/usr/bin/env node
// Bundles cnpg-site-policy for a pre-commit hook repository that installs in seconds: ES modules
// split into an entry and chunks (the S3 and Kubernetes clients load only when used), with core's
// validators and schemas inside, and no dependency left to install. Written to OUTDIR:
//   bin/cnpg-site-policy.mjs (the program) and lib/*.mjs (its entry and chunks)
// YAML is parsed on one thread (no worker file beside it).
//
//   node scripts/bundle-hooks.mjs OUTDIR
import { build } from 'esbuild';
import { localRequire } from './lib/local-require.mjs';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(process.argv[2] ?? join(root, 'packages', 'policy', 'bundle', 'hooks'));

rmSync(outdir, { recursive: true, force: true });
const lib = join(outdir, 'lib');
mkdirSync(lib, { recursive: true });
const entry = join(outdir, 'entry.mjs');
writeFileSync(entry, "import { main } from '@cnpg-site/policy-cli';\nprocess.exitCode = await main(process.argv.slice(2));\n");
const result = await build({
  absWorkingDir: root,
  entryPoints: { 'cnpg-site-policy': entry },
  outdir: lib,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  alias: { '@cnpg-site/policy-cli': join(root, 'packages', 'policy', 'dist', 'cli.js') },
  external: ['typescript'],
  banner: { js: "import { createRequire as __cnpgSiteCreateRequire } from 'node:module';const require = __cnpgSiteCreateRequire(import.meta.url);" },
  plugins: [localRequire],
  legalComments: 'eof',
  logLevel: 'warning',
  metafile: true,
});
rmSync(entry);
// bin/ holds the program; the entry and its chunks stay together in lib/.
mkdirSync(join(outdir, 'bin'), { recursive: true });
writeFileSync(join(outdir, 'bin', 'cnpg-site-policy.mjs'), "#!/usr/bin/env node\nimport '../lib/cnpg-site-policy.mjs';\n");
chmodSync(join(outdir, 'bin', 'cnpg-site-policy.mjs'), 0o755);
const outs = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.mjs'));
const bytes = outs.reduce((n, [, o]) => n + o.bytes, 0);
console.log(`bundled the hooks' cnpg-site-policy: ${outs.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${outdir}`);

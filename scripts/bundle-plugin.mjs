#!/usr/bin/env node
// Bundles the kubectl plugin into one file, packages/kubectl-cnpg-site/bundle/kubectl-cnpg_site,
// with core, oclif, yaml, the S3 and Kubernetes clients, the CRD validators and schemas inside:
// with Node on PATH, `kubectl-cnpg_site lint .` works with nothing else installed (krew ships this
// one file). It is CommonJS, so it runs under its kubectl plugin name, with no extension and no
// package.json beside it. YAML is parsed on one thread in the bundle (no worker file beside it).
//
// `policy` bundles cnpg-site-policy the same way, into packages/policy/bundle/cnpg-site-policy, for
// the npm package of the release (the pre-commit hooks keep their split bundle, which starts faster).
//
//   node scripts/bundle-plugin.mjs [plugin|policy]
import { build } from 'esbuild';
import { localRequire } from './lib/local-require.mjs';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const which = process.argv[2] ?? 'plugin';
if (which !== 'plugin' && which !== 'policy') throw new Error(`unknown bundle ${which}: plugin or policy`);
const pkgDir = join(root, 'packages', which === 'plugin' ? 'kubectl-cnpg-site' : 'policy');
const outdir = join(pkgDir, 'bundle');
const outfile = join(outdir, which === 'plugin' ? 'kubectl-cnpg_site' : 'cnpg-site-policy');
const pjson = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

const t0 = Date.now();
mkdirSync(outdir, { recursive: true });
// Whatever package.json is above it, this folder's files are CommonJS.
writeFileSync(join(outdir, 'package.json'), '{ "type": "commonjs" }\n');
const result = await build({
  absWorkingDir: root,
  entryPoints: [join(pkgDir, 'dist', 'bundle.js')],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: {
    CNPG_SITE_PJSON: JSON.stringify({ name: pjson.name, version: pjson.version, type: 'commonjs', oclif: pjson.oclif ?? {} }),
    'import.meta.url': '__cnpgSiteUrl',
  },
  banner: { js: "#!/usr/bin/env node\nvar __cnpgSiteUrl = require('node:url').pathToFileURL(__filename).href;" },
  // oclif reads tsconfig.json through typescript only for a CLI run from its TypeScript sources;
  // it falls back without it.
  external: ['typescript'],
  minify: true,
  plugins: [localRequire],
  legalComments: 'eof',
  logLevel: 'warning',
  metafile: true,
});
chmodSync(outfile, 0o755);
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`bundled ${which === 'plugin' ? 'kubectl-cnpg_site' : 'cnpg-site-policy'}: ${(bytes / 1e6).toFixed(1)} MB in ${outfile.slice(root.length + 1)} (${Date.now() - t0} ms)`);

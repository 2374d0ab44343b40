#!/usr/bin/env node
// Bundles cnpg-site-policy (packages/policy/dist/cli.js with core, yaml and the rest) into
// packages/policy/dist/bundle/, so that a pre-commit hook loads a handful of files instead of a few
// hundred modules. Parts loaded only by some commands (S3, the Kubernetes client) stay separate
// chunks, loaded when used.
//
// Core's data files are not copied: the schema registry and the parse worker resolve them from the
// installed @cnpg-site/core (the bundle rewrites their `import.meta.url` to core's own location).
//
//   node scripts/bundle-policy.mjs        (run by the policy package's build)
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'packages', 'policy', 'dist', 'bundle');

/** Core modules that locate files beside themselves, by their path inside core's dist/. */
const LOCATED = /[\\/]core[\\/]dist[\\/]((?:models[\\/]registry|inventory[\\/]parse-pool)\.js)$/;

const coreLocation = {
  name: 'core-location',
  setup(b) {
    b.onLoad({ filter: LOCATED }, async (args) => {
      const rel = LOCATED.exec(args.path)[1].replace(/\\/g, '/');
      const text = await readFile(args.path, 'utf8');
      return { contents: text.replaceAll('import.meta.url', `__cnpgSiteCoreUrl(${JSON.stringify(rel)})`), loader: 'js' };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'packages/policy/dist/cli.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Packages that must stay resolvable at run time: core's registry loads its generated
  // validators (which import these) from core's own folder.
  external: ['@kubernetes-models/validate'],
  banner: {
    js: [
      "import { createRequire as __cnpgSiteCreateRequire } from 'node:module';",
      'const require = __cnpgSiteCreateRequire(import.meta.url);',
      "const __cnpgSiteCoreUrl = (p) => new URL(p, import.meta.resolve('@cnpg-site/core')).href;",
    ].join('\n'),
  },
  plugins: [coreLocation],
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
});
const out = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.js'));
const bytes = out.reduce((n, [, o]) => n + o.bytes, 0);
console.log(`bundled cnpg-site-policy: ${out.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${outdir.slice(root.length + 1)}`);

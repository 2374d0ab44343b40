// A split ESM bundle of one of the CLIs (cnpg-site-policy, kubectl-cnpg_site): core, yaml, oclif
// and the rest in a handful of chunks instead of a few hundred modules, so a command starts
// faster. Parts loaded only by some commands (S3, the Kubernetes client) stay separate chunks,
// loaded when used.
//
// Core's data files are not copied: the schema registry and the parse worker resolve them from the
// installed @cnpg-site/core (the bundle rewrites their `import.meta.url` to core's own location).
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

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

/**
 * Bundles `entryPoints` (name → compiled module, relative to `root`) into `outdir`, emptied first.
 * Returns the number of files and bytes written.
 */
export async function splitBundle({ root, entryPoints, outdir }) {
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Packages that must stay resolvable at run time: core's registry loads its generated
    // validators (which import these) from core's own folder. oclif reads tsconfig.json through
    // typescript only for a CLI run from its TypeScript sources; it falls back without it.
    external: ['@kubernetes-models/validate', 'typescript'],
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
  return { files: out.length, bytes: out.reduce((n, [, o]) => n + o.bytes, 0) };
}

// An esbuild plugin for bundling core: two of its modules `require` files beside themselves
// through `createRequire(import.meta.url)` (the CRD validators and schemas, ajv). Dropping that
// line lets the bundler see the requires and put those files inside the bundle.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const LOCAL_REQUIRE = /[\\/]core[\\/]dist[\\/](models[\\/]registry|profile[\\/]load)\.js$/;

export const localRequire = {
  name: 'local-require',
  setup(b) {
    b.onLoad({ filter: LOCAL_REQUIRE }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const out = text.replace(/^const require = createRequire\(import\.meta\.url\);$/m, '');
      if (out === text) throw new Error(`${args.path}: the createRequire line to drop is gone; update scripts/lib/local-require.mjs`);
      return { contents: out, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

// Entry of the one-file bundle, dist/kubectl-cnpg_site.mjs (scripts/bundle-plugin.mjs): the CLI
// with every dependency inside, so `node kubectl-cnpg_site.mjs` runs with nothing else installed.
// oclif finds the commands in this same file (explicit discovery, identifier COMMANDS).
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './main.js';

export { COMMANDS } from './commands/index.js';

/** The package.json, put in by the bundler. */
declare const CNPG_SITE_PJSON: { version: string; oclif: Record<string, unknown> } & Record<string, unknown>;

const self = fileURLToPath(import.meta.url);
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v' || argv[0] === 'version')) {
  process.stdout.write(`kubectl-cnpg_site/${CNPG_SITE_PJSON.version} ${process.platform}-${process.arch} node-${process.version}\n`);
} else {
  const pjson = {
    ...CNPG_SITE_PJSON,
    oclif: { ...CNPG_SITE_PJSON.oclif, commands: { strategy: 'explicit', target: `./${basename(self)}`, identifier: 'COMMANDS' } },
  };
  // Not awaited: oclif imports this module again for its COMMANDS, which must not wait on itself.
  void run(argv, dirname(self), pjson);
}

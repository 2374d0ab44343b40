#!/usr/bin/env node
// cnpg-site-policy: pre-commit and CI policy. Kept small: only the CLI module is loaded.
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
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main(argv);
}

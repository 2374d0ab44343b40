#!/usr/bin/env node
// kubectl discovers this as `kubectl cnpg-site` (binary kubectl-cnpg_site on PATH).
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v' || argv[0] === 'version')) {
  // Answer without loading the command framework: scripts call this often.
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`kubectl-cnpg_site/${pkg.version} ${process.platform}-${process.arch} node-${process.version}\n`);
} else {
  const { run } = await import('../dist/main.js');
  await run(argv, import.meta.url);
}

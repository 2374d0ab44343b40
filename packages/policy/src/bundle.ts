// Entry of the one-file bundle of cnpg-site-policy (scripts/bundle-plugin.mjs policy): for a CI
// job that installs it alone (`npm install -g` of the release tarball). The pre-commit hooks run
// bin/run.js, whose split bundle starts faster.
import { main } from './cli.js';

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

#!/usr/bin/env node
// Release artifacts of the kubectl plugin, from the one-file bundle (scripts/bundle-plugin.mjs):
//   OUT/kubectl-cnpg_site-vX.Y.Z.tar.gz   the krew archive: kubectl-cnpg_site, its completion
//                                          companion kubectl_complete-cnpg_site, LICENSE
//   OUT/cnpg-site.yaml                     the krew plugin manifest, sha256 of the archive filled in
//   OUT/cnpg-site-kubectl-cnpg-site-X.Y.Z.tgz  an npm package with no dependencies:
//                                          `npm install -g ./that.tgz` installs it offline
//   OUT/cnpg-site-policy-X.Y.Z.tgz         cnpg-site-policy the same way, for CI jobs
// The archive is byte-for-byte reproducible (sorted entries, fixed times and owners).
//
//   node scripts/release.mjs [--out DIR] [--base-url URL]
//   (default OUT: release/; default URL: the GitHub release of the version)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string' }, 'base-url': { type: 'string' } } });
const out = resolve(values.out ?? join(root, 'release'));
const pkgDir = join(root, 'packages', 'kubectl-cnpg-site');
const pjson = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const version = pjson.version;
const tag = `v${version}`;
const baseUrl = (values['base-url'] ?? `https://github.com/cnpg-site/cnpg-site/releases/download/${tag}`).replace(/\/+$/, '');

execFileSync(process.execPath, [join(root, 'scripts', 'bundle-plugin.mjs'), 'plugin'], { stdio: 'inherit' });
execFileSync(process.execPath, [join(root, 'scripts', 'bundle-plugin.mjs'), 'policy'], { stdio: 'inherit' });

rmSync(out, { recursive: true, force: true });
const stage = join(out, 'stage');
mkdirSync(stage, { recursive: true });
copyFileSync(join(pkgDir, 'bundle', 'kubectl-cnpg_site'), join(stage, 'kubectl-cnpg_site'));
writeFileSync(
  join(stage, 'kubectl_complete-cnpg_site'),
  `#!/usr/bin/env node
// kubectl runs kubectl_complete-cnpg_site WORDS... to complete \`kubectl cnpg-site WORDS<TAB>\`.
process.argv.splice(2, 0, '__complete');
require('./kubectl-cnpg_site');
`,
);
copyFileSync(join(root, 'LICENSE'), join(stage, 'LICENSE'));
for (const f of ['kubectl-cnpg_site', 'kubectl_complete-cnpg_site']) chmodSync(join(stage, f), 0o755);
writeFileSync(join(stage, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);

// krew archive.
const archiveName = `kubectl-cnpg_site-${tag}.tar.gz`;
const archive = join(out, archiveName);
const files = ['LICENSE', 'kubectl-cnpg_site', 'kubectl_complete-cnpg_site'];
const tar = execFileSync('tar', ['--sort=name', '--mtime=@0', '--owner=0', '--group=0', '--numeric-owner', '--format=gnu', '-cf', '-', '-C', stage, ...files], { maxBuffer: 1 << 28 });
writeFileSync(archive, execFileSync('gzip', ['-n', '-9'], { input: tar, maxBuffer: 1 << 28 }));
const sha256 = createHash('sha256').update(readFileSync(archive)).digest('hex');

const platforms = [
  ['linux', 'amd64'],
  ['linux', 'arm64'],
  ['darwin', 'amd64'],
  ['darwin', 'arm64'],
]
  .map(
    ([os, arch]) => `  - selector:
      matchLabels:
        os: ${os}
        arch: ${arch}
    uri: ${baseUrl}/${archiveName}
    sha256: ${sha256}
    bin: kubectl-cnpg_site
    files:
      - from: kubectl-cnpg_site
        to: .
      - from: kubectl_complete-cnpg_site
        to: .
      - from: LICENSE
        to: .
`,
  )
  .join('');
writeFileSync(
  join(out, 'cnpg-site.yaml'),
  `apiVersion: krew.googlecontainertools.github.com/v1alpha2
kind: Plugin
metadata:
  name: cnpg-site
spec:
  version: ${tag}
  homepage: ${pjson.homepage}
  shortDescription: Lint and restore CloudNativePG GitOps sites
  description: |
    Checks a GitOps repository of CloudNativePG clusters (kustomize, Flux, ArgoCD) as its
    controller renders it: CloudNativePG truths and your site's conventions, with file:line and a
    fix. Plans restores that restore (a new name, recovery from the old archive), reads Barman
    backups in S3 and clusters live.
  caveats: |
    The plugin is one JavaScript file: it needs Node.js 20.19 or newer on PATH.
    Shell completion of \`kubectl cnpg-site <TAB>\`: put kubectl_complete-cnpg_site on PATH
    (it is installed beside the plugin in the krew store), or see \`kubectl cnpg-site completion --help\`.
  platforms:
${platforms}`,
);

// npm package: the bundle alone, no dependencies.
const npmDir = join(out, 'npm');
mkdirSync(npmDir, { recursive: true });
for (const f of files) copyFileSync(join(stage, f), join(npmDir, f));
for (const f of ['kubectl-cnpg_site', 'kubectl_complete-cnpg_site']) chmodSync(join(npmDir, f), 0o755);
const npmPkg = {
  name: pjson.name,
  version,
  description: pjson.description,
  license: pjson.license,
  homepage: pjson.homepage,
  repository: pjson.repository,
  bugs: pjson.bugs,
  keywords: pjson.keywords,
  engines: pjson.engines,
  type: 'commonjs',
  bin: { 'kubectl-cnpg_site': './kubectl-cnpg_site', 'kubectl_complete-cnpg_site': './kubectl_complete-cnpg_site' },
  files: files,
};
writeFileSync(join(npmDir, 'package.json'), `${JSON.stringify(npmPkg, null, 2)}\n`);
writeFileSync(join(npmDir, 'README.md'), `# kubectl cnpg-site\n\nThe cnpg-site kubectl plugin in one file. See ${pjson.homepage}.\n`);
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: npmDir, encoding: 'utf8' }))[0];
// npm package of cnpg-site-policy: its one-file bundle alone.
const policyDir = join(root, 'packages', 'policy');
const policyJson = JSON.parse(readFileSync(join(policyDir, 'package.json'), 'utf8'));
const policyNpm = join(out, 'npm-policy');
mkdirSync(policyNpm, { recursive: true });
copyFileSync(join(policyDir, 'bundle', 'cnpg-site-policy'), join(policyNpm, 'cnpg-site-policy'));
chmodSync(join(policyNpm, 'cnpg-site-policy'), 0o755);
copyFileSync(join(root, 'LICENSE'), join(policyNpm, 'LICENSE'));
writeFileSync(
  join(policyNpm, 'package.json'),
  `${JSON.stringify(
    {
      name: policyJson.name,
      version: policyJson.version,
      description: policyJson.description,
      license: policyJson.license,
      homepage: policyJson.homepage,
      repository: policyJson.repository,
      bugs: policyJson.bugs,
      keywords: policyJson.keywords,
      engines: policyJson.engines,
      type: 'commonjs',
      bin: { 'cnpg-site-policy': './cnpg-site-policy' },
      files: ['LICENSE', 'cnpg-site-policy'],
    },
    null,
    2,
  )}\n`,
);
writeFileSync(join(policyNpm, 'README.md'), `# cnpg-site-policy\n\nChecks on a change to a CloudNativePG GitOps repository, in one file. See ${policyJson.homepage}.\n`);
const policyPacked = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: policyNpm, encoding: 'utf8' }))[0];
rmSync(stage, { recursive: true, force: true });
console.log(`release ${tag} in ${out}:`);
console.log(`  ${archiveName}  sha256 ${sha256}`);
console.log('  cnpg-site.yaml (krew manifest)');
console.log(`  ${packed.filename} (npm, ${packed.entryCount} files, no dependencies)`);
console.log(`  ${policyPacked.filename} (npm, ${policyPacked.entryCount} files, no dependencies)`);

import { Args, Command, Flags } from '@oclif/core';
import { formatDiagnostics, InputError, lintPaths, OUTPUT_FORMATS, type OutputFormat } from '@cnpg-site/core';
import { checkProfileFile, jsonToYaml, profileFlag, useColor, write } from '../lib/output.js';

export default class Lint extends Command {
  static override summary = 'Check manifests against the site conventions and the CRD schemas.';
  static override description = `Loads the files and directories given (default: the current directory), follows kustomizations, and checks every CloudNativePG Cluster, its backups, object store, credentials chain and references against the site profile: the nearest .cnpg-site.yaml, else the built-in default.

Exit status: 0 no errors, 1 errors found, 2 usage or input error (a path that does not exist, no YAML file under the paths).`;
  static override examples = [
    { description: 'Lint a whole GitOps repository', command: '<%= config.bin %> lint .' },
    { description: 'Lint one overlay', command: '<%= config.bin %> lint sites/dal/clusters/k1/wave-2/overlays/forgejo' },
    { description: 'Annotations for GitHub or Forgejo Actions', command: '<%= config.bin %> lint -o github sites/' },
    { description: 'SARIF for code scanning', command: '<%= config.bin %> lint -o sarif . > cnpg-site.sarif' },
    { description: 'The findings as YAML (the same fields as -o json)', command: '<%= config.bin %> lint -o yaml .' },
  ];
  static override strict = false;
  static override args = {
    paths: Args.string({ description: 'files or directories to lint', required: false }),
  };
  static override flags = {
    output: Flags.string({ char: 'o', description: 'output format', options: [...OUTPUT_FORMATS, 'yaml'], default: 'stylish' }),
    profile: profileFlag,
    verbose: Flags.boolean({ description: 'also show info notes (skipped files)', default: false }),
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(Lint);
    const paths = (argv as string[]).length > 0 ? (argv as string[]) : ['.'];
    checkProfileFile(flags.profile);
    const result = await lintPaths(paths, flags.profile ? { profileFile: flags.profile } : {});
    // Nothing to check is an error, so that a mistyped path in CI cannot pass.
    if (result.summary.files === 0) throw new InputError(`no YAML files found in ${paths.join(', ')}: nothing to lint`);
    const format = flags.output === 'yaml' ? 'json' : (flags.output as OutputFormat);
    const text = formatDiagnostics(format, result.diagnostics, result.summary, {
      cwd: process.cwd(),
      color: flags.output === 'stylish' && useColor(),
      verbose: flags.verbose,
      tool: { name: 'cnpg-site', version: this.config.version },
    });
    process.exitCode = result.summary.errors > 0 ? 1 : 0;
    await write(flags.output === 'yaml' ? jsonToYaml(text) : text);
  }
}

import { Args, Command, Flags } from '@oclif/core';
import { formatDiagnostics, InputError, lintPaths, OUTPUT_FORMATS, repositoryRoot, type OutputFormat } from '@cnpg-site/core';
import { checkProfileFile, jsonToYaml, profileFlag, useColor, write } from '../lib/output.js';

export default class Lint extends Command {
  static override summary = 'Check manifests against the site conventions and the CRD schemas.';
  static override description = `Loads the files and directories given (default: the current directory), follows kustomizations, and checks every CloudNativePG Cluster, its backups, object store, credentials chain and references against the site profile: the nearest .cnpg-site.yaml, else the built-in default.

A finding is accepted on purpose with a comment on the line before it, \`# cnpg-site-disable-next-line RULE -- reason\`, or for a whole file with \`# cnpg-site-disable RULE -- reason\`; or all of today's findings at once with a baseline (--update-baseline), so that only new ones are reported. Findings are matched by fingerprint (rule, message id, resource and field), not by line, so moving or reformatting a file does not bring them back.

Exit status: 0 no errors, 1 errors found, 2 usage or input error (a path that does not exist, no YAML file under the paths, a broken baseline).`;
  static override examples = [
    { description: 'Lint a whole GitOps repository', command: '<%= config.bin %> lint .' },
    { description: 'Lint one overlay', command: '<%= config.bin %> lint sites/dal/clusters/k1/wave-2/overlays/forgejo' },
    { description: 'Annotations for GitHub or Forgejo Actions', command: '<%= config.bin %> lint -o github sites/' },
    { description: 'SARIF for code scanning', command: '<%= config.bin %> lint -o sarif . > cnpg-site.sarif' },
    { description: 'The findings as YAML (the same fields as -o json)', command: '<%= config.bin %> lint -o yaml .' },
    { description: 'Accept every finding there is today, and report only new ones from now on', command: '<%= config.bin %> lint --update-baseline .cnpg-site-baseline .' },
    { description: 'Report only findings the baseline does not list', command: '<%= config.bin %> lint --baseline .cnpg-site-baseline .' },
  ];
  static override strict = false;
  static override args = {
    paths: Args.string({ description: 'files or directories to lint', required: false }),
  };
  static override flags = {
    output: Flags.string({ char: 'o', description: 'output format', options: [...OUTPUT_FORMATS, 'yaml'], default: 'stylish' }),
    profile: profileFlag,
    verbose: Flags.boolean({ description: 'also show info notes (skipped files)', default: false }),
    baseline: Flags.string({
      description: 'a baseline file (written by --update-baseline): the findings it lists are accepted and not reported; default: the profile\'s baseline',
      helpValue: 'FILE',
      exclusive: ['update-baseline'],
    }),
    'update-baseline': Flags.string({
      description: 'write every error and warning found to this baseline file, by fingerprint, and report none of them',
      helpValue: 'FILE',
    }),
    'report-unused-disable': Flags.boolean({
      description: 'report suppression comments and annotations that hide no finding',
      default: false,
    }),
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(Lint);
    const paths = (argv as string[]).length > 0 ? (argv as string[]) : ['.'];
    checkProfileFile(flags.profile);
    const result = await lintPaths(paths, {
      ...(flags.profile ? { profileFile: flags.profile } : {}),
      ...(flags.baseline ? { baseline: flags.baseline } : {}),
      ...(flags['update-baseline'] ? { updateBaseline: flags['update-baseline'] } : {}),
      ...(flags['report-unused-disable'] ? { reportUnusedDisable: true } : {}),
    });
    // Nothing to check is an error, so that a mistyped path in CI cannot pass.
    if (result.summary.files === 0) throw new InputError(`no YAML files found in ${paths.join(', ')}: nothing to lint`);
    const format = flags.output === 'yaml' ? 'json' : (flags.output as OutputFormat);
    const text = formatDiagnostics(format, result.diagnostics, result.summary, {
      cwd: process.cwd(),
      ...(format === 'sarif' || format === 'github' ? { root: gitRootOr(process.cwd()) } : {}),
      color: flags.output === 'stylish' && useColor(),
      verbose: flags.verbose,
      tool: { name: 'cnpg-site', version: this.config.version },
    });
    process.exitCode = result.summary.errors > 0 ? 1 : 0;
    await write(flags.output === 'yaml' ? jsonToYaml(text) : text);
  }
}

/** The git root of a directory, else the directory itself (a folder that is not a repository). */
function gitRootOr(dir: string): string {
  try {
    return repositoryRoot(dir);
  } catch {
    return dir;
  }
}

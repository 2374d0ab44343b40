import { join } from 'node:path';
import { Command, Flags } from '@oclif/core';
import { inferProfile, lintPaths, outliersOf, PROFILE_FILE, profileText, repositoryRoot, writeProfileFile } from '@cnpg-site/core';
import { jsonToYaml, write } from '../lib/output.js';

export default class Init extends Command {
  static override summary = 'Infer the site\'s conventions from its Clusters and write them to .cnpg-site.yaml at the git root.';
  static override description = `Reads the repository as the GitOps controller renders it and, for each convention, takes what most Clusters do: the layout of their folders (with {site}, {k8sCluster}, {wave}, {namespace} and {app}), the archive destination as a template, the storage class, the object store tags, the retention policy, the backup methods in use, the credentials producer, the image catalog (or that images are pinned) and whether each backed-up Cluster has a ScheduledBackup. A convention most Clusters do not share is left out and its rule turned off, with a comment saying why.

Every value in the file carries a comment saying how many Clusters follow it. The Clusters that do not are listed as outliers: they are what lint reports next. The file is checked to load as a profile before it is written, and written atomically.

Exit status: 0 written (or printed with --dry-run), 2 usage or input error, or a .cnpg-site.yaml already there without --force.`;
  static override examples = [
    { description: 'See what would be written', command: '<%= config.bin %> init --dry-run' },
    { description: 'Write it, then lint against it', command: '<%= config.bin %> init && <%= config.bin %> lint .' },
    { description: 'Infer again over an existing profile', command: '<%= config.bin %> init --force' },
  ];
  static override flags = {
    repo: Flags.string({ description: 'repository to read (default: the git root of the current directory)', helpValue: 'DIR' }),
    'dry-run': Flags.boolean({ description: 'print the profile and the outliers; write nothing' }),
    force: Flags.boolean({ description: 'replace an existing .cnpg-site.yaml' }),
    output: Flags.string({ char: 'o', description: 'output format of the report', options: ['text', 'json', 'yaml'], default: 'text' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Init);
    const root = repositoryRoot(process.cwd(), flags.repo);
    const file = join(root, PROFILE_FILE);
    const { inventory } = await lintPaths([root], { cwd: root });
    const inference = inferProfile(inventory, root);
    const text = profileText(inference);
    const outliers = outliersOf(inference);
    if (!flags['dry-run']) writeProfileFile(file, text, { force: flags.force });
    if (flags.output !== 'text') {
      const json = `${JSON.stringify({ file, written: !flags['dry-run'], clusters: inference.clusters, profile: text, inference, outliers: outliers.map((o) => ({ convention: o.convention, ...o.outlier })) }, null, 2)}\n`;
      await write(flags.output === 'yaml' ? jsonToYaml(json) : json);
      return;
    }
    const out: string[] = [];
    if (flags['dry-run']) out.push(`# ${file} (not written: --dry-run)`, text.trimEnd(), '');
    else out.push(`Wrote ${file} from ${inference.clusters} Cluster(s).`);
    if (inference.clusters === 0) out.push('No CloudNativePG Cluster found: the profile holds no conventions. Run init again once the repository has Clusters.');
    if (outliers.length === 0) out.push(inference.clusters > 0 ? 'No outliers: every Cluster follows every convention inferred.' : '');
    else {
      out.push(`${outliers.length} outlier(s), which lint will report:`);
      for (const { convention, outlier: o } of outliers) {
        out.push(`  ${o.file}:${o.line}  ${o.namespace ? `${o.namespace}/` : ''}${o.cluster}  ${convention}: ${o.value} (most: ${o.expected})`);
      }
    }
    if (!flags['dry-run']) out.push('', 'Next: review the file (each value says how many Clusters follow it), then run kubectl cnpg-site lint .');
    await write(`${out.filter((l, i, a) => !(l === '' && i === a.length - 1)).join('\n')}\n`);
  }
}

import { resolve } from 'node:path';
import { Args, Command, Flags } from '@oclif/core';
import { formatUpgradePlan, InputError, runPlanUpgrade, upgradeFailed, UPGRADE_OUTPUT_FORMATS, type UpgradeOutputFormat } from '@cnpg-site/core';
import { checkEndpointUrl, checkProfileFile, jsonToYaml, profileFlag, write } from '../lib/output.js';

const DEFAULT_MAX_BACKUP_AGE = '24h';

export default class PlanUpgrade extends Command {
  static override summary = 'Plan the major upgrade of a Cluster, with its checks and its rollback, and write it into git.';
  static override description = `CloudNativePG upgrades a major offline and in place when spec.imageCatalogRef.major goes up (or a pinned spec.imageName changes major). This command finds the Cluster in the repository and plans the upgrade: the checks (major-up, catalog-has-major, extensions, fresh-backup, app-supports-major, each ok, failed or to confirm), the ordered steps (a base backup first when the archive has no fresh one, the git change checked by lint and the policy, the merge and sync by the controller that deploys it: ArgoCD, Flux or none, the watch of the upgrade, statistics, a backup under the new major), the edit written where the major comes from (the Cluster's file or the kustomize patch that sets it), and the rollback: the restore plan that recovers the pre-upgrade backup into a new Cluster of the old major. --write applies the edit, keeping comments and formatting, and renders the result again.

Exit status: 0 planned (or written) with no failed check; 1 a check failed (the plan says what blocks; nothing is written), the edit cannot be made where its value comes from, or the written files failed the check (every file put back); 2 usage or input error.`;
  static override examples = [
    { description: 'Plan the upgrade of forgejo-db to PostgreSQL 17', command: '<%= config.bin %> plan-upgrade forgejo-db --to 17' },
    { description: 'Without reading the archive: the plan takes a backup first', command: '<%= config.bin %> plan-upgrade forgejo-db --to 17 --no-archive-check' },
    { description: 'Write the edit, then check it', command: '<%= config.bin %> plan-upgrade forgejo-db -n forgejo --to 17 --write' },
    { description: 'A pull request description', command: '<%= config.bin %> plan-upgrade forgejo-db --to 17 -o markdown' },
  ];
  static override args = {
    cluster: Args.string({ description: 'name of the CloudNativePG Cluster to upgrade', required: true }),
  };
  static override flags = {
    to: Flags.string({ description: 'the PostgreSQL major to upgrade to', required: true, helpValue: 'MAJOR' }),
    repo: Flags.string({ description: 'GitOps repository (default: the git root of the current directory)', helpValue: 'DIR' }),
    namespace: Flags.string({ char: 'n', description: 'namespace of the Cluster, when several share its name' }),
    output: Flags.string({ char: 'o', description: 'output format', options: [...UPGRADE_OUTPUT_FORMATS, 'yaml'], default: 'text' }),
    write: Flags.boolean({ description: 'apply the edit to the files (refused when a check failed)', default: false }),
    'archive-check': Flags.boolean({
      description: 'read the archive in S3 (read-only) for a fresh base backup to pin in the rollback; --no-archive-check skips it, and the plan takes a backup first',
      default: true,
      allowNo: true,
    }),
    'endpoint-url': Flags.string({ description: 'S3 endpoint (default: the manifest endpointURL, AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL)', helpValue: 'URL' }),
    'max-backup-age': Flags.string({ description: `how old the newest base backup may be to count as fresh (e.g. 12h, 2d; default ${DEFAULT_MAX_BACKUP_AGE})`, helpValue: 'DURATION' }),
    live: Flags.boolean({ description: 'also read the live cluster (kubectl configuration): the image catalog as deployed and the major of the data directory' }),
    context: Flags.string({ description: 'kubeconfig context for --live', helpValue: 'NAME', dependsOn: ['live'] }),
    kubeconfig: Flags.string({ description: 'kubeconfig file for --live', helpValue: 'FILE', dependsOn: ['live'] }),
    profile: profileFlag,
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(PlanUpgrade);
    checkEndpointUrl(flags['endpoint-url']);
    checkProfileFile(flags.profile);
    if (!/^\d+$/.test(flags.to) || Number(flags.to) < 10 || Number(flags.to) > 99) {
      throw new InputError(`--to "${flags.to}" is not a PostgreSQL major version such as 17`);
    }
    const ageText = flags['max-backup-age'] ?? DEFAULT_MAX_BACKUP_AGE;
    const { parseDuration } = await import('@cnpg-site/core/live');
    const ageMs = parseDuration(ageText);
    if (ageMs === undefined) throw new InputError(`--max-backup-age "${ageText}" is not a duration; use a number with a unit, e.g. 12h, 2d or 90m`);
    const run = await runPlanUpgrade({
      clusterName: args.cluster,
      to: Number(flags.to),
      maxBackupAge: { text: ageText, ms: ageMs },
      now: new Date(),
      ...(flags.namespace !== undefined ? { namespace: flags.namespace } : {}),
      ...(flags.repo !== undefined ? { repo: flags.repo } : {}),
      ...(flags.profile !== undefined ? { profileFile: flags.profile } : {}),
      write: flags.write,
      checkArchive: flags['archive-check'],
      ...(flags['endpoint-url'] !== undefined ? { endpoint: flags['endpoint-url'] } : {}),
      ...(flags.live
        ? { live: { ...(flags.kubeconfig !== undefined ? { kubeconfig: flags.kubeconfig } : {}), ...(flags.context !== undefined ? { context: flags.context } : {}) } }
        : {}),
    });
    await write(flags.output === 'yaml' ? jsonToYaml(formatUpgradePlan('json', run)) : formatUpgradePlan(flags.output as UpgradeOutputFormat, run));
    process.exitCode = upgradeFailed(run.plan) || run.written?.rolledBack ? 1 : 0;
  }
}

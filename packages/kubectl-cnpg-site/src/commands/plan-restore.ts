import { resolve } from 'node:path';
import { Args, Command, Flags } from '@oclif/core';
import { formatRestorePlan, InputError, RESTORE_OUTPUT_FORMATS, runPlanRestore, type RestoreOutputFormat, type RestoreTarget } from '@cnpg-site/core';
import { checkEndpointUrl, checkProfileFile, jsonToYaml, profileFlag, write } from '../lib/output.js';

export default class PlanRestore extends Command {
  static override summary = 'Plan the restore of a Cluster from its archive, and write it into git.';
  static override description = `CloudNativePG cannot restore in place: recovery bootstraps a new Cluster from the archive. This command finds the Cluster in the repository and plans the whole restore: the ordered steps (the git change prepared and checked first, then the controller paused: ArgoCD, Flux or none; deletes, merge, sync, wait, restart of the workloads that use it, on-demand backup), the YAML edits (new name, spec.bootstrap.recovery and the spec.externalClusters entry that reads the old archive, recovery target, tags, ScheduledBackup and other cluster references) and every other place that names the Cluster. --write applies the edits, keeping comments and formatting.

Exit status: 0 planned (or written); 1 the archive says the restore cannot work as planned (nothing is written without --force), an edit cannot be made where its value comes from (nothing is written), or the written files failed the check of the restore (every file put back); 2 usage or input error.`;
  static override examples = [
    { description: 'Plan a restore into forgejo-db-gen2', command: '<%= config.bin %> plan-restore forgejo-db' },
    { description: 'Restore to a point in time, keeping the name, and write the edits', command: '<%= config.bin %> plan-restore forgejo-db --keep-name --target-time 2026-11-24T13:05:00Z --write' },
    { description: 'A pull request description', command: '<%= config.bin %> plan-restore forgejo-db -o markdown' },
  ];
  static override args = {
    cluster: Args.string({ description: 'name of the CloudNativePG Cluster to restore', required: true }),
  };
  static override flags = {
    repo: Flags.string({ description: 'GitOps repository (default: the git root of the current directory)', helpValue: 'DIR' }),
    namespace: Flags.string({ char: 'n', description: 'namespace of the Cluster, when several share its name' }),
    in: Flags.string({ description: 'the file or folder holding the Cluster, when several share its name and namespace (one per Kubernetes cluster)', helpValue: 'PATH' }),
    'new-name': Flags.string({ description: 'name of the restored Cluster (default: the next restore generation, forgejo-db → forgejo-db-gen2 → forgejo-db-gen3)', exclusive: ['keep-name'] }),
    'keep-name': Flags.boolean({ description: 'keep the Cluster name; move its archive to a new server name instead', default: false, exclusive: ['new-name'] }),
    'target-time': Flags.string({ description: 'recover up to this time (RFC 3339, with a zone)', exclusive: ['target-lsn'], helpValue: 'TIME' }),
    'target-lsn': Flags.string({ description: 'recover up to this LSN', exclusive: ['target-time'], helpValue: 'LSN' }),
    'backup-id': Flags.string({ description: 'restore this base backup (Barman id); alone it stops at the end of the backup', helpValue: 'ID' }),
    major: Flags.string({ description: 'PostgreSQL major of the restored Cluster (restoring a backup taken before a major upgrade)', helpValue: 'N' }),
    output: Flags.string({ char: 'o', description: 'output format', options: [...RESTORE_OUTPUT_FORMATS, 'yaml'], default: 'text' }),
    write: Flags.boolean({ description: 'apply the edits to the files', default: false }),
    'archive-check': Flags.boolean({
      description: 'read the archive in S3 (read-only) to check the target, the base backup, its WAL and major, and that the new archive place is empty; --no-archive-check skips it',
      default: true,
      allowNo: true,
    }),
    'endpoint-url': Flags.string({ description: 'S3 endpoint (default: the manifest endpointURL, AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL)', helpValue: 'URL' }),
    live: Flags.boolean({ description: 'also read the live cluster (kubectl configuration): the real ArgoCD Application or Flux object behind the Cluster, the ScheduledBackups present, the status window, whether the Cluster is healthy now' }),
    context: Flags.string({ description: 'kubeconfig context for --live', helpValue: 'NAME', dependsOn: ['live'] }),
    kubeconfig: Flags.string({ description: 'kubeconfig file for --live', helpValue: 'FILE', dependsOn: ['live'] }),
    force: Flags.boolean({ description: 'with --write: write even when the archive says the restore cannot work as planned, and edit files that have uncommitted changes', default: false }),
    profile: profileFlag,
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(PlanRestore);
    checkEndpointUrl(flags['endpoint-url']);
    checkProfileFile(flags.profile);
    let major: number | undefined;
    if (flags.major !== undefined) {
      if (!/^\d+$/.test(flags.major) || Number(flags.major) < 10 || Number(flags.major) > 99) {
        throw new InputError(`--major "${flags.major}" is not a PostgreSQL major version such as 16`);
      }
      major = Number(flags.major);
    }
    const target: RestoreTarget = {};
    if (flags['target-time'] !== undefined) target.time = flags['target-time'];
    if (flags['target-lsn'] !== undefined) target.lsn = flags['target-lsn'];
    if (flags['backup-id'] !== undefined) target.backupId = flags['backup-id'];
    const run = await runPlanRestore({
      clusterName: args.cluster,
      strategy: flags['keep-name'] ? 'keep-name' : 'rename',
      target,
      now: new Date(),
      ...(flags.namespace !== undefined ? { namespace: flags.namespace } : {}),
      ...(flags.in !== undefined ? { within: resolve(flags.in) } : {}),
      ...(flags['new-name'] !== undefined ? { newName: flags['new-name'] } : {}),
      ...(major !== undefined ? { major } : {}),
      ...(flags.repo !== undefined ? { repo: flags.repo } : {}),
      ...(flags.profile !== undefined ? { profileFile: flags.profile } : {}),
      write: flags.write,
      force: flags.force,
      checkArchive: flags['archive-check'],
      ...(flags['endpoint-url'] !== undefined ? { endpoint: flags['endpoint-url'] } : {}),
      ...(flags.live
        ? { live: { ...(flags.kubeconfig !== undefined ? { kubeconfig: flags.kubeconfig } : {}), ...(flags.context !== undefined ? { context: flags.context } : {}) } }
        : {}),
    });
    await write(flags.output === 'yaml' ? jsonToYaml(formatRestorePlan('json', run)) : formatRestorePlan(flags.output as RestoreOutputFormat, run));
    // A restore that cannot work as planned (blockers) exits 1 unless it was written with --force.
    // 1 also when the written files failed the restore's check and were put back.
    process.exitCode = (run.plan.blockers.length > 0 && !run.written) || run.plan.unsafe.length > 0 || run.written?.rolledBack ? 1 : 0;
  }
}

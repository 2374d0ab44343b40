import { Args, Command, Flags } from '@oclif/core';
import { jsonToYaml, write } from '../lib/output.js';

export const kubeFlags = {
  namespace: Flags.string({ char: 'n', description: 'namespace of the Cluster (default: the context namespace)', helpValue: 'NS' }),
  context: Flags.string({ description: 'kubeconfig context to use (default: the current context)', helpValue: 'NAME' }),
  kubeconfig: Flags.string({ description: 'kubeconfig file (default: KUBECONFIG, else ~/.kube/config)', helpValue: 'FILE' }),
};

export function kubeOptions(flags: { namespace?: string | undefined; context?: string | undefined; kubeconfig?: string | undefined }) {
  return {
    ...(flags.namespace ? { namespace: flags.namespace } : {}),
    ...(flags.context ? { context: flags.context } : {}),
    ...(flags.kubeconfig ? { kubeconfig: flags.kubeconfig } : {}),
  };
}

export default class Status extends Command {
  static override summary = 'Readiness of a live Cluster for a restore, at a glance.';
  static override description = `Reads the Cluster, its ScheduledBackups and latest Backups, the ObjectStore recovery window, its events and the ArgoCD Application that deploys its namespace, with kubectl's configuration. Read-only.

Checks: instances ready, WAL archiving (ContinuousArchiving), age of the last successful backup against the ScheduledBackup's schedule, the recoverability window, and ArgoCD automation (automated sync, selfHeal, prune).

Exit status: 0 backups healthy, 1 backups unhealthy, 2 usage, access or input error.`;
  static override examples = [
    { description: 'Status of a Cluster in the context namespace', command: '<%= config.bin %> status forgejo-db' },
    { description: 'Another namespace and context, as JSON', command: '<%= config.bin %> status forgejo-db -n forgejo --context k1 -o json' },
    { description: 'Gate a script on healthy backups', command: '<%= config.bin %> status forgejo-db -n forgejo >/dev/null && echo backups ok' },
  ];
  static override args = {
    cluster: Args.string({ description: 'name of the CloudNativePG Cluster', required: true }),
  };
  static override flags = {
    ...kubeFlags,
    output: Flags.string({ char: 'o', description: 'output format', options: ['text', 'json', 'yaml'], default: 'text' }),
    'argocd-namespace': Flags.string({ description: 'namespace of ArgoCD Applications when they cannot be listed cluster-wide', default: 'argocd', helpValue: 'NS' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Status);
    // Loaded here, not at startup: the Kubernetes client is heavy and other commands do not need it.
    const { assessStatus, formatStatusJson, formatStatusText, readClusterState } = await import('@cnpg-site/core/live');
    const state = await readClusterState(args.cluster, { ...kubeOptions(flags), argocdNamespace: flags['argocd-namespace'] });
    const report = assessStatus(state, new Date());
    process.exitCode = report.backupsHealthy ? 0 : 1;
    await write(flags.output === 'json' ? formatStatusJson(report) : flags.output === 'yaml' ? jsonToYaml(formatStatusJson(report)) : formatStatusText(report));
  }
}

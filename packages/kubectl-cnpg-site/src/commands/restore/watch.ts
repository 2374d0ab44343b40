import { Args, Command, Flags } from '@oclif/core';
import { InputError } from '@cnpg-site/core';
import { write } from '../../lib/output.js';
import { kubeFlags, kubeOptions } from '../status.js';

export default class RestoreWatch extends Command {
  static override summary = 'Follow a restoring Cluster until it is healthy, fails, or the time runs out.';
  static override description = `Step 5 of the restore runbook. Watches the Cluster's status and the events of its instances and jobs, printing a line for each change, until:
  - the Cluster reports "Cluster in healthy state" with every instance ready (exit 0; take an on-demand backup next: the new archive has none),
  - a failure shows: recovery job failing, "Expected empty archive", image pull errors, an unrecoverable phase (exit 1),
  - the timeout passes (exit 1).
Read-only. Exit 2 on usage or access errors.`;
  static override examples = [
    { description: 'Watch a restore for up to 30 minutes', command: '<%= config.bin %> restore watch forgejo-db-2 -n forgejo' },
    { description: 'A large database: allow two hours', command: '<%= config.bin %> restore watch forgejo-db-2 -n forgejo --timeout 2h' },
    { description: 'Start right after the sync, before the Cluster exists', command: '<%= config.bin %> restore watch forgejo-db-2 -n forgejo --wait' },
  ];
  static override args = {
    cluster: Args.string({ description: 'name of the CloudNativePG Cluster being restored', required: true }),
  };
  static override flags = {
    ...kubeFlags,
    wait: Flags.boolean({ description: 'wait for the Cluster to be created (right after an ArgoCD sync) instead of failing when it does not exist yet', default: false }),
    timeout: Flags.string({ description: 'give up after this long (e.g. 90s, 30m, 1h30m)', default: '30m', helpValue: 'DURATION' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(RestoreWatch);
    // Loaded here, not at startup: the Kubernetes client is heavy and other commands do not need it.
    const { parseDuration, watchRestore } = await import('@cnpg-site/core/live');
    const timeoutMs = parseDuration(flags.timeout);
    if (timeoutMs === undefined) throw new InputError(`--timeout "${flags.timeout}" is not a duration; use a number with a unit, e.g. 90s, 30m or 1h30m`);
    const result = await watchRestore(args.cluster, {
      ...kubeOptions(flags),
      timeoutMs,
      waitForCreate: flags.wait,
      onLine: (l) => process.stdout.write(`${l}\n`),
    });
    const head = result.outcome === 'healthy' ? 'HEALTHY' : result.outcome === 'failed' ? 'FAILED' : 'TIMED OUT';
    const next =
      result.outcome === 'healthy'
        ? `next: take an on-demand backup now (kubectl cnpg backup ${args.cluster} -n ${result.namespace}), then point the application at the new database`
        : 'next: fix the cause above, then run this command again';
    process.exitCode = result.outcome === 'healthy' ? 0 : 1;
    await write(`${head}: ${result.reason}\n${next}\n`);
  }
}

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
With --upgrade MAJOR it watches an offline in-place major upgrade instead (the wait step of plan-upgrade): done when the data directory runs that major (status.pgDataImageInfo) and the Cluster is healthy with every instance ready; failed when the major upgrade job fails or the Cluster shows a failure.
Read-only. Exit 2 on usage or access errors.`;
  static override examples = [
    { description: 'Watch a restore for up to 30 minutes', command: '<%= config.bin %> restore watch forgejo-db-2 -n forgejo' },
    { description: 'A large database: allow two hours', command: '<%= config.bin %> restore watch forgejo-db-2 -n forgejo --timeout 2h' },
    { description: 'Start right after the sync, before the Cluster exists', command: '<%= config.bin %> restore watch forgejo-db-2 -n forgejo --wait' },
    { description: 'Watch a major upgrade to PostgreSQL 17', command: '<%= config.bin %> restore watch forgejo-db -n forgejo --upgrade 17 --timeout 2h' },
  ];
  static override args = {
    cluster: Args.string({ description: 'name of the CloudNativePG Cluster being restored', required: true }),
  };
  static override flags = {
    ...kubeFlags,
    wait: Flags.boolean({ description: 'wait for the Cluster to be created (right after an ArgoCD sync) instead of failing when it does not exist yet', default: false }),
    upgrade: Flags.string({ description: 'watch an offline in-place major upgrade to this PostgreSQL major instead of a restore', helpValue: 'MAJOR' }),
    timeout: Flags.string({ description: 'give up after this long (e.g. 90s, 30m, 1h30m)', default: '30m', helpValue: 'DURATION' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(RestoreWatch);
    // Loaded here, not at startup: the Kubernetes client is heavy and other commands do not need it.
    const { parseDuration, watchRestore } = await import('@cnpg-site/core/live');
    const timeoutMs = parseDuration(flags.timeout);
    if (timeoutMs === undefined) throw new InputError(`--timeout "${flags.timeout}" is not a duration; use a number with a unit, e.g. 90s, 30m or 1h30m`);
    let upgradeTo: number | undefined;
    if (flags.upgrade !== undefined) {
      if (!/^\d+$/.test(flags.upgrade) || Number(flags.upgrade) < 10 || Number(flags.upgrade) > 99) throw new InputError(`--upgrade "${flags.upgrade}" is not a PostgreSQL major version such as 17`);
      upgradeTo = Number(flags.upgrade);
    }
    const result = await watchRestore(args.cluster, {
      ...(upgradeTo !== undefined ? { upgradeTo } : {}),
      ...kubeOptions(flags),
      timeoutMs,
      waitForCreate: flags.wait,
      onLine: (l) => process.stdout.write(`${l}\n`),
    });
    const head = result.outcome === 'healthy' ? 'HEALTHY' : result.outcome === 'failed' ? 'FAILED' : 'TIMED OUT';
    const next =
      result.outcome === 'healthy' && upgradeTo !== undefined
        ? `next: take an on-demand backup now (kubectl cnpg backup ${args.cluster} -n ${result.namespace}): the backups taken before restore only with the old major`
        : result.outcome === 'healthy'
        ? `next: take an on-demand backup now (kubectl cnpg backup ${args.cluster} -n ${result.namespace}), then point the application at the new database`
        : 'next: fix the cause above, then run this command again';
    process.exitCode = result.outcome === 'healthy' ? 0 : 1;
    await write(`${head}: ${result.reason}\n${next}\n`);
  }
}

import { Command, Flags } from '@oclif/core';
import { InputError } from '@cnpg-site/core';
import { archiveFlags, archiveOf, clusterArg, endpointFlag } from '../lib/archive.js';
import { checkEndpointUrl, jsonToYaml, write } from '../lib/output.js';

export default class Drill extends Command {
  static override summary = 'Restore a Cluster\'s Barman archive into a private local copy, to a target, and check what it holds.';
  static override description = `A restore drill: picks the base backup the target needs, restores it with barman-cloud-restore into a private temporary folder (mode 0700), replays the archived WAL with barman-cloud-wal-restore up to the target, opens the copy on a Unix socket only (no TCP port, archive_mode off: it never writes to the archive) and reports whether the target was reached, the time of the last replayed transaction, the databases and tables with exact row counts, data checksums, pg_amcheck and the result of --verify-sql; with the measured restore and WAL replay times.

It needs the PostgreSQL programs of the backup's major (--pg-bin, else /usr/lib/postgresql/<major>/bin, else PATH) and barman-cli-cloud; as root it runs them as the postgres user. The AWS_* environment reaches barman-cloud; credentials must allow reading the archive only. The copy is stopped and removed on every way out, Ctrl-C included, unless --keep.

--manifest prints instead a scratch Cluster (YAML) that runs the same drill in Kubernetes: recovery from the archive to the target, one instance, no backup section and no WAL archiving.

Exit status: 0 the copy opened at the target and every check passed; 1 the drill failed (the archive cannot give the target, recovery stopped early, a check failed); 2 usage or input error (S3 errors, missing programs).`;
  static override examples = [
    { description: 'Drill the newest point of a Cluster\'s archive', command: '<%= config.bin %> drill forgejo-db' },
    { description: 'To a point in time, with a query that must pass', command: '<%= config.bin %> drill forgejo-db --target-time 2026-11-24T13:05:00Z --verify-sql checks.sql' },
    { description: 'An archive given directly, on a custom endpoint, as JSON', command: '<%= config.bin %> drill --s3-path s3://dal-site-backups/dal/forgejo/postgres/ --server-name forgejo-db --endpoint-url http://127.0.0.1:9000 -o json' },
    { description: 'The same drill as a scratch Cluster for Kubernetes', command: '<%= config.bin %> drill forgejo-db --manifest --backup-id 20261124T020000 > drill.yaml' },
  ];
  static override args = { cluster: clusterArg };
  static override flags = {
    ...archiveFlags,
    'target-time': Flags.string({ description: 'recover up to this time (RFC 3339, with a zone)', exclusive: ['target-lsn'], helpValue: 'TIME' }),
    'target-lsn': Flags.string({ description: 'recover up to this LSN', exclusive: ['target-time'], helpValue: 'LSN' }),
    'backup-id': Flags.string({ description: 'restore this base backup (Barman id); alone it stops at the end of the backup', helpValue: 'ID' }),
    'verify-sql': Flags.string({ description: 'SQL file run against the copy (psql, ON_ERROR_STOP, database postgres); an error fails the drill', helpValue: 'FILE' }),
    keep: Flags.boolean({ description: 'keep the restored copy (stopped) and print how to start it', default: false }),
    'pg-bin': Flags.string({ description: 'folder of the PostgreSQL programs of the backup\'s major (default: /usr/lib/postgresql/<major>/bin, then PATH)', helpValue: 'DIR' }),
    'endpoint-url': endpointFlag,
    manifest: Flags.boolean({ description: 'print a scratch Cluster manifest that runs the drill in Kubernetes, instead of restoring here', default: false }),
    output: Flags.string({ char: 'o', description: 'output format', options: ['text', 'json', 'yaml'], default: 'text' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Drill);
    checkEndpointUrl(flags['endpoint-url']);
    const target = {
      ...(flags['target-time'] !== undefined ? { time: flags['target-time'] } : {}),
      ...(flags['target-lsn'] !== undefined ? { lsn: flags['target-lsn'] } : {}),
      ...(flags['backup-id'] !== undefined ? { backupId: flags['backup-id'] } : {}),
    };
    const drill = await import('@cnpg-site/core/drill');
    drill.checkDrillTarget(target);
    if (flags.manifest && (flags.keep || flags['verify-sql'] !== undefined || flags['pg-bin'] !== undefined)) {
      throw new InputError('--manifest prints a Cluster for Kubernetes; --keep, --verify-sql and --pg-bin are for the local drill');
    }
    const { location, repo } = await archiveOf(args.cluster, flags, { locate: !flags.manifest });

    if (flags.manifest) {
      if (flags.output !== 'text') throw new InputError('--manifest prints YAML; leave out -o');
      const now = new Date();
      if (repo !== undefined) {
        const src = drill.drillSourceOfCluster(args.cluster!, { repo, ...(flags.namespace ? { namespace: flags.namespace } : {}) });
        await write(drill.drillManifest({
          name: src.cluster.name,
          ...(src.cluster.namespace ? { namespace: src.cluster.namespace } : {}),
          location: src.location,
          cfg: src.cfg,
          cluster: src.cluster.object,
          pluginName: src.pluginName,
          target,
          now,
        }));
      } else {
        await write(drill.drillManifest({ name: location!.serverName, location: location!, ...(flags['endpoint-url'] ? { endpoint: flags['endpoint-url'] } : {}), target, now }));
      }
      process.exitCode = 0;
      return;
    }

    const tty = process.stderr.isTTY === true;
    const report = await drill.runDrill({
      location: location!,
      target,
      ...(flags['endpoint-url'] ? { endpoint: flags['endpoint-url'] } : {}),
      ...(flags['verify-sql'] !== undefined ? { verifySql: flags['verify-sql'] } : {}),
      ...(flags['pg-bin'] !== undefined ? { pgBin: flags['pg-bin'] } : {}),
      keep: flags.keep,
      ...(tty ? { onProgress: (line: string) => process.stderr.write(`${line}\n`) } : {}),
    });
    const json = (): string => drill.drillJson(report);
    await write(flags.output === 'json' ? json() : flags.output === 'yaml' ? jsonToYaml(json()) : drill.drillText(report));
    process.exitCode = drill.drillExitCode(report);
  }
}

import { Args, Command, Flags } from '@oclif/core';
import { InputError, repositoryRoot } from '@cnpg-site/core';
import type { ArchiveProgress } from '@cnpg-site/core/archive';
import { checkEndpointUrl, jsonToYaml, write } from '../lib/output.js';

export default class Backups extends Command {
  static override summary = 'List the base backups and WAL of a Cluster\'s Barman archive in S3, with gaps and the recoverability window.';
  static override description = `Reads what barman-cloud wrote for one server name (base/<id>/backup.info and wals/) with read-only S3 requests, using the AWS SDK's default credentials (environment, profiles). The archive location comes from the Cluster's manifests in the repository (legacy barmanObjectStore or the Barman Cloud plugin's ObjectStore), or from --s3-path and --server-name.

For every DONE base backup it follows the WAL from its begin WAL, along timeline history files, to the last segment it reaches without a gap: that is how far the backup restores. These stretches, merged where they overlap, are the recovery windows; a gap ends one window and a later base backup starts the next. Gaps are listed by segment name.

The table ends with a picture of the archive on a time axis (base backups, WAL per timeline, gaps, windows), in colour on a terminal; -o svg writes the same picture as an SVG document.

Exit status: 0 when the newest archived WAL is reachable from a DONE base backup without a gap; 1 when the archive is empty (the server names that do exist under the prefix are listed), no base backup is restorable, or the newest window ends at a gap; 2 usage error or S3 failure (access denied, no such bucket, timeouts, inconsistent listing).`;
  static override examples = [
    { description: 'The archive of a Cluster defined in the current repository', command: '<%= config.bin %> backups forgejo-db' },
    { description: 'Choose among Clusters of the same name', command: '<%= config.bin %> backups forgejo-db -n forgejo --repo ~/gitops' },
    { description: 'An archive given directly, on a custom endpoint, as JSON', command: '<%= config.bin %> backups --s3-path s3://dal-site-backups/dal/forgejo/postgres/ --server-name forgejo-db --endpoint-url http://127.0.0.1:9000 -o json' },
    { description: 'The picture of the archive as an SVG file', command: '<%= config.bin %> backups forgejo-db -o svg > forgejo-db-archive.svg' },
    { description: 'In a script or CI job: fail when the newest WAL cannot be recovered', command: '<%= config.bin %> backups forgejo-db -o json > archive.json || echo "archive needs attention"' },
  ];
  static override args = {
    cluster: Args.string({ description: 'name of the CloudNativePG Cluster in the repository', required: false }),
  };
  static override flags = {
    repo: Flags.string({ description: 'repository to look the Cluster up in (default: the git root of the current directory)', helpValue: 'DIR' }),
    namespace: Flags.string({ char: 'n', description: 'namespace of the Cluster, when several share its name', helpValue: 'NS' }),
    's3-path': Flags.string({ description: 'archive destination path, instead of a Cluster', helpValue: 's3://BUCKET/PREFIX' }),
    'server-name': Flags.string({ description: 'Barman server name under --s3-path (usually the Cluster name)', helpValue: 'NAME' }),
    'endpoint-url': Flags.string({ description: 'S3 endpoint (default: the manifest\'s endpointURL, AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL)', helpValue: 'URL' }),
    output: Flags.string({ char: 'o', description: 'output format', options: ['table', 'json', 'yaml', 'svg'], default: 'table' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Backups);
    checkEndpointUrl(flags['endpoint-url']);
    const s3Path = flags['s3-path'];
    const serverName = flags['server-name'];
    // Loaded here, not at startup: the S3 client is heavy and other commands do not need it.
    const { archiveJson, archiveLocationOfCluster, archiveLocationOfPath, archiveSvg, archiveTable, readArchive } = await import('@cnpg-site/core/archive');
    let location;
    if (s3Path !== undefined || serverName !== undefined) {
      if (args.cluster !== undefined) throw new InputError('give either CLUSTER or --s3-path with --server-name, not both');
      if (s3Path === undefined || serverName === undefined) throw new InputError('--s3-path and --server-name go together; give both');
      location = archiveLocationOfPath(s3Path, serverName);
    } else {
      if (args.cluster === undefined) throw new InputError('which archive? give a CLUSTER name, or --s3-path s3://BUCKET/PREFIX with --server-name NAME');
      const repo = repositoryRoot(process.cwd(), flags.repo, 'pass --repo DIR, or give --s3-path and --server-name');
      location = archiveLocationOfCluster(args.cluster, { repo, ...(flags.namespace ? { namespace: flags.namespace } : {}) });
    }
    const tty = process.stderr.isTTY === true;
    let last = 0;
    const onProgress = tty
      ? (p: ArchiveProgress): void => {
          const now = Date.now();
          if (now - last < 100) return;
          last = now;
          process.stderr.write(`\r\x1b[K${p.phase === 'list' ? 'listing' : `reading ${p.phase}`}: ${p.done}/${p.total}, ${p.objects} objects`);
        }
      : undefined;
    try {
      const archive = await readArchive(location, { ...(flags['endpoint-url'] ? { endpoint: flags['endpoint-url'] } : {}), ...(onProgress ? { onProgress } : {}) });
      if (tty) process.stderr.write('\r\x1b[K');
      const json = (): string => `${JSON.stringify(archiveJson(archive), null, 2)}\n`;
      const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
      const width = process.stdout.columns || Number(process.env.COLUMNS) || 80;
      await write(
        flags.output === 'json' ? json()
        : flags.output === 'yaml' ? jsonToYaml(json())
        : flags.output === 'svg' ? archiveSvg(archive)
        : archiveTable(archive, { color, width }),
      );
      process.exitCode = archive.health.ok ? 0 : 1;
    } catch (err) {
      if (tty) process.stderr.write('\r\x1b[K');
      throw err;
    }
  }
}

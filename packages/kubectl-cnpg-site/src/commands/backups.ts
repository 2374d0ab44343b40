import { Command, Flags } from '@oclif/core';
import type { ArchiveProgress } from '@cnpg-site/core/archive';
import { archiveFlags, archiveOf, clusterArg, endpointFlag } from '../lib/archive.js';
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
  static override args = { cluster: clusterArg };
  static override flags = {
    ...archiveFlags,
    'endpoint-url': endpointFlag,
    output: Flags.string({ char: 'o', description: 'output format', options: ['table', 'json', 'yaml', 'svg'], default: 'table' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Backups);
    checkEndpointUrl(flags['endpoint-url']);
    const { location } = await archiveOf(args.cluster, flags);
    const { archiveJson, archiveSvg, archiveTable, readArchive } = await import('@cnpg-site/core/archive');
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
      const archive = await readArchive(location!, { ...(flags['endpoint-url'] ? { endpoint: flags['endpoint-url'] } : {}), ...(onProgress ? { onProgress } : {}) });
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

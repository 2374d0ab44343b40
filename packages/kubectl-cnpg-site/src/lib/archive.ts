import { Args, Flags } from '@oclif/core';
import { InputError, repositoryRoot, type ArchiveLocation } from '@cnpg-site/core';

/** CLUSTER, for the commands that read a Cluster's Barman archive. */
export const clusterArg = Args.string({ description: 'name of the CloudNativePG Cluster in the repository', required: false });

/** How the commands that read a Barman archive are told which one: a Cluster, or a path and a server name. */
export const archiveFlags = {
  repo: Flags.string({ description: 'repository to look the Cluster up in (default: the git root of the current directory)', helpValue: 'DIR' }),
  namespace: Flags.string({ char: 'n', description: 'namespace of the Cluster, when several share its name', helpValue: 'NS' }),
  's3-path': Flags.string({ description: 'archive destination path, instead of a Cluster', helpValue: 's3://BUCKET/PREFIX' }),
  'server-name': Flags.string({ description: 'Barman server name under --s3-path (usually the Cluster name)', helpValue: 'NAME' }),
};

export const endpointFlag = Flags.string({ description: 'S3 endpoint (default: the manifest\'s endpointURL, AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL)', helpValue: 'URL' });

/**
 * The archive named by CLUSTER or by --s3-path with --server-name (never both). With a Cluster,
 * also the repository it was found in. `locate: false` checks the arguments only.
 */
export async function archiveOf(
  cluster: string | undefined,
  flags: { repo?: string | undefined; namespace?: string | undefined; 's3-path'?: string | undefined; 'server-name'?: string | undefined },
  opts: { locate?: boolean } = {},
): Promise<{ location?: ArchiveLocation; repo?: string }> {
  const s3Path = flags['s3-path'];
  const serverName = flags['server-name'];
  // Loaded here, not at startup: the S3 client is heavy and other commands do not need it.
  const { archiveLocationOfCluster, archiveLocationOfPath } = await import('@cnpg-site/core/archive');
  if (s3Path !== undefined || serverName !== undefined) {
    if (cluster !== undefined) throw new InputError('give either CLUSTER or --s3-path with --server-name, not both');
    if (s3Path === undefined || serverName === undefined) throw new InputError('--s3-path and --server-name go together; give both');
    return { location: archiveLocationOfPath(s3Path, serverName) };
  }
  if (cluster === undefined) throw new InputError('which archive? give a CLUSTER name, or --s3-path s3://BUCKET/PREFIX with --server-name NAME');
  const repo = repositoryRoot(process.cwd(), flags.repo, 'pass --repo DIR, or give --s3-path and --server-name');
  if (opts.locate === false) return { repo };
  return { repo, location: archiveLocationOfCluster(cluster, { repo, ...(flags.namespace ? { namespace: flags.namespace } : {}) }) };
}

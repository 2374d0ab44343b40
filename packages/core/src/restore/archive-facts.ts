import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseS3Path, type ArchiveLocation } from '../cnpg/archive.js';
import { InputError } from '../errors.js';
import type { ArchiveFacts, RestorePlan, RestoreTarget } from './plan.js';

export interface ArchiveCheckOptions {
  /** S3 endpoint (else the manifest's endpointURL, AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL). */
  endpoint?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Whether the machine has AWS credentials configured that the SDK's default chain would find
 * without probing an instance metadata service.
 */
export function awsCredentialsConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE || env.AWS_WEB_IDENTITY_TOKEN_FILE) return true;
  if (env.AWS_CONTAINER_CREDENTIALS_FULL_URI || env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI) return true;
  const home = homedir();
  return existsSync(env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials')) || existsSync(env.AWS_CONFIG_FILE || join(home, '.aws', 'config'));
}

/**
 * Reads the old archive and the place the restored Cluster will archive to, and runs the restore
 * preflight. Never throws for an unreachable archive: the facts say what could not be checked.
 */
export async function readArchiveFacts(plan: RestorePlan, target: RestoreTarget, endpointURL: string | undefined, opts: ArchiveCheckOptions = {}): Promise<ArchiveFacts> {
  const env = opts.env ?? process.env;
  const dest = plan.archive.destinationPath;
  const s3 = dest ? parseS3Path(dest) : undefined;
  if (!dest || !s3) return { unavailable: `the archive has no s3:// destinationPath (${dest ?? 'none'})` };
  if (!awsCredentialsConfigured(env)) {
    return { unavailable: 'no AWS credentials are configured here (AWS_PROFILE, AWS_ACCESS_KEY_ID, ~/.aws/credentials)' };
  }
  const base = { destinationPath: dest, ...s3, ...(endpointURL ? { endpointURL } : {}) };
  const oldLocation: ArchiveLocation = { ...base, serverName: plan.archive.readServerName };
  const newLocation: ArchiveLocation = { ...base, serverName: plan.archive.writeServerName };
  // Loaded on use: the S3 client is heavy and most runs of the other commands do not need it.
  const archive = await import('../archive/index.js');
  const readOpts = { ...(opts.endpoint ? { endpoint: opts.endpoint } : {}) };
  try {
    const [found, empty] = await Promise.all([archive.readArchive(oldLocation, readOpts), archive.isArchiveEmpty(newLocation, readOpts)]);
    const pre = archive.preflightRestore(found, {
      ...(target.time ? { targetTime: target.time } : {}),
      ...(target.lsn ? { targetLSN: target.lsn } : {}),
      ...(target.backupId ? { backupId: target.backupId } : {}),
      newLocation: { location: newLocation, empty },
    });
    const facts: ArchiveFacts = {
      checks: pre.checks,
      backups: found.backups.map((b) => ({
        id: b.id,
        ...(b.beginTime ? { beginTime: b.beginTime } : {}),
        ...(b.endTime ? { endTime: b.endTime } : {}),
        ...(b.pgMajor !== undefined ? { pgMajor: b.pgMajor } : {}),
      })),
    };
    if (found.windows.length > 0) {
      // Earliest and latest points of all windows; whether a target between them falls in a gap is the preflight's check.
      facts.firstRecoverable = found.windows[0]!.from;
      facts.lastRecoverable = found.windows[found.windows.length - 1]!.to;
    }
    if (pre.pgMajor !== undefined) facts.pgMajor = pre.pgMajor;
    if (pre.backup) facts.chosenBackup = pre.backup.id;
    return facts;
  } catch (err) {
    if (err instanceof InputError) return { unavailable: err.message };
    throw err;
  }
}

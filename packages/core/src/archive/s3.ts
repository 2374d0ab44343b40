import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { GetObjectCommand, ListObjectsCommand, ListObjectsV2Command, S3Client, type ListObjectsV2CommandOutput } from '@aws-sdk/client-s3';
import type { ArchiveLocation } from '../cnpg/archive.js';
import { InputError } from '../errors.js';
import { analyzeArchive } from './analyze.js';
import { parseBackupInfo } from './backup-info.js';
import type { Archive, ArchiveListing, ListedObject } from './model.js';
import { parseWalFile } from './wal.js';

export interface ArchiveProgress {
  phase: 'list' | 'backup.info' | 'history';
  /** Objects listed so far. */
  objects: number;
  /** Units of the phase done and known in total (folders listed, files read). */
  done: number;
  total: number;
}

export interface ReadArchiveOptions {
  /** A ready client (tests, custom credentials); otherwise one is made with the default credential chain. */
  client?: S3Client;
  /** S3 endpoint; default: the location's endpointURL, then AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL. */
  endpoint?: string;
  /** Requests in flight at once. Default 16. */
  concurrency?: number;
  onProgress?: (p: ArchiveProgress) => void;
  /** Attempts per request, retries included (the SDK's standard retry strategy). Default 3. */
  maxAttempts?: number;
  /** Milliseconds before a request without an answer fails. Default 30000. */
  requestTimeout?: number;
}

/** The endpoint in force: explicit, then the location's, then the environment. */
export function resolveEndpoint(location: Pick<ArchiveLocation, 'endpointURL'>, explicit?: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const e = explicit || location.endpointURL || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL;
  return e ? e : undefined;
}

/** Region of the default chain (environment, then the profile's config file), else us-east-1. */
function regionOf(env: NodeJS.ProcessEnv = process.env): string {
  if (env.AWS_REGION) return env.AWS_REGION;
  if (env.AWS_DEFAULT_REGION) return env.AWS_DEFAULT_REGION;
  const profile = env.AWS_PROFILE || 'default';
  try {
    const text = readFileSync(env.AWS_CONFIG_FILE || join(homedir(), '.aws', 'config'), 'utf8');
    let inSection = false;
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      const sec = /^\[(?:profile\s+)?([^\]]+)\]$/.exec(line);
      if (sec) {
        inSection = sec[1]!.trim() === profile;
        continue;
      }
      const kv = /^region\s*=\s*(\S+)/.exec(line);
      if (inSection && kv) return kv[1]!;
    }
  } catch {
    // No config file: fall through.
  }
  return 'us-east-1';
}

/** An S3 client with the default credential chain; path-style addressing for custom endpoints. */
export function createS3Client(opts: { endpoint?: string; maxAttempts?: number; requestTimeout?: number } = {}): S3Client {
  return new S3Client({
    region: regionOf(),
    followRegionRedirects: true,
    maxAttempts: opts.maxAttempts ?? 3,
    requestHandler: { connectionTimeout: 10_000, requestTimeout: opts.requestTimeout ?? 30_000 },
    ...(opts.endpoint ? { endpoint: opts.endpoint, forcePathStyle: true } : {}),
  });
}

/** `s3://bucket/prefix/server/` for messages. */
export function serverURL(location: ArchiveLocation): string {
  return `s3://${location.bucket}/${location.prefix}${location.serverName}/`;
}

interface ErrorLike {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
  $retryable?: unknown;
}

/** Turns an S3 failure into a message that says what, where, and what to do. Never includes credentials. */
export function s3Failure(err: unknown, location: ArchiveLocation, what: string, endpoint?: string): InputError {
  const e = (err ?? {}) as ErrorLike;
  const name = e.name ?? e.code ?? 'Error';
  const status = e.$metadata?.httpStatusCode;
  const attempts = e.$metadata?.attempts;
  const where = serverURL(location);
  const via = endpoint ? ` (endpoint ${endpoint})` : '';
  const tries = attempts && attempts > 1 ? ` after ${attempts} attempts` : '';
  if (name === 'AccessDenied' || name === 'Forbidden' || name === 'InvalidAccessKeyId' || name === 'SignatureDoesNotMatch' || status === 403) {
    const keyProblem = name === 'InvalidAccessKeyId' || name === 'SignatureDoesNotMatch';
    return new InputError(
      `${keyProblem ? 'S3 rejected the credentials' : 'access denied'} (${name}) while ${what} under ${where}${via}. ` +
        `The credentials in use must allow s3:ListBucket and s3:GetObject on that prefix; the site's IAM policy scopes them to <site>/<app>/postgres/, ` +
        `so check the bucket and prefix (s3://${location.bucket}/${location.prefix}) and which credentials are in force (AWS_PROFILE, AWS_ACCESS_KEY_ID).`,
    );
  }
  if (name === 'NoSuchBucket') {
    return new InputError(`bucket "${location.bucket}" does not exist${via} (NoSuchBucket) while ${what}. Check the destinationPath or --s3-path, and the endpoint.`);
  }
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(e.message ?? '')) {
    return new InputError(`no AWS credentials found to read ${where}. Set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, and retry.`);
  }
  if (name === 'SlowDown' || name === 'ServiceUnavailable' || name === 'InternalError' || (status !== undefined && status >= 500)) {
    return new InputError(`S3 kept failing (${name}${status ? `, HTTP ${status}` : ''})${tries} while ${what} under ${where}${via}. Nothing was concluded about the archive; retry later.`);
  }
  if (name === 'TimeoutError' || name === 'RequestTimeout' || e.code === 'ETIMEDOUT' || /timed? ?out/i.test(e.message ?? '')) {
    return new InputError(`S3 did not answer in time${tries} while ${what} under ${where}${via}. Check the network and the endpoint, then retry.`);
  }
  if (e.code === 'ECONNREFUSED' || e.code === 'ENOTFOUND' || e.code === 'ECONNRESET' || e.code === 'EAI_AGAIN') {
    return new InputError(`cannot reach S3${via} (${e.code}) while ${what} under ${where}. Check --endpoint-url / AWS_ENDPOINT_URL and the network.`);
  }
  const msg = (e.message ?? String(err)).split('\n')[0]!.slice(0, 300);
  return new InputError(`S3 request failed (${name}${status ? `, HTTP ${status}` : ''}) while ${what} under ${where}${via}: ${msg}`);
}

/** Runs `fn` over `items` with at most `limit` in flight; results in input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

interface ListResult {
  objects: ListedObject[];
  prefixes: string[];
}

class ListingError extends Error {}

/** Every page of one listing. Refuses a listing that contradicts itself rather than guess. */
async function listAll(client: S3Client, bucket: string, prefix: string, delimiter: string | undefined, onPage: (n: number) => void): Promise<ListResult> {
  const objects: ListedObject[] = [];
  const prefixes: string[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  for (;;) {
    const page: ListObjectsV2CommandOutput = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ...(delimiter ? { Delimiter: delimiter } : {}), ...(token ? { ContinuationToken: token } : {}) }),
    );
    for (const o of page.Contents ?? []) {
      if (!o.Key || !o.Key.startsWith(prefix)) throw new ListingError(`the listing of ${prefix} returned the key "${o.Key ?? ''}" outside it`);
      const item: ListedObject = { key: o.Key.slice(prefix.length) };
      if (o.LastModified) item.lastModified = o.LastModified;
      if (o.Size !== undefined) item.size = o.Size;
      objects.push(item);
    }
    for (const p of page.CommonPrefixes ?? []) {
      if (!p.Prefix || !p.Prefix.startsWith(prefix)) throw new ListingError(`the listing of ${prefix} returned the folder "${p.Prefix ?? ''}" outside it`);
      prefixes.push(p.Prefix.slice(prefix.length));
    }
    onPage((page.Contents?.length ?? 0) + (page.CommonPrefixes?.length ?? 0));
    if (!page.IsTruncated) break;
    const nextToken = page.NextContinuationToken;
    if (!nextToken) throw new ListingError(`the listing of ${prefix} says it is truncated but gives no continuation token`);
    if (seen.has(nextToken)) throw new ListingError(`the listing of ${prefix} repeats a continuation token`);
    seen.add(nextToken);
    token = nextToken;
  }
  return { objects, prefixes };
}

async function getText(client: S3Client, bucket: string, key: string): Promise<Buffer> {
  const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  if (!res.Body) return Buffer.alloc(0);
  const bytes = await res.Body.transformToByteArray();
  return Buffer.from(bytes);
}

function isNoSuchKey(err: unknown): boolean {
  const e = err as ErrorLike;
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404 && e?.name !== 'NoSuchBucket';
}

/** Marks an S3 error with what was being done, for the message. */
function annotate(err: unknown, what: string): unknown {
  if (err && typeof err === 'object') (err as { cnpgSiteWhat?: string }).cnpgSiteWhat = what;
  return err;
}

/**
 * Folders directly under a prefix (barman server names), sorted; at most 1000. One delimited
 * listing; where a server answers it with no folders although keys exist (s3rver does, for keys
 * more than one level down), a skip-scan instead: one key at a time, each next request starting
 * after the folder just found, at most 50 requests.
 */
async function serverNames(client: S3Client, bucket: string, prefix: string): Promise<string[]> {
  const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, Delimiter: '/', MaxKeys: 1000 }));
  const names = (page.CommonPrefixes ?? [])
    .map((p) => p.Prefix ?? '')
    .filter((p) => p.startsWith(prefix))
    .map((p) => p.slice(prefix.length).replace(/\/$/, ''))
    .filter((p) => p !== '');
  if (names.length > 0 || (page.Contents?.length ?? 0) > 0) return names.sort();
  let after: string | undefined;
  for (let i = 0; i < 50; i++) {
    // Version 1 with a Marker: it needs no continuation token (which s3rver cannot make).
    const one = await client.send(new ListObjectsCommand({ Bucket: bucket, Prefix: prefix, MaxKeys: 1, ...(after ? { Marker: after } : {}) }));
    const key = one.Contents?.[0]?.Key;
    if (!key || !key.startsWith(prefix)) break;
    const rest = key.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash <= 0) {
      after = key;
      continue;
    }
    const name = rest.slice(0, slash);
    names.push(name);
    // '0' sorts right after '/': every key under name/ is skipped.
    after = `${prefix}${name}0`;
  }
  return names.sort();
}

/** Key prefix of one server name: `<prefix><serverName>/`. */
export function serverPrefix(location: ArchiveLocation): string {
  return `${location.prefix}${location.serverName}/`;
}

/**
 * Reads what barman-cloud wrote under one server name: every base backup's backup.info, every
 * object under wals/ (folders listed concurrently) and the timeline history files. Sends only
 * List and Get requests. Failures become InputError with the prefix named.
 */
export async function readArchiveListing(location: ArchiveLocation, opts: ReadArchiveOptions = {}): Promise<ArchiveListing> {
  const endpoint = resolveEndpoint(location, opts.endpoint);
  const client = opts.client ?? createS3Client({ ...(endpoint ? { endpoint } : {}), ...(opts.maxAttempts ? { maxAttempts: opts.maxAttempts } : {}), ...(opts.requestTimeout ? { requestTimeout: opts.requestTimeout } : {}) });
  const limit = opts.concurrency ?? 16;
  const root = serverPrefix(location);
  const bucket = location.bucket;
  let objects = 0;
  let done = 0;
  let total = 2;
  const progress = (phase: ArchiveProgress['phase']): void => opts.onProgress?.({ phase, objects, done, total });
  const counted = (n: number): void => {
    objects += n;
  };
  let what = `listing ${root}`;
  try {
    // Two independent chains run side by side, so the slow part is one chain, not their sum:
    // base/ then every backup.info; wals/ then every WAL folder and the history files.
    const backupsChain = (async () => {
      const base = await listAll(client, bucket, `${root}base/`, '/', counted);
      // Top-level objects under base/ (no backup folder) are counted, not interpreted.
      const backupIds = base.prefixes.map((p) => p.replace(/\/$/, '')).sort();
      total += backupIds.length;
      done++;
      progress('list');
      return mapLimit(backupIds, limit, async (id) => {
        const key = `${root}base/${id}/backup.info`;
        let entry: ArchiveListing['backups'][number];
        try {
          const text = (await getText(client, bucket, key)).toString('utf8');
          entry = { id, info: parseBackupInfo(text) };
        } catch (err) {
          if (!isNoSuchKey(err)) throw annotate(err, `reading backup.info files under ${root}base/`);
          entry = { id, error: `backup.info is missing (s3://${bucket}/${key}): the backup did not finish or was partly deleted` };
        }
        done++;
        progress('backup.info');
        return entry;
      });
    })();
    const walChain = (async () => {
      const walTop = await listAll(client, bucket, `${root}wals/`, '/', counted);
      const folders = [...walTop.prefixes].sort();
      const histories = walTop.objects.filter((o) => parseWalFile(o.key)?.kind === 'history');
      total += folders.length + histories.length;
      done++;
      progress('list');
      const historyTexts = new Map<number, string>();
      const [listed] = await Promise.all([
        mapLimit(folders, limit, async (folder) => {
          const r = await listAll(client, bucket, `${root}wals/${folder}`, undefined, counted);
          done++;
          progress('list');
          return r.objects.map((o) => ({ ...o, key: folder + o.key }));
        }),
        mapLimit(histories, limit, async (o) => {
          const f = parseWalFile(o.key)!;
          if (f.compression && f.compression !== 'gz') return;
          try {
            let body = await getText(client, bucket, `${root}wals/${o.key}`);
            if (f.compression === 'gz') body = gunzipSync(body);
            historyTexts.set(f.timeline, body.toString('utf8'));
          } catch (err) {
            if (!isNoSuchKey(err) && !(err instanceof Error && /incorrect header|unexpected end/i.test(err.message))) throw annotate(err, `reading timeline history files under ${root}wals/`);
          }
          done++;
          progress('history');
        }),
      ]);
      return { wal: [...walTop.objects, ...listed.flat()] as ListedObject[], histories: historyTexts };
    })();
    const [backups, { wal, histories }] = await Promise.all([backupsChain, walChain]);
    const listing: ArchiveListing = { location, backups, wal, histories, objectCount: objects };
    if (endpoint) listing.endpoint = endpoint;
    if (objects === 0) {
      what = `listing the server names under s3://${bucket}/${location.prefix}`;
      listing.siblings = await serverNames(client, bucket, location.prefix);
    }
    return listing;
  } catch (err) {
    if (err instanceof ListingError) {
      throw new InputError(`inconsistent listing of ${serverURL(location)}${endpoint ? ` (endpoint ${endpoint})` : ''}: ${err.message}. Nothing is concluded from a partial listing; retry, and report it to the storage provider if it persists.`);
    }
    if (err instanceof InputError) throw err;
    const during = (err as { cnpgSiteWhat?: string } | undefined)?.cnpgSiteWhat;
    throw s3Failure(err, location, during ?? what, endpoint);
  }
}

/** Reads and analyses the archive of one server name. */
export async function readArchive(location: ArchiveLocation, opts: ReadArchiveOptions = {}): Promise<Archive> {
  return analyzeArchive(await readArchiveListing(location, opts));
}

/**
 * Whether nothing at all lies under `<prefix><serverName>/`: where a new Cluster will archive
 * must be empty, or its WAL archive check fails with "Expected empty archive".
 */
export async function isArchiveEmpty(location: ArchiveLocation, opts: Pick<ReadArchiveOptions, 'client' | 'endpoint' | 'maxAttempts' | 'requestTimeout'> = {}): Promise<boolean> {
  const endpoint = resolveEndpoint(location, opts.endpoint);
  const client = opts.client ?? createS3Client({ ...(endpoint ? { endpoint } : {}) });
  try {
    const page = await client.send(new ListObjectsV2Command({ Bucket: location.bucket, Prefix: serverPrefix(location), MaxKeys: 1 }));
    return (page.KeyCount ?? page.Contents?.length ?? 0) === 0 && (page.Contents?.length ?? 0) === 0;
  } catch (err) {
    throw s3Failure(err, location, `checking whether ${serverPrefix(location)} is empty`, endpoint);
  }
}

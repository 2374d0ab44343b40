import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';

/** Prefix of the drill's private folders (DRILL_TMP_PREFIX of @cnpg-site/core/drill). */
export const DRILL_PREFIX = 'cnpg-site-drill-';

/** Every object of a bucket, `key etag`, sorted: what must not change. */
export async function bucketListing(client: S3Client, bucket: string): Promise<string[]> {
  const out: string[] = [];
  let token: string | undefined;
  for (;;) {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ...(token ? { ContinuationToken: token } : {}) }));
    for (const o of page.Contents ?? []) out.push(`${o.Key} ${o.ETag} ${o.Size}`);
    if (!page.IsTruncated) break;
    token = page.NextContinuationToken;
  }
  return out.sort();
}

/** Drill folders left in the temporary folder, and processes still running from one. */
export function drillLeftovers(): { dirs: string[]; processes: string[] } {
  const dirs = readdirSync(tmpdir()).filter((e) => e.startsWith(DRILL_PREFIX));
  const ps = spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  const processes = ps.stdout.split('\n').filter((l) => l.includes(DRILL_PREFIX) && !l.includes('ps -eo'));
  return { dirs, processes };
}

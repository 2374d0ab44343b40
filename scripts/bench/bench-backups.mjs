#!/usr/bin/env node
// Times `kubectl cnpg-site backups` against `barman-cloud-backup-list` on one archive of 20 base
// backups and 20,000 WAL segments in a local s3rver, twice: straight to the server, and through a
// proxy that delays every request by --latency ms (default 50), as real S3's round trips do.
// Prints times and request counts.
//   node scripts/bench/bench-backups.mjs [--backups 20] [--wal 20000] [--runs 3] [--latency 50]
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { S3Client, CreateBucketCommand, PutObjectCommand, ListBucketsCommand } = require(join(ROOT, 'node_modules/@aws-sdk/client-s3'));

const { values } = parseArgs({ options: { backups: { type: 'string', default: '20' }, wal: { type: 'string', default: '20000' }, runs: { type: 'string', default: '3' }, latency: { type: 'string', default: '50' } } });
const NB = Number(values.backups);
const NW = Number(values.wal);
const RUNS = Number(values.runs);
const LATENCY = Number(values.latency);
const CLI = join(ROOT, 'packages/kubectl-cnpg-site/bin/run.js');
const BUCKET = 'dal-site-backups';
const PREFIX = 'dal/bench/postgres/';
const SERVER = 'bench-db';
const env = { ...process.env, AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };

const ensure = spawnSync(join(ROOT, 'scripts/ensure-system-packages.sh'), ['barman-cli-cloud'], { stdio: 'inherit' });
if (ensure.status !== 0) {
  console.error('bench-backups: barman-cli-cloud is needed for the comparison and could not be installed');
  process.exit(1);
}

const port = await new Promise((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const dir = mkdtempSync(join(tmpdir(), 'cnpg-site-bench-s3-'));
const s3rver = spawn(process.execPath, [join(ROOT, 'node_modules/s3rver/bin/s3rver.js'), '-d', dir, '-a', '127.0.0.1', '-p', String(port), '--silent'], { stdio: 'ignore' });
const endpoint = `http://127.0.0.1:${port}`;
const client = new S3Client({ endpoint, forcePathStyle: true, region: 'us-east-1', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });

try {
  for (let i = 0; ; i++) {
    try {
      await client.send(new ListBucketsCommand({}));
      break;
    } catch (err) {
      if (i > 300) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await client.send(new CreateBucketCommand({ Bucket: BUCKET }));
  const hex = (n) => n.toString(16).toUpperCase().padStart(8, '0');
  const seg = (n) => `00000001${hex(Math.floor(n / 256))}${hex(n % 256)}`;
  const keys = [];
  const root = `${PREFIX}${SERVER}/`;
  for (let n = 2; n < NW + 2; n++) keys.push([`${root}wals/${seg(n).slice(0, 16)}/${seg(n)}.gz`, 'x']);
  const start = Date.UTC(2026, 0, 1);
  for (let b = 0; b < NB; b++) {
    const begin = 2 + Math.floor((b * NW) / NB);
    const t0 = new Date(start + b * 86_400_000);
    const t1 = new Date(t0.getTime() + 60_000);
    const id = t0.toISOString().replace(/[-:]/g, '').slice(0, 15);
    const fmt = (d) => `${d.toISOString().replace('T', ' ').replace('Z', '')}000+00:00`;
    const info = [
      `backup_label='START WAL LOCATION: 0/${hex(begin * 16)}000028 (file ${seg(begin)})\\nCHECKPOINT LOCATION: 0/${hex(begin * 16)}000060\\nBACKUP METHOD: streamed\\nBACKUP FROM: primary\\nSTART TIME: ${t0.toISOString()}\\nLABEL: Barman backup cloud ${id}\\nSTART TIMELINE: 1\\n'`,
      'backup_name=None', `begin_offset=40`, `begin_time=${fmt(t0)}`, `begin_wal=${seg(begin)}`, `begin_xlog=0/${hex(begin * 16 * 1048576).replace(/^0+/, '')}`,
      'compression=None', 'config_file=/var/lib/postgresql/data/pgdata/postgresql.conf', 'copy_stats=None', 'deduplicated_size=None',
      'end_offset=312', `end_time=${fmt(t1)}`, `end_wal=${seg(begin + 1)}`, `end_xlog=0/${hex((begin + 1) * 16 * 1048576).replace(/^0+/, '')}`, 'error=None',
      'hba_file=/var/lib/postgresql/data/pgdata/pg_hba.conf', 'ident_file=/var/lib/postgresql/data/pgdata/pg_ident.conf', 'included_files=None', 'mode=None',
      'pgdata=/var/lib/postgresql/data/pgdata', `server_name=cloud`, 'size=None', 'status=DONE', 'systemid=7301234567890123456', 'tablespaces=None',
      'timeline=1', 'version=150004', 'xlog_segment_size=16777216', `backup_id=${id}`,
    ].join('\n');
    keys.push([`${root}base/${id}/backup.info`, `${info}\n`]);
    keys.push([`${root}base/${id}/data.tar`, 'x']);
  }
  const t = Date.now();
  let next = 0;
  await Promise.all(Array.from({ length: 32 }, async () => {
    while (next < keys.length) {
      const [Key, Body] = keys[next++];
      await client.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body }));
    }
  }));
  console.log(`archive: ${NB} base backups, ${NW} WAL segments (${keys.length} objects) written in ${((Date.now() - t) / 1000).toFixed(1)} s`);

  // A proxy that holds every request LATENCY ms before passing it on, and counts them. In replay
  // mode it answers a request it has seen before from its recording instead of asking s3rver:
  // that models real S3, whose cost is the round trip, not the work per object s3rver does (it
  // reads one metadata file per listed object). Both tools get the same treatment.
  let requests = 0;
  let replay = false;
  const recorded = new Map();
  const proxy = http.createServer((req, res) => {
    requests++;
    const key = `${req.method} ${req.url}`;
    setTimeout(() => {
      const hit = replay && req.method === 'GET' ? recorded.get(key) : undefined;
      if (hit) {
        res.writeHead(hit.status, hit.headers);
        res.end(hit.body);
        return;
      }
      const up = http.request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers }, (r) => {
        const chunks = [];
        r.on('data', (c) => chunks.push(c));
        r.on('end', () => {
          const body = Buffer.concat(chunks);
          if (req.method === 'GET' && r.statusCode === 200) recorded.set(key, { status: r.statusCode, headers: r.headers, body });
          res.writeHead(r.statusCode ?? 502, r.headers);
          res.end(body);
        });
      });
      up.on('error', () => res.destroy());
      req.pipe(up);
    }, LATENCY);
  });
  await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
  const slow = `http://127.0.0.1:${proxy.address().port}`;

  // Asynchronous, so the proxy in this process keeps serving while the tool runs.
  const time = (cmd, args) => new Promise((resolve, reject) => {
    const before = requests;
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0 && !(code === 1 && cmd === process.execPath)) reject(new Error(`${cmd} ${args.join(' ')} failed (${code}): ${err}`));
      else resolve({ ms, out, requests: requests - before });
    });
  });
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const results = [];
  const regimes = [
    ['s3rver', endpoint, false],
    [`s3rver +${LATENCY} ms`, slow, false],
    [`S3-like: ${LATENCY} ms per request, no per-object cost`, slow, true],
  ];
  for (const [label, ep, replaying] of regimes) {
    replay = replaying;
    const ours = [];
    const theirs = [];
    let check;
    let oursReq = 0;
    let theirsReq = 0;
    for (let i = 0; i < RUNS; i++) {
      const a = await time(process.execPath, [CLI, 'backups', '--s3-path', `s3://${BUCKET}/${PREFIX}`, '--server-name', SERVER, '--endpoint-url', ep, '-o', 'json']);
      ours.push(a.ms);
      oursReq = a.requests;
      check = JSON.parse(a.out);
      const b = await time('barman-cloud-backup-list', ['--endpoint-url', ep, '--format', 'json', `s3://${BUCKET}/${PREFIX}`, SERVER]);
      theirs.push(b.ms);
      theirsReq = b.requests;
    }
    if (check.backups.length !== NB || check.wal.count !== NW) throw new Error(`unexpected result: ${check.backups.length} backups, ${check.wal.count} segments`);
    const o = median(ours);
    const b = median(theirs);
    console.log(`[${label}] kubectl cnpg-site backups -o json: median ${o.toFixed(0)} ms over ${RUNS} runs (${ours.map((x) => x.toFixed(0)).join(', ')}), ${ep === slow ? `${oursReq} requests; ` : ''}${check.backups.length} backups, ${check.wal.count} segments checked, ${check.windows.length} window(s)`);
    console.log(`[${label}] barman-cloud-backup-list --format json: median ${b.toFixed(0)} ms over ${RUNS} runs (${theirs.map((x) => x.toFixed(0)).join(', ')})${ep === slow ? `, ${theirsReq} requests` : ''}`);
    console.log(`[${label}] ratio: ${(o / b).toFixed(2)}x${replaying ? ' (target <= 1.0x: checking every segment costs no more than listing the backups)' : ''}`);
    results.push(o / b);
  }
  await new Promise((r) => proxy.close(r));
} finally {
  client.destroy();
  s3rver.kill('SIGTERM');
  await new Promise((r) => s3rver.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}

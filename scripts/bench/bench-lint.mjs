#!/usr/bin/env node
// Lint benchmark: generates a 1000-app site (~7000 resources) in a temp dir and measures, in the
// same run and on the same files:
//   - lint wall time: the built CLI as a subprocess, `-o json > /dev/null`, median of 5
//   - bare parse: every YAML file read and parsed with yaml's parseAllDocuments in a node
//     subprocess, median of 5 (the floor any YAML linter pays)
//   - peak RSS of the lint process (/usr/bin/time -v when present, else maxRSS in-process)
//   - cold `--version`, median of 10
// Prints the figures with PASS/MISS per target. Never fails on a time: only on a broken run.
//
//   node scripts/bench/bench-lint.mjs [--apps N] [--runs N] [--cpu-prof]
// --cpu-prof also profiles one lint run and prints where the time goes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateSite } from '../gen-site.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(REPO, 'packages/kubectl-cnpg-site/bin/run.js');
const TARGETS = { ratio: 1.5, lintMs: 2000, rssMb: 250, versionMs: 150, keysMs: 1000 };

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : dflt;
};
const APPS = opt('--apps', 1000);
const RUNS = opt('--runs', 5);
const PROFILE = argv.includes('--cpu-prof');

if (!existsSync(join(REPO, 'packages/kubectl-cnpg-site/dist/main.js'))) {
  console.error('bench-lint: the CLI is not built; run: npx tsc -b packages/core packages/policy packages/kubectl-cnpg-site');
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs a command with stdout to /dev/null; resolves with wall time (ms), exit status and stderr. */
function timed(cmd, args, cwd) {
  return new Promise((res, rej) => {
    const devnull = openSync('/dev/null', 'w');
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', devnull, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b));
    child.on('error', rej);
    child.on('close', (status) => {
      const ms = performance.now() - t0;
      closeSync(devnull);
      res({ ms, status, stderr });
    });
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'cnpg-site-bench-'));
try {
  const site = join(tmp, 'site');
  const gen = generateSite(site, { apps: APPS, defects: 0, seed: 1 });

  // Warm-up run (fills the page cache) that also tells how many resources the site has.
  const out = join(tmp, 'lint.json');
  const warm = spawnSync(process.execPath, [BIN, 'lint', '-o', 'json', '.'], { cwd: site, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (warm.status !== 0 && warm.status !== 1) {
    console.error(`bench-lint: lint failed (exit ${warm.status}):\n${warm.stderr}`);
    process.exit(2);
  }
  writeFileSync(out, warm.stdout);
  const summary = JSON.parse(warm.stdout).summary;

  // The bare parse: the same files, found the same way (a sorted walk), read and parsed.
  const yamlEntry = createRequire(join(REPO, 'packages/core/package.json')).resolve('yaml');
  const bare = join(tmp, 'bare-parse.mjs');
  writeFileSync(
    bare,
    `import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from ${JSON.stringify(pathToFileURL(yamlEntry).href)};
let docs = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\\.ya?ml$/.test(e.name)) docs += parseAllDocuments(readFileSync(p, 'utf8')).length;
  }
};
walk(process.argv[2]);
process.stdout.write(docs + '\\n');
`,
  );

  const lintMs = [];
  const bareMs = [];
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, so both see the same machine load.
    const l = await timed(process.execPath, [BIN, 'lint', '-o', 'json', '.'], site);
    if (l.status !== 0 && l.status !== 1) throw new Error(`lint exited ${l.status}: ${l.stderr}`);
    lintMs.push(l.ms);
    const b = await timed(process.execPath, [bare, site], site);
    if (b.status !== 0) throw new Error(`bare parse exited ${b.status}: ${b.stderr}`);
    bareMs.push(b.ms);
  }

  // Peak RSS of one lint run.
  let rssKb;
  let rssHow;
  if (existsSync('/usr/bin/time')) {
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, BIN, 'lint', '-o', 'json', '.'], { cwd: site, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
    if (m) {
      rssKb = Number(m[1]);
      rssHow = '/usr/bin/time -v';
    }
  }
  if (rssKb === undefined) {
    const wrap = join(tmp, 'rss-wrap.mjs');
    writeFileSync(
      wrap,
      `import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
process.on('exit', () => writeSync(2, '\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));
process.argv.splice(1, 1);
await import(pathToFileURL(process.argv[1]).href);
`,
    );
    const r = spawnSync(process.execPath, [wrap, BIN, 'lint', '-o', 'json', '.'], { cwd: site, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    const m = /MAXRSS (\d+)/.exec(r.stderr);
    if (!m) throw new Error(`could not measure RSS: ${r.stderr}`);
    rssKb = Number(m[1]);
    rssHow = 'process.resourceUsage().maxRSS';
  }

  // Cold --version: a fresh process each time.
  const versionMs = [];
  for (let i = 0; i < 10; i++) {
    const v = await timed(process.execPath, [BIN, '--version'], site);
    if (v.status !== 0) throw new Error(`--version exited ${v.status}: ${v.stderr}`);
    versionMs.push(v.ms);
  }

  // A hostile file: one mapping of 100,000 keys (refused at the entry bound), linted alone.
  const keysDir = join(tmp, 'keys');
  mkdirSync(keysDir);
  writeFileSync(join(keysDir, 'keys.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: keys\ndata:\n${Array.from({ length: 100_000 }, (_, i) => `  k${i}: v${i}\n`).join('')}`);
  const keysMs = [];
  for (let i = 0; i < 3; i++) {
    const k = await timed(process.execPath, [BIN, 'lint', '-o', 'json', '.'], keysDir);
    if (k.status !== 1) throw new Error(`lint of 100,000 keys exited ${k.status} (want 1: the file is refused): ${k.stderr}`);
    keysMs.push(k.ms);
  }

  const lint = median(lintMs);
  const parse = median(bareMs);
  const ratio = lint / parse;
  const rssMb = rssKb / 1024;
  const version = median(versionMs);
  const mark = (ok) => (ok ? 'PASS' : 'MISS');
  const rows = [
    ['lint wall time (median of ' + RUNS + ')', `${lint.toFixed(0)} ms`, `≤ ${TARGETS.lintMs} ms`, mark(lint <= TARGETS.lintMs)],
    ['bare yaml parse (median of ' + RUNS + ')', `${parse.toFixed(0)} ms`, '', ''],
    ['lint / bare parse', `${ratio.toFixed(2)}×`, `≤ ${TARGETS.ratio}×`, mark(ratio <= TARGETS.ratio)],
    ['lint peak RSS', `${rssMb.toFixed(0)} MB`, `≤ ${TARGETS.rssMb} MB`, mark(rssMb <= TARGETS.rssMb)],
    ['cold --version (median of 10)', `${version.toFixed(0)} ms`, `≤ ${TARGETS.versionMs} ms`, mark(version <= TARGETS.versionMs)],
    ['lint of 100,000 keys (median of 3)', `${median(keysMs).toFixed(0)} ms`, `< ${TARGETS.keysMs} ms`, mark(median(keysMs) < TARGETS.keysMs)],
  ];
  console.log(`site: ${APPS} apps, ${gen.files} files, ${summary.resources} resources; node ${process.version}, ${process.platform}-${process.arch}`);
  console.log(`lint runs (ms): ${lintMs.map((x) => x.toFixed(0)).join(', ')}; bare parse runs (ms): ${bareMs.map((x) => x.toFixed(0)).join(', ')}`);
  console.log(`RSS measured with ${rssHow}`);
  const w = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), ['measure', 'value', 'target', ''][c].length));
  const line = (r) => r.map((cell, c) => cell.padEnd(w[c])).join('  ').trimEnd();
  console.log(line(['measure', 'value', 'target', '']));
  for (const r of rows) console.log(line(r));

  if (PROFILE) {
    const dir = join(tmp, 'prof');
    mkdirSync(dir);
    spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, BIN, 'lint', '-o', 'json', '.'], { cwd: site, stdio: ['ignore', 'ignore', 'inherit'] });
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (file) printProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/** Self time per function and per module of a .cpuprofile. */
function printProfile(prof) {
  const dt = new Map();
  const ids = prof.samples;
  for (let i = 0; i < ids.length; i++) dt.set(ids[i], (dt.get(ids[i]) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
  const byFn = new Map();
  const byModule = new Map();
  let total = 0;
  for (const n of prof.nodes) {
    const ms = dt.get(n.id) ?? 0;
    if (!ms) continue;
    total += ms;
    const url = n.callFrame.url.replace(/^file:\/\//, '').replace(REPO + '/', '');
    const mod = url === '' ? `(${n.callFrame.functionName || 'native'})` : url.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, 'npm:$1');
    const fn = `${n.callFrame.functionName || '(anonymous)'}  ${url}:${n.callFrame.lineNumber + 1}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
    byModule.set(mod, (byModule.get(mod) ?? 0) + ms);
  }
  const top = (m, n) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`\ncpu profile of one lint run: ${total.toFixed(0)} ms sampled`);
  console.log('self time by module:');
  for (const [k, v] of top(byModule, 12)) console.log(`  ${v.toFixed(0).padStart(6)} ms  ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
  console.log('self time by function:');
  for (const [k, v] of top(byFn, 20)) console.log(`  ${v.toFixed(0).padStart(6)} ms  ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
}

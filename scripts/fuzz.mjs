#!/usr/bin/env node
// Mutation fuzzing of lint, render, plan-restore and the policy check. See docs/fuzz.md.
//
//   node scripts/fuzz.mjs [--seed N] [--count N] [--seconds S] [--out DIR] [--timeout MS]
//                         [--jobs N] [--policy-every N] [--cli-every N] [--only INDEX]
//
// The parent generates every input from (seed, index) and hands it to a worker process that
// runs the built packages in-process; a worker that does not answer in time is killed (a hang),
// one that dies is a crash. Exit status: 0 nothing found, 1 failures found, 2 usage error.
import { fork, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORE = join(ROOT, 'packages/core/dist/index.js');
const POLICY = join(ROOT, 'packages/policy/dist/index.js');
const PARSE_FILE = join(ROOT, 'packages/core/dist/inventory/parse-file.js');
const CLI = join(ROOT, 'packages/kubectl-cnpg-site/bin/run.js');
const KUSTOMIZATIONS = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

// ---------------------------------------------------------------------------------------------
// Options

function usage(message) {
  process.stderr.write(`fuzz: ${message}\nusage: node scripts/fuzz.mjs [--seed N] [--count N] [--seconds S] [--out DIR] [--timeout MS] [--jobs N] [--policy-every N] [--cli-every N] [--only INDEX]\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const o = { seed: undefined, count: 1000, seconds: 600, out: join(tmpdir(), 'cnpg-site-fuzz'), timeout: 10_000, jobs: 1, policyEvery: 100, cliEvery: 500, only: undefined };
  const num = (name, v) => {
    if (v === undefined || !/^[0-9]+$/.test(v)) usage(`${name} takes a whole number`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--seed': o.seed = num(flag, value()); break;
      case '--count': o.count = num(flag, value()); break;
      case '--seconds': o.seconds = num(flag, value()); break;
      case '--timeout': o.timeout = num(flag, value()); break;
      case '--jobs': o.jobs = Math.max(1, num(flag, value())); break;
      case '--policy-every': o.policyEvery = num(flag, value()); break;
      case '--cli-every': o.cliEvery = num(flag, value()); break;
      case '--only': o.only = num(flag, value()); break;
      case '--out': {
        const v = value();
        if (!v) usage('--out takes a directory');
        o.out = resolve(v);
        break;
      }
      case '-h':
      case '--help':
        process.stdout.write('node scripts/fuzz.mjs [--seed N] [--count N] [--seconds S] [--out DIR] [--timeout MS] [--jobs N] [--policy-every N] [--cli-every N] [--only INDEX]\n');
        process.exit(0);
        break;
      default:
        usage(`unknown option ${a}`);
    }
  }
  if (o.seed === undefined) o.seed = Math.floor(Math.random() * 2 ** 31);
  return o;
}

// ---------------------------------------------------------------------------------------------
// The corpus: trees (contexts) copied whole, each YAML file in them a seed.

function walk(dir, rel = '') {
  const out = [];
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) for (const f of walk(dir, p)) out.push(f);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** A directory of the fixtures is a tree of its own when it holds YAML, a LICENSE or a README directly. */
function fixtureContexts(dir) {
  const entries = readdirSync(dir, { withFileTypes: true });
  if (entries.some((e) => e.isFile() && (/\.ya?ml$/.test(e.name) || e.name === 'LICENSE' || e.name === 'README.md'))) return [dir];
  return entries.filter((e) => e.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap((e) => fixtureContexts(join(dir, e.name)));
}

function loadCorpus() {
  const roots = [join(ROOT, 'examples/site'), ...fixtureContexts(join(ROOT, 'packages/core/test/fixtures'))];
  const contexts = roots.map((root) => {
    const files = walk(root);
    return { root, name: relative(ROOT, root).split(sep).join('/'), files, yamls: files.filter((f) => /\.ya?ml$/.test(f) || f.endsWith('/Kustomization') || f === 'Kustomization') };
  }).filter((c) => c.yamls.length > 0);
  const seeds = [];
  for (const [ci, c] of contexts.entries()) for (const f of c.yamls) seeds.push({ context: ci, file: f, data: readFileSync(join(c.root, f)) });
  return { contexts, seeds };
}

// ---------------------------------------------------------------------------------------------
// Random numbers: one generator per input, from (seed, index), so any input can be replayed.

function rngFor(seed, index) {
  const h = createHash('sha256').update(`${seed}:${index}`).digest();
  let a = h.readUInt32LE(0), b = h.readUInt32LE(4), c = h.readUInt32LE(8), d = h.readUInt32LE(12);
  const next = () => {
    // sfc32
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return (r >>> 0) / 4294967296;
  };
  const rng = {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
  return rng;
}

// ---------------------------------------------------------------------------------------------
// Mutations. Each takes the file's lines (strings, without their LF) or its bytes.

const CONTROL = ['\x1b[2J\x1b[H', '\x1b]8;;http://x\x07link\x1b]8;;\x07', '\x00', '\x07', '\x08', '\r', '\u202e', '\u2028', '\x7f', '\x1b[31mred\x1b[0m', '\ufeff'];
const TEMPLATES = ['${VAR}', '${VAR:-default}', '${CLUSTER_NAME}', '$(VAR)', '{{ .Values.name }}', '{{ include "x" . }}', '{{- if .x }}', '{{ end }}', '${', '{{', '}}'];
const WEIRD_SCALARS = ['~', 'null', '[]', '{}', '-1', '1e400', '0x1F', '.nan', '"', "'", '|', '>', '!!binary AAAA', '!custom x', '&a x', '*nope', '? x', ': y', 'yes', '2024-01-01', '[a, {b: c}]', '{x: [1, 2]}', '"\\u0000"', '"\\x1b[2J"'];

function indentOf(line) {
  return /^[ \t]*/.exec(line)[0].length;
}

/** lines.splice(at, 0, ...items) without spreading: a mutation can make more items than a call takes arguments. */
function insertLines(lines, at, items) {
  const tail = lines.splice(at);
  for (const x of items) lines.push(x);
  for (const x of tail) lines.push(x);
}

function lineMutations(rng, lines, extra) {
  const i = () => rng.int(Math.max(1, lines.length));
  const ops = {
    deleteLine() {
      if (lines.length > 0) lines.splice(i(), 1 + (rng.chance(0.2) ? rng.int(5) : 0));
    },
    duplicateLine() {
      if (lines.length === 0) return;
      const k = i();
      const copies = rng.chance(0.1) ? 1 + rng.int(200) : 1;
      insertLines(lines, k, Array(copies).fill(lines[k]));
    },
    swapLines() {
      const a = i(), b = i();
      [lines[a], lines[b]] = [lines[b], lines[a]];
    },
    indent() {
      const k = i();
      if (lines[k] === undefined) return;
      const d = rng.pick([-4, -2, -1, 1, 2, 4, 8]);
      lines[k] = d > 0 ? ' '.repeat(d) + lines[k] : lines[k].slice(Math.min(-d, indentOf(lines[k])));
      if (rng.chance(0.1)) lines[k] = '\t' + lines[k];
    },
    anchorAlias() {
      // An anchor on one value, aliases to it elsewhere (sometimes inside it: a cycle).
      const k = i();
      if (lines[k] === undefined) return;
      const name = `f${rng.int(5)}`;
      const m = /^(\s*(?:- )?[^:#\s][^:#]*:)(\s*)(.*)$/.exec(lines[k]);
      if (m) lines[k] = `${m[1]} &${name}${m[3] ? ` ${m[3]}` : ''}`;
      else lines[k] = `${lines[k]} &${name}`;
      const at = rng.chance(0.5) ? k + 1 : i();
      const ind = ' '.repeat(indentOf(lines[Math.min(at, lines.length - 1)] ?? '') + (rng.chance(0.5) ? 2 : 0));
      lines.splice(at, 0, rng.pick([`${ind}x: *${name}`, `${ind}- *${name}`, `${ind}<<: *${name}`, `${ind}*${name} : y`, `${ind}k: [*${name}, *${name}]`]));
    },
    cyclicAlias() {
      const ind = ' '.repeat(indentOf(lines[i()] ?? ''));
      lines.splice(i(), 0, rng.pick([`${ind}a: &x [*x]`, `${ind}b: &y {k: *y}`, `${ind}c: &z\n${ind}  - *z`, `${ind}<<: &m {<<: *m}`, `${ind}spec: &s\n${ind}  cluster: *s`, `${ind}metadata: &md\n${ind}  labels: *md`]));
    },
    aliasBomb() {
      const n = 3 + rng.int(8);
      const out = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
      for (let k = 1; k < n; k++) out.push(`a${k}: &a${k} [${Array(10).fill(`*a${k - 1}`).join(', ')}]`);
      insertLines(lines, i(), out);
    },
    hugeScalar() {
      const size = rng.pick([10_000, 100_000, 1_000_000, 4_000_000]);
      const k = i();
      const body = rng.pick([() => 'a'.repeat(size), () => '"'.repeat(size), () => `"${'\\"'.repeat(size / 2)}"`, () => `'${"''".repeat(size / 2)}'`, () => 'x '.repeat(size / 2)])();
      lines.splice(k, 0, `${' '.repeat(indentOf(lines[k] ?? ''))}huge: ${body}`);
    },
    deepNesting() {
      const depth = rng.pick([100, 1000, 10_000, 100_000]);
      const k = i();
      const kind = rng.int(4);
      if (kind === 0) lines.splice(k, 0, `deep: ${'['.repeat(depth)}${']'.repeat(depth)}`);
      else if (kind === 1) lines.splice(k, 0, `deep: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`);
      else if (kind === 2) insertLines(lines, k, Array.from({ length: Math.min(depth, 3000) }, (_, d) => `${' '.repeat(d)}k${d}:`));
      else insertLines(lines, k, Array.from({ length: Math.min(depth, 3000) }, (_, d) => `${'  '.repeat(d)}- `));
    },
    manyKeys() {
      const n = rng.pick([1000, 10_000, 40_000]);
      const ind = ' '.repeat(indentOf(lines[i()] ?? ''));
      insertLines(lines, i(), Array.from({ length: n }, (_, k) => `${ind}k${rng.chance(0.001) ? 0 : k}: v`));
    },
    manyDocuments() {
      const doc = lines.join('\n');
      // Copies of an input that another mutation already made huge would not fit in memory.
      const copies = Math.min(rng.pick([10, 200, 2000]), Math.max(1, Math.floor(8_000_000 / (doc.length + 5))));
      lines.length = 0;
      for (let k = 0; k < copies; k++) for (const l of `${doc.replace(/name: ([A-Za-z0-9-]+)/g, `name: $1-${k}`)}\n---`.split('\n')) lines.push(l);
    },
    control() {
      const k = i();
      if (lines[k] === undefined) return;
      const at = rng.int(lines[k].length + 1);
      lines[k] = lines[k].slice(0, at) + rng.pick(CONTROL) + lines[k].slice(at);
    },
    template() {
      const k = i();
      if (lines[k] === undefined) return;
      if (rng.chance(0.5)) {
        const at = rng.int(lines[k].length + 1);
        lines[k] = lines[k].slice(0, at) + rng.pick(TEMPLATES) + lines[k].slice(at);
      } else {
        lines[k] = lines[k].replace(/: (\S+)/, () => `: ${rng.pick(TEMPLATES)}`);
      }
    },
    scalar() {
      const k = i();
      if (lines[k] === undefined) return;
      lines[k] = lines[k].replace(/: .*$/, () => `: ${rng.pick(WEIRD_SCALARS)}`);
    },
    directive() {
      lines.splice(rng.chance(0.5) ? 0 : i(), 0, rng.pick(['---', '...', '%YAML 1.1', '%YAML 1.2\n---', '%TAG ! tag:x,2000:', '--- !!map', '--- |', '# \x1b[2J']));
    },
    duplicateKey() {
      const k = i();
      if (lines[k] !== undefined && /:/.test(lines[k])) lines.splice(k + 1, 0, lines[k]);
    },
    collectionKey() {
      const ind = ' '.repeat(indentOf(lines[i()] ?? ''));
      lines.splice(i(), 0, rng.pick([`${ind}? [a, b]\n${ind}: v`, `${ind}? {a: b}\n${ind}: v`, `${ind}[x]: y`, `${ind}{x: 1}: y`]));
    },
    kustomizationEntry() {
      // Entries that point at the directory itself, its parent, or at a loop partner.
      const entry = rng.pick(['.', './', '..', './.', '../..', 'kustomization.yaml', '/etc', '../fuzz-loop', 'fuzz-loop', '*', '', '~']);
      const field = rng.pick(['resources', 'components', 'bases']);
      const n = 1 + rng.int(3);
      const items = Array(n).fill(`  - ${entry}`);
      const at = lines.findIndex((l) => l.startsWith(`${field}:`));
      if (at >= 0) insertLines(lines, at + 1, items);
      else insertLines(lines, lines.length, [`${field}:`, ...items]);
      if (entry.includes('fuzz-loop')) extra.loop = true;
    },
  };
  return ops;
}

function byteMutations(rng, buf) {
  const b = Buffer.from(buf);
  const n = 1 + rng.int(rng.chance(0.2) ? 64 : 4);
  for (let k = 0; k < n && b.length > 0; k++) {
    const at = rng.int(b.length);
    b[at] = rng.chance(0.5) ? b[at] ^ (1 << rng.int(8)) : rng.int(256);
  }
  return b;
}

const ENCODINGS = {
  crlf: (s) => s.replace(/\n/g, '\r\n'),
  bom: (s) => `\ufeff${s}`,
  latin1: (s) => s.replace(/# /, '# caf\u00e9 '),
  noFinalNewline: (s) => s.replace(/\n+$/, ''),
};

/** The input with this index: which tree, which file, the mutated bytes and any extra files. */
function makeInput(corpus, seed, index) {
  const rng = rngFor(seed, index);
  const seedFile = rng.pick(corpus.seeds);
  const ctx = corpus.contexts[seedFile.context];
  const extra = {};
  const applied = [];
  let data;
  if (rng.chance(0.12)) {
    data = byteMutations(rng, seedFile.data);
    applied.push('bytes');
  } else {
    const lines = seedFile.data.toString('utf8').split('\n');
    const ops = lineMutations(rng, lines, extra);
    const names = Object.keys(ops);
    const heavy = new Set(['hugeScalar', 'deepNesting', 'manyKeys', 'manyDocuments', 'aliasBomb']);
    const kustomization = /(^|\/)(kustomization\.ya?ml|Kustomization)$/.test(seedFile.file);
    const n = 1 + rng.int(3);
    for (let k = 0; k < n; k++) {
      let name = kustomization && rng.chance(0.4) ? 'kustomizationEntry' : rng.pick(names);
      // Expensive mutations stay rare, so most of the time goes to many small inputs.
      if (heavy.has(name) && !rng.chance(0.15)) name = rng.pick(['deleteLine', 'duplicateLine', 'indent', 'anchorAlias', 'control', 'template', 'scalar']);
      ops[name]();
      applied.push(name);
    }
    // Mutations compound (copies of copies): keep an input within what a string can hold and what
  // the loader reads (it refuses files over 5 MiB anyway), by dropping lines from the end.
  let total = 0;
  let keep = lines.length;
  for (let k = 0; k < lines.length; k++) {
    total += lines[k].length + 1;
    if (total > 8 * 1024 * 1024) {
      keep = k;
      break;
    }
  }
  if (keep < lines.length) lines.length = keep;
  let text = lines.join('\n');
    if (rng.chance(0.08)) {
      const enc = rng.pick(Object.keys(ENCODINGS));
      text = ENCODINGS[enc](text);
      applied.push(enc);
    }
    data = enc1(text, applied.includes('latin1'));
  }
  const files = [{ rel: seedFile.file, data }];
  if (extra.loop) {
    // A second kustomization next to the file's directory that lists the first one back.
    const dir = seedFile.file.includes('/') ? seedFile.file.slice(0, seedFile.file.lastIndexOf('/')) : '';
    const loopDir = dir ? `${dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) + '/' : ''}fuzz-loop` : 'fuzz-loop';
    const back = dir ? relative(loopDir, dir).split(sep).join('/') || '.' : '..';
    files.push({ rel: `${loopDir}/kustomization.yaml`, data: Buffer.from(`resources:\n  - ${back}\n  - ../fuzz-loop\n`) });
  }
  return {
    index,
    context: seedFile.context,
    contextName: ctx.name,
    file: seedFile.file,
    mutations: applied,
    files,
    wholeTree: rng.chance(0.05),
    strategy: rng.chance(0.5) ? 'rename' : 'keep-name',
  };
}

function enc1(text, latin1) {
  return latin1 ? Buffer.from(text, 'latin1') : Buffer.from(text, 'utf8');
}

// ---------------------------------------------------------------------------------------------
// Worker: runs the operations on one input at a time, in a private copy of every tree.

async function worker() {
  // Deep enough to reach the project's frames under a library's.
  Error.stackTraceLimit = 50;
  const core = await import(pathToFileURL(CORE).href);
  const policy = await import(pathToFileURL(POLICY).href);
  const { parseFileContent } = await import(pathToFileURL(PARSE_FILE).href);
  const { contexts } = loadCorpus();
  const base = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'cnpg-site-fuzz-'));
  const roots = contexts.map((c, i) => {
    const dir = join(base, String(i));
    cpSync(c.root, dir, { recursive: true });
    return dir;
  });
  process.on('exit', () => rmSync(base, { recursive: true, force: true }));
  const warnings = [];
  process.removeAllListeners('warning');
  process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));
  const send = (m) => process.send(m);

  const findTarget = (root, rel) => {
    let dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
    for (;;) {
      if (KUSTOMIZATIONS.some((k) => existsSync(join(root, dir, k)))) return join(root, dir);
      if (dir === '') break;
      dir = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '';
    }
    return join(root, rel);
  };

  // Anything escaping from input must not reach a terminal raw.
  // eslint-disable-next-line no-control-regex
  const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

  process.on('message', async (input) => {
    if (input.type === 'stop') process.exit(0);
    const root = roots[input.context];
    const originals = [];
    const results = [];
    const problem = (op, kind, detail) => results.push({ op, kind, ...detail });
    const run = async (op, fn) => {
      send({ type: 'op', op });
      try {
        await fn();
      } catch (e) {
        if (e instanceof core.InputError) return;
        problem(op, 'crash', { name: e?.constructor?.name ?? typeof e, message: String(e?.message ?? e), stack: String(e?.stack ?? '') });
      }
    };
    warnings.length = 0;
    try {
      for (const f of input.files) {
        const abs = join(root, f.rel);
        originals.push({ abs, data: existsSync(abs) ? readFileSync(abs) : undefined });
        mkdirSync(dirname(abs), { recursive: true });
        writeFileSync(abs, Buffer.from(f.data));
      }
      // The loader's fast path reads each file as the composer does, or gives up.
      await run('fast-path', async () => {
        const limits = { maxBytes: 5 * 1024 * 1024, maxAlias: 1000 };
        for (const f of input.files) {
          const data = Buffer.from(f.data);
          const full = JSON.stringify(parseFileContent(f.rel, data, { ...limits, fast: false }));
          const fast = JSON.stringify(parseFileContent(f.rel, data, limits));
          if (full !== fast) problem('fast-path', 'mismatch', { message: `${f.rel}: the fast path and the composer differ`, stack: `composer: ${full.slice(0, 1000)}\nfast: ${fast.slice(0, 1000)}` });
        }
      });
      const target = input.wholeTree ? root : findTarget(root, input.files[0].rel);
      let lintRun;
      await run('lint', async () => {
        lintRun = await core.lintPaths([target], { cwd: root, threads: 1 });
        for (const format of core.OUTPUT_FORMATS) {
          const out = core.formatDiagnostics(format, lintRun.diagnostics, lintRun.summary, { cwd: root, color: false, verbose: true });
          if ((format === 'stylish' || format === 'github') && RAW_CONTROL.test(out)) {
            const m = RAW_CONTROL.exec(out);
            problem(`lint -o ${format}`, 'unescaped', { message: `raw control character U+${m[0].codePointAt(0).toString(16).padStart(4, '0')} in output`, stack: out.slice(Math.max(0, m.index - 200), m.index + 50) });
          }
          if (format === 'json' || format === 'sarif') JSON.parse(out);
        }
      });
      if (typeof core.renderPaths === 'function') {
        await run('render', async () => {
          const r = core.renderPaths([target], { cwd: root });
          JSON.stringify(r);
        });
      }
      if (lintRun) {
        const clusters = lintRun.inventory.ofKind('Cluster').slice(0, 2);
        for (const c of clusters) {
          await run('plan-restore', async () => {
            const plan = core.planRestore({ inventory: lintRun.inventory, profile: lintRun.profile, root, clusterName: c.name, ...(c.namespace ? { namespace: c.namespace } : {}), strategy: input.strategy, now: new Date(0) });
            const previews = core.previewEdits(core.groupEdits(plan));
            const restoreRun = { root, plan, previews };
            for (const f of ['text', 'markdown', 'json']) {
              const out = core.formatRestorePlan(f, restoreRun);
              if (f === 'json') JSON.parse(out);
              else if (f === 'text' && RAW_CONTROL.test(out.replace(/\x1b\[[0-9;]*m/g, ''))) {
                problem(`plan-restore -o ${f}`, 'unescaped', { message: 'raw control character in output', stack: '' });
              }
            }
          });
        }
      }
      if (input.policy) {
        await run('policy', async () => {
          const repo = mkdtempSync(join(base, 'git-'));
          try {
            const git = (...args) => {
              const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
              if (r.status !== 0) throw new Error(`git ${args[0]}: ${r.stderr}`);
              return r.stdout.trim();
            };
            git('init', '-q', '-b', 'main');
            cpSync(contexts[input.context].root, repo, { recursive: true });
            git('add', '-A');
            git('-c', 'user.name=fuzz', '-c', 'user.email=fuzz@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', 'base');
            const baseId = git('rev-parse', 'HEAD');
            for (const f of input.files) {
              mkdirSync(dirname(join(repo, f.rel)), { recursive: true });
              writeFileSync(join(repo, f.rel), Buffer.from(f.data));
            }
            git('add', '-A');
            git('-c', 'user.name=fuzz', '-c', 'user.email=fuzz@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', 'head');
            const headId = git('rev-parse', 'HEAD');
            const res = await policy.runPolicy({ base: policy.GitSource.commit(repo, baseId, 'base'), head: policy.GitSource.commit(repo, headId, 'head'), diff: true, lint: true });
            for (const format of core.OUTPUT_FORMATS) core.formatDiagnostics(format, res.diagnostics, res.summary, { cwd: repo, color: false });
          } finally {
            rmSync(repo, { recursive: true, force: true });
          }
        });
      }
      if (input.cli) {
        send({ type: 'op', op: 'cli' });
        const r = spawnSync(process.execPath, [CLI, 'lint', target], { cwd: root, encoding: 'utf8', timeout: input.cliTimeout, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 });
        if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGTERM') problem('cli lint', 'hang', { message: `no exit within ${input.cliTimeout} ms` });
        else if (r.status !== 0 && r.status !== 1 && r.status !== 2) problem('cli lint', 'exit', { message: `exit ${r.status ?? r.signal}`, stack: String(r.stderr).slice(0, 2000) });
        else if (r.status === 2 && String(r.stderr).trim().split('\n').length > 1) problem('cli lint', 'exit', { message: 'exit 2 with a multi-line message', stack: String(r.stderr).slice(0, 2000) });
      }
      for (const w of warnings) problem('warning', 'warning', { message: w, stack: '' });
    } finally {
      for (const o of originals.reverse()) {
        if (o.data) writeFileSync(o.abs, o.data);
        else rmSync(o.abs, { force: true });
      }
      // A loop partner directory that was created for this input.
      for (const f of input.files) {
        const d = join(root, dirname(f.rel));
        if (d.endsWith('fuzz-loop')) rmSync(d, { recursive: true, force: true });
      }
    }
    send({ type: 'done', index: input.index, results });
  });
  send({ type: 'ready' });
}

// ---------------------------------------------------------------------------------------------
// Parent: schedules inputs, bounds each in time, and tallies.

function signatureOf(r) {
  // Messages and stacks can quote the input (megabytes of it): only their start names the failure.
  const frame = (r.stack ?? '').slice(0, 20_000).split('\n').find((l) => /packages\/(core|policy|kubectl-cnpg-site)\//.test(l) || /node_modules\/yaml\//.test(l)) ?? '';
  const where = frame.replace(/^\s*at\s+/, '').replace(/\(?\/.*?\/(packages|node_modules)\//, '$1/').replace(/:\d+\)?$/, '');
  const msg = (r.message ?? '').slice(0, 2_000).replace(/"[^"]*"|'[^']*'/g, 'S').replace(/[0-9]+/g, 'N').slice(0, 120);
  return `${r.kind} | ${r.op} | ${r.name ?? ''} ${msg} | ${where}`;
}

async function parent(o) {
  for (const f of [CORE, POLICY, CLI]) if (!existsSync(f)) usage(`${relative(ROOT, f)} is missing; build first (npm run build)`);
  const corpus = loadCorpus();
  mkdirSync(o.out, { recursive: true });
  const started = Date.now();
  const deadline = started + o.seconds * 1000;
  const counts = { inputs: 0, lint: 0, policy: 0, cli: 0, crash: 0, hang: 0, exit: 0, unescaped: 0, warning: 0, mismatch: 0 };
  const bySig = new Map();
  let next = o.only ?? 0;
  const last = o.only !== undefined ? o.only + 1 : o.count;
  process.stdout.write(`fuzz: seed ${o.seed}, ${corpus.seeds.length} seed files in ${corpus.contexts.length} trees, up to ${o.count} inputs or ${o.seconds} s, ${o.jobs} worker(s), out ${o.out}\n`);

  const record = (input, r) => {
    counts[r.kind] = (counts[r.kind] ?? 0) + 1;
    const sig = signatureOf(r);
    let s = bySig.get(sig);
    if (!s) {
      s = { sig, count: 0, first: input.index, dir: join(o.out, `${r.kind}-${createHash('sha1').update(sig).digest('hex').slice(0, 10)}`) };
      bySig.set(sig, s);
      rmSync(s.dir, { recursive: true, force: true });
      mkdirSync(s.dir, { recursive: true });
      for (const f of input.files) {
        const p = join(s.dir, 'input', f.rel);
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, f.data);
      }
      writeFileSync(join(s.dir, 'report.json'), JSON.stringify({ signature: sig, seed: o.seed, index: input.index, replay: `node scripts/fuzz.mjs --seed ${o.seed} --only ${input.index}`, tree: input.contextName, file: input.file, mutations: input.mutations, wholeTree: input.wholeTree, ...r }, null, 2) + '\n');
      process.stdout.write(`  new ${r.kind}: ${sig} (input ${input.index}, ${relative(process.cwd(), s.dir) || s.dir})\n`);
    }
    s.count++;
  };

  const spawnWorker = () =>
    new Promise((resolveReady) => {
      const child = fork(fileURLToPath(import.meta.url), ['--worker'], { serialization: 'advanced', execArgv: ['--max-old-space-size=2048', ...(process.env.FUZZ_NODE_ARGS ?? '').split(' ').filter(Boolean)], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      const w = { child, busy: undefined, op: undefined, timer: undefined, stderr: '' };
      child.stderr.on('data', (d) => (w.stderr = (w.stderr + d.toString('utf8')).slice(-4000)));
      child.on('message', (m) => {
        if (m.type === 'ready') resolveReady(w);
        else if (m.type === 'op') {
          w.op = m.op;
          w.onOp?.(m.op);
        }
        else if (m.type === 'done') w.onDone?.(m);
      });
      child.on('exit', (code, signal) => w.onExit?.(code, signal));
    });

  const runOne = (w, input) =>
    new Promise((resolveRun) => {
      let settled = false;
      const finish = (value) => {
        if (settled) return;
        settled = true;
        clearTimeout(w.timer);
        w.onDone = undefined;
        w.onExit = undefined;
        w.onOp = undefined;
        resolveRun(value);
      };
      w.op = undefined;
      w.stderr = '';
      w.onDone = (m) => finish({ results: m.results, alive: true });
      w.onExit = (code, signal) => finish({ results: [{ op: w.op ?? 'start', kind: 'crash', name: 'WorkerExit', message: `worker exited (${signal ?? `code ${code}`})`, stack: w.stderr }], alive: false });
      // Each operation has its own time bound, from the moment the worker starts it: the loader
      // may take seconds on a file of megabytes (its own bound is MAX_PARSE_MS a parse), and every
      // operation reads the input again. fast-path parses each file twice; the policy and the CLI
      // run git or a process of their own.
      const arm = (op) => {
        clearTimeout(w.timer);
        const limit = o.timeout * (op === 'policy' || op === 'cli' ? 3 : op === 'fast-path' ? 2 : 1);
        w.timer = setTimeout(() => {
          w.child.kill('SIGKILL');
          finish({ results: [{ op, kind: 'hang', name: 'Timeout', message: `no answer within ${limit} ms`, stack: '' }], alive: false });
        }, limit);
      };
      w.onOp = arm;
      arm('start');
      w.child.send(input);
    });

  const loop = async () => {
    let w = await spawnWorker();
    for (;;) {
      if (next >= last || Date.now() >= deadline) break;
      const index = next++;
      const input = makeInput(corpus, o.seed, index);
      input.policy = o.policyEvery > 0 && index % o.policyEvery === 0;
      input.cli = o.cliEvery > 0 && index % o.cliEvery === 0;
      input.cliTimeout = o.timeout * 2;
      const res = await runOne(w, input);
      counts.inputs++;
      counts.lint++;
      if (input.policy) counts.policy++;
      if (input.cli) counts.cli++;
      for (const r of res.results) record(input, r);
      if (!res.alive) w = await spawnWorker();
    }
    // A clean exit, so a worker started with --cpu-prof writes its profile.
    await new Promise((done) => {
      const t = setTimeout(() => {
        w.child.kill('SIGKILL');
        done();
      }, 5000);
      w.child.once('exit', () => {
        clearTimeout(t);
        done();
      });
      w.child.send({ type: 'stop' });
    });
  };

  const progress = setInterval(() => {
    const s = (Date.now() - started) / 1000;
    process.stdout.write(`  ${counts.inputs} inputs in ${s.toFixed(0)} s (${(counts.inputs / s).toFixed(1)}/s); crashes ${counts.crash}, hangs ${counts.hang}, bad exits ${counts.exit}, unescaped ${counts.unescaped}, warnings ${counts.warning}, fast-path mismatches ${counts.mismatch}, distinct ${bySig.size}\n`);
  }, 30_000);
  await Promise.all(Array.from({ length: o.jobs }, loop));
  clearInterval(progress);

  const secs = (Date.now() - started) / 1000;
  process.stdout.write(`\nfuzz: seed ${o.seed}: ${counts.inputs} inputs in ${secs.toFixed(1)} s (lint, render and plan-restore each; policy ${counts.policy}, CLI ${counts.cli})\n`);
  process.stdout.write(`  crashes ${counts.crash}, hangs ${counts.hang}, exits outside 0/1/2 ${counts.exit}, unescaped output ${counts.unescaped}, warnings ${counts.warning}, fast-path mismatches ${counts.mismatch}\n`);
  const sigs = [...bySig.values()].sort((a, b) => b.count - a.count);
  for (const s of sigs) process.stdout.write(`  ${String(s.count).padStart(6)}  ${s.sig}\n        first input ${s.first}: ${s.dir}\n`);
  writeFileSync(join(o.out, 'summary.json'), JSON.stringify({ seed: o.seed, seconds: secs, counts, failures: sigs }, null, 2) + '\n');
  process.exit(sigs.length > 0 ? 1 : 0);
}

if (process.argv.includes('--worker')) await worker();
else await parent(parseArgs(process.argv.slice(2)));

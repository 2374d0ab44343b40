#!/usr/bin/env node
// Measurement: cnpg-site-policy ci on the field repositories (../shared/field), each copied into
// a fresh git repository, for changes that must not block: a comment added above every Cluster
// (lines shift), and every file holding a Cluster moved to another name. Prints what ci says.
//   node scripts/field-policy.mjs [FIELD_DIR]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = join(here, '..', 'packages', 'policy', 'bin', 'run.js');
const FIELD = process.argv[2] ?? join(here, '..', '..', 'shared', 'field');
const g = (cwd, ...args) => execFileSync('git', args, { cwd, maxBuffer: 1 << 28 }).toString('utf8').trim();

function files(dir, out = []) {
  for (const e of readdirSync(dir)) {
    if (e === '.git') continue;
    const p = join(dir, e);
    if (statSync(p).isDirectory()) files(p, out);
    else out.push(p);
  }
  return out;
}

for (const name of readdirSync(FIELD).sort()) {
  const src = join(FIELD, name);
  if (!statSync(src).isDirectory()) continue;
  const dir = mkdtempSync(join(tmpdir(), `field-policy-${name}-`));
  try {
    cpSync(src, dir, { recursive: true });
    g(dir, 'init', '-q', '-b', 'main');
    g(dir, 'add', '-A');
    g(dir, '-c', 'user.email=f@example.com', '-c', 'user.name=F', 'commit', '-q', '-m', 'base');
    const clusters = files(dir).filter((f) => /\.ya?ml$/.test(f) && /^kind:\s*Cluster\s*$/m.test(readFileSync(f, 'utf8')) && /postgresql\.cnpg\.io/.test(readFileSync(f, 'utf8')));
    const changes = [
      ['comment above every Cluster', () => { for (const f of clusters) writeFileSync(f, `# reviewed\n# (lines shift)\n${readFileSync(f, 'utf8')}`); }],
      ['every Cluster file renamed', () => {
        for (const f of clusters) {
          const to = f.replace(/\.ya?ml$/, '-moved.yaml');
          renameSync(f, to);
          const k = join(dirname(f), 'kustomization.yaml');
          try {
            const base = f.slice(dirname(f).length + 1);
            writeFileSync(k, readFileSync(k, 'utf8').split(base).join(to.slice(dirname(to).length + 1)));
          } catch { /* no kustomization beside it */ }
        }
      }],
    ];
    for (const [label, apply] of changes) {
      apply();
      g(dir, 'add', '-A');
      g(dir, '-c', 'user.email=f@example.com', '-c', 'user.name=F', 'commit', '-q', '-m', label);
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [BIN, 'ci', '--base', 'HEAD~1'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      console.log(`${name}: ${label} (${clusters.length} files): exit ${r.status} in ${ms.toFixed(0)} ms`);
      for (const l of (r.stdout + r.stderr).trim().split('\n')) console.log(`    ${l}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

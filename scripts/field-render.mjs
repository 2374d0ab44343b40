#!/usr/bin/env node
// Renders every kustomization directory of the field repositories (../shared/field) with
// `kubectl kustomize` and with our renderer, and prints how many agree; then lints each
// repository from its root, as its owner would, and prints every error and warning. A
// measurement script: not part of the tests (a fresh clone has no ../shared).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseAllDocuments } from 'yaml';
import { lintPaths, renderKustomizeRoot } from '../packages/core/dist/index.js';
import { normalizeForCompare } from './lib/compare-render.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const field = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(here, '../../shared/field'));
const verbose = process.argv.includes('--verbose');
const dirs = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.name === '.git' || e.name === 'node_modules') continue;
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (['kustomization.yaml', 'kustomization.yml', 'Kustomization'].includes(e.name)) dirs.push(d);
  }
};
walk(field);
dirs.sort();
let builds = 0, same = 0, differ = 0, kfail = 0, ourFail = 0;
const diffs = [];
for (const d of dirs) {
  let expected;
  try {
    expected = execFileSync('kubectl', ['kustomize', d], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30000 });
  } catch {
    kfail++;
    continue;
  }
  builds++;
  let ours;
  try {
    const run = renderKustomizeRoot(d);
    if (run.diagnostics.some((x) => x.severity === 'error')) {
      ourFail++;
      diffs.push(`${relative(field, d)}: we report a build error: ${run.diagnostics.find((x) => x.severity === 'error').message}`);
      continue;
    }
    ours = run.resources.map((r) => r.object);
  } catch (e) {
    ourFail++;
    diffs.push(`${relative(field, d)}: crash ${e.message}`);
    continue;
  }
  const want = normalizeForCompare(parseAllDocuments(expected).map((x) => x.toJS()).filter(Boolean));
  const got = normalizeForCompare(ours);
  if (JSON.stringify(want) === JSON.stringify(got)) same++;
  else {
    differ++;
    const w = new Set(want.map((x) => JSON.stringify(x)));
    const g = new Set(got.map((x) => JSON.stringify(x)));
    const missing = [...w].filter((x) => !g.has(x)).map((x) => JSON.parse(x)).map((o) => `${o.kind}/${o.metadata?.name}`);
    const extra = [...g].filter((x) => !w.has(x)).map((x) => JSON.parse(x)).map((o) => `${o.kind}/${o.metadata?.name}`);
    diffs.push(`${relative(field, d)}: differs; kustomize only: ${missing.join(', ')}; ours only: ${extra.join(', ')}`);
  }
}
console.log(`kustomization roots: ${dirs.length}`);
console.log(`kustomize builds offline: ${builds} (fails: ${kfail})`);
console.log(`render the same: ${same} of ${builds}; differ: ${differ}; we report an error: ${ourFail}`);
if (verbose || diffs.length <= 40) for (const x of diffs) console.log(`  ${x}`);
else console.log(`  (${diffs.length} differences; --verbose lists them)`);

console.log('');
for (const repo of readdirSync(field, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
  const root = join(field, repo);
  const t0 = performance.now();
  const run = await lintPaths(['.'], { cwd: root });
  const ms = Math.round(performance.now() - t0);
  const roots = run.inventory.model?.roots ?? [];
  const by = (c) => roots.filter((r) => r.controller === c).length;
  console.log(`lint ${repo}: ${run.summary.errors} errors, ${run.summary.warnings} warnings, ${run.summary.resources} resources, roots: ${by('argocd')} ArgoCD, ${by('flux')} Flux, ${by('kustomize')} kustomize, ${by('none')} loose files; conventions left out: ${run.summary.conventionsSkipped ?? 0}; ${ms} ms`);
  for (const d of run.diagnostics.filter((x) => x.severity !== 'info')) console.log(`  ${d.severity} ${d.ruleId} ${relative(root, d.file)}:${d.line} ${d.message.slice(0, 160)}`);
}

#!/usr/bin/env node
// Writes docs/rules/<id>.md and docs/rules/README.md from the rules' metadata (core must be built).
//   npm run docs:rules            write the pages
//   npm run docs:rules -- --check exit 1 when a page is out of date
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES, renderRuleDoc, renderRuleIndex } from '../packages/core/dist/index.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '../docs/rules');
const check = process.argv.includes('--check');
const want = new Map(RULES.map((r) => [`${r.meta.id}.md`, renderRuleDoc(r)]));
want.set('README.md', renderRuleIndex(RULES));
mkdirSync(out, { recursive: true });
let stale = 0;
for (const f of readdirSync(out)) {
  if (f.endsWith('.md') && !want.has(f)) {
    stale++;
    if (check) console.error(`docs/rules/${f}: no rule has this id`);
    else rmSync(join(out, f));
  }
}
for (const [f, text] of want) {
  let cur;
  try { cur = readFileSync(join(out, f), 'utf8'); } catch { cur = undefined; }
  if (cur === text) continue;
  stale++;
  if (check) console.error(`docs/rules/${f} is out of date; run npm run docs:rules`);
  else writeFileSync(join(out, f), text);
}
if (check && stale) process.exitCode = 1;
else console.log(check ? 'docs/rules is up to date' : `wrote docs/rules (${want.size} pages)`);

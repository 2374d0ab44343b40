#!/usr/bin/env node
// kubectl runs kubectl_complete-cnpg_site WORDS... on PATH to complete `kubectl cnpg-site WORDS<TAB>`
// (the last word is the one being completed, possibly empty); the answer is in Cobra's format.
const { completeWords } = await import('../dist/main.js');
await completeWords(process.argv.slice(2));

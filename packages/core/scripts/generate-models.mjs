#!/usr/bin/env node
// Regenerates the typed models and the structural schemas from the vendored CRDs in ../crds.
//
//   npm run generate:models -w @cnpg-site/core
//
// Output (committed, reproducible byte for byte from the same CRDs):
//   src/models/generated/   TypeScript models + precompiled validators (@kubernetes-models/crd-generate)
//   src/models/schemas/     one JSON file per served group/version/kind: the openAPIV3Schema with
//                           descriptions removed, used to find fields the schema does not define.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const crdDir = join(root, 'crds');
const genDir = join(root, 'src/models/generated');
const schemaDir = join(root, 'src/models/schemas');

const crdFiles = readdirSync(crdDir)
  .filter((d) => statSync(join(crdDir, d)).isDirectory())
  .sort()
  .flatMap((d) =>
    readdirSync(join(crdDir, d))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => join(crdDir, d, f)),
  );

rmSync(genDir, { recursive: true, force: true });
rmSync(schemaDir, { recursive: true, force: true });
mkdirSync(genDir, { recursive: true });
mkdirSync(schemaDir, { recursive: true });

const bin = join(root, '../../node_modules/.bin/crd-generate');
execFileSync(bin, ['--input', ...crdFiles, '--output', genDir], { stdio: ['ignore', 'ignore', 'inherit'] });

// Node's ESM resolver needs explicit extensions on relative imports.
function walk(dir) {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
for (const file of walk(genDir)) {
  if (!/\.(ts|js)$/.test(file)) continue;
  let text = readFileSync(file, 'utf8');
  text = text.replace(/(from\s+["'])(\.{1,2}\/[^"']+)(["'])/g, (m, a, spec, b) => {
    if (/\.(js|mjs|cjs|json)$/.test(spec)) return m;
    const target = join(dirname(file), spec);
    let isDir = false;
    try { isDir = statSync(target).isDirectory(); } catch { /* a file */ }
    return `${a}${spec}${isDir ? '/index.js' : '.js'}${b}`;
  });
  if (file.endsWith('.js')) text = '// @ts-nocheck\n' + text;
  writeFileSync(file, text);
}

// Structural schemas without prose: what the API server prunes against. `description`,
// `example` and `x-kubernetes-validations` are dropped where they annotate a schema, never where
// they name a field (Cluster has a `spec.description` field).
const ANNOTATIONS = new Set(['description', 'x-kubernetes-validations', 'example']);
const VERBATIM = new Set(['default', 'enum']);
function strip(node, fieldNames = false) {
  if (Array.isArray(node)) return node.map((n) => strip(n));
  if (node && typeof node === 'object') {
    const out = {};
    for (const k of Object.keys(node)) {
      if (fieldNames) {
        out[k] = strip(node[k]);
        continue;
      }
      if (ANNOTATIONS.has(k)) continue;
      out[k] = VERBATIM.has(k) ? node[k] : strip(node[k], k === 'properties' || k === 'patternProperties');
    }
    return out;
  }
  return node;
}
const index = {};
for (const file of crdFiles) {
  for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const crd = doc.toJS();
    if (!crd || crd.kind !== 'CustomResourceDefinition') continue;
    const { group, names, scope } = crd.spec;
    for (const v of crd.spec.versions) {
      if (!v.served) continue;
      const apiVersion = `${group}/${v.name}`;
      const name = `${group}_${v.name}_${names.kind}.json`;
      writeFileSync(join(schemaDir, name), JSON.stringify(strip(v.schema.openAPIV3Schema)) + '\n');
      index[`${apiVersion}/${names.kind}`] = {
        file: name,
        namespaced: scope === 'Namespaced',
        source: relative(root, file).split('\\').join('/'),
      };
    }
  }
}
const sorted = Object.fromEntries(Object.keys(index).sort().map((k) => [k, index[k]]));
writeFileSync(join(schemaDir, 'index.json'), JSON.stringify(sorted, null, 2) + '\n');
console.log(`generated models for ${crdFiles.length} CRD files, ${Object.keys(sorted).length} schemas`);

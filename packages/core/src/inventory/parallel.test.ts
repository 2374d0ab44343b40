import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { lintPaths } from '../lint/run.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { loadInventory, loadInventoryParallel, type LoadResult, type ParallelLoadOptions } from './load.js';
import { defaultWorkerUrl } from './parse-pool.js';
import { CORPUS } from '../../test/helpers.js';

const REPO = resolve(fileURLToPath(new URL('../../../..', import.meta.url)));

/** Everything a load gives, serialised: resources, diagnostics, files, overlays, problems. */
function snapshot({ inventory, diagnostics }: LoadResult): string {
  return JSON.stringify({
    resources: inventory.resources.map((r) => ({
      file: r.file,
      apiVersion: r.apiVersion,
      kind: r.kind,
      name: r.name,
      namespace: r.namespace,
      declaredNamespace: r.declaredNamespace,
      docIndex: r.docIndex,
      basePath: r.basePath,
      position: r.position,
      scope: r.scope,
      site: r.site,
      k8sCluster: r.k8sCluster,
      wave: r.wave,
      app: r.app,
      overlay: r.overlay,
      object: r.object,
    })),
    diagnostics,
    files: inventory.files.map((f) => ({ path: f.path, kind: f.kind, text: f.text ?? null })),
    overlays: inventory.overlays,
    problems: inventory.kustomizationProblems,
  });
}

/** The sync load and the threaded load of `paths` are the same; returns the threaded result. */
async function expectSame(paths: string[], opts: Omit<ParallelLoadOptions, 'profile'> = {}) {
  const sync = loadInventory(paths, { profile: DEFAULT_PROFILE });
  const threaded = await loadInventoryParallel(paths, { profile: DEFAULT_PROFILE, threads: 2, ...opts });
  expect(threaded.parallel, 'the worker threads ran').toBeDefined();
  expect(snapshot(threaded)).toBe(snapshot(sync));
  // Positions of findings come from the text parsed again: the same on both sides.
  const i = Math.floor(sync.inventory.resources.length / 2);
  const [a, b] = [sync.inventory.resources[i], threaded.inventory.resources[i]];
  if (a && b) expect(b.doc.toJS()).toEqual(a.doc.toJS());
  return { sync, threaded };
}

let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cnpg-site-parallel-'));
  // The workers run the compiled module: the package must be built.
  expect(defaultWorkerUrl(), 'dist/inventory/parse-worker.js exists (run: npx tsc -b packages/core)').toBeDefined();
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function write(root: string, files: Record<string, string | Buffer>): void {
  for (const [p, text] of Object.entries(files)) {
    const abs = join(root, p);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
}

describe('loadInventoryParallel gives what loadInventory gives', () => {
  let site: string;
  beforeAll(() => {
    site = join(tmp, 'site');
    execFileSync(process.execPath, [join(REPO, 'scripts/gen-site.mjs'), site, '--apps', '400', '--defects', '40'], { stdio: 'ignore' });
  });

  it('on a generated 400-app site with defects, parsing on both threads', async () => {
    const { sync, threaded } = await expectSame([site]);
    expect(sync.inventory.resources.length).toBeGreaterThan(2500);
    expect(threaded.parallel).toMatchObject({ workers: 1, failedWorkers: 0 });
    expect(threaded.parallel!.filesInWorkers).toBeGreaterThan(0);
  });

  it('on the same site with every file parsed by the worker', async () => {
    const { threaded } = await expectSame([site], { mainShare: false });
    expect(threaded.parallel!.filesInWorkers).toBe(threaded.inventory.files.length);
  });

  it('on the overlays of one wave, below the threshold (no threads)', async () => {
    const overlay = join(site, 'sites/dal/clusters/k1/wave-1/overlays');
    const sync = loadInventory([overlay], { profile: DEFAULT_PROFILE });
    const small = await loadInventoryParallel([overlay], { profile: DEFAULT_PROFILE, threads: 2, parallelThreshold: 1_000_000 });
    expect(small.parallel).toBeUndefined();
    expect(snapshot(small)).toBe(snapshot(sync));
  });

  it('through lintPaths: the same diagnostics on one thread and on two', async () => {
    const one = await lintPaths([site], { threads: 1 });
    const two = await lintPaths([site], { threads: 2 });
    expect(JSON.stringify(two.diagnostics)).toBe(JSON.stringify(one.diagnostics));
    expect(two.summary).toEqual(one.summary);
    expect(one.summary.errors).toBeGreaterThanOrEqual(40);
  });

  it('refuses a path that does not exist, as loadInventory does', async () => {
    const missing = join(tmp, 'no-such-dir');
    expect(() => loadInventory([site, missing], { profile: DEFAULT_PROFILE })).toThrow(InputError);
    await expect(loadInventoryParallel([site, missing], { profile: DEFAULT_PROFILE, threads: 2 })).rejects.toThrow(/no such file or directory: .*no-such-dir/);
  });

  it('on the CNPG sample corpus', async () => {
    expect(existsSync(CORPUS), `${CORPUS} exists`).toBe(true);
    const { threaded } = await expectSame([CORPUS], { parallelThreshold: 1, mainShare: false });
    expect(threaded.parallel!.filesInWorkers).toBeGreaterThan(50);
  });
});

describe('files that are not plain manifests', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(tmp, 'odd');
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 8; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`);
    write(dir, {
      'app/kustomization.yaml': 'namespace: shop\nresources:\n  - sa.yaml\n  - missing.yaml\n  - nodir\n  - list.yaml\n',
      'app/sa.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: shop-sa\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  labels: {}\n',
      'app/list.yaml': 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: a\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {}\n  - just: data\n',
      'app/nodir/readme.yaml': 'note: not a manifest\n',
      'broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n---\napiVersion: v1\nkind: [unclosed\n---\nkey: 1\nkey: 2\n',
      'bomb.yaml': `${bomb.join('\n')}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\n`,
      'chart/templates/deploy.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n',
      'braces-in-strings.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: tpl\ndata:\n  t: "{{ .Values.x }}"\n',
      'binary.yaml': Buffer.from([0x61, 0x3a, 0x00, 0x01, 0x02, 0x0a]),
      'empty.yaml': '',
      'comments.yaml': '# only a comment\n\n',
      'bom.yaml': '\ufeffapiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bom\n',
      'tagged.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: bin\ndata:\n  blob: !!binary aGVsbG8=\n',
      'generated.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  generateName: x-\n',
      'values/app/values.yaml': 'replicas: 2\n',
      'numbers.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nums\ndata:\n  a: .nan\n  b: .inf\n  c: 0x1F\n  d: ~\n',
    });
  });

  it('gives the same resources and diagnostics: syntax errors, alias bomb, Helm, binary, empty', async () => {
    const { sync } = await expectSame([dir], { parallelThreshold: 1, mainShare: false });
    // The cases are really there.
    const cases: [string, string][] = [
      ['yaml-syntax', 'YAML syntax error:'],
      ['yaml-syntax', 'document refused:'],
      ['skipped-file', 'Helm template'],
      ['skipped-file', 'binary file'],
      ['skipped-file', 'empty file'],
      ['skipped-file', 'no YAML documents'],
      ['skipped-file', 'not a Kubernetes manifest'],
      ['schema', 'ServiceAccount has no metadata.name'],
      ['schema', 'ConfigMap has no metadata.name'],
    ];
    for (const [ruleId, start] of cases) {
      expect(sync.diagnostics.some((d) => d.ruleId === ruleId && d.message.startsWith(start)), `${ruleId}: ${start}`).toBe(true);
    }
    expect(sync.inventory.resources.map((r) => r.name)).toEqual(expect.arrayContaining(['bin', 'bom', 'nums', 'tpl', 'a', 'ok']));
    expect(sync.inventory.kustomizationProblems.map((p) => p.problem)).toEqual(['missing', 'no-kustomization']);
  });

  it('also with both threads parsing', async () => {
    await expectSame([dir], { parallelThreshold: 1 });
  });

  it('a file given directly, with its kustomization', async () => {
    await expectSame([join(dir, 'app/sa.yaml')], { parallelThreshold: 1, mainShare: false });
  });
});

describe('a failing worker', () => {
  let site: string;
  beforeAll(() => {
    site = join(tmp, 'small-site');
    execFileSync(process.execPath, [join(REPO, 'scripts/gen-site.mjs'), site, '--apps', '30', '--defects', '5'], { stdio: 'ignore' });
  });

  const workerFile = (name: string, code: string): URL => {
    const file = join(tmp, name);
    writeFileSync(file, code);
    return pathToFileURL(file);
  };

  it('that throws: its files are parsed on the main thread, with the same result', async () => {
    const workerUrl = workerFile('throws.mjs', "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('worker failure'); });\n");
    const { threaded } = await expectSame([site], { parallelThreshold: 1, mainShare: false, workerUrl });
    expect(threaded.parallel).toMatchObject({ workers: 1, filesInWorkers: 0, failedWorkers: 1 });
  });

  it('that exits', async () => {
    const workerUrl = workerFile('exits.mjs', "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    const { threaded } = await expectSame([site], { parallelThreshold: 1, mainShare: false, workerUrl });
    expect(threaded.parallel).toMatchObject({ filesInWorkers: 0, failedWorkers: 1 });
  });

  it('that cannot load', async () => {
    const workerUrl = pathToFileURL(join(tmp, 'no-such-worker.mjs'));
    const { threaded } = await expectSame([site], { parallelThreshold: 1, mainShare: false, workerUrl });
    expect(threaded.parallel).toMatchObject({ filesInWorkers: 0, failedWorkers: 1 });
  });

  it('that answers null for every file', async () => {
    const workerUrl = workerFile('nulls.mjs', "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (m) => parentPort.postMessage({ id: m.id, results: m.files.map(() => null) }));\n");
    const { threaded } = await expectSame([site], { parallelThreshold: 1, mainShare: false, workerUrl });
    expect(threaded.parallel).toMatchObject({ filesInWorkers: 0, failedWorkers: 0 });
  });

  it('leaves no thread behind: a child process that loads in parallel exits by itself', () => {
    const loader = pathToFileURL(join(REPO, 'packages/core/dist/inventory/load.js')).href;
    const profile = pathToFileURL(join(REPO, 'packages/core/dist/profile/profile.js')).href;
    const script = join(tmp, 'child.mjs');
    writeFileSync(
      script,
      `import { loadInventoryParallel } from ${JSON.stringify(loader)};
import { DEFAULT_PROFILE } from ${JSON.stringify(profile)};
const r = await loadInventoryParallel([process.argv[2]], { profile: DEFAULT_PROFILE, threads: 2, parallelThreshold: 1, mainShare: false });
process.stdout.write(JSON.stringify(r.parallel));
`,
    );
    const out = execFileSync(process.execPath, [script, site], { encoding: 'utf8', timeout: 60_000 });
    expect(JSON.parse(out)).toMatchObject({ workers: 1, failedWorkers: 0 });
    expect(JSON.parse(out).filesInWorkers).toBeGreaterThan(100);
  });
});

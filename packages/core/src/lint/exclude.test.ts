import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OVERLAY, pluginApp } from '../../test/helpers.js';
import { formatDiagnostics } from '../format/format.js';
import { PROFILE_FILE } from '../profile/load.js';
import { excludeRoot, lintPaths } from './run.js';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cnpg-site-exclude-'));
  mkdirSync(join(root, '.git'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(files: Record<string, string>): void {
  for (const [p, text] of Object.entries(files)) {
    const abs = join(root, p);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
}

/** The app, a rendered copy of it under dist/ (the same archive: a collision) and a broken file in a rendered folder. */
function repo(): void {
  const app = pluginApp();
  write(app);
  write({
    'dist/forgejo.yaml': [app[`${OVERLAY}/postgres.yaml`], app[`${OVERLAY}/object-store.yaml`]].join('---\n').replace(/name: forgejo-db\n/, 'name: forgejo-db\n  namespace: forgejo\n'),
    'apps/rendered/broken.yaml': 'kind: [\n',
  });
}

const files = (d: { file: string }[]) => [...new Set(d.map((x) => relative(root, x.file)))].sort();

describe('exclude', () => {
  it('without it, the rendered copies are linted', async () => {
    repo();
    write({ [PROFILE_FILE]: 'storage:\n  storageClass: cluster-nobackup\n' });
    const run = await lintPaths(['.'], { cwd: root });
    expect(files(run.diagnostics)).toEqual(expect.arrayContaining(['apps/rendered/broken.yaml', 'dist/forgejo.yaml']));
    expect(run.summary.excluded).toBeUndefined();
  });

  it('leaves out the files its globs match: not loaded, not linted, counted in the summary', async () => {
    repo();
    write({ [PROFILE_FILE]: 'exclude:\n  - "dist/**"\n  - "**/rendered/*.yaml"\n' });
    const run = await lintPaths(['.'], { cwd: root });
    expect(files(run.diagnostics).filter((f) => f.startsWith('dist/') || f.includes('rendered'))).toEqual([]);
    expect(run.diagnostics.filter((d) => d.ruleId === 'archive-collision')).toEqual([]);
    expect(run.summary.excluded).toBe(2);
    expect(run.inventory.files.map((f) => relative(root, f.path)).filter((f) => f.startsWith('dist/'))).toEqual([]);
    const json = JSON.parse(formatDiagnostics('json', run.diagnostics, run.summary, { cwd: root })) as { summary: { excluded?: number } };
    expect(json.summary.excluded).toBe(2);
    expect(formatDiagnostics('stylish', run.diagnostics, run.summary, { cwd: root, color: false })).toContain('(2 files excluded by the profile)');
  });

  it('drops findings in an excluded file that a kustomization loads', async () => {
    repo();
    write({
      [PROFILE_FILE]: 'exclude: ["**/generated/**"]\n',
      [`${OVERLAY}/generated/extra.yaml`]: 'apiVersion: postgresql.cnpg.io/v1\nkind: ScheduledBackup\nmetadata:\n  name: stray\nspec:\n  schedule: "0 0 2 * * *"\n  backupOwnerReference: self\n  cluster:\n    name: nothing-here\n',
    });
    const before = await lintPaths(['.'], { cwd: root });
    expect(files(before.diagnostics)).not.toContain(`${OVERLAY}/generated/extra.yaml`);
    write({ [`${OVERLAY}/kustomization.yaml`]: pluginApp()[`${OVERLAY}/kustomization.yaml`]! + '  - generated/extra.yaml\n' });
    const after = await lintPaths(['.'], { cwd: root });
    expect(files(after.diagnostics)).not.toContain(`${OVERLAY}/generated/extra.yaml`);
    write({ [PROFILE_FILE]: 'storage:\n  storageClass: cluster-nobackup\n' });
    const unexcluded = await lintPaths(['.'], { cwd: root });
    expect(files(unexcluded.diagnostics)).toContain(`${OVERLAY}/generated/extra.yaml`);
  });

  it('globs start at the repository root, whatever folder is linted', async () => {
    repo();
    write({ [PROFILE_FILE]: 'exclude: ["apps/rendered/**"]\n' });
    expect(excludeRoot(join(root, 'apps'), join(root, PROFILE_FILE), '/elsewhere')).toBe(root);
    const run = await lintPaths(['apps'], { cwd: root });
    expect(run.diagnostics).toEqual([]);
    expect(run.summary.excluded).toBe(1);
    rmSync(join(root, '.git'), { recursive: true });
    // No git: the folder of the profile file.
    expect(excludeRoot(join(root, 'apps'), join(root, PROFILE_FILE), '/elsewhere')).toBe(root);
    expect(excludeRoot(join(root, 'apps'), undefined, '/elsewhere')).toBe('/elsewhere');
  });

  it('rejects a glob that is not a string, with its line', async () => {
    write({ [PROFILE_FILE]: 'exclude:\n  - dist/**\n  - 3\n', 'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n' });
    await expect(lintPaths(['.'], { cwd: root })).rejects.toMatchObject({ message: 'invalid profile: field "exclude[1]" must be string', line: 3 });
  });
});

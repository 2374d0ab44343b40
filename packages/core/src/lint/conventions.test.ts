/**
 * Correctness rules run everywhere; convention rules run where a profile declares them, and with
 * none (the built-in profile) only under the built-in layout.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMemory, patch, pluginApp } from '../../test/helpers.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { RULES } from '../rules/index.js';
import { lint } from './lint.js';
import { lintPaths } from './run.js';

const WRONG_CLASS = (files: Record<string, string>) => patch(files, 'postgres.yaml', 'storageClass: cluster-nobackup', 'storageClass: standard');
/** The same app moved out of the runbook layout. */
const moved = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([p, t]) => [p.replace('sites/dal/clusters/k1/wave-2/overlays/', 'apps/'), t]));

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

describe('rule kinds', () => {
  it('every rule says whether it is a correctness or a convention rule', () => {
    for (const r of RULES) expect(['correctness', 'convention']).toContain(r.meta.kind);
    const conventions = RULES.filter((r) => r.meta.kind === 'convention').map((r) => r.meta.id).sort();
    expect(conventions).toEqual(['archive-destination', 'archive-tags', 'image-catalog', 'storage-class']);
  });

  it('applies the built-in conventions under the runbook layout, with no profile file', () => {
    const { inventory } = loadMemory(WRONG_CLASS(pluginApp()));
    const stats = { conventionsSkipped: 0 };
    const d = lint(inventory, DEFAULT_PROFILE, { stats });
    expect(d.filter((x) => x.ruleId === 'storage-class')).toHaveLength(1);
    expect(stats.conventionsSkipped).toBe(0);
  });

  it('leaves them out elsewhere, counts them, and still runs the correctness rules', () => {
    const files = moved(patch(WRONG_CLASS(pluginApp()), 'object-store.yaml', 'name: forgejo-db-backup', 'name: nobody-makes-this'));
    const { inventory } = loadMemory(files);
    const stats = { conventionsSkipped: 0 };
    const d = lint(inventory, DEFAULT_PROFILE, { stats });
    expect(d.filter((x) => x.ruleId === 'storage-class')).toEqual([]);
    expect(stats.conventionsSkipped).toBeGreaterThan(0);
    // a Secret nothing produces is a correctness finding: reported anywhere
    expect(d.filter((x) => x.ruleId === 'backup-credentials' && x.severity === 'error').length).toBeGreaterThan(0);
  });

  it('applies the conventions everywhere once the repository declares a profile, and names it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cnpg-site-conv-'));
    temps.push(root);
    for (const [p, t] of Object.entries(moved(WRONG_CLASS(pluginApp())))) {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), t);
    }
    const without = await lintPaths([root]);
    expect(without.diagnostics.filter((x) => x.ruleId === 'storage-class')).toEqual([]);
    expect(without.summary.profile).toBe('built-in');
    expect(without.summary.conventionsSkipped).toBeGreaterThan(0);
    writeFileSync(join(root, '.cnpg-site.yaml'), 'storage:\n  storageClass: cluster-nobackup\n');
    const declared = await lintPaths([root]);
    expect(declared.diagnostics.filter((x) => x.ruleId === 'storage-class')).toHaveLength(1);
    expect(declared.summary.profile).toBe(join(root, '.cnpg-site.yaml'));
    expect(declared.summary.conventionsSkipped).toBeUndefined();
  });
});

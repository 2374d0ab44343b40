import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInventory } from '../src/inventory/load.js';
import { lint } from '../src/lint/lint.js';
import { DEFAULT_PROFILE } from '../src/profile/profile.js';
import { RULE_IDS } from '../src/rules/index.js';
import type { Diagnostic } from '../src/types.js';
import { CORPUS, corpusFiles } from './helpers.js';

/** The sample manifests shipped in CloudNativePG's documentation (vendored, see fixtures/). */
const FILES = corpusFiles();
const lineCounts = new Map<string, number>();

function lintAll(paths: string[]): Diagnostic[] {
  const { inventory, diagnostics } = loadInventory(paths, { profile: DEFAULT_PROFILE });
  return lint(inventory, DEFAULT_PROFILE, { loadDiagnostics: diagnostics });
}

/** Every diagnostic names a rule, a corpus file, and a line and column inside that file. */
function expectWellFormed(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    const where = `${basename(d.file)}:${d.line}:${d.column} ${d.ruleId}: ${d.message}`;
    expect(RULE_IDS, where).toContain(d.ruleId);
    expect(['error', 'warning', 'info'], where).toContain(d.severity);
    expect(d.message.length, where).toBeGreaterThan(0);
    expect(dirname(d.file), where).toBe(CORPUS);
    let lines = lineCounts.get(d.file);
    if (lines === undefined) {
      lines = readFileSync(d.file, 'utf8').split('\n').length;
      lineCounts.set(d.file, lines);
    }
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines, where).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1, where).toBe(true);
    const text = readFileSync(d.file, 'utf8').split('\n')[d.line - 1] ?? '';
    expect(d.column <= text.length + 1, where).toBe(true);
  }
}

/**
 * Fields the upstream samples write that the v1.30.0 CRDs do not define. The samples track the
 * main branch of CloudNativePG: `volumeSnapshot.groupSnapshot` is not in the v1.30.0 Cluster
 * schema, so the API server would prune it. Anything else reported here is a bug in the walker.
 */
const KNOWN_UPSTREAM_UNKNOWN_FIELDS = ['cluster-example-bis.yaml `spec.backup.volumeSnapshot.groupSnapshot`'];

describe('CloudNativePG sample corpus', () => {
  it('is present', () => {
    expect(FILES.length).toBeGreaterThan(50);
  });

  it.each(FILES)('lints %s alone without an exception', (file) => {
    const diagnostics = lintAll([join(CORPUS, file)]);
    expectWellFormed(diagnostics);
  }, 60_000);

  it('lints the whole directory, with well-formed diagnostics in a stable order', () => {
    const first = lintAll([CORPUS]);
    expectWellFormed(first);
    expect(lintAll([CORPUS])).toEqual(first);
    const { inventory } = loadInventory([CORPUS], { profile: DEFAULT_PROFILE });
    expect(inventory.ofKind('Cluster').length).toBeGreaterThan(50);
  }, 120_000);

  it('finds no unknown fields in the samples beyond the known upstream ones', () => {
    const unknown = lintAll([CORPUS])
      .filter((d) => d.ruleId === 'schema' && d.message.includes('is not defined by the'))
      .map((d) => `${basename(d.file)} ${d.message.split(' is not defined')[0]}`);
    expect(unknown).toEqual(KNOWN_UPSTREAM_UNKNOWN_FIELDS);
  }, 120_000);
});

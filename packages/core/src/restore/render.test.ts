import { describe, expect, it } from 'vitest';
import { unifiedDiff } from './render.js';

describe('unifiedDiff', () => {
  it('shows each change with three lines of context', () => {
    const a = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n') + '\n';
    const b = a.replace('d\n', 'D\n');
    expect(unifiedDiff('x.yaml', a, b)).toBe('--- a/x.yaml\n+++ b/x.yaml\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n');
  });

  it('costs what the change costs, not what the file costs: two edits in 2,000 copies of a document', () => {
    const doc = Array.from({ length: 20 }, (_, i) => `k${i}: v`).join('\n');
    const a = Array.from({ length: 2000 }, () => doc).join('\n---\n') + '\n';
    const b = a.replace('k3: v', 'k3: changed').replace(/k19: v\n$/, 'k19: last\n');
    const out = unifiedDiff('big.yaml', a, b);
    expect(out.split('\n').filter((l) => l.startsWith('@@'))).toEqual(['@@ -1,7 +1,7 @@', '@@ -41996,4 +41996,4 @@']);
    expect(out).toContain('-k3: v\n+k3: changed\n');
  });
});

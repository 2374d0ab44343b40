import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import type { Diagnostic } from '../types.js';
import { applyBaseline, formatBaseline, parseBaseline } from './baseline.js';
import { withFingerprints } from './fingerprint.js';

const d = (name: string, field = 'spec.storage.storageClass', file = `/repo/${name}.yaml`): Diagnostic => ({
  ruleId: 'storage-class', messageId: 'other', severity: 'error', message: `m ${name}`, file, line: 1, column: 1,
  resource: { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', namespace: 'ns', name }, field,
});

describe('baseline', () => {
  it('writes one sorted line per finding with rule, resource, field and fingerprint', () => {
    const list = withFingerprints([d('zeta'), d('alpha'), d('alpha')], '/repo');
    const text = formatBaseline(list, '/repo');
    const lines = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^storage-class:other Cluster\/ns\/alpha spec\.storage\.storageClass {2}[0-9a-f]{32}$/);
    expect(lines[2]).toMatch(/zeta/);
    expect(text.startsWith('# cnpg-site baseline')).toBe(true);
  });

  it('accepts as many findings of a fingerprint as it lists, and counts stale entries', () => {
    const list = withFingerprints([d('alpha'), d('beta')], '/repo');
    const baseline = parseBaseline(formatBaseline(withFingerprints([d('alpha'), d('gone')], '/repo'), '/repo'), '/repo/.cnpg-site-baseline');
    const res = applyBaseline(list, baseline);
    expect(res.diagnostics.map((x) => x.resource!.name)).toEqual(['beta']);
    expect(res.accepted.map((x) => x.resource!.name)).toEqual(['alpha']);
    expect(res.stale).toBe(1);
    // Two findings with one fingerprint (one resource deployed twice): one entry accepts one.
    const twice = withFingerprints([d('alpha', undefined, '/repo/k1.yaml'), d('alpha', undefined, '/repo/k2.yaml')], '/repo');
    expect(applyBaseline(twice, baseline).diagnostics).toHaveLength(1);
  });

  it('reads only the last word; comments and blank lines are skipped; a broken line is an input error with file:line', () => {
    const fp = withFingerprints([d('alpha')], '/repo')[0]!.fingerprint!;
    expect(parseBaseline(`# c\n\nanything at all  ${fp}\n`, 'b').counts.get(fp)).toBe(1);
    expect(() => parseBaseline('# c\nstorage-class Cluster/ns/x\n', '/repo/b')).toThrow(InputError);
    expect(() => parseBaseline('# c\nstorage-class Cluster/ns/x\n', '/repo/b')).toThrow(/\/repo\/b:2: not a baseline line/);
  });
});

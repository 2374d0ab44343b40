import { describe, expect, it } from 'vitest';
import { loadMemory, OVERLAY, patch, pluginApp, ROOT } from '../../test/helpers.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import type { Diagnostic } from '../types.js';
import { describeIdentity, fieldOf, fingerprint, identityOf } from './fingerprint.js';
import { lint } from './lint.js';

const fp = (files: Record<string, string>) => {
  const { inventory, diagnostics } = loadMemory(files);
  return lint(inventory, DEFAULT_PROFILE, { loadDiagnostics: diagnostics, root: ROOT }).map((d) => `${d.ruleId} ${d.fingerprint}`);
};
const STANDARD = patch(pluginApp(), 'postgres.yaml', 'storageClass: cluster-nobackup', 'storageClass: standard');

describe('fingerprint', () => {
  it('writes list items by their name', () => {
    const obj = { spec: { plugins: [{ name: 'barman-cloud.cloudnative-pg.io', parameters: { a: 1 } }, { other: true }] } };
    expect(fieldOf(obj, ['spec', 'plugins', 0, 'parameters', 'a'])).toBe('spec.plugins[name=barman-cloud.cloudnative-pg.io].parameters.a');
    expect(fieldOf(obj, ['spec', 'plugins', 1, 'other'])).toBe('spec.plugins[1].other');
  });

  it('is 32 hex digits from rule, message, resource and field; not from line, text or file', () => {
    const base: Diagnostic = {
      ruleId: 'storage-class', messageId: 'other', severity: 'error', message: 'one wording', file: `${ROOT}/a.yaml`, line: 3, column: 5,
      resource: { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', namespace: 'ns', name: 'db' }, field: 'spec.storage.storageClass',
    };
    const a = fingerprint(identityOf(base, ROOT));
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(fingerprint(identityOf({ ...base, message: 'another wording', line: 30, column: 1, file: `${ROOT}/b.yaml` }, ROOT))).toBe(a);
    expect(fingerprint(identityOf({ ...base, messageId: 'missing' }, ROOT))).not.toBe(a);
    expect(fingerprint(identityOf({ ...base, field: 'spec.walStorage.storageClass' }, ROOT))).not.toBe(a);
    expect(fingerprint(identityOf({ ...base, resource: { ...base.resource!, namespace: 'other' } }, ROOT))).not.toBe(a);
    expect(describeIdentity(identityOf(base, ROOT))).toBe('storage-class:other Cluster/ns/db spec.storage.storageClass');
  });

  it('a finding on a file is identified by the file from the root', () => {
    const d: Diagnostic = { ruleId: 'yaml-syntax', messageId: 'syntax', severity: 'error', message: 'x', file: `${ROOT}/dir/a.yaml`, line: 1, column: 1 };
    expect(identityOf(d, ROOT)).toEqual({ ruleId: 'yaml-syntax', messageId: 'syntax', file: 'dir/a.yaml' });
  });

  it('stays the same when lines move, documents are reordered, the file is moved', () => {
    const before = fp(STANDARD);
    expect(before).toHaveLength(1);
    expect(fp(patch(STANDARD, 'postgres.yaml', /^/, '# comment\n# another\n'))).toEqual(before);
    const [cluster, scheduled] = STANDARD[`${OVERLAY}/postgres.yaml`]!.split('---\n');
    expect(fp({ ...STANDARD, [`${OVERLAY}/postgres.yaml`]: `${scheduled}---\n${cluster}` })).toEqual(before);
    const moved = { ...STANDARD, [`${OVERLAY}/db/cluster.yaml`]: STANDARD[`${OVERLAY}/postgres.yaml`]!, [`${OVERLAY}/kustomization.yaml`]: STANDARD[`${OVERLAY}/kustomization.yaml`]!.replace('postgres.yaml', 'db/cluster.yaml') };
    delete moved[`${OVERLAY}/postgres.yaml`];
    expect(fp(moved)).toEqual(before);
  });

  it('every diagnostic of lint has one, and a message id', () => {
    const { inventory, diagnostics } = loadMemory({ ...STANDARD, 'broken.yaml': 'a: [\n' });
    const list = lint(inventory, DEFAULT_PROFILE, { loadDiagnostics: diagnostics, root: ROOT });
    expect(list.length).toBeGreaterThan(1);
    for (const d of list) {
      expect(d.fingerprint, `${d.ruleId} ${d.message}`).toMatch(/^[0-9a-f]{32}$/);
      expect(d.messageId, `${d.ruleId} ${d.message}`).toBeTruthy();
    }
  });
});

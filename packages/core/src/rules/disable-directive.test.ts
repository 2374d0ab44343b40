import { describe, expect, it } from 'vitest';
import { loadMemory, OVERLAY, patch, pluginApp, where } from '../../test/helpers.js';
import { lint } from '../lint/lint.js';
import { DEFAULT_PROFILE, type Profile } from '../profile/profile.js';

const STANDARD = patch(pluginApp(), 'postgres.yaml', 'storageClass: cluster-nobackup', 'storageClass: standard');

function run(files: Record<string, string>, opts: { reportUnusedDisable?: boolean; profile?: Profile } = {}) {
  const profile = opts.profile ?? DEFAULT_PROFILE;
  const { inventory, diagnostics } = loadMemory(files, profile);
  const stats = { conventionsSkipped: 0 } as { conventionsSkipped: number; suppressed?: number };
  const list = lint(inventory, profile, { loadDiagnostics: diagnostics, stats, ...(opts.reportUnusedDisable ? { reportUnusedDisable: true } : {}) });
  return { list, stats };
}

describe('disable-directive and suppressions', () => {
  it('the finding is there without a suppression', () => {
    expect(run(STANDARD).list.map(where)).toEqual([`${OVERLAY}/postgres.yaml:14:19 storage-class`]);
  });

  it('a next-line comment with a reason hides the finding below it, and is counted', () => {
    const files = patch(STANDARD, 'postgres.yaml', '    storageClass: standard', '    # cnpg-site-disable-next-line storage-class -- scratch database\n    storageClass: standard');
    const { list, stats } = run(files);
    expect(list).toEqual([]);
    expect(stats.suppressed).toBe(1);
  });

  it('skips comment lines between the directive and the line it covers', () => {
    const files = patch(STANDARD, 'postgres.yaml', '    storageClass: standard', '    # cnpg-site-disable-next-line storage-class -- scratch\n    # (rebuilt nightly)\n    storageClass: standard');
    expect(run(files).list).toEqual([]);
  });

  it('a next-line comment covers only the next line', () => {
    const files = patch(STANDARD, 'postgres.yaml', '  storage:\n', '  # cnpg-site-disable-next-line storage-class -- not this line\n  storage:\n');
    expect(run(files).list.map((d) => d.ruleId)).toEqual(['storage-class']);
  });

  it('a file directive covers the rest of the file; several rules in one directive', () => {
    const files = patch(STANDARD, 'postgres.yaml', /^/, '# cnpg-site-disable storage-class, archive-tags -- lab cluster\n');
    expect(run(files).list).toEqual([]);
  });

  it('the annotation hides the rules it names on its resource only', () => {
    const files = patch(STANDARD, 'postgres.yaml', 'metadata:\n  name: forgejo-db\n', 'metadata:\n  name: forgejo-db\n  annotations:\n    cnpg-site.io/disable: "storage-class -- scratch"\n');
    const { list, stats } = run(files);
    expect(list).toEqual([]);
    expect(stats.suppressed).toBe(1);
  });

  it('a suppression without a reason still hides, and is a warning at the directive', () => {
    const files = patch(STANDARD, 'postgres.yaml', '    storageClass: standard', '    # cnpg-site-disable-next-line storage-class\n    storageClass: standard');
    const list = run(files).list;
    expect(list.map((d) => `${where(d)} ${d.severity} ${d.messageId}`)).toEqual([`${OVERLAY}/postgres.yaml:14:5 disable-directive warning noReason`]);
    expect(list[0]!.message).toMatch(/gives no reason; add " -- <why this is accepted>"/);
  });

  it('an unknown rule id is reported with a suggestion, and hides nothing', () => {
    const files = patch(STANDARD, 'postgres.yaml', '    storageClass: standard', '    # cnpg-site-disable-next-line storage-clas -- typo\n    storageClass: standard');
    const list = run(files).list;
    expect(list.map((d) => `${d.ruleId} ${d.messageId ?? ''}`)).toEqual(['disable-directive unknownRule', 'storage-class other']);
    expect(list[0]!.message).toContain('did you mean "storage-class"');
  });

  it('an unused suppression is reported only with reportUnusedDisable', () => {
    const files = patch(pluginApp(), 'postgres.yaml', '    storageClass: cluster-nobackup', '    # cnpg-site-disable-next-line storage-class -- was standard\n    storageClass: cluster-nobackup');
    expect(run(files).list).toEqual([]);
    const list = run(files, { reportUnusedDisable: true }).list;
    expect(list.map((d) => `${d.ruleId} ${d.messageId ?? ''}`)).toEqual(['disable-directive unused']);
    expect(list[0]!.message).toBe('suppression of storage-class hides no finding; remove it');
  });

  it('follows the profile: off drops the directive findings, error raises them', () => {
    const files = patch(STANDARD, 'postgres.yaml', '    storageClass: standard', '    # cnpg-site-disable-next-line storage-class\n    storageClass: standard');
    expect(run(files, { profile: { ...DEFAULT_PROFILE, rules: { ...DEFAULT_PROFILE.rules, 'disable-directive': 'off' } } }).list).toEqual([]);
    const raised = run(files, { profile: { ...DEFAULT_PROFILE, rules: { ...DEFAULT_PROFILE.rules, 'disable-directive': 'error' } } }).list;
    expect(raised.map((d) => d.severity)).toEqual(['error']);
  });

  it('the policy\'s check ids are not questioned outside the policy', () => {
    const files = patch(pluginApp(), 'postgres.yaml', '    major: 16', '    # cnpg-site-disable-next-line policy/major-downgrade -- rebuilt from a dump\n    major: 16');
    expect(run(files).list).toEqual([]);
  });
});

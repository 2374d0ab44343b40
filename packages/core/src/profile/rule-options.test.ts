import { describe, expect, it } from 'vitest';
import { check, legacyApp, patch, pluginApp } from '../../test/helpers.js';
import { InputError } from '../errors.js';
import { backupCredentials } from '../rules/backup-credentials.js';
import { RULE_IDS, RULE_OPTIONS } from '../rules/index.js';
import { retentionPolicy } from '../rules/retention-policy.js';
import { optionsOf } from '../rules/rule.js';
import { parseProfile } from './load.js';
import { DEFAULT_PROFILE } from './profile.js';

const FILE = '/repo/.cnpg-site.yaml';
const parse = (text: string) => parseProfile(text, FILE, RULE_IDS, RULE_OPTIONS);

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('rule options in the profile (ESLint style)', () => {
  it('takes a severity, or [severity, { options }], and keeps them apart', () => {
    const p = parse('rules:\n  storage-class: warning\n  backup-credentials: [warning, { lifetime: 12h }]\n  retention-policy:\n    - error\n    - pattern: "^[0-9]+d$"\n  image-catalog: ["off"]\n');
    expect(p.rules).toEqual({ 'storage-class': 'warning', 'backup-credentials': 'warning', 'retention-policy': 'error', 'image-catalog': 'off' });
    expect(p.ruleOptions).toEqual({ 'backup-credentials': { lifetime: '12h' }, 'retention-policy': { pattern: '^[0-9]+d$' } });
    expect(optionsOf(backupCredentials.meta, p)).toEqual({ lifetime: '12h' });
    expect(optionsOf(retentionPolicy.meta, p)).toEqual({ pattern: '^[0-9]+d$' });
  });

  it('takes [{ options }] alone: the rule keeps its own severities', () => {
    const p = parse('rules:\n  backup-configured: [{ backupOwnerReference: cluster }]\n');
    expect(p.rules['backup-configured']).toBeUndefined();
    expect(p.ruleOptions).toEqual({ 'backup-configured': { backupOwnerReference: 'cluster' } });
    const bad = inputError(() => parse('rules:\n  backup-configured: [{ backupOwnerReference: mine }]\n'));
    expect(bad.message).toContain('rules.backup-configured[0].backupOwnerReference');
  });

  it('defaults, and the old profile fields as fallbacks', () => {
    expect(optionsOf(backupCredentials.meta, DEFAULT_PROFILE)).toEqual({ lifetime: '24h' });
    expect(optionsOf(retentionPolicy.meta, DEFAULT_PROFILE)).toEqual({ pattern: '^[1-9][0-9]*[dwm]$' });
    const old = parse('credentials:\n  lifetime: 12h\nbackup:\n  retentionPolicyPattern: "^[0-9]+w$"\n');
    expect(optionsOf(backupCredentials.meta, old)).toEqual({ lifetime: '12h' });
    expect(optionsOf(retentionPolicy.meta, old)).toEqual({ pattern: '^[0-9]+w$' });
    // The option wins over its fallback.
    const both = parse('credentials:\n  lifetime: 12h\nrules:\n  backup-credentials: [error, { lifetime: 48h }]\n');
    expect(optionsOf(backupCredentials.meta, both)).toEqual({ lifetime: '48h' });
  });

  it('names an invalid option value, the field and its line', () => {
    const e = inputError(() => parse('storage:\n  storageClass: fast\nrules:\n  backup-credentials: [warning, { lifetime: 1d }]\n'));
    expect(e.message).toBe('invalid profile: field "rules.backup-credentials[1].lifetime" must match ^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$');
    expect([e.file, e.line, e.column]).toEqual([FILE, 4, 45]);
    const re = inputError(() => parse('rules:\n  retention-policy:\n    - error\n    - pattern: "(["\n'));
    expect(re.message).toBe('invalid profile: field "rules.retention-policy[1].pattern" must be a valid regex');
    expect(re.line).toBe(4);
    const type = inputError(() => parse('rules:\n  retention-policy: [error, { pattern: 7 }]\n'));
    expect(type.message).toBe('invalid profile: field "rules.retention-policy[1].pattern" must be string');
  });

  it('names an unknown option, a rule that takes none, and a malformed entry', () => {
    const unknown = inputError(() => parse('rules:\n  backup-credentials:\n    - warning\n    - lifetime: 12h\n      liftime: 6h\n'));
    expect(unknown.message).toBe('invalid profile: field "rules.backup-credentials[1].liftime": unknown option "liftime" of rule backup-credentials; its options: lifetime');
    expect([unknown.line, unknown.column]).toEqual([5, 7]);
    const none = inputError(() => parse('rules:\n  storage-class: [warning, { want: fast }]\n'));
    expect(none.message).toBe('invalid profile: field "rules.storage-class[1].want": rule storage-class takes no options');
    expect(none.line).toBe(2);
    const sev = inputError(() => parse('rules:\n  storage-class: [fatal]\n'));
    expect(sev.message).toBe('invalid profile: field "rules.storage-class[0]" must be one of "error", "warning", "info", "off"');
    expect(inputError(() => parse('rules:\n  storage-class: [warning, {}, {}]\n')).message).toBe('invalid profile: field "rules.storage-class" must be [severity], [severity, { options }] or [{ options }]');
    expect(inputError(() => parse('rules:\n  storage-class: [warning, fast]\n')).message).toBe('invalid profile: field "rules.storage-class[1]" must be a map of options');
    expect(inputError(() => parse('rules:\n  storage-class: 3\n')).message).toContain('must be one of "error", "warning", "info", "off", or [severity, { options }]');
  });

  it('the credential lifetime option (and its fallback) drives the refresh interval check', () => {
    const files = patch(pluginApp(), 'external-secret.yaml', 'refreshInterval: 1h', 'refreshInterval: 18h');
    const lifetimes = (text: string) => check(files, backupCredentials, text === '' ? DEFAULT_PROFILE : parse(text)).map((d) => `${d.messageId}: ${d.message}`);
    expect(lifetimes('')).toEqual([]);
    expect(lifetimes('credentials:\n  lifetime: 12h\n')).toEqual([
      'refreshTooLong: refreshInterval "18h" is not shorter than the credential lifetime 12h: the credentials expire before they are refreshed and backups fail',
    ]);
    expect(lifetimes('rules:\n  backup-credentials: [error, { lifetime: 12h }]\n')).toEqual([
      'refreshTooLong: refreshInterval "18h" is not shorter than the credential lifetime 12h: the credentials expire before they are refreshed and backups fail',
    ]);
    expect(lifetimes('credentials:\n  lifetime: 12h\nrules:\n  backup-credentials: [error, { lifetime: 48h }]\n')).toEqual([]);
  });

  it('the retention pattern option (and its fallback) drives the retention check', () => {
    const files = patch(legacyApp(), 'postgres.yaml', 'retentionPolicy: 14d', 'retentionPolicy: 2w');
    const found = (text: string) => check(files, retentionPolicy, text === '' ? DEFAULT_PROFILE : parse(text)).map((d) => d.message);
    expect(found('')).toEqual([]);
    const onlyDays = 'spec.backup.retentionPolicy is "2w", which does not match ^[0-9]+d$; use a number of days, weeks or months such as "7d", "4w" or "3m"';
    expect(found('rules:\n  retention-policy: [error, { pattern: "^[0-9]+d$" }]\n')).toEqual([onlyDays]);
    expect(found('backup:\n  retentionPolicyPattern: "^[0-9]+d$"\n')).toEqual([onlyDays]);
    expect(found('backup:\n  retentionPolicyPattern: "^[0-9]+d$"\nrules:\n  retention-policy: [error, { pattern: "^[0-9]+[dw]$" }]\n')).toEqual([]);
  });
});

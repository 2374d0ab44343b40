import { describe, expect, it } from 'vitest';
import { check, legacyApp, loadMemory, patch, pluginApp, where } from '../../test/helpers.js';
import { InputError } from '../errors.js';
import { lint } from '../lint/lint.js';
import { RULE_IDS, RULE_OPTIONS } from '../rules/index.js';
import { storageClass } from '../rules/storage-class.js';
import { parseProfile } from './load.js';
import { overrideKeyOf, profileFor } from './overrides.js';

const parse = (text: string) => parseProfile(text, '/repo/.cnpg-site.yaml', RULE_IDS, RULE_OPTIONS);

/** forgejo (plugin style, namespace forgejo) and gitea (legacy style, namespace gitea), both on storage class "fast". */
function twoApps(): Record<string, string> {
  let files = { ...pluginApp(), ...legacyApp() };
  files = patch(files, 'overlays/forgejo/postgres.yaml', 'storageClass: cluster-nobackup', 'storageClass: fast');
  return patch(files, 'overlays/gitea/postgres.yaml', 'storageClass: cluster-nobackup', 'storageClass: fast');
}

describe('overrides', () => {
  it('parses apps and namespaces globs and the sections, and needs one of the globs', () => {
    const p = parse('overrides:\n  - apps: ["git*"]\n    storage:\n      storageClass: fast\n    rules:\n      backup-credentials: [warning, { lifetime: 1h }]\n  - namespaces: [legacy-*]\n    backup:\n      iamScoped: false\n');
    expect(p.overrides).toEqual([
      { apps: ['git*'], storage: { storageClass: 'fast' }, rules: { 'backup-credentials': 'warning' }, ruleOptions: { 'backup-credentials': { lifetime: '1h' } } },
      { namespaces: ['legacy-*'], backup: { iamScoped: false } },
    ]);
    let e: unknown;
    try {
      parse('overrides:\n  - storage:\n      storageClass: fast\n');
    } catch (err) {
      e = err;
    }
    expect((e as InputError).message).toBe('invalid profile: field "overrides[0]" needs apps or namespaces: the globs that say which resources it applies to');
    expect((e as InputError).line).toBe(2);
    expect(() => parse('overrides:\n  - apps: [x]\n    layout:\n      overlay: "{app}/"\n')).toThrow('invalid profile: field "overrides[0].layout" unknown field "layout"');
    expect(() => parse('overrides:\n  - apps: [x]\n    rules:\n      nope: "off"\n')).toThrow(/field "overrides\[0\].rules.nope": unknown rule/);
    expect(() => parse('overrides:\n  - apps: [x]\n    rules:\n      retention-policy: [error, { pattern: "([" }]\n')).toThrow('field "overrides[0].rules.retention-policy[1].pattern" must be a valid regex');
  });

  it('matches by app and namespace globs; every list an override gives must match; later ones merge over earlier ones', () => {
    const p = parse(
      'storage:\n  storageClass: base\noverrides:\n  - apps: ["git*"]\n    storage:\n      storageClass: a\n  - namespaces: [db-*]\n    storage:\n      storageClass: b\n  - apps: [gitea]\n    namespaces: [other]\n    storage:\n      storageClass: c\n',
    );
    expect(overrideKeyOf(p, { app: 'gitea', namespace: 'gitea' })).toBe('0');
    expect(overrideKeyOf(p, { app: 'gitea', namespace: 'db-1' })).toBe('0,1');
    expect(overrideKeyOf(p, { app: 'gitea', namespace: 'other' })).toBe('0,2');
    expect(overrideKeyOf(p, { app: 'forgejo' })).toBe('');
    expect(profileFor(p, { app: 'forgejo', namespace: 'forgejo' }).storage.storageClass).toBe('base');
    expect(profileFor(p, { app: 'gitea', namespace: 'db-1' }).storage.storageClass).toBe('b');
    expect(profileFor(p, { app: 'gitea', namespace: 'other' }).storage.storageClass).toBe('c');
    // The same key gives the same profile object.
    expect(profileFor(p, { app: 'gitea', namespace: 'x' })).toBe(profileFor(p, { app: 'gitea', namespace: 'y' }));
  });

  it('applies an override section to the matching resources only', () => {
    const files = twoApps();
    const brief = (text: string) => check(files, storageClass, parse(text)).map((d) => `${where(d)} ${d.severity}`);
    expect(brief('storage:\n  storageClass: cluster-nobackup\n')).toEqual([
      'sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml:14:19 storage-class error',
      'sites/dal/clusters/k1/wave-2/overlays/gitea/postgres.yaml:14:19 storage-class error',
    ]);
    expect(brief('overrides:\n  - apps: [gitea]\n    storage:\n      storageClass: fast\n')).toEqual(['sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml:14:19 storage-class error']);
    expect(brief('overrides:\n  - namespaces: ["*"]\n    storage:\n      storageClass: fast\n')).toEqual([]);
  });

  it('changes rule severities and options for the matching resources only', () => {
    const files = twoApps();
    const run = (text: string) => lint(loadMemory(files, parse(text)).inventory, parse(text)).filter((d) => d.ruleId === 'storage-class').map((d) => `${where(d)} ${d.severity}`);
    expect(run('overrides:\n  - apps: [forgejo]\n    rules:\n      storage-class: warning\n')).toEqual([
      'sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml:14:19 storage-class warning',
      'sites/dal/clusters/k1/wave-2/overlays/gitea/postgres.yaml:14:19 storage-class error',
    ]);
    expect(run('overrides:\n  - apps: [gitea]\n    rules:\n      storage-class: "off"\n')).toEqual(['sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml:14:19 storage-class error']);
    // Off for the base, on again for one app.
    expect(run('rules:\n  storage-class: "off"\noverrides:\n  - apps: [gitea]\n    rules:\n      storage-class: info\n')).toEqual(['sites/dal/clusters/k1/wave-2/overlays/gitea/postgres.yaml:14:19 storage-class info']);

    const slow = patch(pluginApp(), 'external-secret.yaml', 'refreshInterval: 1h', 'refreshInterval: 6h');
    const both = { ...slow, ...legacyApp() };
    const lifetimes = (text: string) =>
      lint(loadMemory(both, parse(text)).inventory, parse(text))
        .filter((d) => d.messageId === 'refreshTooLong')
        .map((d) => d.message);
    expect(lifetimes('rules:\n  storage-class: "off"\n')).toEqual([]);
    expect(lifetimes('overrides:\n  - apps: [forgejo]\n    rules:\n      backup-credentials: [error, { lifetime: 4h }]\n')).toEqual([
      'refreshInterval "6h" is not shorter than the credential lifetime 4h: the credentials expire before they are refreshed and backups fail',
    ]);
    expect(lifetimes('overrides:\n  - apps: [gitea]\n    rules:\n      backup-credentials: [error, { lifetime: 4h }]\n')).toEqual([]);
  });

  it('changes the credentials producer for some apps', () => {
    const sealed = { ...legacyApp() };
    const dir = 'sites/dal/clusters/k1/wave-2/overlays/gitea';
    sealed[`${dir}/external-secret.yaml`] = 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: gitea-db-backup\nspec:\n  encryptedData:\n    access_key: AgB\n    secret_key: AgB\n';
    const files = { ...pluginApp(), ...sealed };
    const run = (text: string) => lint(loadMemory(files, parse(text)).inventory, parse(text)).filter((d) => d.ruleId === 'backup-credentials').map((d) => `${d.resource?.name} ${d.messageId}`);
    expect(run('storage:\n  storageClass: cluster-nobackup\n')).toEqual(['gitea-db staticCredentials', 'gitea-db staticCredentials']);
    expect(run('overrides:\n  - apps: [gitea]\n    credentials:\n      producer: sealed-secret\n')).toEqual([]);
  });
});

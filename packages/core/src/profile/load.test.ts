import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pluginApp } from '../../test/helpers.js';
import { InputError } from '../errors.js';
import { lintPaths } from '../lint/run.js';
import { RULE_IDS } from '../rules/index.js';
import { findProfileFile, loadProfile, parseProfile, PROFILE_FILE } from './load.js';
import { DEFAULT_PROFILE } from './profile.js';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cnpg-site-profile-'));
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

/** The InputError thrown by `fn`, for assertions on message and line. */
function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('profile file discovery', () => {
  it('finds .cnpg-site.yaml by walking up from a directory or a file', () => {
    write({ [PROFILE_FILE]: 'storage:\n  storageClass: fast\n', 'sites/a/b/c.yaml': 'x: 1\n' });
    expect(findProfileFile(join(root, 'sites/a/b'))).toBe(join(root, PROFILE_FILE));
    expect(findProfileFile(join(root, 'sites/a/b/c.yaml'))).toBe(join(root, PROFILE_FILE));
    expect(loadProfile(join(root, 'sites/a')).profile.storage.storageClass).toBe('fast');
  });

  it('takes the nearest one', () => {
    write({ [PROFILE_FILE]: 'storage:\n  storageClass: far\n', [`sites/${PROFILE_FILE}`]: 'storage:\n  storageClass: near\n' });
    const loaded = loadProfile(join(root, 'sites/x'));
    expect(loaded.file).toBe(join(root, 'sites', PROFILE_FILE));
    expect(loaded.profile.storage.storageClass).toBe('near');
  });

  it('uses an explicit file, and the default profile when there is none', () => {
    write({ 'custom.yaml': 'imageCatalog:\n  kind: ImageCatalog\n' });
    expect(loadProfile(root, { file: join(root, 'custom.yaml') }).profile.imageCatalog).toEqual({ kind: 'ImageCatalog', name: 'postgresql' });
    const dflt = loadProfile(root);
    if (dflt.file === undefined) expect(dflt.profile).toEqual(DEFAULT_PROFILE);
    const missing = inputError(() => loadProfile(root, { file: join(root, 'nope.yaml') }));
    expect(missing.message).toContain('cannot read profile: ENOENT');
    expect(missing.file).toBe(join(root, 'nope.yaml'));
  });
});

describe('profile overrides', () => {
  it('merges values over the default profile', () => {
    const p = parseProfile(
      'backup:\n  destinationPath: s3://other-bucket/{site}/{app}/\n  tags:\n    team: db\ncredentials:\n  lifetime: 12h\n',
      'p.yaml',
      RULE_IDS,
    );
    expect(p.backup.destinationPath).toBe('s3://other-bucket/{site}/{app}/');
    expect(p.backup.tags).toEqual({ team: 'db' });
    expect(p.backup.retentionPolicyPattern).toBe(DEFAULT_PROFILE.backup.retentionPolicyPattern);
    expect(p.credentials.lifetime).toBe('12h');
    expect(p.credentials.accessKeyIdKey).toBe('access_key');
    expect(p.storage).toEqual(DEFAULT_PROFILE.storage);
  });

  it('changes values and rule severities of a real lint run, and off disables a rule', async () => {
    const files = pluginApp();
    const dir = 'sites/dal/clusters/k1/wave-2/overlays/forgejo';
    files[`${dir}/postgres.yaml`] = files[`${dir}/postgres.yaml`]!.replace('storageClass: cluster-nobackup', 'storageClass: fast');
    write(files);
    const ids = async (paths: string[]) => (await lintPaths(paths, { cwd: root })).diagnostics.filter((d) => d.ruleId === 'storage-class').map((d) => d.severity);
    expect(await ids([dir])).toEqual(['error']);
    write({ [PROFILE_FILE]: 'rules:\n  storage-class: warning\n' });
    expect(await ids([dir])).toEqual(['warning']);
    write({ [PROFILE_FILE]: 'rules:\n  storage-class: "off"\n' });
    expect(await ids([dir])).toEqual([]);
    write({ [PROFILE_FILE]: 'storage:\n  storageClass: fast\n' });
    expect(await ids([dir])).toEqual([]);
    const run = await lintPaths([dir], { cwd: root });
    expect(run.profileFile).toBe(join(root, PROFILE_FILE));
  });
});

describe('bad profiles', () => {
  const bad = (text: string, knownRules: readonly string[] | undefined = RULE_IDS) => inputError(() => parseProfile(text, '/repo/.cnpg-site.yaml', knownRules));

  it('names an unknown field and its line', () => {
    const e = bad('storage:\n  storageClass: fast\n  storgeClass: slow\n');
    expect(e.message).toBe('invalid profile: field "storage.storgeClass" unknown field "storgeClass"');
    expect([e.file, e.line, e.column]).toEqual(['/repo/.cnpg-site.yaml', 3, 3]);
    expect(e.format()).toBe('/repo/.cnpg-site.yaml:3:3: invalid profile: field "storage.storgeClass" unknown field "storgeClass"');
    expect(bad('colour: red\n').line).toBe(1);
  });

  it('names a value of the wrong type and its line', () => {
    const e = bad('backup:\n  requireScheduledBackup: "yes"\n');
    expect(e.message).toContain('field "backup.requireScheduledBackup"');
    expect(e.message).toContain('boolean');
    expect([e.line, e.column]).toEqual([2, 27]);
    expect(bad('credentials:\n  lifetime: 1d\n').message).toMatch(/field "credentials.lifetime" must match/);
    expect(bad('rules:\n  storage-class: fatal\n').message).toContain('must be one of "error", "warning", "info", "off"');
    expect(bad('backup:\n  retentionPolicyPattern: "(["\n').message).toContain('must be a valid regex');
  });

  it('names an unknown rule id and its line', () => {
    const e = bad('rules:\n  storage-class: warning\n  no-such-rule: "off"\n');
    expect(e.message).toMatch(/^invalid profile: field "rules.no-such-rule": unknown rule; known rules: storage-class, /);
    expect(e.line).toBe(3);
  });

  it('reports invalid YAML at the parser location', () => {
    const e = bad('storage:\n  storageClass: fast\n   other: x\n');
    expect(e.message).toBe('invalid profile: Nested mappings are not allowed in compact mappings');
    expect([e.line, e.column]).toEqual([2, 17]);
  });

  it('is an InputError through loadProfile, with the file', () => {
    write({ [PROFILE_FILE]: 'layout:\n  overlay: sites/{site}/\n' });
    const e = inputError(() => loadProfile(root, { knownRules: RULE_IDS }));
    expect(e.file).toBe(join(root, PROFILE_FILE));
    expect(e.message).toContain('field "layout.overlay" must match');
    expect(e.line).toBe(2);
  });
});

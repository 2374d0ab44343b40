import { describe, expect, it } from 'vitest';
import { check, legacyApp, patch, pluginApp, where } from '../../test/helpers.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { storageClass } from './storage-class.js';

describe('storage-class', () => {
  it('passes the profile storage class (plugin and legacy apps)', () => {
    expect(check({ ...pluginApp(), ...legacyApp() }, storageClass)).toEqual([]);
  });

  it('reports another storage class at its line', () => {
    const files = patch(pluginApp(), 'postgres.yaml', 'storageClass: cluster-nobackup', 'storageClass: standard');
    const d = check(files, storageClass);
    expect(d.map(where)).toEqual(['sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml:14:19 storage-class']);
    expect(d[0]!.message).toContain('"standard"');
    expect(d[0]!.fix?.value).toBe('cluster-nobackup');
  });

  it('reports a missing storage class and a wrong walStorage class', () => {
    let files = patch(pluginApp(), 'postgres.yaml', '    storageClass: cluster-nobackup\n', '');
    files = patch(files, 'postgres.yaml', '  plugins:', '  walStorage:\n    size: 1Gi\n    storageClass: fast\n  plugins:');
    const d = check(files, storageClass);
    expect(d.map((x) => x.message)).toEqual([
      expect.stringContaining('spec.storage names no storageClass'),
      expect.stringContaining('spec.walStorage.storageClass is "fast"'),
    ]);
  });

  it('follows the profile', () => {
    const files = patch(pluginApp(), 'postgres.yaml', 'storageClass: cluster-nobackup', 'storageClass: standard');
    expect(check(files, storageClass, { ...DEFAULT_PROFILE, storage: { storageClass: 'standard' } })).toEqual([]);
  });
});


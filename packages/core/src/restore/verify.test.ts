import { describe, expect, it } from 'vitest';
import { appliedTo, loadMemory, planIn, pluginApp, ROOT } from '../../test/helpers.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { checkWrittenRestore, problemKey, renderErrors } from './verify.js';

const POSTGRES = 'sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml';

function written() {
  const files = pluginApp();
  const plan = planIn(files, { clusterName: 'forgejo-db' });
  return { plan, out: appliedTo(files, plan) };
}

const check = (plan: ReturnType<typeof written>['plan'], files: Record<string, string>) => {
  const { inventory, diagnostics } = loadMemory(files);
  return checkWrittenRestore(plan, inventory, diagnostics, new Set(), DEFAULT_PROFILE, ROOT);
};

describe('the check of a written restore', () => {
  it('holds for the plan as written', () => {
    const { plan, out } = written();
    expect(check(plan, out)).toEqual([]);
  });

  it('a recovery source that reads the new archive fails it', () => {
    const { plan, out } = written();
    const bad = { ...out, [POSTGRES]: out[POSTGRES]!.replace('serverName: forgejo-db\n', 'serverName: forgejo-db-gen2\n') };
    expect(check(plan, bad)).toEqual([
      'Cluster forgejo-db-gen2 (sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml) recovers from server forgejo-db-gen2, not from the old archive forgejo-db',
    ]);
  });

  it('no recovery, or no Cluster under the new name, fails it', () => {
    const { plan, out } = written();
    expect(check(plan, { ...out, [POSTGRES]: out[POSTGRES]!.replace('    recovery:\n      source: forgejo-db-archive\n', '    initdb: {}\n') }).join('\n')).toContain('has no spec.bootstrap.recovery naming an externalClusters entry: it would start EMPTY');
    expect(check(plan, { ...out, [POSTGRES]: out[POSTGRES]!.replace('name: forgejo-db-gen2', 'name: other') })).toContain('the repository as written renders no Cluster forgejo-db-gen2 in namespace forgejo');
  });

  it('a root that no longer renders fails it; a problem it had before does not', () => {
    const { plan, out } = written();
    const k = 'sites/dal/clusters/k1/wave-2/overlays/forgejo/kustomization.yaml';
    const broken = { ...out, [k]: out[k]!.replace('  - postgres.yaml\n', '  - postgres.yaml\n  - missing.yaml\n') };
    expect(check(plan, broken).join('\n')).toMatch(/rendering the written repository fails where it did not: sites\/dal\/clusters\/k1\/wave-2\/overlays\/forgejo\/kustomization\.yaml:\d+: .*missing\.yaml/);
    const { inventory, diagnostics } = loadMemory(broken);
    const before = new Set(renderErrors(inventory, diagnostics, DEFAULT_PROFILE).map(problemKey));
    expect(before.size).toBe(1);
    expect(checkWrittenRestore(plan, inventory, diagnostics, before, DEFAULT_PROFILE, ROOT)).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../core/src/lint/fingerprint.js';
import { loadInventory } from '../../core/src/inventory/load.js';
import { DEFAULT_PROFILE } from '../../core/src/profile/profile.js';
import { GitSource } from '../src/git.js';
import { contextOf } from '../src/run.js';
import { app, ciJson, cli, git, OV, TempRepo, verdicts } from './repo.js';

// A change is judged by what it makes new: findings match by fingerprint (rule, message id,
// resource, field), never by line or wording, so old debt never blocks an unrelated commit.

const T = 120_000;
const repos: TempRepo[] = [];
function repo(): TempRepo {
  const r = new TempRepo('cnpg-identity-');
  repos.push(r);
  return r;
}
afterEach(() => {
  while (repos.length) repos.pop()!.remove();
});

const GITEA = 'sites/dal/clusters/k1/wave-2/overlays/gitea';

/** forgejo and gitea, both archiving to forgejo's archive under server name forgejo-db: an archive collision already on main. */
function collision(): Record<string, string> {
  return { ...app('forgejo'), ...app('gitea', 'gitea-db', { destination: 's3://dal-site-backups/dal/forgejo/postgres/', serverName: 'forgejo-db' }) };
}

/** Base commit with `baseFiles`, head commit changing `head`; the ci verdict from base to head. */
function judge(baseFiles: Record<string, string>, head: (files: Record<string, string>) => Record<string, string | null>, setup?: (r: TempRepo) => void) {
  const r = repo();
  const base = r.commit(baseFiles, 'base');
  setup?.(r);
  r.commit(head(baseFiles), 'head');
  const res = ciJson(r.dir, base);
  return { r, base, res, blocking: verdicts(res.diagnostics).filter((d) => d.severity === 'error').map((d) => `${d.ruleId} ${d.file}`) };
}

describe('old findings never block', () => {
  it('the collision is there on main (the check finds it)', { timeout: T }, () => {
    const r = repo();
    const base = r.commit(app('forgejo'), 'base');
    r.commit(collision(), 'gitea joins the archive');
    const res = ciJson(r.dir, base);
    expect(res.code).toBe(1);
    expect(verdicts(res.diagnostics).map((d) => d.ruleId)).toContain('archive-collision');
  });

  it('a comment-only commit', { timeout: T }, () => {
    const { res, blocking } = judge(collision(), (f) => ({ [`${OV}/postgres.yaml`]: `# forgejo's database\n${f[`${OV}/postgres.yaml`]!}` }));
    expect(blocking).toEqual([]);
    expect(res.code).toBe(0);
  });

  it('lines shifted by an insertion above (the other Cluster named in the message moves too)', { timeout: T }, () => {
    const { res, blocking } = judge(collision(), (f) => ({
      [`${OV}/postgres.yaml`]: f[`${OV}/postgres.yaml`]!.replace('metadata:\n', 'metadata:\n  labels:\n    team: forge\n    tier: db\n'),
      [`${GITEA}/postgres.yaml`]: f[`${GITEA}/postgres.yaml`]!.replace('spec:\n  instances: 3\n', 'spec:\n  description: gitea\n  instances: 3\n'),
    }));
    expect(blocking).toEqual([]);
    expect(res.code).toBe(0);
    // Still reported, as already there.
    expect(res.diagnostics.filter((d) => d.ruleId === 'archive-collision').every((d) => d.severity === 'info')).toBe(true);
    expect(res.diagnostics.some((d) => d.ruleId === 'archive-collision')).toBe(true);
  });

  it('documents reordered in a file', { timeout: T }, () => {
    const { res, blocking } = judge(collision(), (f) => {
      const [cluster, scheduled] = f[`${OV}/postgres.yaml`]!.split('---\n');
      return { [`${OV}/postgres.yaml`]: `${scheduled}---\n${cluster}` };
    });
    expect(blocking).toEqual([]);
    expect(res.code).toBe(0);
  });

  it('a file moved with its resources unchanged', { timeout: T }, () => {
    const { res, blocking } = judge(collision(), (f) => ({
      [`${OV}/postgres.yaml`]: null,
      [`${OV}/cluster.yaml`]: f[`${OV}/postgres.yaml`]!,
      [`${OV}/kustomization.yaml`]: f[`${OV}/kustomization.yaml`]!.replace('postgres.yaml', 'cluster.yaml'),
    }));
    expect(blocking).toEqual([]);
    expect(res.code).toBe(0);
  });

  it('a changed suggestion in a message ("did you mean")', { timeout: T }, () => {
    // ScheduledBackup names a Cluster that does not exist; the message suggests the closest name.
    const typo = (files: Record<string, string>) => ({ ...files, [`${OV}/postgres.yaml`]: files[`${OV}/postgres.yaml`]!.replace('  cluster:\n    name: forgejo-db\n', '  cluster:\n    name: forgejo-dbxy\n') });
    const base = typo(app('forgejo'));
    const { res, blocking } = judge(base, (f) => ({
      // A second Cluster with a closer name changes the suggestion, not the finding.
      [`${OV}/postgres.yaml`]: `${f[`${OV}/postgres.yaml`]!}---\napiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: forgejo-dbxyz\nspec:\n  instances: 1\n  storage:\n    size: 1Gi\n    storageClass: cluster-nobackup\n  plugins:\n    - name: barman-cloud.cloudnative-pg.io\n      isWALArchiver: true\n      parameters:\n        barmanObjectName: forgejo-store\n        serverName: forgejo-dbxyz\n`,
    }));
    expect(blocking.filter((b) => b.startsWith('cluster-reference'))).toEqual([]);
    const found = res.diagnostics.filter((d) => d.ruleId === 'cluster-reference');
    expect(found.map((d) => d.severity)).toEqual(['info']);
    // Base suggested forgejo-db; head suggests the closer new name.
    expect(found[0]!.message).toMatch(/did you mean "forgejo-dbxyz"/);
  });

  it('a finding that really is new still blocks, and only it', { timeout: T }, () => {
    const { res, blocking } = judge(collision(), (f) => ({ [`${OV}/postgres.yaml`]: f[`${OV}/postgres.yaml`]!.replace('storageClass: cluster-nobackup', 'storageClass: standard') }));
    expect(res.code).toBe(1);
    expect(blocking).toEqual([`storage-class ${OV}/postgres.yaml`]);
  });

  it('the same finding on a second cluster is new (fingerprints are matched one for one)', { timeout: T }, () => {
    const debt = { ...app('forgejo', 'forgejo-db', { storageClass: 'standard' }) };
    // k2's Cluster has an archive of its own (a server name of its own).
    const second = app('forgejo', 'forgejo-db', { storageClass: 'standard', serverName: 'forgejo-db-k2' });
    const k2 = Object.fromEntries(Object.entries(second).filter(([p]) => p.startsWith(OV)).map(([p, t]) => [p.replace('/k1/', '/k2/'), t]));
    const { res, blocking } = judge(debt, () => k2);
    expect(res.code).toBe(1);
    expect(blocking).toEqual([`storage-class ${OV.replace('/k1/', '/k2/')}/postgres.yaml`]);
  });
});

describe('context: the whole repository at each revision', () => {
  it('a Secret produced in another overlay, untouched by the change, is found', { timeout: T }, () => {
    const files = app('forgejo');
    const shared = 'sites/dal/clusters/k1/wave-1/overlays/backup-credentials';
    const r = repo();
    // Base: the shared overlay producing forgejo's backup credentials, and no forgejo overlay yet.
    const b = r.commit({
      [`${shared}/kustomization.yaml`]: 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: forgejo\nresources:\n  - vault-dynamic-secret.yaml\n  - external-secret.yaml\n',
      [`${shared}/vault-dynamic-secret.yaml`]: files[`${OV}/vault-dynamic-secret.yaml`]!,
      [`${shared}/external-secret.yaml`]: files[`${OV}/external-secret.yaml`]!,
    }, 'base');
    // Head: the forgejo overlay, without credentials of its own.
    const own = Object.fromEntries(Object.entries(files).filter(([p]) => p.startsWith(`${OV}/`) && !/(vault-dynamic-secret|external-secret)\.yaml$/.test(p)));
    own[`${OV}/kustomization.yaml`] = own[`${OV}/kustomization.yaml`]!.replace('  - vault-dynamic-secret.yaml\n  - external-secret.yaml\n', '');
    r.commit(own, 'forgejo');
    const res = ciJson(r.dir, b);
    expect(verdicts(res.diagnostics)).toEqual([]);
    expect(res.code).toBe(0);
  });
});

describe('context in a large repository: the touched overlays and what they need', () => {
  it('follows parents that name the overlay as a path and overlays of the same namespace, not other mentions of the word', { timeout: T }, async () => {
    const r = repo();
    const parent = 'sites/dal/clusters/k1/wave-2/apps';
    const files: Record<string, string> = {
      ...app('forgejo'),
      [`${parent}/kustomization.yaml`]: 'resources:\n  - ../overlays/forgejo\n',
      'flux/apps.yaml': 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  path: ./sites/dal/clusters/k1/wave-2/apps\n  sourceRef:\n    kind: GitRepository\n    name: repo\n',
      'sites/dal/clusters/k1/wave-1/overlays/secrets/kustomization.yaml': 'namespace: forgejo\nresources:\n  - secret.yaml\n',
      'sites/dal/clusters/k1/wave-1/overlays/secrets/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n',
      'sites/dal/clusters/k1/wave-1/overlays/other/kustomization.yaml': 'namespace: other\nresources:\n  - cm.yaml\n',
      'sites/dal/clusters/k1/wave-1/overlays/other/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: forgejo\n',
      // The namespace quoted: context too.
      'sites/dal/clusters/k1/wave-1/overlays/quoted/kustomization.yaml': 'namespace: "forgejo"\nresources:\n  - cm.yaml\n',
      'sites/dal/clusters/k1/wave-1/overlays/quoted/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: q\n',
    };
    const b = r.commit(files, 'base');
    const h = r.commit({ [`${OV}/postgres.yaml`]: files[`${OV}/postgres.yaml`]!.replace('instances: 3', 'instances: 2') }, 'head');
    const base = GitSource.commit(r.dir, b, 'base');
    const head = GitSource.commit(r.dir, h, 'head');
    await Promise.all([base.preload(), head.preload()]);
    const load = loadInventory([head.abs(OV)], { profile: DEFAULT_PROFILE, readFile: head.readFile, readDir: head.readDir });
    // A limit of 0 files: the large-repository path, whatever the size.
    const context = await contextOf(base, head, [OV], [load], 0);
    // The network policy file of the fixture sets namespace forgejo itself: context too.
    expect(context).toEqual([OV, parent, 'flux/apps.yaml', 'sites/dal/clusters/k1/wave-1/overlays/quoted', 'sites/dal/clusters/k1/wave-1/overlays/secrets', 'sites/dal/clusters/k1/wave-2/overlays/forgejo-netpol/netpol.yaml'].sort());
    // Small enough: the whole repository.
    expect(await contextOf(base, head, [OV], [load])).toEqual(['']);
  });
});

describe('suppressions and the baseline', () => {
  it('a suppression with a reason accepts a new finding', { timeout: T }, () => {
    const { res } = judge(app('forgejo'), (f) => ({
      [`${OV}/postgres.yaml`]: f[`${OV}/postgres.yaml`]!.replace('    storageClass: cluster-nobackup', '    # cnpg-site-disable-next-line storage-class -- scratch database, rebuilt from git\n    storageClass: standard'),
    }));
    expect(verdicts(res.diagnostics)).toEqual([]);
    expect(res.code).toBe(0);
  });

  it('a suppression without a reason still accepts, with a warning', { timeout: T }, () => {
    const { res } = judge(app('forgejo'), (f) => ({
      [`${OV}/postgres.yaml`]: f[`${OV}/postgres.yaml`]!.replace('    storageClass: cluster-nobackup', '    # cnpg-site-disable-next-line storage-class\n    storageClass: standard'),
    }));
    expect(verdicts(res.diagnostics).map((d) => `${d.severity} ${d.ruleId}`)).toEqual(['warning disable-directive']);
    expect(res.code).toBe(0);
  });

  it('a policy check can be suppressed with its id', { timeout: T }, () => {
    const { res } = judge(app('forgejo'), (f) => ({
      [`${OV}/postgres.yaml`]: f[`${OV}/postgres.yaml`]!.replace('    major: 16', '    # cnpg-site-disable-next-line policy/major-downgrade -- rebuilt from a dump, see runbook\n    major: 15'),
    }));
    expect(verdicts(res.diagnostics).filter((d) => d.severity === 'error')).toEqual([]);
    expect(res.code).toBe(0);
  });

  it('honours the baseline the profile names', { timeout: T }, () => {
    const fp = fingerprint({
      ruleId: 'storage-class',
      messageId: 'other',
      resource: { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', namespace: 'forgejo', name: 'forgejo-db' },
      field: 'spec.storage.storageClass',
    });
    const profile = { '.cnpg-site.yaml': 'baseline: .cnpg-site-baseline\n', '.cnpg-site-baseline': `# accepted\nstorage-class:other Cluster/forgejo/forgejo-db spec.storage.storageClass  ${fp}\n` };
    const { res } = judge({ ...app('forgejo'), ...profile }, (f) => ({ [`${OV}/postgres.yaml`]: f[`${OV}/postgres.yaml`]!.replace('storageClass: cluster-nobackup', 'storageClass: standard') }));
    expect(verdicts(res.diagnostics)).toEqual([]);
    expect(res.code).toBe(0);
    // Without the baseline the same change blocks.
    const again = judge(app('forgejo'), (f) => ({ [`${OV}/postgres.yaml`]: f[`${OV}/postgres.yaml`]!.replace('storageClass: cluster-nobackup', 'storageClass: standard') }));
    expect(again.res.code).toBe(1);
  });

  it('a profile naming a baseline that is not committed is an input error', { timeout: T }, () => {
    const r = repo();
    const base = r.commit({ ...app('forgejo'), '.cnpg-site.yaml': 'baseline: .cnpg-site-baseline\n' }, 'base');
    r.commit({ [`${OV}/postgres.yaml`]: app('forgejo')[`${OV}/postgres.yaml`]!.replace('instances: 3', 'instances: 2') });
    const res = cli(r.dir, 'ci', '--base', base);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/baseline \.cnpg-site-baseline is not in .*--update-baseline/);
  });
});

describe('text-only mentions of a renamed Cluster', () => {
  it('are warnings, not blockers: a README line and a YAML comment', { timeout: T }, () => {
    const renamed = app('forgejo', 'forgejo-db-2', { recoverFrom: 'forgejo-db' });
    const { res } = judge({ ...app('forgejo'), 'docs/forgejo.md': '# Forgejo\n\nConnect with `psql -h forgejo-db-rw.forgejo.svc`.\n' }, () => ({
      ...renamed,
      [`${OV}/object-store.yaml`]: `# the app read forgejo-db-app before the restore\n${renamed[`${OV}/object-store.yaml`]!}`,
    }));
    const renames = res.diagnostics.filter((d) => d.ruleId === 'policy/cluster-rename');
    expect(renames.map((d) => `${d.severity} ${d.file}`)).toEqual(['warning docs/forgejo.md', `warning ${OV}/object-store.yaml`]);
    expect(res.code).toBe(0);
  });
});

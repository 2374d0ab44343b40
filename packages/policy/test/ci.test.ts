import { afterEach, describe, expect, it } from 'vitest';
import { app, ciJson, cli, git, OV, TempRepo, VALUES, verdicts } from './repo.js';

const T = 120_000;
const repos: TempRepo[] = [];
function repo(): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  return r;
}
afterEach(() => {
  while (repos.length) repos.pop()!.remove();
});

/** Base commit with the forgejo app, and a head commit from `head` (files replaced or deleted). */
function change(head: Record<string, string | null>, baseFiles = app()): { r: TempRepo; base: string; head: string } {
  const r = repo();
  const base = r.commit(baseFiles, 'base');
  const h = r.commit(head, 'head');
  return { r, base, head: h };
}

/** The forgejo app renamed to forgejo-db-2, every reference moved, restoring from the old archive. */
function fullRename(): Record<string, string> {
  return app('forgejo', 'forgejo-db-2', { recoverFrom: 'forgejo-db' });
}

describe('check 1: rename with stale references', () => {
  it('reports each stale reference at file:line', { timeout: T }, () => {
    // Only the Cluster's metadata.name (and its recovery) moved: everything else still names forgejo-db.
    const half = app('forgejo', 'forgejo-db', { recoverFrom: 'forgejo-db' });
    const postgres = half[`${OV}/postgres.yaml`]!.replace('  name: forgejo-db\nspec:\n  instances', '  name: forgejo-db-2\nspec:\n  instances');
    const { r, base } = change({ [`${OV}/postgres.yaml`]: postgres });
    const res = ciJson(r.dir, base);
    expect(res.code).toBe(1);
    const stale = res.diagnostics.filter((d) => d.ruleId === 'policy/cluster-rename').map((d) => `${d.file}:${d.line}`);
    expect(stale).toEqual([
      'monitoring/alerts-forgejo.yaml:5',
      'sites/dal/clusters/k1/wave-2/overlays/forgejo-netpol/netpol.yaml:9',
      `${OV}/object-store.yaml:23`,
      `${OV}/postgres.yaml:39`,
      `${VALUES}:2`,
      `${VALUES}:3`,
    ]);
    const values = res.diagnostics.find((d) => d.file === VALUES && d.line === 2)!;
    expect(values.message).toContain('forgejo-db-rw');
    expect(values.fix?.description).toBe('change "forgejo-db-rw" to "forgejo-db-2-rw"');
  });

  it('passes when every reference moved', { timeout: T }, () => {
    const { r, base } = change(fullRename());
    const res = ciJson(r.dir, base);
    expect(verdicts(res.diagnostics)).toEqual([]);
    expect(res.code).toBe(0);
  });

  it('is word-boundary aware and ignores the same name in another site', { timeout: T }, () => {
    const { r, base } = change({
      ...fullRename(),
      'docs/notes.md': 'old-forgejo-db-rw and forgejo-db-rw2 and forgejo-db-restore are other things\n',
      'sites/fra/clusters/k9/wave-2/values/forgejo/values.yaml': 'host: forgejo-db-rw\n',
    });
    const res = ciJson(r.dir, base);
    expect(verdicts(res.diagnostics)).toEqual([]);
    expect(res.code).toBe(0);
  });
});

describe('check 2: renamed cluster without recovery', () => {
  it('blocks: the new cluster would start with an empty database', { timeout: T }, () => {
    const { r, base } = change(app('forgejo', 'forgejo-db-2'));
    const res = ciJson(r.dir, base);
    expect(res.code).toBe(1);
    const d = res.diagnostics.filter((x) => x.ruleId === 'policy/rename-without-recovery');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toContain('the new cluster would start with an empty database');
    expect(d[0]!.file).toBe(`${OV}/postgres.yaml`);
  });

  it('blocks a recovery from another archive', { timeout: T }, () => {
    const { r, base } = change(app('forgejo', 'forgejo-db-2', { recoverFrom: 'forgejo-db', recoveryServer: 'somebody-else' }));
    const res = ciJson(r.dir, base);
    expect(res.code).toBe(1);
    expect(res.diagnostics.map((d) => d.ruleId)).toContain('policy/rename-without-recovery');
  });

  it('passes with recovery from the old archive', { timeout: T }, () => {
    const { r, base } = change(fullRename());
    expect(ciJson(r.dir, base).diagnostics.filter((d) => d.ruleId === 'policy/rename-without-recovery')).toEqual([]);
  });
});

describe('check 3: archive reuse', () => {
  it('blocks a cluster archiving to the archive it recovers from', { timeout: T }, () => {
    // Renamed, but the server name pinned to the old name: it would write into the old archive.
    const { r, base } = change(app('forgejo', 'forgejo-db-2', { recoverFrom: 'forgejo-db', serverName: 'forgejo-db' }));
    const res = ciJson(r.dir, base);
    expect(res.code).toBe(1);
    // ci runs lint too: its rule recovery-archive reports it, once (check 3's finding on the same
    // Cluster is left out); guard, which does not lint, reports it as check 3.
    const d = res.diagnostics.filter((x) => x.ruleId === 'recovery-archive' || x.ruleId === 'policy/archive-reuse');
    expect(d.map((x) => x.ruleId)).toEqual(['recovery-archive']);
    expect(d[0]!.message).toContain('Expected empty archive');
    git(r.dir, 'reset', '-q', '--soft', base);
    const g = cli(r.dir, 'guard', '-o', 'json');
    expect(g.code).toBe(1);
    const guarded = (JSON.parse(g.stdout) as { diagnostics: { ruleId: string; message: string }[] }).diagnostics.filter((x) => x.ruleId === 'policy/archive-reuse');
    expect(guarded.map((x) => x.message)).toEqual([expect.stringContaining('the archive it recovers from')]);
  });

  it('blocks a new cluster archiving where another one does', { timeout: T }, () => {
    const other = app('gitea', 'forgejo-db', { destination: 's3://dal-site-backups/dal/forgejo/postgres/' });
    const { r, base } = change(other);
    const res = ciJson(r.dir, base);
    expect(res.code).toBe(1);
    const d = res.diagnostics.filter((x) => x.ruleId === 'policy/archive-reuse');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toContain('Cluster forgejo/forgejo-db');
  });

  it('passes the second strategy: same name, new server name, recovery from the old archive', { timeout: T }, () => {
    const { r, base } = change(app('forgejo', 'forgejo-db', { recoverFrom: 'forgejo-db', serverName: 'forgejo-db-2' }));
    const res = ciJson(r.dir, base);
    expect(verdicts(res.diagnostics)).toEqual([]);
    expect(res.code).toBe(0);
  });
});

describe('check 4: majors', () => {
  it('blocks a major going down', { timeout: T }, () => {
    const { r, base } = change(app('forgejo', 'forgejo-db', { major: 15 }));
    const res = ciJson(r.dir, base);
    expect(res.code).toBe(1);
    expect(verdicts(res.diagnostics).map((d) => `${d.ruleId} ${d.severity} ${d.file}:${d.line}`)).toEqual([`policy/major-downgrade error ${OV}/postgres.yaml:11`]);
  });

  it('warns on a major going up, naming the offline upgrade and the backup', { timeout: T }, () => {
    const { r, base } = change(app('forgejo', 'forgejo-db', { major: 17 }));
    const res = ciJson(r.dir, base);
    expect(res.code).toBe(0);
    const d = verdicts(res.diagnostics);
    expect(d.map((x) => `${x.ruleId} ${x.severity}`)).toEqual(['policy/major-upgrade warning']);
    expect(d[0]!.message).toMatch(/offline/);
    expect(d[0]!.message).toMatch(/down/);
    expect(d[0]!.fix?.description).toMatch(/base backup/);
  });

  it('passes an unchanged major', { timeout: T }, () => {
    const { r, base } = change({ [VALUES]: 'database:\n  host: forgejo-db-rw.forgejo.svc\n  existingSecret: forgejo-db-app\n  pool: 10\n' });
    const res = ciJson(r.dir, base);
    expect(verdicts(res.diagnostics)).toEqual([]);
    expect(res.code).toBe(0);
  });
});

describe('check 5: archive moved', () => {
  it('warns when the archive location changes without a rename', { timeout: T }, () => {
    const { r, base } = change(app('forgejo', 'forgejo-db', { serverName: 'forgejo-db-v2' }));
    const res = ciJson(r.dir, base);
    expect(res.code).toBe(0);
    const d = verdicts(res.diagnostics);
    expect(d.map((x) => `${x.ruleId} ${x.severity}`)).toEqual(['policy/archive-moved warning']);
    expect(d[0]!.message).toContain('no base backup');
  });

  it('passes when the location stays', { timeout: T }, () => {
    const { r, base } = change(app('forgejo', 'forgejo-db', { major: 16 }));
    expect(verdicts(ciJson(r.dir, base).diagnostics)).toEqual([]);
  });
});

describe('check 6: cluster deleted', () => {
  it('warns when a Cluster goes with no replacement', { timeout: T }, () => {
    const files = app();
    const { r, base } = change({ [`${OV}/postgres.yaml`]: null, [`${OV}/kustomization.yaml`]: files[`${OV}/kustomization.yaml`]!.replace('  - postgres.yaml\n', '') });
    const res = ciJson(r.dir, base);
    const d = verdicts(res.diagnostics).filter((x) => x.ruleId === 'policy/cluster-deleted');
    expect(d).toHaveLength(1);
    expect(d[0]!.severity).toBe('warning');
    expect(d[0]!.message).toContain('forgejo-db is deleted');
  });

  it('warns when a whole overlay is deleted, from another directory with --repo', { timeout: T }, () => {
    const files = app();
    const gone = Object.fromEntries(Object.keys(files).filter((p) => p.startsWith(OV + '/')).map((p) => [p, null]));
    const { r, base } = change(gone);
    const res = cli('/', 'ci', '--repo', r.dir, '--base', base, '-o', 'json');
    expect(res.code).toBe(0);
    const d = (JSON.parse(res.stdout) as { diagnostics: { ruleId: string; file: string }[] }).diagnostics.filter((x) => x.ruleId === 'policy/cluster-deleted');
    expect(d.map((x) => x.file)).toEqual([`${OV}/postgres.yaml`]);
  });

  it('passes a Cluster moved to another wave (same namespace, same name)', { timeout: T }, () => {
    const files = app();
    const moved: Record<string, string | null> = {};
    for (const [p, t] of Object.entries(files)) {
      if (!p.startsWith(OV + '/')) continue;
      moved[p] = null;
      moved[p.replace('wave-2', 'wave-3')] = t;
    }
    const { r, base } = change(moved);
    const res = ciJson(r.dir, base);
    expect(verdicts(res.diagnostics)).toEqual([]);
  });
});

describe('profile', () => {
  it('reads .cnpg-site.yaml from the head revision, also for the policy rule severities', { timeout: T }, () => {
    const files = app();
    const profile = 'storage:\n  storageClass: fast-nobackup\nrules:\n  policy/cluster-deleted: error\n';
    const r = repo();
    const base = r.commit({ ...files, '.cnpg-site.yaml': profile }, 'base');
    r.commit({ [`${OV}/postgres.yaml`]: null, [`${OV}/kustomization.yaml`]: files[`${OV}/kustomization.yaml`]!.replace('  - postgres.yaml\n', '') }, 'delete');
    const res = ciJson(r.dir, base);
    expect(res.code).toBe(1);
    expect(verdicts(res.diagnostics).map((d) => `${d.ruleId} ${d.severity}`)).toContain('policy/cluster-deleted error');
  });

  it('exits 2 naming the field of an invalid profile', { timeout: T }, () => {
    const r = repo();
    const base = r.commit(app(), 'base');
    r.commit({ '.cnpg-site.yaml': 'rules:\n  no-such-rule: error\n' }, 'profile');
    const res = cli(r.dir, 'ci', '--base', base);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/\.cnpg-site\.yaml:2:3: .*rules\.no-such-rule/);
  });
});

describe('check 7: lint on the changed overlays', () => {
  it('blocks a finding new in head', { timeout: T }, () => {
    const { r, base } = change(app('forgejo', 'forgejo-db', { storageClass: 'standard' }));
    const res = ciJson(r.dir, base);
    expect(res.code).toBe(1);
    expect(verdicts(res.diagnostics).map((d) => `${d.ruleId} ${d.file}:${d.line}`)).toEqual([`storage-class ${OV}/postgres.yaml:14`]);
  });

  it('summarises a finding already in base without blocking', { timeout: T }, () => {
    const debt = app('forgejo', 'forgejo-db', { storageClass: 'standard' });
    const { r, base } = change({ [`${OV}/postgres.yaml`]: debt[`${OV}/postgres.yaml`]!.replace('instances: 3', 'instances: 2') }, debt);
    const res = ciJson(r.dir, base);
    expect(res.code).toBe(0);
    expect(verdicts(res.diagnostics)).toEqual([]);
    const notes = res.diagnostics.filter((d) => d.ruleId === 'storage-class');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.severity).toBe('info');
    expect(notes[0]!.message).toMatch(/^already in /);
    const stylish = cli(r.dir, 'ci', '--base', base);
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toMatch(/1 lint finding \(1 error\) already in .*: not blocking/);
  });
});

describe('ci', () => {
  it('judges the end state of a range of several commits', { timeout: T }, () => {
    const r = repo();
    const base = r.commit(app(), 'base');
    const renamed = fullRename();
    // Commit 1: the Cluster renamed alone (a half rename), commit 2: the references follow.
    r.commit({ [`${OV}/postgres.yaml`]: renamed[`${OV}/postgres.yaml`]! }, 'rename cluster');
    const mid = git(r.dir, 'rev-parse', 'HEAD');
    expect(ciJson(r.dir, base).code).toBe(1);
    r.commit(renamed, 'move references');
    r.commit({ 'README.md': 'site repository\n' }, 'docs');
    const res = ciJson(r.dir, base);
    expect(verdicts(res.diagnostics)).toEqual([]);
    expect(res.code).toBe(0);
    // An explicit --head judges that commit, not the work tree or HEAD.
    expect(ciJson(r.dir, base, mid).code).toBe(1);
  });

  it('compares with the merge base, not with a base branch that moved on', { timeout: T }, () => {
    const r = repo();
    r.commit(app(), 'base');
    git(r.dir, 'checkout', '-q', '-b', 'feature');
    r.commit({ [VALUES]: 'database:\n  host: forgejo-db-rw.forgejo.svc\n  existingSecret: forgejo-db-app\n  pool: 5\n' }, 'feature');
    git(r.dir, 'checkout', '-q', 'main');
    r.commit(app('forgejo', 'forgejo-db', { major: 17 }), 'upgrade on main');
    git(r.dir, 'checkout', '-q', 'feature');
    const res = ciJson(r.dir, 'main');
    // Without the merge base the major would look like it went down.
    expect(verdicts(res.diagnostics)).toEqual([]);
    expect(res.code).toBe(0);
  });

  it('exits 2 telling to fetch more history when the base is missing from a shallow clone', { timeout: T }, () => {
    const r = repo();
    const base = r.commit(app(), 'base');
    r.commit({ 'README.md': 'one\n' }, 'one');
    r.commit({ 'README.md': 'two\n' }, 'two');
    const clone = new TempRepo('cnpg-policy-shallow-');
    repos.push(clone);
    git(clone.dir, 'fetch', '-q', '--depth', '1', `file://${r.dir}`, 'main');
    git(clone.dir, 'checkout', '-q', 'FETCH_HEAD');
    const res = cli(clone.dir, 'ci', '--base', base);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('git fetch --unshallow');
    expect(res.stderr).toContain('fetch-depth: 0');
    expect(res.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('exits 2 on usage errors', { timeout: T }, () => {
    const r = repo();
    r.commit(app(), 'base');
    expect(cli(r.dir, 'ci').code).toBe(2);
    expect(cli(r.dir, 'ci', '--base', 'nope').stderr).toMatch(/--base nope does not name a commit/);
    expect(cli(r.dir, 'ci', '--base', 'HEAD', '-o', 'xml').code).toBe(2);
    expect(cli(r.dir, 'frobnicate').code).toBe(2);
    const outside = new TempRepo('cnpg-policy-norepo-');
    repos.push(outside);
    git(outside.dir, 'init', '-q');
    const sub = cli(`${outside.dir}/.git`, 'guard');
    expect(sub.code).toBe(2);
  });

  it('writes SARIF and GitHub annotations for policy findings', { timeout: T }, () => {
    const { r, base } = change(app('forgejo', 'forgejo-db-2'));
    const sarif = JSON.parse(cli(r.dir, 'ci', '--base', base, '-o', 'sarif').stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex?: number }[] }[] };
    const run = sarif.runs[0]!;
    const res = run.results.find((x) => x.ruleId === 'policy/rename-without-recovery')!;
    expect(res).toBeDefined();
    expect(run.tool.driver.rules[res.ruleIndex!]!.id).toBe('policy/rename-without-recovery');
    const gh = cli(r.dir, 'ci', '--base', base, '-o', 'github');
    expect(gh.code).toBe(1);
    expect(gh.stdout).toMatch(/^::error file=sites\/dal\/clusters\/k1\/wave-2\/overlays\/forgejo\/postgres.yaml,line=\d+,col=\d+,title=policy\/rename-without-recovery::/m);
  });
});

describe('guard and lint-staged (index against HEAD)', () => {
  it('guard blocks a staged half rename and passes a staged full one', { timeout: T }, () => {
    const r = repo();
    r.commit(app(), 'base');
    const renamed = fullRename();
    r.stage({ [`${OV}/postgres.yaml`]: renamed[`${OV}/postgres.yaml`]! });
    const half = cli(r.dir, 'guard');
    expect(half.code).toBe(1);
    expect(half.stdout).toContain('policy/cluster-rename');
    r.stage(renamed);
    const full = cli(r.dir, 'guard');
    expect(full.stdout).not.toContain('policy/');
    expect(full.code).toBe(0);
  });

  it('guard reads the index, not the work tree', { timeout: T }, () => {
    const r = repo();
    r.commit(app(), 'base');
    r.write({ [`${OV}/postgres.yaml`]: fullRename()[`${OV}/postgres.yaml`]! });
    expect(cli(r.dir, 'guard').code).toBe(0);
  });

  it('lint-staged blocks a staged wrong storage class and passes a harmless edit', { timeout: T }, () => {
    const r = repo();
    r.commit(app(), 'base');
    r.stage({ [`${OV}/postgres.yaml`]: app('forgejo', 'forgejo-db', { storageClass: 'standard' })[`${OV}/postgres.yaml`]! });
    const bad = cli(r.dir, 'lint-staged', `${OV}/postgres.yaml`);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('storage-class');
    r.stage({ [`${OV}/postgres.yaml`]: app()[`${OV}/postgres.yaml`]!.replace('instances: 3', 'instances: 2') });
    const ok = cli(r.dir, 'lint-staged', `${OV}/postgres.yaml`);
    expect(ok.code).toBe(0);
  });

  it('works before the first commit', { timeout: T }, () => {
    const r = repo();
    r.stage(app());
    expect(cli(r.dir, 'guard').code).toBe(0);
    expect(cli(r.dir, 'lint-staged').code).toBe(0);
  });
});

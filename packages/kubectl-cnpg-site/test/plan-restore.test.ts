import { fileURLToPath } from 'node:url';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/** The repository this file belongs to (a checkout anywhere, not a fixed path). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');


const BIN = join(REPO_ROOT, 'packages/kubectl-cnpg-site/bin/run.js');
const FIXTURE = new URL('./fixtures/restore/site', import.meta.url).pathname;
const POSTGRES = 'sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml';
const VALUES = 'sites/dal/clusters/k1/wave-3/values/forgejo/values.yaml';
const T = 120_000;
const dirs: string[] = [];

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-restore-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init');
  return dir;
}

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync('node', [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('plan-restore', () => {
  it('prints the plan as JSON in the documented shape, without writing', () => {
    const dir = repo();
    const r = cli(dir, 'plan-restore', 'forgejo-db', '-o', 'json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out);
    expect(Object.keys(plan)).toEqual(['cluster', 'strategy', 'newName', 'steps', 'edits', 'references', 'blockers', 'unsafe', 'warnings', 'deployedBy']);
    expect(plan.cluster).toEqual({ name: 'forgejo-db', namespace: 'forgejo', file: POSTGRES });
    // the Application that renders the Cluster, as the deployment model found it
    expect(plan.deployedBy).toMatchObject({ controller: 'argocd', name: 'dal-k1-forgejo' });
    expect(plan.newName).toBe('forgejo-db-gen2');
    const kinds = plan.steps.map((s: { kind: string }) => s.kind);
    // automated sync with self-heal: paused before the deletions, re-enabled after the wait
    expect(kinds.indexOf('argocd')).toBeLessThan(kinds.indexOf('kubectl'));
    expect(plan.steps[0].kind).toBe('git');
    expect(plan.steps[2].command).toBe('argocd app set dal-k1-forgejo --sync-policy none');
    expect(plan.blockers).toEqual([]);
    const refs = plan.references.map((x: { file: string; kind: string; text: string }) => `${x.file.split('/').slice(-2).join('/')} ${x.kind} ${x.text}`);
    expect(refs).toEqual([
      'monitoring/alerts.yaml metric-label forgejo-db',
      'monitoring/netpol.yaml label-selector forgejo-db',
      'forgejo/values.yaml service forgejo-db-rw.forgejo.svc.cluster.local',
      'forgejo/values.yaml secret forgejo-db-app',
      'forgejo/values.yaml service forgejo-db-ro',
      'forgejo/values.yaml other forgejo-db',
    ]);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' })).toBe('');
  }, T);

  it('--write edits byte-exactly, passes lint, and a second run changes nothing', () => {
    const dir = repo();
    const before = readFileSync(join(dir, POSTGRES), 'utf8');
    const r = cli(dir, 'plan-restore', 'forgejo-db', '--write', '--target-time', '2026-11-24T13:05:00Z');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Wrote 5 file(s)');
    const after = readFileSync(join(dir, POSTGRES), 'utf8');
    expect(after).toContain('  name: forgejo-db-gen2 # the main database\nspec:\n  # three instances across zones\n  instances: 3\n\n  bootstrap:\n    recovery:\n      source: forgejo-db-archive\n');
    expect(after).toContain('        serverName: forgejo-db\n');
    // every line outside the edited spots is unchanged
    const kept = before.split('\n').filter((l) => !/forgejo-db|initdb/.test(l));
    for (const line of kept) expect(after.split('\n')).toContain(line);
    const values = readFileSync(join(dir, VALUES), 'utf8');
    expect(values).toContain('HOST: forgejo-db-gen2-rw.forgejo.svc.cluster.local:5432   # primary');
    expect(values).toContain('note: the old forgejo-db cluster');
    const lint = cli(dir, 'lint', '.');
    expect(lint.code).toBe(0);
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qam', 'restore'], { cwd: dir });
    const again = cli(dir, 'plan-restore', 'forgejo-db', '--write', '--target-time', '2026-11-24T13:05:00Z');
    expect(again.code).toBe(0);
    expect(again.out).toContain('Nothing to write');
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' })).toBe('');
  }, T);

  it('keep-name on the legacy app moves the server name only; markdown has the diff', () => {
    const dir = repo();
    const md = cli(dir, 'plan-restore', 'gitea-db', '--keep-name', '--backup-id', '20261124T020000', '-o', 'markdown');
    expect(md.code).toBe(0);
    expect(md.out).toContain('```diff');
    expect(md.out).toContain('+      serverName: gitea-db-gen2');
    expect(md.out).toContain('+        targetImmediate: true');
    const w = cli(dir, 'plan-restore', 'gitea-db', '--keep-name', '--backup-id', '20261124T020000', '--write');
    expect(w.code).toBe(0);
    expect(readFileSync(join(dir, 'sites/dal/clusters/k1/wave-2/overlays/gitea/postgres.yaml'), 'utf8')).toContain('  name: gitea-db\n');
    expect(cli(dir, 'lint', '.').code).toBe(0);
  }, T);

  it('refuses files with uncommitted changes unless --force', () => {
    const dir = repo();
    writeFileSync(join(dir, VALUES), readFileSync(join(dir, VALUES), 'utf8') + '# local change\n');
    const r = cli(dir, 'plan-restore', 'forgejo-db', '--write');
    expect(r.code).toBe(2);
    expect(r.err).toContain('uncommitted changes');
    expect(r.err).toContain(VALUES);
    expect(readFileSync(join(dir, POSTGRES), 'utf8')).toContain('name: forgejo-db #');
    expect(cli(dir, 'plan-restore', 'forgejo-db', '--write', '--force').code).toBe(0);
  }, T);

  it('exits 2 with one line on ambiguity and invalid input', () => {
    const dir = repo();
    cpSync(join(dir, 'sites/dal/clusters/k1/wave-2/overlays/forgejo'), join(dir, 'sites/dal/clusters/k1/wave-2/overlays/forgejo2'), { recursive: true });
    const k = join(dir, 'sites/dal/clusters/k1/wave-2/overlays/forgejo2/kustomization.yaml');
    writeFileSync(k, readFileSync(k, 'utf8').replace('namespace: forgejo', 'namespace: forgejo2'));
    const amb = cli(dir, 'plan-restore', 'forgejo-db');
    expect(amb.code).toBe(2);
    expect(amb.err).toMatch(/2 Clusters are named forgejo-db: forgejo in .*forgejo\/postgres.yaml.*forgejo2 in .*forgejo2\/postgres.yaml.*-n NAMESPACE/);
    expect(cli(dir, 'plan-restore', 'forgejo-db', '-n', 'forgejo2', '-o', 'json').code).toBe(0);
    for (const args of [
      ['--new-name', 'Not_Valid'],
      ['--new-name', 'gitea-db'],
      ['--target-time', 'last tuesday'],
      ['--target-lsn', 'nope'],
      ['--major', 'x'],
      ['--keep-name', '--new-name', 'a'],
    ]) {
      const r = cli(dir, 'plan-restore', 'forgejo-db', '-n', 'forgejo', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(/^error: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    expect(cli(dir, 'plan-restore', 'missing-db').err).toContain('no Cluster named missing-db');
  }, T);

  it('the written change passes the policy CI check (rename and keep-name)', () => {
    const dir = repo();
    const git = (...a: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...a], { cwd: dir, encoding: 'utf8' });
    const base = git('rev-parse', 'HEAD').trim();
    for (const args of [['forgejo-db'], ['gitea-db', '--keep-name', '--target-lsn', '0/3000060']]) {
      expect(cli(dir, 'plan-restore', ...args, '--write').code).toBe(0);
      git('commit', '-qam', `restore ${args[0]}`);
      const r = spawnSync('node', [join(REPO_ROOT, 'packages/policy/bin/run.js'), 'ci', '--base', base], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(r.status, r.stdout + r.stderr).toBe(0);
    }
  }, T);
});

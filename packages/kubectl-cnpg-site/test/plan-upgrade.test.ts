import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, CREDS, ensureSystemPackages, freePort, Postgres, startS3, type LocalS3 } from './archive-harness/harness.js';
import { REPO } from './fixtures/cli.js';

// The restore fixture's forgejo Cluster archives (plugin style, default server name) to exactly this place.
const FIXTURE = new URL('./fixtures/restore/site', import.meta.url).pathname;
const BUCKET = 'dal-site-backups';
const DEST = `s3://${BUCKET}/dal/forgejo/postgres/`;
const SERVER = 'forgejo-db';
const OVERLAY = 'sites/dal/clusters/k1/wave-2/overlays/forgejo';
const POSTGRES = `${OVERLAY}/postgres.yaml`;
const POLICY = join(REPO, 'packages/policy/bin/run.js');
const T = 180_000;

interface Check {
  id: string;
  verdict: 'ok' | 'failed' | 'to-confirm';
  message: string;
}
interface UpgradeJson {
  cluster: { name: string; namespace?: string; file: string };
  from: number | null;
  to: number;
  checks: Check[];
  steps: { kind: string; title: string; command?: string }[];
  edits: { file: string; path: string; before: unknown; after: unknown }[];
  backup: { fresh: boolean; id?: string; takeName?: string };
  rollback: { newName: string; steps: { kind: string; command?: string }[]; edits: { file: string; path: string; before: unknown; after: unknown }[]; blockers: string[]; warnings: string[] } | null;
  rollbackNotes: string[];
  unsafe: string[];
}

let s3: LocalS3;
let pg: Postgres;
const dirs: string[] = [];

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

const git = (cwd: string, ...a: string[]) => execFileSync('git', a, { cwd, stdio: 'pipe', encoding: 'utf8' });

/**
 * A git repository from the restore fixture: the Cluster at `major` (or pinned to `image`), and a
 * ClusterImageCatalog postgresql with `catalog` majors when given.
 */
function repo(o: { major?: number; catalog?: number[]; image?: string } = {}): string {
  const dir = temp('plan-upgrade-');
  cpSync(FIXTURE, dir, { recursive: true });
  const file = join(dir, POSTGRES);
  let text = readFileSync(file, 'utf8');
  if (o.image) text = text.replace(/  imageCatalogRef:\n(    .*\n)+/, `  imageName: ${o.image} # pinned\n`);
  else text = text.replace('    major: 16', `    major: ${o.major ?? 16} # the catalog entry`);
  writeFileSync(file, text);
  if (o.catalog) {
    writeFileSync(
      join(dir, OVERLAY, 'image-catalog.yaml'),
      `apiVersion: postgresql.cnpg.io/v1\nkind: ClusterImageCatalog\nmetadata:\n  name: postgresql\nspec:\n  images:\n${o.catalog.map((m) => `    - major: ${m}\n      image: ghcr.io/cloudnative-pg/postgresql:${m}.4\n`).join('')}`,
    );
    const k = join(dir, OVERLAY, 'kustomization.yaml');
    writeFileSync(k, readFileSync(k, 'utf8') + '  - image-catalog.yaml\n');
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init');
  return dir;
}

/** Runs the built CLI with exactly `env` (plus PATH), without blocking the event loop (s3rver runs beside). */
function run(cwd: string, args: string[], env: Record<string, string> = { HOME: temp('plan-upgrade-home-') }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const withCredentials = () => ({ ...CREDS, HOME: temp('plan-upgrade-home-') });

async function plan(cwd: string, args: string[], code = 0, env?: Record<string, string>): Promise<UpgradeJson> {
  const r = await run(cwd, ['plan-upgrade', SERVER, '-o', 'json', ...args], env);
  expect(r.stderr).toBe('');
  expect(r.code, r.stdout).toBe(code);
  return JSON.parse(r.stdout) as UpgradeJson;
}

const check = (p: UpgradeJson, id: string) => p.checks.find((c) => c.id === id)!;

beforeAll(async () => {
  ensureSystemPackages();
  s3 = await startS3([BUCKET]);
  pg = new Postgres(DEST, SERVER, s3.endpoint, await freePort());
  pg.initdb();
  pg.start();
  pg.switchWal(2);
  pg.baseBackup();
  pg.switchWal(3);
  await pg.waitArchived();
}, 300_000);

afterAll(async () => {
  pg?.cleanup();
  await s3?.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('plan-upgrade against a real barman-cloud archive (PostgreSQL 15)', () => {
  it('a fresh base backup: fresh-backup ok, no backup step, the backup pinned in the rollback of the old major', async () => {
    const dir = repo({ major: 15, catalog: [15, 16] });
    const p = await plan(dir, ['--to', '16', '--endpoint-url', s3.endpoint], 0, withCredentials());
    expect(p.from).toBe(15);
    expect(p.checks.map((c) => c.id)).toEqual(['major-up', 'catalog-has-major', 'extensions', 'fresh-backup', 'app-supports-major']);
    expect(check(p, 'major-up').verdict).toBe('ok');
    expect(check(p, 'catalog-has-major')).toMatchObject({ verdict: 'ok' });
    expect(check(p, 'catalog-has-major').message).toContain('ghcr.io/cloudnative-pg/postgresql:16.4');
    expect(check(p, 'fresh-backup').verdict).toBe('ok');
    expect(check(p, 'app-supports-major').verdict).toBe('to-confirm');
    expect(p.backup.fresh).toBe(true);
    const id = p.backup.id!;
    expect(id).toMatch(/^\d{8}T\d{6}$/);
    expect(check(p, 'fresh-backup').message).toContain(id);
    expect(p.steps.some((s) => s.command?.includes('--backup-name'))).toBe(false);
    expect(p.edits).toEqual([{ file: POSTGRES, path: 'spec.imageCatalogRef.major', before: 15, after: 16 }]);
    // The rollback: the restore planner's plan, reading the old archive, pinned to the backup, major 15.
    expect(p.rollback).not.toBeNull();
    const rb = p.rollback!;
    expect(rb.newName).toBe('forgejo-db-gen2');
    expect(rb.blockers).toEqual([]);
    expect(rb.warnings.filter((w) => w.startsWith('archive not checked'))).toEqual([]);
    const bootstrap = rb.edits.find((e) => e.file === POSTGRES && e.path === 'spec.bootstrap');
    expect(bootstrap?.after).toMatchObject({ recovery: { recoveryTarget: { backupID: id, targetImmediate: true } } });
    expect(rb.edits.find((e) => e.path === 'spec.imageCatalogRef.major')).toMatchObject({ before: 16, after: 15 });
    expect(rb.steps[0]!.command).toContain(`--backup-id ${id}`);
    expect(rb.steps[0]!.command).toContain('--major 15');
    expect(p.rollbackNotes[0]).toContain(`restores base backup ${id}`);
  }, T);

  it('a backup older than --max-backup-age: the first steps take one and wait for it', async () => {
    const dir = repo({ major: 15, catalog: [15, 16] });
    const p = await plan(dir, ['--to', '16', '--endpoint-url', s3.endpoint, '--max-backup-age', '1s'], 0, withCredentials());
    expect(check(p, 'fresh-backup').verdict).toBe('to-confirm');
    expect(check(p, 'fresh-backup').message).toMatch(/^the newest usable base backup \d{8}T\d{6} is \d+m old, older than --max-backup-age 1s under s3:\/\/dal-site-backups\/dal\/forgejo\/postgres\/forgejo-db\/: step 1 takes a base backup/);
    expect(p.backup).toEqual({ fresh: false, takeName: 'forgejo-db-pre-upgrade-16' });
    expect(p.steps[0]).toMatchObject({ kind: 'kubectl', command: 'kubectl cnpg backup forgejo-db -n forgejo --backup-name forgejo-db-pre-upgrade-16 --method plugin --plugin-name barman-cloud.cloudnative-pg.io' });
    expect(p.steps[1]!.kind).toBe('wait');
    expect(p.steps[1]!.command).toContain("kubectl get backup forgejo-db-pre-upgrade-16 -n forgejo -o jsonpath='{.status.backupId}'");
    // Not pinned: the rollback says how to find the id of the backup step 1 takes.
    const bootstrap = p.rollback!.edits.find((e) => e.path === 'spec.bootstrap');
    expect(JSON.stringify(bootstrap?.after)).not.toContain('backupID');
    expect(p.rollbackNotes.join('\n')).toContain('--backup-id ID');
  }, T);
});

describe('plan-upgrade', () => {
  it('--no-archive-check: the first step takes a backup, and the check says why', async () => {
    const p = await plan(repo({ catalog: [16, 17] }), ['--to', '17', '--no-archive-check']);
    expect(check(p, 'fresh-backup')).toMatchObject({ verdict: 'to-confirm' });
    expect(check(p, 'fresh-backup').message).toMatch(/^archive not checked \(--no-archive-check\): step 1 takes a base backup/);
    expect(p.steps[0]!.command).toMatch(/^kubectl cnpg backup forgejo-db -n forgejo --backup-name forgejo-db-pre-upgrade-17 /);
    // The steps name the ArgoCD Application, sync it and watch the upgrade.
    expect(p.steps.some((s) => s.kind === 'argocd' && s.command === 'argocd app get dal-k1-forgejo --refresh && argocd app sync dal-k1-forgejo')).toBe(true);
    expect(p.steps.find((s) => s.kind === 'wait' && s.command?.includes('restore watch'))?.command).toBe('kubectl cnpg-site restore watch forgejo-db -n forgejo --upgrade 17 --timeout 2h');
  }, T);

  it('a catalog without the target major: exit 1, catalog-has-major failed, naming the catalog and its majors', async () => {
    const dir = repo({ catalog: [15, 16] });
    const p = await plan(dir, ['--to', '17', '--no-archive-check'], 1);
    const c = check(p, 'catalog-has-major');
    expect(c.verdict).toBe('failed');
    expect(c.message).toBe(`ClusterImageCatalog postgresql (${OVERLAY}/image-catalog.yaml:1) has no image for major 17 (its majors: 15, 16): add an entry for 17 to the catalog first, or the upgrade cannot start`);
    const text = await run(dir, ['plan-upgrade', SERVER, '--to', '17', '--no-archive-check', '--write']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^!! This upgrade cannot go ahead as planned; nothing was written:\n!! {3}- catalog-has-major: ClusterImageCatalog postgresql/m);
    expect(readFileSync(join(dir, POSTGRES), 'utf8')).toContain('major: 16');
  }, T);

  it('a pinned image: the current major from the tag, the same repository proposed at the new major, to confirm', async () => {
    const dir = repo({ image: 'ghcr.io/cloudnative-pg/postgresql:16.4' });
    const p = await plan(dir, ['--to', '17', '--no-archive-check']);
    expect(p.from).toBe(16);
    const c = check(p, 'catalog-has-major');
    expect(c.verdict).toBe('to-confirm');
    expect(c.message).toContain('the new image must be chosen: proposed ghcr.io/cloudnative-pg/postgresql:17');
    expect(p.edits).toEqual([{ file: POSTGRES, path: 'spec.imageName', before: 'ghcr.io/cloudnative-pg/postgresql:16.4', after: 'ghcr.io/cloudnative-pg/postgresql:17' }]);
    expect(p.rollbackNotes.join('\n')).toContain('set its spec.imageName back to it');
    const w = await run(dir, ['plan-upgrade', SERVER, '--to', '17', '--no-archive-check', '--write']);
    expect(w.code, w.stdout).toBe(0);
    expect(readFileSync(join(dir, POSTGRES), 'utf8')).toContain('  imageName: ghcr.io/cloudnative-pg/postgresql:17 # pinned\n');
  }, T);

  it('a downgrade or the same major is refused with exit 1 and what to do; a bad --to is a usage error', async () => {
    const dir = repo({ catalog: [15, 16, 17] });
    const down = await plan(dir, ['--to', '15', '--no-archive-check'], 1);
    expect(down.checks).toEqual([
      {
        id: 'major-up',
        verdict: 'failed',
        message: `--to 15 is below the major Cluster forgejo-db runs (16, ${POSTGRES}:1): a major never goes down on an existing Cluster (PostgreSQL cannot downgrade a data directory); to go back to 15, restore a backup taken under 15 into a new Cluster (kubectl cnpg-site plan-restore forgejo-db --major 15 --backup-id ID)`,
      },
    ]);
    expect(down.steps).toEqual([]);
    expect(down.edits).toEqual([]);
    const same = await plan(dir, ['--to', '16', '--no-archive-check'], 1);
    expect(check(same, 'major-up').message).toMatch(/already runs PostgreSQL 16 .*: nothing to upgrade/);
    const bad = await run(dir, ['plan-upgrade', SERVER, '--to', 'seventeen']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--to "seventeen" is not a PostgreSQL major version such as 17');
    const missing = await run(dir, ['plan-upgrade', SERVER]);
    expect(missing.code).toBe(2);
  }, T);

  it('--write: the file edited with its comments, rendered again at the new major, and the policy accepts the commit', async () => {
    const dir = repo({ catalog: [16, 17] });
    const before = readFileSync(join(dir, POSTGRES), 'utf8');
    const w = await run(dir, ['plan-upgrade', SERVER, '--to', '17', '--no-archive-check', '--write']);
    expect(w.stderr).toBe('');
    expect(w.code, w.stdout).toBe(0);
    expect(w.stdout).toContain(`Wrote 1 file(s): ${POSTGRES}; rendered again, Cluster forgejo-db now says major 17`);
    const after = readFileSync(join(dir, POSTGRES), 'utf8');
    // Only the major changed; every comment and blank line is kept.
    expect(after).toBe(before.replace('    major: 16 # the catalog entry', '    major: 17 # the catalog entry'));
    const rendered = await run(dir, ['render', OVERLAY, '-o', 'json']);
    expect(rendered.code).toBe(0);
    expect(rendered.stdout).toMatch(/"major": 17/);
    // Planning again: the Cluster already runs 17.
    expect(check(await plan(dir, ['--to', '17', '--no-archive-check'], 1), 'major-up').message).toContain('already runs PostgreSQL 17');
    git(dir, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qam', 'Upgrade forgejo-db to PostgreSQL 17');
    const policy = spawnSync(process.execPath, [POLICY, 'ci', '--base', 'HEAD~1', '-o', 'json'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir } });
    expect(policy.status, policy.stdout + policy.stderr).toBe(0);
    // The policy sees the major go up (a warning), never a downgrade.
    expect(policy.stdout).toContain('policy/major-upgrade');
    expect(policy.stdout).not.toContain('policy/major-downgrade');
  }, T);

  it('a major set by a kustomize patch is edited in the patch', async () => {
    const dir = temp('plan-upgrade-patch-');
    mkdirSync(join(dir, 'base'));
    mkdirSync(join(dir, 'prod'));
    writeFileSync(
      join(dir, 'base/postgres.yaml'),
      'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: forgejo-db\nspec:\n  instances: 1\n  imageCatalogRef:\n    apiGroup: postgresql.cnpg.io\n    kind: ClusterImageCatalog\n    name: postgresql\n    major: 15\n  storage:\n    size: 1Gi\n  backup:\n    barmanObjectStore:\n      destinationPath: s3://b/p/\n      s3Credentials:\n        accessKeyId: {name: c, key: a}\n        secretAccessKey: {name: c, key: s}\n',
    );
    writeFileSync(join(dir, 'base/kustomization.yaml'), 'resources:\n  - postgres.yaml\n');
    writeFileSync(join(dir, 'prod/kustomization.yaml'), 'namespace: forgejo\nresources:\n  - ../base\npatches:\n  - path: major.yaml\n');
    writeFileSync(join(dir, 'prod/major.yaml'), 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: forgejo-db\nspec:\n  imageCatalogRef:\n    major: 16 # prod runs 16\n');
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init');
    const p = await plan(dir, ['--to', '17', '--no-archive-check', '-n', 'forgejo']);
    expect(p.from).toBe(16);
    expect(p.edits.map((e) => [e.file, e.path, e.before, e.after])).toEqual([['prod/major.yaml', 'spec.imageCatalogRef.major', 16, 17]]);
    const w = await run(dir, ['plan-upgrade', SERVER, '--to', '17', '--no-archive-check', '-n', 'forgejo', '--write']);
    expect(w.code, w.stdout).toBe(0);
    expect(readFileSync(join(dir, 'prod/major.yaml'), 'utf8')).toContain('    major: 17 # prod runs 16\n');
    expect(readFileSync(join(dir, 'base/postgres.yaml'), 'utf8')).toContain('    major: 15\n');
  }, T);

  it('-o json has checks, steps, edits and rollback; -o markdown renders every section', async () => {
    const dir = repo({ catalog: [16, 17] });
    const r = await run(dir, ['plan-upgrade', SERVER, '--to', '17', '--no-archive-check', '-o', 'json']);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(p)).toEqual(['cluster', 'from', 'to', 'image', 'checks', 'steps', 'edits', 'unsafe', 'warnings', 'backup', 'rollback', 'rollbackNotes', 'deployedBy']);
    const rollback = p.rollback as Record<string, unknown>;
    expect(Object.keys(rollback)).toEqual(['cluster', 'strategy', 'newName', 'steps', 'edits', 'references', 'blockers', 'unsafe', 'warnings', 'deployedBy']);
    const md = await run(dir, ['plan-upgrade', SERVER, '--to', '17', '--no-archive-check', '-o', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^## Upgrade forgejo\/forgejo-db: PostgreSQL 16 → 17$/m);
    expect(md.stdout).toContain('| `app-supports-major` | - [ ] to confirm |');
    expect(md.stdout).toMatch(/^### Steps$/m);
    expect(md.stdout).toContain('-    major: 16 # the catalog entry\n+    major: 17 # the catalog entry');
    expect(md.stdout).toMatch(/^### Rollback \(written before it is needed\)$/m);
    expect(md.stdout).toMatch(/^#### Restore forgejo\/forgejo-db into forgejo-db-gen2$/m);
    const yaml = await run(dir, ['plan-upgrade', SERVER, '--to', '17', '--no-archive-check', '-o', 'yaml']);
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).toMatch(/^checks:$/m);
  }, T);
});

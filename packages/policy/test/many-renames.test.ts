import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitSource, type GrepHit } from '../src/git.js';
import { ByteMatcher } from '../src/match.js';
import { POLICY_RULES } from '../src/checks.js';
import { runPolicy } from '../src/run.js';
import { git, TempRepo } from './repo.js';

const repos: TempRepo[] = [];
function repo(): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  return r;
}
afterEach(() => {
  while (repos.length) repos.pop()!.remove();
});

function sorted(hits: GrepHit[]): string[] {
  return hits.map((h) => `${h.path}\0${h.line}\0${h.text}`).sort();
}

describe('ByteMatcher', () => {
  it('finds every pattern that occurs, also inside, across and at the end of others', () => {
    const pats = ['he', 'she', 'his', 'hers', 'a-db', 'xa-db-rw', 'db', 'ü-db', 'hershey'];
    const m = new ByteMatcher(pats.map((p) => Buffer.from(p)));
    const found = (text: string) => {
      const buf = Buffer.from(text);
      const out: string[] = [];
      m.each(buf, 0, buf.length, (i) => out.push(pats[i]!));
      return out.sort();
    };
    expect(found('ushers')).toEqual(['he', 'hers', 'she']);
    expect(found('host: xa-db-rw')).toEqual(['a-db', 'db', 'xa-db-rw']);
    expect(found('name: ü-db ü-db')).toEqual(['db', 'ü-db']);
    expect(found('nothing here')).toEqual(['he']);
    expect(found('')).toEqual([]);
    for (const text of ['hershey his', 'shershe', 'a-dbxa-db-rwü-dbdb']) {
      expect(found(text)).toEqual(pats.filter((p) => text.includes(p)).sort());
    }
  });
});

describe('grepMany: one pass for many texts', () => {
  it('finds exactly what one git grep per text finds, in commits and in the index', async () => {
    const r = repo();
    const texts = Array.from({ length: 40 }, (_, i) => `app${i}-db`);
    texts.push('app1', 'pp1-d', 'db-rw', 'ü-db', 's3://bucket/a', 'two\nlines', '');
    const lines = (i: number) => [`host: app${i}-db-rw.app${i}.svc`, `x: xapp${i}-db-rw2`, `name: ü-db`, `dest: s3://bucket/a/b`];
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`sites/dal/clusters/k1/app${i}/values.yaml`] = lines(i).join('\n') + '\n';
    files['crlf.yaml'] = 'host: app3-db-rw\r\nother: app4-db\r\n';
    files['no-final-newline.txt'] = 'first\nlast app5-db';
    files['odd path\nwith newline ü.yaml'] = 'host: app6-db-rw\n';
    files['binary.bin'] = 'app7-db\0binary\n';
    files['late-nul.txt'] = `${'x'.repeat(9000)}\napp8-db\0after\n`;
    files['long-line.txt'] = `${'app9-d'.repeat(50_000)}app9-db\n`;
    const id = r.commit(files);
    writeFileSync(join(r.dir, 'latin1.yaml'), Buffer.from('caf\xe9: app10-db\n', 'latin1'));
    git(r.dir, 'add', 'latin1.yaml');
    for (const src of [GitSource.commit(r.dir, id, 'HEAD'), GitSource.index(r.dir)]) {
      const many = await src.grepMany(texts);
      expect([...many.keys()].sort()).toEqual([...new Set(texts)].sort());
      for (const t of texts) expect(sorted(many.get(t)!), JSON.stringify(t)).toEqual(sorted(src.grep(t)));
      expect(many.get('app9-db')!.filter((h) => h.path === 'long-line.txt')).toHaveLength(1);
      expect(many.get('app8-db')!.map((h) => h.path)).toContain('late-nul.txt');
      expect(many.get('app7-db')!.map((h) => h.path)).not.toContain('binary.bin');
      expect(many.get('two\nlines')).toEqual([]);
      expect(many.get('app3-db')!.map((h) => h.text)).toContain('host: app3-db-rw\r');
    }
    expect((await GitSource.index(r.dir).grepMany(texts)).get('app10-db')!.map((h) => h.path)).toContain('latin1.yaml');
  });

  it('agrees with one git grep per text on the index as well', async () => {
    const r = repo();
    r.commit({ 'a.yaml': 'host: app1-db-rw\n' });
    r.stage({ 'b.yaml': 'host: app2-db-rw\nname: app1-db\n', 'a.yaml': null });
    const src = GitSource.index(r.dir);
    const texts = ['app1-db', 'app2-db', 'app3-db', 'db-rw', 'host'];
    const many = await src.grepMany(texts);
    for (const t of texts) expect(sorted(many.get(t)!)).toEqual(sorted(src.grep(t)));
    expect(many.get('app1-db')!.map((h) => h.path)).toEqual(['b.yaml']);
  });
});

/** An overlay with one Cluster (and, for some, a ScheduledBackup naming it). */
function overlay(i: number, cluster: string, site = 'dal'): Record<string, string> {
  const dir = `sites/${site}/clusters/k1/wave-2/overlays/app${i}`;
  const files: Record<string, string> = {
    [`${dir}/postgres.yaml`]: `apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: ${cluster}\nspec:\n  instances: 1\n`,
  };
  const withBackup = i % 11 === 0;
  files[`${dir}/kustomization.yaml`] = `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: app${i}\nresources:\n  - postgres.yaml\n${withBackup ? '  - backup.yaml\n' : ''}`;
  if (withBackup) {
    files[`${dir}/backup.yaml`] = `apiVersion: postgresql.cnpg.io/v1\nkind: ScheduledBackup\nmetadata:\n  name: app${i}-daily\nspec:\n  schedule: "0 0 3 * * *"\n  cluster:\n    name: app${i}-db\n`;
  }
  return files;
}

describe('thousands of renamed Clusters in one change', () => {
  it('reports each stale reference of every rename, whole-word and scoped to its site, from one scan', { timeout: 600_000 }, async () => {
    const N = 2000;
    const r = repo();
    const base: Record<string, string> = {};
    const head: Record<string, string> = {};
    const hosts: string[] = [];
    const alerts: string[] = ['groups:', '  - name: db', '    rules:'];
    const elsewhere: string[] = ['hosts:'];
    const expected: string[] = [];
    for (let i = 0; i < N; i++) {
      Object.assign(base, overlay(i, `app${i}-db`));
      Object.assign(head, overlay(i, `app${i}-pg`));
      // Half the services still name the old Cluster; decoys that only contain the name never count.
      const stale = i % 2 === 0;
      hosts.push(`app${i}: ${stale ? `app${i}-db` : `app${i}-pg`}-rw.app${i}.svc`);
      if (stale) expected.push(`docs/hosts.md:${hosts.length}:app${i}-db-rw`);
      if (i % 3 === 0) hosts.push(`decoy${i}: xapp${i}-db-rw app${i}-db-rw2 app${i}-dbx-rw`);
      if (i % 5 === 0) {
        alerts.push(`      - expr: cnpg_collector_up{cnpg_cluster="app${i}-db"} == 0`);
        expected.push(`monitoring/alerts.yaml:${alerts.length}:cnpg_cluster="app${i}-db"`);
      }
      // The same name in another site is another Cluster: out of scope.
      if (i % 7 === 0) elsewhere.push(`  - app${i}-db-rw.app${i}.svc`);
      if (i % 11 === 0) expected.push(`sites/dal/clusters/k1/wave-2/overlays/app${i}/backup.yaml:8:app${i}-db`);
    }
    const shared = {
      'docs/hosts.md': hosts.join('\n') + '\n',
      'monitoring/alerts.yaml': alerts.join('\n') + '\n',
      'sites/par/clusters/k1/wave-2/values/other/values.yaml': elsewhere.join('\n') + '\n',
    };
    const b = r.commit({ ...base, 'docs/hosts.md': '', 'monitoring/alerts.yaml': 'groups: []\n' }, 'base');
    const h = r.commit({ ...head, ...shared }, 'head');

    const res = await runPolicy({ base: GitSource.commit(r.dir, b, 'base'), head: GitSource.commit(r.dir, h, 'head'), diff: true, lint: false });
    expect(res.diff.renames).toHaveLength(N);
    const found = res.diagnostics
      .filter((d) => d.ruleId === POLICY_RULES.rename)
      .map((d) => `${d.file.slice(r.dir.length + 1)}:${d.line}:${/still (?:names the old cluster|mentions the old name): (["'])(.*?)\1;/.exec(d.message)![2]}`);
    expect(found.sort()).toEqual(expected.sort());
    // Prose is a warning; what is applied or configured is an error.
    for (const d of res.diagnostics.filter((x) => x.ruleId === POLICY_RULES.rename)) {
      expect(d.severity, d.file).toBe(d.file.endsWith('.md') ? 'warning' : 'error');
    }
    expect(res.diagnostics.filter((d) => d.ruleId === POLICY_RULES.recovery)).toHaveLength(N);
  });
});

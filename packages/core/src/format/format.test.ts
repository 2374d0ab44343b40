import { describe, expect, it } from 'vitest';
import type { Summary } from '../lint/lint.js';
import { RULES } from '../rules/index.js';
import type { Diagnostic } from '../types.js';
import { formatDiagnostics, relPath, toGithub, toJson, toSarif, toStylish } from './format.js';

const CWD = '/repo';
const OVERLAY = '/repo/sites/dal/clusters/k1/wave-2/overlays/forgejo';

const diagnostics: Diagnostic[] = [
  {
    ruleId: 'storage-class',
    severity: 'error',
    message: 'spec.storage.storageClass is "standard"; the site uses "cluster-nobackup"',
    file: `${OVERLAY}/postgres.yaml`,
    line: 14,
    column: 19,
    resource: { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', namespace: 'forgejo', name: 'forgejo-db' },
    fix: { description: 'set spec.storage.storageClass to "cluster-nobackup"', path: ['spec', 'storage', 'storageClass'], value: 'cluster-nobackup' },
  },
  {
    ruleId: 'image-catalog',
    severity: 'warning',
    message: 'imageName pins an image: 50%, a:b, c\nnext line',
    file: `${OVERLAY}/postgres.yaml`,
    line: 9,
    column: 3,
    resource: { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', name: 'forgejo-db' },
  },
  {
    ruleId: 'skipped-file',
    severity: 'info',
    message: 'empty file; skipped',
    file: '/repo/notes/empty file.yaml',
    line: 1,
    column: 1,
  },
];
const summary: Summary = { errors: 1, warnings: 1, infos: 1, files: 7, resources: 6 };
const clean: Summary = { errors: 0, warnings: 0, infos: 0, files: 1, resources: 1 };

describe('relPath', () => {
  it('is relative to the working directory with / separators', () => {
    expect(relPath(`${OVERLAY}/postgres.yaml`, CWD)).toBe('sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml');
    expect(relPath('/repo', CWD)).toBe('.');
    expect(relPath('/elsewhere/x.yaml', CWD)).toBe('../elsewhere/x.yaml');
  });
});

describe('json', () => {
  it('has exactly the documented shape', () => {
    const out = JSON.parse(toJson(diagnostics, summary, { cwd: CWD })) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['diagnostics', 'summary']);
    expect(out.summary).toEqual({ errors: 1, warnings: 1, files: 7, resources: 6 });
    const list = out.diagnostics as Record<string, unknown>[];
    expect(list).toHaveLength(3);
    expect(list[0]).toEqual({
      ruleId: 'storage-class',
      severity: 'error',
      message: 'spec.storage.storageClass is "standard"; the site uses "cluster-nobackup"',
      file: 'sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml',
      line: 14,
      column: 19,
      resource: { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', namespace: 'forgejo', name: 'forgejo-db' },
      fix: { description: 'set spec.storage.storageClass to "cluster-nobackup"', path: ['spec', 'storage', 'storageClass'], value: 'cluster-nobackup' },
    });
    // no fix, no resource: the keys are absent, not null
    expect(Object.keys(list[2]!)).toEqual(['ruleId', 'severity', 'message', 'file', 'line', 'column']);
    expect(list[2]!.file).toBe('notes/empty file.yaml');
  });

  it('keeps the order it is given and ends with a newline', () => {
    const text = toJson(diagnostics, summary, { cwd: CWD });
    expect(text.endsWith('}\n')).toBe(true);
    const ids = (JSON.parse(text) as { diagnostics: { ruleId: string }[] }).diagnostics.map((d) => d.ruleId);
    expect(ids).toEqual(['storage-class', 'image-catalog', 'skipped-file']);
  });

  it('prints an empty list for a clean run', () => {
    expect(JSON.parse(toJson([], clean, { cwd: CWD }))).toEqual({ diagnostics: [], summary: { errors: 0, warnings: 0, files: 1, resources: 1 } });
  });
});

describe('stylish', () => {
  it('prints file:line:col  severity  message  ruleId, the fix, and a summary', () => {
    const out = toStylish(diagnostics, summary, { cwd: CWD });
    const lines = out.split('\n');
    expect(lines[0]).toBe(
      'sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml:14:19  error  spec.storage.storageClass is "standard"; the site uses "cluster-nobackup"  storage-class',
    );
    expect(lines[1]).toBe('  fix: set spec.storage.storageClass to "cluster-nobackup"');
    expect(lines[2]).toMatch(/^sites\/dal\/clusters\/k1\/wave-2\/overlays\/forgejo\/postgres\.yaml:9:3  warning  imageName pins/);
    expect(out).not.toContain('empty file; skipped');
    expect(out).toContain('✖ 1 error, 1 warning in 6 resources from 7 files (1 note hidden; --verbose shows them)');
    expect(out.endsWith('\n')).toBe(true);
  });

  it('shows info notes with verbose', () => {
    const out = toStylish(diagnostics, summary, { cwd: CWD, verbose: true });
    expect(out).toContain('notes/empty file.yaml:1:1  info  empty file; skipped  skipped-file');
    expect(out).not.toContain('hidden');
  });

  it('has no escape codes without color, and colors severities with it', () => {
    const plain = toStylish(diagnostics, summary, { cwd: CWD, color: false });
    expect(plain).not.toContain('\u001b[');
    const colored = toStylish(diagnostics, summary, { cwd: CWD, color: true });
    expect(colored).toContain('\u001b[31merror\u001b[0m');
    expect(colored).toContain('\u001b[33mwarning\u001b[0m');
    // Stripping the codes gives the plain text back.
    expect(colored.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('says so when clean', () => {
    expect(toStylish([], clean, { cwd: CWD })).toBe('✔ 0 errors, 0 warnings in 1 resource from 1 file\n');
  });
});

describe('github', () => {
  it('prints one workflow command per finding, escaped', () => {
    const lines = toGithub(diagnostics, summary, { cwd: CWD }).trimEnd().split('\n');
    expect(lines[0]).toBe(
      '::error file=sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml,line=14,col=19,title=storage-class::spec.storage.storageClass is "standard"; the site uses "cluster-nobackup" (fix: set spec.storage.storageClass to "cluster-nobackup")',
    );
    // Data: % and newlines escaped; properties: also : and ,
    expect(lines[1]).toBe(
      '::warning file=sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml,line=9,col=3,title=image-catalog::imageName pins an image: 50%25, a:b, c%0Anext line',
    );
    expect(lines[2]).toBe('::notice file=notes/empty file.yaml,line=1,col=1,title=skipped-file::empty file; skipped');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('1 error(s), 1 warning(s) in 6 resource(s) from 7 file(s)');
  });

  it('escapes , and : in file names', () => {
    const d: Diagnostic = { ruleId: 'schema', severity: 'error', message: 'm', file: '/repo/a,b:c.yaml', line: 2, column: 4 };
    expect(toGithub([d], summary, { cwd: CWD })).toContain('::error file=a%2Cb%3Ac.yaml,line=2,col=4,title=schema::m');
  });
});

describe('sarif', () => {
  const log = JSON.parse(toSarif(diagnostics, summary, { cwd: CWD, tool: { name: 'cnpg-site', version: '1.2.3' } })) as {
    version: string;
    $schema: string;
    runs: {
      tool: { driver: { name: string; version: string; rules: { id: string; helpUri: string; defaultConfiguration: { level: string } }[] } };
      originalUriBaseIds: Record<string, { uri: string }>;
      results: {
        ruleId: string;
        ruleIndex?: number;
        level: string;
        message: { text: string };
        locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } }; logicalLocations?: { fullyQualifiedName: string }[] }[];
      }[];
    }[];
  };

  it('is a 2.1.0 log with one run describing every rule', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('cnpg-site');
    expect(driver.version).toBe('1.2.3');
    expect(driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    for (const r of driver.rules) expect(r.helpUri).toMatch(new RegExp(`/docs/rules/${r.id}\\.md$`));
    expect(driver.rules.find((r) => r.id === 'skipped-file')!.defaultConfiguration.level).toBe('note');
  });

  it('percent-encodes #, ? and spaces in paths', () => {
    const d: Diagnostic = { ruleId: 'schema', severity: 'error', message: 'm', file: '/my repo/a#b?.yaml', line: 1, column: 1 };
    const out = JSON.parse(toSarif([d], summary, { cwd: '/my repo' })) as {
      runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(out.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('a%23b%3F.yaml');
    expect(out.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBe('file:///my%20repo/');
  });

  it('maps severities to levels and locations to relative URIs under %SRCROOT%', () => {
    const [a, b, c] = log.runs[0]!.results;
    expect(a!.level).toBe('error');
    expect(b!.level).toBe('warning');
    expect(c!.level).toBe('note');
    expect(a!.ruleIndex).toBe(RULES.findIndex((r) => r.meta.id === 'storage-class'));
    expect(a!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'sites/dal/clusters/k1/wave-2/overlays/forgejo/postgres.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 14, startColumn: 19 },
    });
    expect(a!.locations[0]!.logicalLocations![0]!.fullyQualifiedName).toBe('Cluster/forgejo/forgejo-db');
    expect(c!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('notes/empty%20file.yaml');
    expect(log.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBe('file:///repo/');
    expect((log.runs[0] as unknown as { columnKind: string }).columnKind).toBe('utf16CodeUnits');
    expect(a!.message.text).toContain('(fix: set spec.storage.storageClass to "cluster-nobackup")');
  });
});

describe('formatDiagnostics', () => {
  it('dispatches by format name, stylish by default', () => {
    const opts = { cwd: CWD };
    expect(formatDiagnostics('json', diagnostics, summary, opts)).toBe(toJson(diagnostics, summary, opts));
    expect(formatDiagnostics('github', diagnostics, summary, opts)).toBe(toGithub(diagnostics, summary, opts));
    expect(formatDiagnostics('sarif', diagnostics, summary, opts)).toBe(toSarif(diagnostics, summary, opts));
    expect(formatDiagnostics('stylish', diagnostics, summary, opts)).toBe(toStylish(diagnostics, summary, opts));
  });
});

import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../types.js';
import { formatDiagnostics } from './format.js';
import { printable } from './terminal.js';

const ESC = '\u001b';
const evil = `db${ESC}]0;owned\u0007${ESC}[2J\r\u0085\u009b31m\u007f`;
const diag: Diagnostic = {
  ruleId: 'naming',
  severity: 'error',
  message: `Cluster ${evil} is bad`,
  file: `/repo/app/${ESC}[31mx\ny.yaml`,
  line: 1,
  column: 1,
  resource: { apiVersion: 'v1', kind: 'Cluster', name: evil },
  fix: { description: `rename ${evil}` },
};
const summary = { errors: 1, warnings: 0, infos: 0, files: 1, resources: 1 };
// Any control character but the newlines that separate the lines of output.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('output hygiene: control characters from input never reach the terminal', () => {
  it('escapes them in stylish output, with and without color', () => {
    for (const color of [false, true]) {
      const out = formatDiagnostics('stylish', [diag], summary, { cwd: '/repo', color });
      const plain = color ? out.replace(/\u001b\[\d+m/g, '') : out;
      expect(plain).not.toMatch(CONTROL);
      expect(plain).toContain('db\\x1b]0;owned\\x07\\x1b[2J\\r\\x85\\x9b31m\\x7f');
      expect(plain).toContain('app/\\x1b[31mx\\ny.yaml:1:1');
      expect(plain.split('\n')).toHaveLength(5);
    }
  });

  it('escapes the Unicode line separators and the bidirectional overrides that reorder what a terminal shows', () => {
    const bidi = { ...diag, message: 'name admin\u202e\u2066nimda\u2069 and a\u2028line', resource: { apiVersion: 'v1', kind: 'Cluster', name: 'x\u2029y' } };
    for (const format of ['stylish', 'github'] as const) {
      const out = formatDiagnostics(format, [bidi], summary, { cwd: '/repo' });
      expect(out).not.toMatch(/[\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    }
    expect(printable('a\u202eb')).toBe('a\\u202eb');
  });

  it('escapes them in github annotations (CR and LF as the runner encodes them)', () => {
    const out = formatDiagnostics('github', [diag], summary, { cwd: '/repo' });
    expect(out).not.toMatch(CONTROL);
    expect(out.split('\n')).toHaveLength(3);
    expect(out).toContain('%0D');
  });

  it('leaves JSON and SARIF to their own escaping', () => {
    for (const f of ['json', 'sarif'] as const) {
      const out = formatDiagnostics(f, [diag], summary, { cwd: '/repo' });
      expect(out).not.toMatch(CONTROL);
      expect(out).toContain('\\u001b');
      expect(JSON.stringify(JSON.parse(out))).toContain(JSON.stringify(evil).slice(1, -1));
    }
  });

  it('printable keeps tabs, and newlines only when asked', () => {
    expect(printable('a\tb\nc')).toBe('a\tb\\nc');
    expect(printable('a\tb\nc\u001b', true)).toBe('a\tb\nc\\x1b');
    expect(printable('é ü € 😀')).toBe('é ü € 😀');
  });
});

describe('restore plan output hygiene', () => {
  it('escapes control characters from names, paths and values in text and markdown', async () => {
    const { restorePlanText, restorePlanMarkdown, restorePlanJson } = await import('../restore/render.js');
    const plan = {
      cluster: { name: evil, namespace: `ns${ESC}[1m`, file: `/repo/a${ESC}.yaml` },
      strategy: 'rename',
      newName: `${evil}-2`,
      archive: { readServerName: evil, writeServerName: 'w', style: 'plugin' },
      steps: [{ kind: 'git', title: `edit ${evil}`, command: `kubectl delete cluster ${evil}` }],
      edits: [{ file: '/repo/a.yaml', path: 'metadata.name', before: evil, after: { name: evil }, op: { op: 'text', start: 0, end: 0, expected: '', replacement: '' } }],
      references: [{ file: '/repo/b.yaml', line: 1, column: 1, text: evil, kind: 'service', edited: false }],
      warnings: [`CAUTION ${evil}`],
      blockers: [`archive check failed: ${evil}`],
      unsafe: [`spec.bootstrap of ${evil}`],
      alreadyApplied: false,
    } as never;
    const run = { root: '/repo', plan, previews: [{ file: '/repo/a.yaml', before: `a: ${evil}\n`, after: 'a: b\n' }] } as never;
    for (const out of [restorePlanText(run), restorePlanMarkdown(run), restorePlanJson(plan, '/repo')]) {
      expect(out).not.toMatch(CONTROL);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { InputError, internalErrorLine } from './errors.js';

describe('errors', () => {
  it('an internal error is one line: the first line of its message and how to report it', () => {
    const line = internalErrorLine(new TypeError('Cannot read properties of undefined\n    at x (file.js:1:1)\n    at y'), 'cnpg-site');
    expect(line).toBe('error: Cannot read properties of undefined (a bug in cnpg-site: rerun with CNPG_SITE_DEBUG=1 for details and report it)\n');
    expect(line.trimEnd().split('\n')).toHaveLength(1);
    expect(internalErrorLine('\n\nboom', 'cnpg-site-policy')).toBe('error: boom (a bug in cnpg-site-policy: rerun with CNPG_SITE_DEBUG=1 for details and report it)\n');
    expect(internalErrorLine(new RangeError(''), 'cnpg-site')).toContain('error: RangeError (a bug in cnpg-site');
  });

  it('an input error names the file, line and column', () => {
    expect(new InputError('bad', '/r/a.yaml', 3, 4).format((f) => f.slice(3))).toBe('a.yaml:3:4: bad');
  });
});

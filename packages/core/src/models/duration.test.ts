import { describe, expect, it } from 'vitest';
import { formatGoDuration, parseGoDuration } from './duration.js';

describe('parseGoDuration', () => {
  it.each([
    ['1h', 3_600_000],
    ['24h', 86_400_000],
    ['1h30m', 5_400_000],
    ['1h0m0s', 3_600_000],
    ['90s', 90_000],
    ['1.5h', 5_400_000],
    ['.5m', 30_000],
    ['300ms', 300],
    ['2us', 0.002],
    ['2µs', 0.002],
    ['1000ns', 0.001],
    ['0', 0],
    ['-2m', -120_000],
    ['+5s', 5000],
    [' 15m ', 900_000],
  ])('parses %j', (text, ms) => {
    expect(parseGoDuration(text)).toBeCloseTo(ms, 9);
  });

  it.each(['', '1d', '24', 'h', '1h 30m', '1.h2', '.', 'one hour', '1H', '-', '1hm', '0x1h'])('refuses %j', (text) => {
    expect(parseGoDuration(text)).toBeUndefined();
  });

  it('accepts "1." as Go does', () => {
    expect(parseGoDuration('1.h')).toBe(3_600_000);
  });
});

describe('formatGoDuration', () => {
  it.each([
    [3_600_000, '1h0m0s'],
    [86_400_000, '24h0m0s'],
    [1_800_000, '30m0s'],
    [1500, '1.5s'],
    [0, '0s'],
    [250, '250ms'],
  ])('formats %d as %s', (ms, text) => {
    expect(formatGoDuration(ms)).toBe(text);
    expect(parseGoDuration(text)).toBe(ms);
  });
});

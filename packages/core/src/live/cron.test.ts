import { describe, expect, it } from 'vitest';
import { CronError, parseCron, parseDuration, previousRun } from './cron.js';

const at = (s: string) => new Date(s);

describe('cron', () => {
  it('finds the previous run of a daily six-field schedule', () => {
    const c = parseCron('0 0 0 * * *');
    expect(previousRun(c, at('2026-11-25T05:00:00Z'))?.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(previousRun(c, at('2026-11-25T00:00:00Z'))?.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(previousRun(c, at('2026-11-24T23:59:59Z'))?.toISOString()).toBe('2026-11-24T00:00:00.000Z');
  });

  it('handles lists, ranges, steps and names', () => {
    expect(previousRun(parseCron('0 30 */6 * * *'), at('2026-11-25T05:00:00Z'))?.toISOString()).toBe('2026-11-25T00:30:00.000Z');
    expect(previousRun(parseCron('0 0 2 * * MON-FRI'), at('2026-11-23T01:00:00Z'))?.toISOString()).toBe('2026-11-20T02:00:00.000Z'); // Monday 01:00 -> Friday
    expect(previousRun(parseCron('0 0 3 1 JAN,jul ?'), at('2026-11-25T00:00:00Z'))?.toISOString()).toBe('2026-07-01T03:00:00.000Z');
    expect(previousRun(parseCron('15,45 * * * * *'), at('2026-11-25T05:00:50Z'))?.toISOString()).toBe('2026-11-25T05:00:45.000Z');
  });

  it('ORs day-of-month and day-of-week when both are restricted', () => {
    // The 1st, or any Sunday. 2026-11-25 is a Wednesday; the Sunday before is the 22nd.
    expect(previousRun(parseCron('0 0 0 1 * 0'), at('2026-11-25T00:00:00Z'))?.toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(previousRun(parseCron('0 0 0 * * 7'), at('2026-11-25T00:00:00Z'))?.toISOString()).toBe('2026-11-22T00:00:00.000Z');
  });

  it('understands descriptors', () => {
    expect(previousRun(parseCron('@daily'), at('2026-11-25T05:00:00Z'))?.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(previousRun(parseCron('@hourly'), at('2026-11-25T05:10:00Z'))?.toISOString()).toBe('2026-11-25T05:00:00.000Z');
    expect(previousRun(parseCron('@every 6h'), at('2026-11-25T12:00:00Z'))?.toISOString()).toBe('2026-11-25T06:00:00.000Z');
  });

  it('rejects five-field and malformed schedules with the reason', () => {
    expect(() => parseCron('0 0 * * *')).toThrow(/5 fields; CloudNativePG expects 6/);
    expect(() => parseCron('0 0 25 * * *')).toThrow(CronError);
    expect(() => parseCron('0 0 0 * * FOO')).toThrow(/"FOO" is not a number/);
    expect(() => parseCron('@fortnightly')).toThrow(/unknown descriptor/);
  });

  it('returns undefined for a date that never comes', () => {
    expect(previousRun(parseCron('0 0 0 30 2 *'), at('2026-11-25T00:00:00Z'))).toBeUndefined();
  });

  it('parses Go-style durations', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('2d')).toBe(172_800_000);
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseDuration('0s')).toBeUndefined();
  });
});

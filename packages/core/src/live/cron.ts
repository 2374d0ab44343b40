/**
 * CNPG ScheduledBackup schedules: six fields (seconds minutes hours day-of-month month
 * day-of-week), or a descriptor (@daily, @hourly, @every 6h, ...). Evaluated in UTC, as the
 * operator usually runs. Pure functions.
 */

export interface CronSchedule {
  /** The schedule as written. */
  source: string;
  seconds: Set<number>;
  minutes: Set<number>;
  hours: Set<number>;
  daysOfMonth: Set<number>;
  months: Set<number>;
  daysOfWeek: Set<number>;
  /** True when day-of-month or day-of-week is `*` / `?` (then both must match, else either). */
  domStar: boolean;
  dowStar: boolean;
  /** For `@every DURATION`: the interval in milliseconds. */
  everyMs?: number;
}

export class CronError extends Error {}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const DESCRIPTORS: Record<string, string> = {
  '@yearly': '0 0 0 1 1 *',
  '@annually': '0 0 0 1 1 *',
  '@monthly': '0 0 0 1 * *',
  '@weekly': '0 0 0 * * 0',
  '@daily': '0 0 0 * * *',
  '@midnight': '0 0 0 * * *',
  '@hourly': '0 0 * * * *',
};

function parseValue(s: string, names: string[] | undefined, offset: number): number {
  if (names) {
    const i = names.indexOf(s.toLowerCase());
    if (i >= 0) return i + offset;
  }
  if (!/^\d+$/.test(s)) throw new CronError(`"${s}" is not a number`);
  return Number(s);
}

function parseField(field: string, min: number, max: number, names?: string[], nameOffset = 0): { set: Set<number>; star: boolean } {
  const set = new Set<number>();
  let star = false;
  for (const part of field.split(',')) {
    const [range, stepText] = part.split('/') as [string, string | undefined];
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new CronError(`bad step "${stepText}" in "${field}"`);
    let lo: number;
    let hi: number;
    if (range === '*' || range === '?') {
      lo = min;
      hi = max;
      if (stepText === undefined) star = true;
    } else if (range.includes('-')) {
      const [a, b] = range.split('-') as [string, string];
      lo = parseValue(a, names, nameOffset);
      hi = parseValue(b, names, nameOffset);
    } else {
      lo = parseValue(range, names, nameOffset);
      hi = stepText === undefined ? lo : max;
    }
    if (lo < min || hi > max || lo > hi) throw new CronError(`"${part}" is outside ${min}-${max}`);
    for (let v = lo; v <= hi; v += step) set.add(v);
  }
  return { set, star };
}

/** Go-style duration: 90s, 15m, 1h30m, 2h. Returns milliseconds. */
export function parseDuration(text: string): number | undefined {
  const s = text.trim();
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(s)) return undefined;
  let total = 0;
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
    const n = Number(m[1]);
    const unit = m[2]!;
    total += n * (unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : unit === 'h' ? 3_600_000 : 86_400_000);
  }
  return total > 0 ? total : undefined;
}

/** Parses a six-field schedule or a descriptor; throws CronError with the reason. */
export function parseCron(source: string): CronSchedule {
  const trimmed = source.trim();
  if (trimmed.startsWith('@every ')) {
    const ms = parseDuration(trimmed.slice(7));
    if (ms === undefined) throw new CronError(`"${trimmed.slice(7)}" is not a duration`);
    const all = (n: number, from = 0) => new Set(Array.from({ length: n }, (_, i) => i + from));
    return { source, seconds: all(60), minutes: all(60), hours: all(24), daysOfMonth: all(31, 1), months: all(12, 1), daysOfWeek: all(7), domStar: true, dowStar: true, everyMs: ms };
  }
  const expanded = DESCRIPTORS[trimmed.toLowerCase()] ?? trimmed;
  if (expanded.startsWith('@')) throw new CronError(`unknown descriptor "${trimmed}"`);
  const fields = expanded.split(/\s+/);
  if (fields.length === 5) throw new CronError('it has 5 fields; CloudNativePG expects 6 (seconds first), e.g. "0 0 0 * * *" for daily at midnight');
  if (fields.length !== 6) throw new CronError(`it has ${fields.length} fields; CloudNativePG expects 6 (seconds minutes hours day-of-month month day-of-week)`);
  const [sec, min, hour, dom, mon, dow] = fields as [string, string, string, string, string, string];
  const d = parseField(dom, 1, 31);
  const w = parseField(dow, 0, 7, DAYS);
  if (w.set.has(7)) {
    w.set.delete(7);
    w.set.add(0);
  }
  return {
    source,
    seconds: parseField(sec, 0, 59).set,
    minutes: parseField(min, 0, 59).set,
    hours: parseField(hour, 0, 23).set,
    daysOfMonth: d.set,
    months: parseField(mon, 1, 12, MONTHS, 1).set,
    daysOfWeek: w.set,
    domStar: d.star,
    dowStar: w.star,
  };
}

function dayMatches(c: CronSchedule, day: Date): boolean {
  if (!c.months.has(day.getUTCMonth() + 1)) return false;
  const dom = c.daysOfMonth.has(day.getUTCDate());
  const dow = c.daysOfWeek.has(day.getUTCDay());
  return c.domStar || c.dowStar ? dom && dow : dom || dow;
}

function latestSecondOfDay(c: CronSchedule, maxSec: number): number | undefined {
  for (let h = 23; h >= 0; h--) {
    if (!c.hours.has(h) || h * 3600 > maxSec) continue;
    for (let m = 59; m >= 0; m--) {
      if (!c.minutes.has(m) || h * 3600 + m * 60 > maxSec) continue;
      for (let s = 59; s >= 0; s--) {
        const t = h * 3600 + m * 60 + s;
        if (c.seconds.has(s) && t <= maxSec) return t;
      }
    }
  }
  return undefined;
}

/** The latest time at or before `at` when the schedule fires; undefined if none in 5 years. */
export function previousRun(c: CronSchedule, at: Date): Date | undefined {
  if (c.everyMs !== undefined) return new Date(at.getTime() - c.everyMs);
  const dayMs = 86_400_000;
  const startOfDay = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const secOfDay = Math.floor((at.getTime() - startOfDay) / 1000);
  for (let i = 0; i < 366 * 5; i++) {
    const day = startOfDay - i * dayMs;
    if (!dayMatches(c, new Date(day))) continue;
    const t = latestSecondOfDay(c, i === 0 ? secOfDay : 86_399);
    if (t !== undefined) return new Date(day + t * 1000);
  }
  return undefined;
}

/**
 * Flux `postBuild` substitution: `${VAR}`, `${VAR:=default}`, `${VAR:-default}`, and `$${VAR}`
 * for a literal `${VAR}`. A variable with no known value stays as written and is recorded as
 * unknown, so no finding rests on it.
 */
import type { YamlPath } from '../types.js';

const VAR = /\$(\$?)\{([_a-zA-Z][_a-zA-Z0-9]*)(?:(:?[=-])([^}]*))?\}/g;

/** Matches a variable left unknown in a value (as written in the manifest). */
export const UNKNOWN_VAR = /\$\{[_a-zA-Z][_a-zA-Z0-9]*\}/;

export interface SubstitutionResult {
  value: string;
  /** Variables that had no value: the value keeps them as written. */
  unknown: string[];
  changed: boolean;
}

/** Substitutes one string. `vars` undefined for a name: unknown. */
export function substituteString(s: string, vars: ReadonlyMap<string, string>): SubstitutionResult {
  if (!s.includes('${')) return { value: s, unknown: [], changed: false };
  const unknown: string[] = [];
  let changed = false;
  const value = s.replace(VAR, (all, escape: string, name: string, op: string | undefined, def: string | undefined) => {
    if (escape) {
      changed = true;
      return all.slice(1);
    }
    const v = vars.get(name);
    if (v !== undefined && !(op === ':=' || op === ':-' ? v === '' : false)) {
      changed = true;
      return v;
    }
    if (op !== undefined) {
      changed = true;
      return def ?? '';
    }
    unknown.push(name);
    return all;
  });
  return { value, unknown, changed };
}

/** Substitutes every string (and key) of a plain value; returns a new value when something changed. */
export function substituteValue(
  v: unknown,
  vars: ReadonlyMap<string, string>,
  out: { unknown: Set<string>; paths: YamlPath[] },
  path: YamlPath = [],
): unknown {
  if (typeof v === 'string') {
    const r = substituteString(v, vars);
    for (const u of r.unknown) out.unknown.add(u);
    if (!r.changed) return v;
    out.paths.push(path);
    return typed(v, r.value);
  }
  if (Array.isArray(v)) {
    let copy: unknown[] | undefined;
    v.forEach((x, i) => {
      const y = substituteValue(x, vars, out, [...path, i]);
      if (y !== x) (copy ??= [...v])[i] = y;
    });
    return copy ?? v;
  }
  if (v !== null && typeof v === 'object') {
    let copy: Record<string, unknown> | undefined;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const y = substituteValue(x, vars, out, [...path, k]);
      const nk = k.includes('${') ? substituteString(k, vars).value : k;
      if (y !== x || nk !== k) {
        copy ??= { ...(v as Record<string, unknown>) };
        if (nk !== k) delete copy[k];
        copy[nk] = y;
      }
    }
    return copy ?? v;
  }
  return v;
}

/**
 * Flux substitutes in the YAML text and parses it again, so a plain `${REPLICAS}` becomes a
 * number. A value that was only a variable and now reads as a number or boolean is typed so.
 */
function typed(before: string, after: string): unknown {
  if (!/^\$\{[^}]*\}$/.test(before)) return after;
  if (/^-?(0|[1-9][0-9]*)$/.test(after)) return Number(after);
  if (after === 'true') return true;
  if (after === 'false') return false;
  return after;
}

import { InputError } from '../errors.js';
import type { Diagnostic } from '../types.js';
import { describeIdentity, identityOf } from './fingerprint.js';

/**
 * A baseline: findings accepted as they are, by fingerprint. The file has one finding per line,
 * `<rule>[:<message>] <Kind>/<namespace>/<name> [<field>]  <fingerprint>` (or the file for a
 * finding on a file), sorted, so a change to it reviews well in a diff; `#` starts a comment.
 * Only the last word of a line (the fingerprint) is read; the rest is for the reader.
 */
export interface Baseline {
  /** How many findings each fingerprint accepts. */
  counts: Map<string, number>;
  file: string;
}

const HEADER = `# cnpg-site baseline: findings accepted as they are. A finding listed here is not reported;
# a new one is. Regenerate with: kubectl cnpg-site lint --update-baseline <this file> <paths>
`;

const FINGERPRINT = /^[0-9a-f]{32}$/;

export function parseBaseline(text: string, file: string): Baseline {
  const counts = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t === '' || t.startsWith('#')) continue;
    const fp = t.slice(t.lastIndexOf(' ') + 1);
    if (!FINGERPRINT.test(fp)) {
      throw new InputError(`${file}:${i + 1}: not a baseline line (it must end with a 32-hex-digit fingerprint); regenerate it with --update-baseline ${file}`);
    }
    counts.set(fp, (counts.get(fp) ?? 0) + 1);
  }
  return { counts, file };
}

/** The baseline text for the diagnostics: sorted, one line per finding. */
export function formatBaseline(list: readonly Diagnostic[], root: string): string {
  const lines = list.map((d) => `${describeIdentity(identityOf(d, root))}  ${d.fingerprint}`);
  lines.sort();
  return HEADER + lines.map((l) => `${l}\n`).join('');
}

export interface BaselineResult {
  /** Findings the baseline does not list. */
  diagnostics: Diagnostic[];
  /** Findings it accepted. */
  accepted: Diagnostic[];
  /** Entries that matched no finding (fixed since, or changed identity). */
  stale: number;
}

/** Drops the findings the baseline lists (as many of each fingerprint as it lists). */
export function applyBaseline(list: readonly Diagnostic[], baseline: Baseline): BaselineResult {
  const left = new Map(baseline.counts);
  const diagnostics: Diagnostic[] = [];
  const accepted: Diagnostic[] = [];
  for (const d of list) {
    const n = d.fingerprint ? left.get(d.fingerprint) ?? 0 : 0;
    if (n > 0) {
      left.set(d.fingerprint!, n - 1);
      accepted.push(d);
    } else {
      diagnostics.push(d);
    }
  }
  let stale = 0;
  for (const n of left.values()) stale += n;
  return { diagnostics, accepted, stale };
}

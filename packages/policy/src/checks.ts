import { archiveTargetOf, clusterIdentity, describe, fingerprint, identityOf, isCluster, positionOf, recoverySourceOf, refOf, repoPath, siteLocationOf, staleReferencesInInventory, staleReferencesInText } from './core.js';
import type { ClusterDiff, Diagnostic, Inventory, Profile, Resource, Severity, StaleReference, YamlPath } from '@cnpg-site/core';

/** Rule ids of the diff-aware checks. */
export const POLICY_RULES = {
  rename: 'policy/cluster-rename',
  recovery: 'policy/rename-without-recovery',
  archiveReuse: 'policy/archive-reuse',
  majorDown: 'policy/major-downgrade',
  majorUp: 'policy/major-upgrade',
  archiveMoved: 'policy/archive-moved',
  deleted: 'policy/cluster-deleted',
} as const;

/** The message id of check 3's finding that a Cluster archives where it recovers from. */
export const SELF_RECOVERY = 'recoversFromOwnArchive';

/** Quotes text for a message; text that holds double quotes gets single ones. */
function q(s: string): string {
  return s.includes('"') ? `'${s}'` : `"${s}"`;
}

function at(ruleId: string, severity: Severity, r: Resource, path: YamlPath, message: string, fix?: string): Diagnostic {
  const pos = positionOf(r, path);
  const d: Diagnostic = { ruleId, severity, message, file: r.file, line: pos.line, column: pos.column, resource: refOf(r) };
  if (fix) d.fix = { description: fix };
  return d;
}

const KIND_WORDS: Record<StaleReference['kind'], string> = {
  service: 'service name',
  secret: 'secret name',
  label: 'cnpg.io/cluster label',
  metric: 'cnpg_cluster metric label',
  'cluster-ref': 'spec.cluster.name',
  'tags-db': 'object store tag db',
};

/** The scope ('site/k8sCluster') a file belongs to by its path, or '' when the path does not say. */
export function scopeOfFile(file: string, profile: Profile): string {
  const loc = siteLocationOf(file, profile);
  return loc.site !== undefined || loc.k8sCluster !== undefined ? `${loc.site ?? ''}/${loc.k8sCluster ?? ''}` : '';
}

export interface TextLines {
  /** Absolute path. */
  file: string;
  lines: [number, string][];
  /** Lines past `lines` that hold the text too, only counted (a file naming it thousands of times). */
  more?: { count: number; first: number; last: number };
}

/**
 * Check 1: every place that still names a renamed Cluster's old name. `texts(old)` gives the
 * lines of head's text files that hold the old name (from a grep).
 */
export function renameReferenceChecks(diff: ClusterDiff, head: Inventory, profile: Profile, texts: (oldName: string) => TextLines[], rel: (f: string) => string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { before, after } of diff.renames) {
    const refs: StaleReference[] = staleReferencesInInventory(before, after, head, profile.backup.pluginName);
    // Mentions that nothing applies: prose (Markdown, any file that is not YAML) and YAML comments.
    const proseAt = new Set<string>();
    const moreIn = new Map<string, NonNullable<TextLines['more']>>();
    for (const t of texts(before.name)) {
      const scope = scopeOfFile(t.file, profile);
      if (scope !== '' && before.scope !== '' && scope !== before.scope) continue;
      const yaml = YAML_FILE.test(t.file);
      if (t.more) moreIn.set(t.file, t.more);
      const lineText = new Map(t.lines);
      for (const r of staleReferencesInText(t.file, t.lines, before.name, after.name)) {
        refs.push(r);
        if (!yaml || inComment(lineText.get(r.line) ?? '', r.column)) proseAt.add(`${r.file}:${r.line}:${r.column}`);
      }
    }
    const seen = new Set<string>();
    // Past REFERENCES_PER_FILE in one file, the rest of that file is one finding that counts them.
    let file = '';
    let inFile = 0;
    let errorsInFile = 0;
    let rest: { line: number; column: number; lines: Set<number>; last: number } | undefined;
    // The rest of the file's references, with the lines the grep only counted: one finding, an
    // error when the file's listed references hold one (the rest is like them).
    const flush = () => {
      const m = moreIn.get(file);
      if (m) {
        rest ??= { line: m.first, column: 1, lines: new Set(), last: m.last };
        rest.last = Math.max(rest.last, m.last);
      }
      if (!rest) return;
      const lines = rest.lines.size + (m?.count ?? 0);
      out.push({
        ruleId: POLICY_RULES.rename,
        severity: errorsInFile > 0 ? 'error' : 'warning',
        message: `Cluster ${before.name} is renamed to ${after.name} (${rel(after.file)}), and ${lines.toLocaleString('en')} more line${lines === 1 ? '' : 's'} of this file (up to line ${rest.last}) still name the old cluster; the first ${REFERENCES_PER_FILE} references are listed one by one`,
        file,
        line: rest.line,
        column: rest.column,
        fix: { description: `change ${q(before.name)} to ${q(after.name)} throughout this file` },
      });
      rest = undefined;
    };
    for (const ref of refs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column))) {
      const k = `${ref.file}:${ref.line}:${ref.column}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const prose = !ref.resource && proseAt.has(k);
      if (ref.file !== file) {
        if (file !== '') flush();
        file = ref.file;
        inFile = 0;
        errorsInFile = 0;
      }
      if (!prose) errorsInFile++;
      if (++inFile > REFERENCES_PER_FILE && !ref.resource) {
        rest ??= { line: ref.line, column: ref.column, lines: new Set(), last: ref.line };
        rest.lines.add(ref.line);
        rest.last = ref.line;
        continue;
      }
      const d: Diagnostic = {
        ruleId: POLICY_RULES.rename,
        severity: prose ? 'warning' : 'error',
        message: prose
          ? `Cluster ${before.name} is renamed to ${after.name} (${rel(after.file)}), and this ${YAML_FILE.test(ref.file) ? 'comment' : 'text'} still mentions the old name: ${q(ref.found)}; nothing applies it, but a reader would look for a cluster that no longer exists`
          : `Cluster ${before.name} is renamed to ${after.name} (${rel(after.file)}), but this ${KIND_WORDS[ref.kind]} still names the old cluster: ${q(ref.found)}; it would point at a cluster that no longer exists`,
        file: ref.file,
        line: ref.line,
        column: ref.column,
        fix: { description: `change ${q(ref.found)} to ${q(ref.replacement)}` },
      };
      if (ref.resource) d.resource = refOf(ref.resource);
      out.push(d);
    }
    // A file whose listed lines held no reference is not reported for the lines only counted.
    if (file !== '') flush();
  }
  return out;
}

/**
 * References to a renamed Cluster listed one by one in a file; the others of that file are one
 * finding (a generated file naming it 200,000 times is one problem, not 200,000).
 */
export const REFERENCES_PER_FILE = 50;

const YAML_FILE = /\.ya?ml$/i;

/** Whether the 1-based column of a YAML line lies in a comment: after a `#` that starts one (at the start or after a space, outside quotes). */
export function inComment(line: string, column: number): boolean {
  let quote: string | undefined;
  for (let i = 0; i < column - 1 && i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) {
      return true;
    }
  }
  return false;
}

/** Check 2: a renamed (replacing) Cluster must bootstrap from the old Cluster's archive. */
export function renameRecoveryChecks(diff: ClusterDiff, base: Inventory, head: Inventory, profile: Profile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const plugin = profile.backup.pluginName;
  for (const { before, after } of diff.renames) {
    const old = archiveTargetOf(before, base, plugin);
    const rec = recoverySourceOf(after, head, plugin);
    const want = old
      ? `an externalClusters entry that reads the old archive (destinationPath ${old.destinationPath}, serverName ${old.serverName})`
      : `an externalClusters entry that reads Cluster ${before.name}'s archive (base configures none: restore from wherever its data is backed up)`;
    const lead = `Cluster ${after.name} replaces ${before.name}`;
    if (!rec) {
      out.push(at(POLICY_RULES.recovery, 'error', after, ['spec'], `${lead} but has no spec.bootstrap.recovery: the new cluster would start with an empty database`, `add spec.bootstrap.recovery.source naming ${want}`));
    } else if (rec.kind === 'unresolved') {
      out.push(at(POLICY_RULES.recovery, 'error', after, rec.path, `${lead} but spec.bootstrap.recovery${rec.source ? `.source "${rec.source}"` : ''} resolves to no archive: the new cluster would start with an empty database`, `make spec.bootstrap.recovery.source name ${want}`));
    } else if (rec.kind === 'archive' && old && rec.target && rec.target.key !== old.key) {
      out.push(at(POLICY_RULES.recovery, 'error', after, rec.path, `${lead} but recovers from ${rec.target.key}, not from ${before.name}'s archive ${old.key}: the new cluster would start with an empty database (or another cluster's data)`, `point the externalClusters entry "${rec.source ?? ''}" at destinationPath ${old.destinationPath} with serverName ${old.serverName}`));
    }
  }
  return out;
}

/** Clusters whose archive target check 3 judges: added, renamed, or with a changed archive or recovery source. */
export function archiveCheckedClusters(diff: ClusterDiff, base: Inventory, head: Inventory, profile: Profile): Resource[] {
  const plugin = profile.backup.pluginName;
  const touched: Resource[] = [...diff.added, ...diff.renames.map((r) => r.after)];
  for (const p of diff.kept) {
    const a = archiveTargetOf(p.after, head, plugin)?.key;
    const b = archiveTargetOf(p.before, base, plugin)?.key;
    const ra = recoverySourceOf(p.after, head, plugin);
    const rb = recoverySourceOf(p.before, base, plugin);
    if (a !== b || ra?.target?.key !== rb?.target?.key) touched.push(p.after);
  }
  return touched;
}

/**
 * Check 3: a touched Cluster must not archive where it recovers from, nor where another Cluster
 * archives. `wide` holds the changed overlays plus every overlay that mentions the same destination.
 */
export function archiveReuseChecks(diff: ClusterDiff, base: Inventory, head: Inventory, wide: Inventory, profile: Profile, rel: (f: string) => string): Diagnostic[] {
  const plugin = profile.backup.pluginName;
  const out: Diagnostic[] = [];
  const touched = archiveCheckedClusters(diff, base, head, profile);
  // Every Cluster's target once, grouped by key in inventory order: not once per touched Cluster.
  const byTarget = new Map<string, Resource[]>();
  for (const o of wide.ofKind('Cluster').filter(isCluster)) {
    const ot = archiveTargetOf(o, wide, plugin);
    if (!ot) continue;
    let list = byTarget.get(ot.key);
    if (!list) byTarget.set(ot.key, (list = []));
    list.push(o);
  }
  for (const c of touched) {
    const target = archiveTargetOf(c, wide, plugin) ?? archiveTargetOf(c, head, plugin);
    if (!target) continue;
    const path: YamlPath = ['metadata', 'name'];
    const rec = recoverySourceOf(c, wide, plugin);
    if (rec?.kind === 'archive' && rec.target?.key === target.key) {
      const d = at(POLICY_RULES.archiveReuse, 'error', c, rec.path,
        `Cluster ${c.name} archives to ${target.key}, the archive it recovers from: the WAL archive check fails with "Expected empty archive"`,
        `give the new cluster its own archive: a new Cluster name, or a new server name (for example ${c.name}-2) in its backup configuration`);
      // The lint rule recovery-archive says the same where lint runs (ci): see runPolicy.
      d.messageId = SELF_RECOVERY;
      out.push(d);
    }
    const id = clusterIdentity(c);
    for (const o of byTarget.get(target.key) ?? []) {
      if (clusterIdentity(o) === id) continue;
      out.push(at(POLICY_RULES.archiveReuse, 'error', c, path,
        `Cluster ${c.name} archives to ${target.key}, where ${describe(o)} (${rel(o.file)}:${o.position.line}) already archives: the second one fails with "Expected empty archive" or mixes timelines`,
        'give each Cluster its own destinationPath + server name'));
    }
  }
  return out;
}

/** Check 4: majors only go up, and going up is an offline upgrade. */
export function majorChecks(diff: ClusterDiff): Diagnostic[] {
  return diff.majors.map((m) =>
    m.to < m.from
      ? at(POLICY_RULES.majorDown, 'error', m.after, ['spec', 'imageCatalogRef', 'major'],
          `imageCatalogRef.major of Cluster ${m.after.name} goes down from ${m.from} to ${m.to}: PostgreSQL cannot downgrade a data directory in place`,
          `keep major ${m.from}; to go back to ${m.to}, restore a backup taken under ${m.to} into a new Cluster`)
      : at(POLICY_RULES.majorUp, 'warning', m.after, ['spec', 'imageCatalogRef', 'major'],
          `imageCatalogRef.major of Cluster ${m.after.name} goes up from ${m.from} to ${m.to}: CNPG runs an offline in-place upgrade and the cluster is down meanwhile`,
          `before merging, take a base backup (the rollback path restores it into a new Cluster of major ${m.from}), check major ${m.to} is in the image catalog and the application supports it, and plan the downtime`),
  );
}

/** Check 5: an archive moved under an existing Cluster has no base backup yet. */
export function archiveMoveChecks(diff: ClusterDiff): Diagnostic[] {
  return diff.archiveMoves
    .filter((m) => !m.restoresFromOld)
    .map((m) =>
      at(POLICY_RULES.archiveMoved, 'warning', m.after, ['metadata', 'name'],
        `Cluster ${m.after.name} now archives to ${m.to.key} instead of ${m.from.key}: the new location has no base backup until the next scheduled one, so it cannot be restored from meanwhile`,
        'take an on-demand backup right after the change lands (kubectl cnpg backup), and keep the old archive until the new one has a base backup'));
}

/** Check 6: a Cluster deleted with no replacement. */
export function deletionChecks(diff: ClusterDiff): Diagnostic[] {
  return diff.deleted.map((r) =>
    at(POLICY_RULES.deleted, 'warning', r, ['metadata', 'name'],
      `Cluster ${r.name} is deleted and nothing replaces it: a GitOps controller that prunes (ArgoCD with prune, Flux with prune: true) deletes it and its database with it`,
      'make sure its data is no longer needed and its archive is kept as long as the retention requires; to restore it later, keep the archive location written down'));
}

export interface LintDelta {
  /** Findings only in head: they block at their severity. */
  fresh: Diagnostic[];
  /** Findings already in base: reported as notes. */
  preexisting: Diagnostic[];
  /** Findings of base gone in head. */
  fixed: number;
}

/**
 * Check 7: splits head's lint findings into new ones and ones already in base. Findings match by
 * fingerprint (rule, message id, resource, field: never line, column or wording), one for one; a
 * finding whose fingerprint several findings share (the same resource deployed to several
 * clusters) matches one in the same file first. A renamed Cluster's findings match its old ones.
 */
export function lintDelta(baseDiags: readonly Diagnostic[], headDiags: readonly Diagnostic[], diff: ClusterDiff, root: string): LintDelta {
  const renamed = new Map<string, string>();
  for (const r of diff.renames) renamed.set(`${r.after.kind}|${r.after.namespace ?? ''}|${r.after.name}`, r.before.name);
  const fpOf = (d: Diagnostic, side: 'base' | 'head'): string => {
    if (side === 'head' && d.resource) {
      const old = renamed.get(`${d.resource.kind}|${d.resource.namespace ?? ''}|${d.resource.name}`);
      if (old) return fingerprint({ ...identityOf(d, root), resource: { ...d.resource, name: old } });
    }
    return d.fingerprint ?? fingerprint(identityOf(d, root));
  };
  // Fingerprint → the files (from the root) of base's findings with it, one entry per finding.
  const pool = new Map<string, string[]>();
  for (const d of baseDiags) {
    const fp = fpOf(d, 'base');
    let files = pool.get(fp);
    if (!files) pool.set(fp, (files = []));
    files.push(repoPath(d.file, root));
  }
  const fps = headDiags.map((d) => fpOf(d, 'head'));
  const matched = headDiags.map(() => false);
  let count = 0;
  // Same fingerprint in the same file first, then anywhere.
  for (const sameFile of [true, false]) {
    headDiags.forEach((d, i) => {
      if (matched[i]) return;
      const files = pool.get(fps[i]!);
      if (!files || files.length === 0) return;
      const k = sameFile ? files.indexOf(repoPath(d.file, root)) : 0;
      if (k < 0) return;
      files.splice(k, 1);
      matched[i] = true;
      count++;
    });
  }
  const fresh: Diagnostic[] = [];
  const preexisting: Diagnostic[] = [];
  headDiags.forEach((d, i) => (matched[i] ? preexisting : fresh).push(d));
  return { fresh, preexisting, fixed: baseDiags.length - count };
}

/** What each policy check is, for SARIF rule descriptors and help output. */
export const POLICY_RULE_META: Record<string, { title: string; severity: Severity; anchor: string }> = {
  [POLICY_RULES.rename]: { title: 'A renamed Cluster is still referenced by its old name', severity: 'error', anchor: '1-stale-references-after-a-rename' },
  [POLICY_RULES.recovery]: { title: 'A renamed Cluster must bootstrap from the old Cluster\'s archive', severity: 'error', anchor: '2-recovery-from-the-old-archive' },
  [POLICY_RULES.archiveReuse]: { title: 'A Cluster must archive to an empty location of its own', severity: 'error', anchor: '3-archive-reuse' },
  [POLICY_RULES.majorDown]: { title: 'The PostgreSQL major of an existing Cluster never goes down', severity: 'error', anchor: 'the-checks' },
  [POLICY_RULES.majorUp]: { title: 'A major upgrade is offline: plan the downtime and take a backup first', severity: 'warning', anchor: 'the-checks' },
  [POLICY_RULES.archiveMoved]: { title: 'A moved archive has no base backup until the next scheduled one', severity: 'warning', anchor: '5-moved-archives' },
  [POLICY_RULES.deleted]: { title: 'A Cluster is deleted with nothing replacing it', severity: 'warning', anchor: 'the-checks' },
};

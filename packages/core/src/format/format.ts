import { relative, sep } from 'node:path';
import type { Summary } from '../lint/lint.js';
import { RULES } from '../rules/index.js';
import type { Diagnostic } from '../types.js';
import { jsonSafe, printable } from './terminal.js';

export const OUTPUT_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface FormatOptions {
  /** Paths are printed relative to this directory, with `/` separators. */
  cwd: string;
  /**
   * Where SARIF and GitHub annotation paths start: the git root, so code scanning and the checks
   * page place findings whatever directory the job runs in. Default: `cwd`.
   */
  root?: string;
  color?: boolean;
  /** Show info-level notes in stylish output. */
  verbose?: boolean;
  /** Tool name and version for SARIF. */
  tool?: { name: string; version: string; informationUri?: string };
  /** Base URL of the rule docs. */
  docsBaseUrl?: string;
  /** Rules other than core's lint rules (the policy's checks), for SARIF's rule table. */
  extraRules?: readonly ExtraRule[];
}

export const DOCS_BASE_URL = 'https://github.com/cnpg-site/cnpg-site/blob/main/docs/rules/';

export function relPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

interface JsonDiagnostic {
  ruleId: string;
  severity: Diagnostic['severity'];
  message: string;
  file: string;
  line: number;
  column: number;
  resource?: Diagnostic['resource'];
  field?: string;
  messageId?: string;
  fingerprint?: string;
  fix?: Diagnostic['fix'];
}

export function toJson(diagnostics: readonly Diagnostic[], summary: Summary, opts: FormatOptions): string {
  const list: JsonDiagnostic[] = diagnostics.map((d) => {
    const o: JsonDiagnostic = {
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      file: relPath(d.file, opts.cwd),
      line: d.line,
      column: d.column,
    };
    if (d.resource) o.resource = d.resource;
    if (d.field !== undefined) o.field = d.field;
    if (d.messageId !== undefined) o.messageId = d.messageId;
    if (d.fingerprint !== undefined) o.fingerprint = d.fingerprint;
    if (d.fix) o.fix = d.fix;
    return o;
  });
  return jsonSafe(JSON.stringify(
    { diagnostics: list, summary: { errors: summary.errors, warnings: summary.warnings, files: summary.files, resources: summary.resources, ...(summary.profile !== undefined ? { profile: summary.profile === 'built-in' ? 'built-in' : relPath(summary.profile, opts.cwd) } : {}), ...(summary.conventionsSkipped ? { conventionsSkipped: summary.conventionsSkipped } : {}), ...(summary.suppressed ? { suppressed: summary.suppressed } : {}), ...(summary.excluded ? { excluded: summary.excluded } : {}), ...(summary.baseline ? { baseline: { ...summary.baseline, file: relPath(summary.baseline.file, opts.cwd) } } : {}) } },
    null,
    2,
  )) + '\n';
}

const ansi = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;

export function toStylish(diagnostics: readonly Diagnostic[], summary: Summary, opts: FormatOptions): string {
  const c = opts.color
    ? { red: ansi(31), yellow: ansi(33), dim: ansi(2), bold: ansi(1), underline: ansi(4), blue: ansi(34) }
    : { red: id, yellow: id, dim: id, bold: id, underline: id, blue: id };
  const shown = diagnostics.filter((d) => opts.verbose || d.severity !== 'info');
  const lines: string[] = [];
  for (const d of shown) {
    const where = `${printable(relPath(d.file, opts.cwd))}:${d.line}:${d.column}`;
    const sev = d.severity === 'error' ? c.red('error') : d.severity === 'warning' ? c.yellow('warning') : c.blue('info');
    lines.push(`${where}  ${sev}  ${printable(d.message)}  ${c.dim(printable(d.ruleId))}`);
    if (d.fix) lines.push(`  ${c.dim('fix:')} ${printable(d.fix.description)}`);
  }
  const hidden = diagnostics.length - shown.length;
  const parts = [
    `${summary.errors} error${summary.errors === 1 ? '' : 's'}`,
    `${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`,
  ];
  let tail = `${parts.join(', ')} in ${summary.resources} resource${summary.resources === 1 ? '' : 's'} from ${summary.files} file${summary.files === 1 ? '' : 's'}`;
  if (summary.excluded) tail += ` (${summary.excluded} file${summary.excluded === 1 ? '' : 's'} excluded by the profile)`;
  if (hidden > 0) tail += ` (${hidden} note${hidden === 1 ? '' : 's'} hidden; --verbose shows them)`;
  const mark = summary.errors > 0 ? c.red('✖') : summary.warnings > 0 ? c.yellow('⚠') : '✔';
  if (lines.length > 0) lines.push('');
  lines.push(c.bold(`${mark} ${tail}`));
  if (summary.profile !== undefined) lines.push(c.dim(`profile: ${profileName(summary.profile, opts.cwd)}`));
  if (summary.conventionsSkipped) lines.push(conventionNote(summary.conventionsSkipped));
  const accepted = acceptedNote(summary, opts.cwd);
  if (accepted) lines.push(accepted);
  return lines.join('\n') + '\n';
}

/** Said once when convention findings were left out. */
export function conventionNote(n: number): string {
  return `${n} site-convention finding${n === 1 ? ' was' : 's were'} not reported: with no .cnpg-site.yaml, the built-in profile's conventions (storage class, bucket layout, tags, credential chain) apply only under its layout sites/<site>/clusters/<k8s>/wave-<n>/overlays/<app>/; correctness rules ran everywhere. To check your own conventions, run kubectl cnpg-site init: it writes .cnpg-site.yaml at the repository root from what your Clusters already do (see docs/init.md).`;
}

/** The profile in force as printed: its path, or "built-in". */
export function profileName(profile: string, cwd: string): string {
  return profile === 'built-in' ? 'built-in' : printable(relPath(profile, cwd));
}

/** What suppressions and the baseline kept out of the report, said once. */
export function acceptedNote(summary: Summary, cwd: string): string | undefined {
  const parts: string[] = [];
  if (summary.suppressed) parts.push(`${summary.suppressed} finding${summary.suppressed === 1 ? '' : 's'} suppressed in the files`);
  const b = summary.baseline;
  if (b) {
    parts.push(`${b.accepted} accepted by the baseline ${printable(relPath(b.file, cwd))}`);
    if (b.stale > 0) {
      parts.push(`${b.stale} baseline entr${b.stale === 1 ? 'y matches' : 'ies match'} no finding any more (fixed; --update-baseline drops ${b.stale === 1 ? 'it' : 'them'})`);
    }
  }
  return parts.length > 0 ? `${parts.join('; ')}.` : undefined;
}

function id(s: string): string {
  return s;
}

/** Workflow command data: `%`, CR and LF percent-encoded (the runner decodes them), other controls shown escaped. */
function escapeData(s: string): string {
  return printable(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub (and Forgejo) Actions workflow commands: one annotation per finding. */
export function toGithub(diagnostics: readonly Diagnostic[], summary: Summary, opts: FormatOptions): string {
  const lines = diagnostics.map((d) => {
    const level = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
    const props = `file=${escapeProperty(relPath(d.file, opts.root ?? opts.cwd))},line=${d.line},col=${d.column},title=${escapeProperty(d.ruleId)}`;
    const msg = d.fix ? `${d.message} (fix: ${d.fix.description})` : d.message;
    return `::${level} ${props}::${escapeData(msg)}`;
  });
  lines.push(`${summary.errors} error(s), ${summary.warnings} warning(s) in ${summary.resources} resource(s) from ${summary.files} file(s)${summary.profile !== undefined ? `; profile: ${profileName(summary.profile, opts.cwd)}` : ''}`);
  return lines.join('\n') + '\n';
}

export interface ExtraRule {
  id: string;
  title: string;
  severity: Diagnostic['severity'];
  helpUri: string;
}

/** SARIF 2.1.0, one run, every rule described with its docs URL. */
export function toSarif(diagnostics: readonly Diagnostic[], summary: Summary, opts: FormatOptions): string {
  const base = opts.docsBaseUrl ?? DOCS_BASE_URL;
  const ruleIndex = new Map<string, number>();
  const rules = RULES.map((r, i) => {
    ruleIndex.set(r.meta.id, i);
    return {
      id: r.meta.id,
      name: r.meta.id.replace(/(^|-)([a-z])/g, (_m, _d, ch: string) => ch.toUpperCase()),
      shortDescription: { text: r.meta.title },
      fullDescription: { text: r.meta.rationale },
      helpUri: `${base}${r.meta.id}.md`,
      help: { text: r.meta.howToFix },
      defaultConfiguration: { level: r.meta.defaultSeverity === 'info' ? 'note' : r.meta.defaultSeverity },
    };
  });
  for (const r of opts.extraRules ?? []) {
    if (ruleIndex.has(r.id)) continue;
    ruleIndex.set(r.id, rules.length);
    rules.push({
      id: r.id,
      name: r.id.replace(/(^|[-/])([a-z])/g, (_m, _d, ch: string) => ch.toUpperCase()),
      shortDescription: { text: r.title },
      fullDescription: { text: r.title },
      helpUri: r.helpUri,
      help: { text: `See ${r.helpUri}` },
      defaultConfiguration: { level: r.severity === 'info' ? 'note' : r.severity },
    });
  }
  const results = diagnostics.map((d) => {
    const res: Record<string, unknown> = {
      ruleId: d.ruleId,
      level: d.severity === 'info' ? 'note' : d.severity,
      message: { text: d.fix ? `${d.message} (fix: ${d.fix.description})` : d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriPath(relPath(d.file, opts.root ?? opts.cwd)), uriBaseId: '%SRCROOT%' },
            region: { startLine: d.line, startColumn: d.column },
          },
          ...(d.resource
            ? { logicalLocations: [{ name: d.resource.name, fullyQualifiedName: `${d.resource.kind}/${d.resource.namespace ? d.resource.namespace + '/' : ''}${d.resource.name}`, kind: 'resource' }] }
            : {}),
        },
      ],
    };
    if (d.fingerprint) res.partialFingerprints = { 'cnpgSite/v1': d.fingerprint };
    const idx = ruleIndex.get(d.ruleId);
    if (idx !== undefined) res.ruleIndex = idx;
    return res;
  });
  const tool = opts.tool ?? { name: 'cnpg-site', version: '0.0.0' };
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: tool.informationUri ?? 'https://github.com/cnpg-site/cnpg-site',
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToUri(opts.root ?? opts.cwd) } },
        // Columns come from JavaScript string offsets.
        columnKind: 'utf16CodeUnits',
        results,
        ...(summary.profile !== undefined ? { properties: { profile: summary.profile === 'built-in' ? 'built-in' : relPath(summary.profile, opts.cwd) } } : {}),
      },
    ],
  };
  return jsonSafe(JSON.stringify(sarif, null, 2)) + '\n';
}

/** A `/`-separated path as a URI reference: each segment percent-encoded (`#`, `?`, spaces). */
function uriPath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

function pathToUri(dir: string): string {
  const p = dir.split(sep).join('/');
  return `file://${uriPath(p.startsWith('/') ? p : '/' + p)}${p.endsWith('/') ? '' : '/'}`;
}

export function formatDiagnostics(format: OutputFormat, diagnostics: readonly Diagnostic[], summary: Summary, opts: FormatOptions): string {
  switch (format) {
    case 'json':
      return toJson(diagnostics, summary, opts);
    case 'sarif':
      return toSarif(diagnostics, summary, opts);
    case 'github':
      return toGithub(diagnostics, summary, opts);
    default:
      return toStylish(diagnostics, summary, opts);
  }
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ErrorObject } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { InputError } from '../errors.js';
import { documentData, refusalText } from '../inventory/parse-file.js';
import { locate } from '../inventory/yaml-nodes.js';
import type { RuleOption } from '../rules/rule.js';
import {
  DEFAULT_PROFILE,
  OVERRIDABLE_SECTIONS,
  SITE_BACKUP_METHODS,
  SITE_CREDENTIALS_PRODUCERS,
  type LoadedProfile,
  type Profile,
  type ProfileOverride,
} from './profile.js';
import type { SeveritySetting } from '../types.js';
import { validate as validateProfile } from './generated/validate-profile.js';

/** A Go duration (`24h`, `1h30m`), as the profile and rule options write lifetimes. */
export const GO_DURATION_PATTERN = '^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$';

/** The options each rule declares, by rule id (see RuleMeta.options). */
export type RuleOptionsSchemas = Readonly<Record<string, Readonly<Record<string, RuleOption>> | undefined>>;

export const PROFILE_FILE = '.cnpg-site.yaml';

// ajv is loaded when a profile is parsed, not when this module is: most runs have no profile file.
const require = createRequire(import.meta.url);

const str = { type: 'string', minLength: 1 };
const severity = { enum: ['error', 'warning', 'info', 'off'] };
const SEVERITIES = severity.enum;
const globs = { type: 'array', items: str };
const overlayTemplate = { ...str, pattern: '\\{app\\}' };
const storageSection = { type: 'object', additionalProperties: false, properties: { storageClass: str } };
const backupSection = {
  type: 'object',
  additionalProperties: false,
  properties: {
    destinationPath: { ...str, pattern: '^s3://[^/]+' },
    tags: { type: 'object', additionalProperties: { type: 'string' } },
    retentionPolicyPattern: { ...str, format: 'regex' },
    pluginName: str,
    requireScheduledBackup: { type: 'boolean' },
    methods: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...SITE_BACKUP_METHODS] } },
    iamScoped: { type: 'boolean' },
  },
};
const credentialsSection = {
  type: 'object',
  additionalProperties: false,
  properties: {
    producer: { enum: [...SITE_CREDENTIALS_PRODUCERS] },
    serviceAccount: str,
    vaultDynamicSecret: str,
    externalSecret: str,
    secret: str,
    vaultPath: str,
    vaultRole: str,
    accessKeyIdKey: str,
    secretAccessKeyKey: str,
    lifetime: { type: 'string', pattern: GO_DURATION_PATTERN },
    reloadLabel: str,
  },
};
const imageCatalogSection = {
  type: 'object',
  additionalProperties: false,
  properties: { kind: { enum: ['ClusterImageCatalog', 'ImageCatalog'] }, name: str },
};
/** `rules.<id>`: a severity, or `[severity, { ...options }]` (checked against each rule's options after the schema). */
const rulesSection = { type: 'object' };
/** JSON schema of `.cnpg-site.yaml`; every section and value is optional. */
export const PROFILE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    layout: {
      type: 'object',
      additionalProperties: false,
      properties: { overlay: overlayTemplate, overlays: { type: 'array', minItems: 1, items: overlayTemplate }, values: str },
    },
    storage: storageSection,
    backup: backupSection,
    credentials: credentialsSection,
    imageCatalog: imageCatalogSection,
    rules: rulesSection,
    baseline: { type: 'string', minLength: 1 },
    exclude: globs,
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          apps: { ...globs, minItems: 1 },
          namespaces: { ...globs, minItems: 1 },
          storage: storageSection,
          backup: backupSection,
          credentials: credentialsSection,
          imageCatalog: imageCatalogSection,
          rules: rulesSection,
        },
      },
    },
  },
} as const;

/**
 * Finds `.cnpg-site.yaml` in `start` (a file or directory) or the nearest directory above it, up
 * to the root of the git repository that holds `start` (the directory with `.git`) and no
 * further: a stray profile in a folder above the repository must not change its result.
 */
export function findProfileFile(start: string): string | undefined {
  let dir = resolve(start);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  for (;;) {
    const candidate = join(dir, PROFILE_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function describeError(e: ErrorObject): string {
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown field "${String(e.params.additionalProperty)}"`;
    case 'enum':
      return `must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return `must match ${String(e.params.pattern)}`;
    case 'format':
      return `must be a valid ${String(e.params.format)}`;
    default:
      return e.message ?? 'is invalid';
  }
}

function formatRegex(s: string): boolean {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}

/** Where a field is, for messages: `rules.backup-credentials[1].lifetime`. */
function fieldName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' || /^[0-9]+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The JSON schema of a rule's options object. */
function optionsSchema(options: Readonly<Record<string, RuleOption>>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(options)) {
    const p: Record<string, unknown> = { type: o.type };
    if (o.pattern !== undefined) p.pattern = o.pattern;
    if (o.format !== undefined) p.format = o.format;
    if (o.enum !== undefined) p.enum = o.enum;
    if (o.minimum !== undefined) p.minimum = o.minimum;
    if (o.items !== undefined) p.items = { ...o.items };
    properties[name] = p;
  }
  return { type: 'object', additionalProperties: false, properties };
}

interface Parsing {
  doc: ReturnType<typeof parseDocument>;
  lc: LineCounter;
  file: string;
  ajv: AjvClass;
  knownRules: readonly string[] | undefined;
  ruleOptions: RuleOptionsSchemas | undefined;
}

function fail(ps: Parsing, path: (string | number)[], reason: string, key = false): never {
  const pos = locate(ps.doc, ps.lc, path, { key });
  throw new InputError(`invalid profile: field "${fieldName(path)}"${reason.startsWith(':') ? '' : ' '}${reason}`, ps.file, pos.line, pos.column);
}

/**
 * `rules` of the profile or of an override: each value a severity or `[severity, { ...options }]`,
 * the options checked against what the rule declares. Returns severities and options apart.
 */
function parseRules(ps: Parsing, rules: Record<string, unknown>, at: (string | number)[]): { rules: Record<string, SeveritySetting>; options: Record<string, Record<string, unknown>> } {
  const out: Record<string, SeveritySetting> = {};
  const options: Record<string, Record<string, unknown>> = {};
  for (const [id, value] of Object.entries(rules)) {
    const here = [...at, id];
    if (ps.knownRules && !ps.knownRules.includes(id)) {
      const pos = locate(ps.doc, ps.lc, here, { key: true });
      throw new InputError(`invalid profile: field "${fieldName(here)}": unknown rule; known rules: ${ps.knownRules.join(', ')}`, ps.file, pos.line, pos.column);
    }
    const oneOf = `must be one of ${SEVERITIES.map((v) => JSON.stringify(v)).join(', ')}`;
    if (typeof value === 'string' || !Array.isArray(value)) {
      if (typeof value !== 'string' || !SEVERITIES.includes(value)) fail(ps, here, `${oneOf}, or [severity, { options }]`);
      out[id] = value as SeveritySetting;
      continue;
    }
    if (value.length < 1 || value.length > 2) fail(ps, here, 'must be [severity], [severity, { options }] or [{ options }]');
    // [{ options }]: the options alone, each finding keeping the rule's own severity.
    const optionsOnly = value.length === 1 && value[0] !== null && typeof value[0] === 'object' && !Array.isArray(value[0]);
    if (!optionsOnly) {
      const sev: unknown = value[0];
      if (typeof sev !== 'string' || !SEVERITIES.includes(sev)) fail(ps, [...here, 0], oneOf);
      out[id] = sev as SeveritySetting;
      if (value.length === 1) continue;
    }
    const oi = optionsOnly ? 0 : 1;
    const given: unknown = optionsOnly ? value[0] : value[1];
    if (given === null || typeof given !== 'object' || Array.isArray(given)) fail(ps, [...here, oi], 'must be a map of options');
    const declared = ps.ruleOptions ? ps.ruleOptions[id] : undefined;
    if (ps.ruleOptions && ps.knownRules?.includes(id) !== false) {
      if (!declared || Object.keys(declared).length === 0) {
        if (Object.keys(given).length > 0) fail(ps, [...here, oi, Object.keys(given)[0]!], `: rule ${id} takes no options`, true);
      } else {
        const validate = ps.ajv.compile(optionsSchema(declared));
        if (!validate(given)) {
          const e = validate.errors![0]!;
          const sub = e.instancePath.split('/').slice(1).map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~')).map((x) => (/^[0-9]+$/.test(x) ? Number(x) : x));
          if (e.keyword === 'additionalProperties') {
            const name = String(e.params.additionalProperty);
            fail(ps, [...here, oi, ...sub, name], `: unknown option "${name}" of rule ${id}; its options: ${Object.keys(declared).sort().join(', ')}`, true);
          }
          fail(ps, [...here, oi, ...sub], describeError(e));
        }
      }
    }
    options[id] = { ...(given as Record<string, unknown>) };
  }
  return { rules: out, options };
}

type Section = Record<string, unknown> | undefined;

/** The profile with an override's sections merged over it (tags and rule options replace as a whole). */
export function mergeProfile(base: Profile, o: Omit<ProfileOverride, 'apps' | 'namespaces'>): Profile {
  const tags = (o.backup as Section)?.tags as Record<string, string> | undefined;
  const merged: Profile = {
    ...base,
    storage: { ...base.storage, ...o.storage },
    backup: { ...base.backup, ...o.backup, tags: { ...(tags ?? base.backup.tags) } },
    credentials: { ...base.credentials, ...o.credentials },
    imageCatalog: { ...base.imageCatalog, ...o.imageCatalog },
    rules: { ...base.rules, ...o.rules },
    ruleOptions: { ...base.ruleOptions, ...o.ruleOptions },
  };
  if (o.backup?.methods) merged.backup.methods = [...o.backup.methods];
  return merged;
}

/**
 * Parses and validates a profile override, merged over the default profile.
 * Throws InputError naming the field, the reason and its line.
 * `ruleOptions`: the options each rule declares; `rules.<id>: [severity, { ... }]` is checked against them.
 */
export function parseProfile(text: string, file: string, knownRules?: readonly string[], ruleOptions?: RuleOptionsSchemas): Profile {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const { line, col } = lc.linePos(err.pos[0]);
    throw new InputError(`invalid profile: ${err.message.split('\n')[0]}`, file, line, col);
  }
  // The loader's checks: an alias cycle or bomb is refused here, before anything walks the values.
  const read = documentData(doc, 100);
  if ('refused' in read) {
    const { line, col } = lc.linePos(read.refused.offset);
    throw new InputError(`invalid profile: ${refusalText(read.refused)}`, file, line, col);
  }
  const data = (read.data as unknown) ?? {};
  // PROFILE_SCHEMA's validator is compiled ahead (generated/validate-profile.js); ajv itself is
  // loaded only for rule options.
  if (!validateProfile(data)) {
    const e = validateProfile.errors![0]!;
    const path = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const field = e.keyword === 'additionalProperties' ? [...path, String(e.params.additionalProperty)] : path;
    const pos = locate(doc, lc, field.map((x) => (/^[0-9]+$/.test(x) ? Number(x) : x)), { key: e.keyword === 'additionalProperties' });
    throw new InputError(
      `invalid profile: ${field.length ? `field "${fieldName(field)}"` : 'the document'} ${describeError(e)}`,
      file,
      pos.line,
      pos.column,
    );
  }
  let ajv: AjvClass | undefined;
  const ps: Parsing = {
    doc,
    lc,
    file,
    get ajv(): AjvClass {
      if (!ajv) {
        const { Ajv } = require('ajv') as { Ajv: typeof AjvClass };
        ajv = new Ajv({ allErrors: true, strict: false });
        ajv.addFormat('regex', formatRegex);
      }
      return ajv;
    },
    knownRules,
    ruleOptions,
  };
  const override = data as Partial<Record<keyof Profile, Record<string, unknown>>> & { overrides?: Record<string, unknown>[]; exclude?: string[] };
  const parsedRules = parseRules(ps, override.rules ?? {}, ['rules']);
  const overrides: ProfileOverride[] = (override.overrides ?? []).map((o, i) => {
    if (o.apps === undefined && o.namespaces === undefined) fail(ps, ['overrides', i], 'needs apps or namespaces: the globs that say which resources it applies to');
    const out: ProfileOverride = {};
    if (o.apps) out.apps = [...(o.apps as string[])];
    if (o.namespaces) out.namespaces = [...(o.namespaces as string[])];
    for (const section of OVERRIDABLE_SECTIONS) {
      if (o[section] !== undefined) (out as Record<string, unknown>)[section] = { ...(o[section] as Record<string, unknown>) };
    }
    if (o.rules !== undefined) {
      const r = parseRules(ps, o.rules as Record<string, unknown>, ['overrides', i, 'rules']);
      out.rules = r.rules;
      if (Object.keys(r.options).length > 0) out.ruleOptions = r.options;
    }
    return out;
  });
  const layout = override.layout as { overlay?: string; overlays?: string[]; values?: string } | undefined;
  // `overlay` is the single-template form of `overlays`: with both, it comes first.
  const overlays = layout?.overlay !== undefined || layout?.overlays !== undefined
    ? [...new Set([...(layout.overlay !== undefined ? [layout.overlay] : []), ...(layout.overlays ?? [])])]
    : [...DEFAULT_PROFILE.layout.overlays];
  const base = mergeProfile(
    { ...DEFAULT_PROFILE, rules: {}, ruleOptions: {} },
    {
      ...(override.storage ? { storage: override.storage as Partial<Profile['storage']> } : {}),
      ...(override.backup ? { backup: override.backup as Partial<Profile['backup']> } : {}),
      ...(override.credentials ? { credentials: override.credentials as Partial<Profile['credentials']> } : {}),
      ...(override.imageCatalog ? { imageCatalog: override.imageCatalog as Partial<Profile['imageCatalog']> } : {}),
      rules: parsedRules.rules,
      ruleOptions: parsedRules.options,
    },
  );
  const profile: Profile = {
    layout: { overlays, overlay: overlays[0]!, values: layout?.values ?? DEFAULT_PROFILE.layout.values },
    storage: base.storage,
    backup: base.backup,
    credentials: base.credentials,
    imageCatalog: base.imageCatalog,
    rules: base.rules,
    ruleOptions: base.ruleOptions,
    exclude: [...(override.exclude ?? [])],
    overrides,
  };
  // A baseline named by the profile is read from beside the profile.
  if (typeof (data as { baseline?: unknown }).baseline === 'string') profile.baseline = (data as { baseline: string }).baseline;
  return profile;
}

/** The profile in force for `start`: the nearest `.cnpg-site.yaml` above it, else the default. */
export function loadProfile(start: string, opts: { file?: string; knownRules?: readonly string[]; ruleOptions?: RuleOptionsSchemas } = {}): LoadedProfile {
  const file = opts.file ? resolve(opts.file) : findProfileFile(start);
  if (!file) return { profile: DEFAULT_PROFILE };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read profile: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, file);
  }
  return { profile: parseProfile(text, file, opts.knownRules, opts.ruleOptions), file };
}

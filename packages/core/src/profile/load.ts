import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ErrorObject } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { InputError } from '../errors.js';
import { locate } from '../inventory/yaml-nodes.js';
import { DEFAULT_PROFILE, type LoadedProfile, type Profile } from './profile.js';

export const PROFILE_FILE = '.cnpg-site.yaml';

// ajv is loaded when a profile is parsed, not when this module is: most runs have no profile file.
const require = createRequire(import.meta.url);

const str = { type: 'string', minLength: 1 };
const severity = { enum: ['error', 'warning', 'info', 'off'] };
/** JSON schema of `.cnpg-site.yaml`; every section and value is optional. */
export const PROFILE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    layout: {
      type: 'object',
      additionalProperties: false,
      properties: { overlay: { ...str, pattern: '\\{app\\}' }, values: str },
    },
    storage: { type: 'object', additionalProperties: false, properties: { storageClass: str } },
    backup: {
      type: 'object',
      additionalProperties: false,
      properties: {
        destinationPath: { ...str, pattern: '^s3://[^/]+' },
        tags: { type: 'object', additionalProperties: { type: 'string' } },
        retentionPolicyPattern: { ...str, format: 'regex' },
        pluginName: str,
        requireScheduledBackup: { type: 'boolean' },
      },
    },
    credentials: {
      type: 'object',
      additionalProperties: false,
      properties: {
        serviceAccount: str,
        vaultDynamicSecret: str,
        externalSecret: str,
        secret: str,
        vaultPath: str,
        vaultRole: str,
        accessKeyIdKey: str,
        secretAccessKeyKey: str,
        lifetime: { type: 'string', pattern: '^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$' },
        reloadLabel: str,
      },
    },
    imageCatalog: {
      type: 'object',
      additionalProperties: false,
      properties: { kind: { enum: ['ClusterImageCatalog', 'ImageCatalog'] }, name: str },
    },
    rules: { type: 'object', additionalProperties: severity },
    baseline: { type: 'string', minLength: 1 },
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

/**
 * Parses and validates a profile override, merged over the default profile.
 * Throws InputError naming the field, the reason and its line.
 */
export function parseProfile(text: string, file: string, knownRules?: readonly string[]): Profile {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const { line, col } = lc.linePos(err.pos[0]);
    throw new InputError(`invalid profile: ${err.message.split('\n')[0]}`, file, line, col);
  }
  const data = (doc.toJS({ maxAliasCount: 100 }) as unknown) ?? {};
  const { Ajv } = require('ajv') as { Ajv: typeof AjvClass };
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('regex', formatRegex);
  const validate = ajv.compile(PROFILE_SCHEMA);
  if (!validate(data)) {
    const e = validate.errors![0]!;
    const path = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const field = e.keyword === 'additionalProperties' ? [...path, String(e.params.additionalProperty)] : path;
    const pos = locate(doc, lc, field, { key: e.keyword === 'additionalProperties' });
    throw new InputError(
      `invalid profile: ${field.length ? `field "${field.join('.')}"` : 'the document'} ${describeError(e)}`,
      file,
      pos.line,
      pos.column,
    );
  }
  const override = data as Partial<Record<keyof Profile, Record<string, unknown>>>;
  if (knownRules && override.rules) {
    for (const id of Object.keys(override.rules)) {
      if (!knownRules.includes(id)) {
        const pos = locate(doc, lc, ['rules', id], { key: true });
        throw new InputError(
          `invalid profile: field "rules.${id}": unknown rule; known rules: ${knownRules.join(', ')}`,
          file,
          pos.line,
          pos.column,
        );
      }
    }
  }
  const base = DEFAULT_PROFILE;
  return {
    layout: { ...base.layout, ...(override.layout as Partial<Profile['layout']>) },
    storage: { ...base.storage, ...(override.storage as Partial<Profile['storage']>) },
    backup: {
      ...base.backup,
      ...(override.backup as Partial<Profile['backup']>),
      tags: { ...((override.backup?.tags as Record<string, string> | undefined) ?? base.backup.tags) },
    },
    credentials: { ...base.credentials, ...(override.credentials as Partial<Profile['credentials']>) },
    imageCatalog: { ...base.imageCatalog, ...(override.imageCatalog as Partial<Profile['imageCatalog']>) },
    rules: { ...base.rules, ...(override.rules as Profile['rules']) },
    // A baseline named by the profile is read from beside the profile.
    ...(typeof (data as { baseline?: unknown }).baseline === 'string' ? { baseline: (data as { baseline: string }).baseline } : {}),
  };
}

/** The profile in force for `start`: the nearest `.cnpg-site.yaml` above it, else the default. */
export function loadProfile(start: string, opts: { file?: string; knownRules?: readonly string[] } = {}): LoadedProfile {
  const file = opts.file ? resolve(opts.file) : findProfileFile(start);
  if (!file) return { profile: DEFAULT_PROFILE };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read profile: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, file);
  }
  return { profile: parseProfile(text, file, opts.knownRules), file };
}

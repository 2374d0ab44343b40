import { get, isRecord, type Resource } from '../inventory/resource.js';
import {
  COMPLETE_GROUPS,
  coreValidatorFor,
  crdGroupKinds,
  crdSchemaFor,
  splitApiVersion,
  type SchemaError,
} from '../models/registry.js';
import { closest, pathText, unknownFields } from '../models/structural.js';
import type { YamlPath } from '../types.js';
import type { Finding, Rule } from './rule.js';

function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (Array.isArray(v)) return 'a list';
  if (isRecord(v)) return 'a map';
  return String(v);
}

/** `/spec/plugins/0/name` → ['spec', 'plugins', 0, 'name'] (indexes of lists become numbers). */
export function fromInstancePath(obj: unknown, instancePath: string): YamlPath {
  if (instancePath === '') return [];
  const out: YamlPath = [];
  let cur: unknown = obj;
  for (const raw of instancePath.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur) && /^\d+$/.test(seg)) {
      out.push(Number(seg));
      cur = cur[Number(seg)];
    } else {
      out.push(seg);
      cur = isRecord(cur) ? cur[seg] : undefined;
    }
  }
  return out;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A schema error, described: which of the rule's messages, and its data (without the schema it is from). */
export interface SchemaProblem {
  path: YamlPath;
  messageId: 'wrongType' | 'missingField' | 'invalidValue';
  data: { field: string } & Record<string, string>;
}

/** What a value breaks, in words, for the errors that are not about its type or a missing field. */
function constraintOf(keyword: string, p: Record<string, unknown>, value: unknown): string {
  switch (keyword) {
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map((x) => JSON.stringify(x)).join(', ')}, got ${describeValue(value)}`;
    case 'pattern':
      return `must match ${String(p.pattern)}, got ${describeValue(value)}`;
    case 'format':
      return `must be a valid ${String(p.format)}, got ${describeValue(value)}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(p.comparison)} ${String(p.limit)}, got ${describeValue(value)}`;
    case 'minLength':
      return `must be at least ${plural(Number(p.limit), 'character')} long`;
    case 'maxLength':
      return `must be at most ${plural(Number(p.limit), 'character')} long`;
    case 'minItems':
      return `must have at least ${plural(Number(p.limit), 'item')}`;
    case 'maxItems':
      return `must have at most ${plural(Number(p.limit), 'item')}`;
    case 'minProperties':
      return `must have at least ${plural(Number(p.limit), 'field')}`;
    case 'maxProperties':
      return `must have at most ${plural(Number(p.limit), 'field')}`;
    case 'anyOf':
    case 'oneOf':
      return 'does not match any of the forms the schema allows';
    default:
      return `is invalid (${keyword})`;
  }
}

/** One problem per schema error, at the value's path; type errors win over the rest at a path. */
export function describeSchemaErrors(obj: unknown, errors: readonly SchemaError[], typesOnly = false): SchemaProblem[] {
  const byPath = new Map<string, SchemaError[]>();
  for (const e of errors) {
    let list = byPath.get(e.instancePath);
    if (!list) byPath.set(e.instancePath, (list = []));
    list.push(e);
  }
  const out: SchemaProblem[] = [];
  for (const [instancePath, list] of byPath) {
    const path = fromInstancePath(obj, instancePath);
    const value = get(obj, path);
    const field = pathText(path) || 'the resource';
    const types = [...new Set(list.filter((e) => e.keyword === 'type').flatMap((e) => ([] as unknown[]).concat(e.params.type).map(String)))];
    if (types.length > 0) {
      // A null is dropped by the API server for fields that are not nullable: not an error.
      if (value === null) continue;
      out.push({ path, messageId: 'wrongType', data: { field, expected: types.join(' or '), actual: describeValue(value) } });
      continue;
    }
    if (typesOnly) continue;
    const seen = new Set<string>();
    const others = list.filter((e) => !['anyOf', 'oneOf', 'additionalProperties', 'if', 'then', 'else'].includes(e.keyword));
    for (const e of others.length > 0 ? others : list.filter((e) => e.keyword !== 'additionalProperties')) {
      const problem: SchemaProblem =
        e.keyword === 'required'
          ? { path, messageId: 'missingField', data: { field, missing: String(e.params.missingProperty) } }
          : { path, messageId: 'invalidValue', data: { field, constraint: constraintOf(e.keyword, e.params, value) } };
      const key = `${problem.messageId}\0${Object.values(problem.data).join('\0')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(problem);
    }
  }
  return out;
}

/** Findings of the schema rule for one resource (exported for reuse by other checks and tests). */
export function schemaFindings(r: Resource): Finding[] {
  const out: Finding[] = [];
  const fix = (description: string) => ({ description });
  const { group } = splitApiVersion(r.apiVersion);
  const entry = crdSchemaFor(r.apiVersion, r.kind);
  if (!entry) {
    const kinds = crdGroupKinds(group);
    if (kinds) {
      const served = kinds.get(r.kind);
      if (served) {
        const want = served.map((v) => `${group}/${v}`);
        out.push({
          resource: r,
          path: ['apiVersion'],
          messageId: 'unservedVersion',
          data: { apiVersion: r.apiVersion, kind: r.kind, served: want.join(', ') },
          fix: { description: `set apiVersion to ${want[0]} and check the fields against that version`, path: ['apiVersion'], value: want[0] },
        });
      } else if (COMPLETE_GROUPS.has(group)) {
        const near = closest(r.kind, kinds.keys());
        out.push({
          resource: r,
          path: ['kind'],
          messageId: 'unknownKind',
          data: { kind: r.kind, group, hint: near ? `; did you mean ${near}?` : '', known: [...kinds.keys()].sort().join(', ') },
          fix: near ? { description: `set kind to ${near}`, path: ['kind'], value: near } : fix(`use one of the kinds of ${group}`),
        });
      }
      return out;
    }
    const core = coreValidatorFor(r.apiVersion, r.kind);
    if (core) {
      for (const m of describeSchemaErrors(r.object, core(r.object), true)) {
        out.push({
          resource: r,
          path: m.path,
          messageId: 'wrongCoreType',
          data: { ...m.data, kind: r.kind, apiVersion: r.apiVersion },
          fix: fix('correct the value to the type the API defines'),
        });
      }
    }
    return out;
  }
  const validate = entry.validator();
  if (!validate(r.object)) {
    for (const m of describeSchemaErrors(r.object, validate.errors ?? [])) {
      out.push({
        resource: r,
        path: m.path,
        messageId: m.messageId,
        data: { ...m.data, kind: entry.kind, apiVersion: r.apiVersion },
        fix: fix(`correct the value as the ${entry.kind} schema defines it`),
      });
    }
  }
  for (const u of unknownFields(r.object, entry.structural())) {
    const field = pathText(u.path);
    let hint = '';
    let description = `remove \`${field}\` or move it where the schema defines it`;
    if (u.didYouMean) {
      const sibling = pathText([...u.path.slice(0, -1), u.didYouMean]);
      hint = `; did you mean \`${sibling}\`?`;
      description = `rename the field to \`${sibling}\``;
    } else if (u.definedAt) {
      const at = pathText(u.definedAt);
      hint = `; the schema defines it at \`${at}\``;
      description = `move the field to \`${at}\``;
    }
    out.push({
      resource: r,
      path: u.path,
      atKey: true,
      messageId: 'unknownField',
      data: { field, kind: entry.kind, apiVersion: r.apiVersion, hint },
      fix: fix(description),
    });
  }
  return out;
}

export const schema: Rule = {
  meta: {
    id: 'schema',
    title: 'Fields exist in the CRD schema and values have the type it defines',
    defaultSeverity: 'error',
    kind: 'correctness',
    rationale:
      'The API server prunes fields that a CRD schema does not define, without a word: a typo (`retentionPolicy` one level too deep, `barmanObjectstore`) is a setting that silently does nothing, and the backup it was meant to configure is found missing when it is needed. Values of the wrong type, outside an enum, or not matching a pattern are rejected at apply time, so the whole ArgoCD sync fails. An apiVersion that the installed CRDs do not serve (for example `postgresql.cnpg.io/v1beta1`) is rejected too. The schemas are the CRDs vendored with the tool: CloudNativePG v1.30.0, the Barman Cloud plugin v0.14.0 (ObjectStore) and External Secrets v2.9.0 (ExternalSecret, VaultDynamicSecret). Core kinds (ServiceAccount, Secret, ConfigMap, NetworkPolicy, Deployment...) are checked for value types only.',
    bad: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  instances: three
  storage:
    size: 10Gi
  backup:
    barmanObjectStore:
      destinationPath: s3://dal-site-backups/dal/forgejo/postgres/
      retentionPolicy: 7d`,
    good: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  instances: 3
  storage:
    size: 10Gi
  backup:
    retentionPolicy: 7d
    barmanObjectStore:
      destinationPath: s3://dal-site-backups/dal/forgejo/postgres/`,
    howToFix:
      'Rename or move the field to where the schema defines it (the message suggests a close sibling or the place the field exists), or remove it; correct values to the type, enum or pattern the message names. `kubectl explain cluster.spec.backup --api-version=postgresql.cnpg.io/v1` shows what a section holds. Where a more specific rule reports the same field (a retention policy in the wrong place, say), only that rule\'s finding is shown.',
    generic: true,
    messages: {
      unknownField: '`{{field}}` is not defined by the {{kind}} schema ({{apiVersion}}); the API server prunes it silently{{hint}}',
      wrongType: '{{field}} must be {{expected}}, got {{actual}} ({{kind}} schema, {{apiVersion}}); the API server rejects the resource',
      missingField: '{{field}} is missing the required field "{{missing}}" ({{kind}} schema, {{apiVersion}}); the API server rejects the resource',
      invalidValue: '{{field}} {{constraint}} ({{kind}} schema, {{apiVersion}}); the API server rejects the resource',
      wrongCoreType: '{{field}} must be {{expected}}, got {{actual}} ({{kind}} {{apiVersion}})',
      unservedVersion: 'apiVersion {{apiVersion}} is not served for {{kind}} (served: {{served}}); the API server rejects the resource',
      unknownKind: 'kind {{kind}} does not exist in {{group}}{{hint}} (known: {{known}})',
    },
  },
  check(ctx) {
    for (const r of ctx.inventory.resources) {
      for (const f of schemaFindings(r)) ctx.report(f);
    }
  },
};

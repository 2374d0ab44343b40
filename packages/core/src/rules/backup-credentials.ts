import { backupConfigOf, isCluster, type SecretKeyRef } from '../cnpg/archive.js';
import type { Inventory } from '../inventory/inventory.js';
import { describe, get, getArray, getString, isRecord, type Resource } from '../inventory/resource.js';
import { formatGoDuration, parseGoDuration } from '../models/duration.js';
import { GO_DURATION_PATTERN } from '../profile/load.js';
import { expand, templateVarsOf, type Profile, type SiteCredentialsProducer, type TemplateVars } from '../profile/profile.js';
import type { YamlPath } from '../types.js';
import type { Rule, RuleContext } from './rule.js';

const ESO_GROUP = 'external-secrets.io';
const GENERATORS_GROUP = 'generators.external-secrets.io';
/** ESO refreshes every hour when `refreshInterval` is absent. */
const ESO_DEFAULT_REFRESH = '1h';
/** The key a Vault AWS secrets engine adds next to the access key pair (STS / assumed-role credentials). */
const SECURITY_TOKEN_KEY = 'security_token';

const groupOf = (r: Resource) => r.apiVersion.slice(0, Math.max(0, r.apiVersion.lastIndexOf('/')));
const isExternalSecret = (r: Resource) => r.kind === 'ExternalSecret' && groupOf(r) === ESO_GROUP;
const isVaultDynamicSecret = (r: Resource) => r.kind === 'VaultDynamicSecret' && groupOf(r) === GENERATORS_GROUP;
const isSealedSecret = (r: Resource) => r.kind === 'SealedSecret' && groupOf(r) === 'bitnami.com';
const isSecret = (r: Resource) => r.kind === 'Secret' && r.apiVersion === 'v1';
const isObjectBucketClaim = (r: Resource) => r.kind === 'ObjectBucketClaim' && groupOf(r) === 'objectbucket.io';
/** The keys of the Secret an ObjectBucketClaim makes (Rook, NooBaa): named like the claim. */
const OBC_KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];

/** Name of the Secret an ExternalSecret writes: `spec.target.name`, default its own name. */
export function externalSecretTarget(es: Resource): string {
  return getString(es.object, ['spec', 'target', 'name']) || es.name;
}

/** Something that makes a Secret exist in a namespace. */
export interface SecretProducer {
  resource: Resource;
  kind: 'ExternalSecret' | 'SealedSecret' | 'Secret' | 'ObjectBucketClaim';
}

/** Which of the profile's producers a producer is (`credentials.producer`). */
export function producerTypeOf(p: SecretProducer): Exclude<SiteCredentialsProducer, 'any'> {
  switch (p.kind) {
    case 'ExternalSecret':
      return vaultGeneratorRefs(p.resource).length > 0 ? 'vault-chain' : 'external-secret';
    case 'SealedSecret':
      return 'sealed-secret';
    case 'ObjectBucketClaim':
      return 'object-bucket-claim';
    case 'Secret': {
      if (isRecord(p.resource.object.sops)) return 'sops';
      // KSOPS decrypts the file it lists: the rendered Secret has lost the sops block its file has.
      const src = p.resource.layers?.[0];
      if (src?.kind === 'source' && isRecord(src.data) && isRecord(src.data.sops)) return 'ksops';
      return 'secret';
    }
  }
}

/** Whether a producer is what the profile says the site's credentials come from. */
function producerFits(p: SecretProducer, want: SiteCredentialsProducer): boolean {
  if (want === 'any') return true;
  const type = producerTypeOf(p);
  // The Vault chain is an ExternalSecret too; at a Vault-chain site, an ExternalSecret from
  // another store is checked as one (its refresh interval and reload label).
  return type === want || (want === 'external-secret' && type === 'vault-chain') || (want === 'vault-chain' && type === 'external-secret');
}

/** The profile's producer in words, for messages. */
const PRODUCER_WORDS: Record<SiteCredentialsProducer, string> = {
  'vault-chain': 'the Vault chain (ServiceAccount, VaultDynamicSecret, ExternalSecret)',
  'external-secret': 'an ExternalSecret',
  'sealed-secret': 'a SealedSecret',
  sops: 'a SOPS-encrypted Secret',
  ksops: 'a Secret a KSOPS generator decrypts',
  'object-bucket-claim': 'an ObjectBucketClaim',
  secret: 'a Secret',
  any: 'any producer',
};

const nearKey = (name: string, near: Pick<Resource, 'namespace' | 'scope'>) => `${near.scope}\0${near.namespace ?? ''}\0${name}`;

/** Per inventory: resources by kind and (scope, namespace, name), so lookups stay linear on large sites. */
const indexes = new WeakMap<Inventory, Map<string, Map<string, Resource[]>>>();

function byName(inventory: Inventory, kind: string, nameOf?: (r: Resource) => string | undefined): Map<string, Resource[]> {
  let perKind = indexes.get(inventory);
  if (!perKind) indexes.set(inventory, (perKind = new Map()));
  // Producers are indexed by the Secret they make, other kinds by their own name.
  const cacheKey = nameOf ? `${kind}#produces` : kind;
  let index = perKind.get(cacheKey);
  if (!index) {
    index = new Map();
    for (const r of inventory.ofKind(kind)) {
      const name = nameOf ? nameOf(r) : r.name;
      if (name === undefined) continue;
      const k = nearKey(name, r);
      const list = index.get(k);
      if (list) list.push(r);
      else index.set(k, [r]);
    }
    perKind.set(cacheKey, index);
  }
  return index;
}

/** Resources of `kind` named `name` in the namespace (and scope) of `near`. */
function findNear(inventory: Inventory, kind: string, name: string, near: Resource): Resource[] {
  return byName(inventory, kind).get(nearKey(name, near)) ?? [];
}

/** Producers of the Secret `name` in the namespace (and scope) of `near`; ExternalSecrets first. */
export function producersOf(inventory: Inventory, name: string, near: Resource): SecretProducer[] {
  const out: SecretProducer[] = [];
  const key = nearKey(name, near);
  for (const r of byName(inventory, 'ExternalSecret', (es) => (isExternalSecret(es) ? externalSecretTarget(es) : undefined)).get(key) ?? []) {
    out.push({ resource: r, kind: 'ExternalSecret' });
  }
  const sealedName = (r: Resource) => (isSealedSecret(r) ? getString(r.object, ['spec', 'template', 'metadata', 'name']) || r.name : undefined);
  for (const r of byName(inventory, 'SealedSecret', sealedName).get(key) ?? []) out.push({ resource: r, kind: 'SealedSecret' });
  for (const r of byName(inventory, 'Secret', (r) => (isSecret(r) ? r.name : undefined)).get(key) ?? []) out.push({ resource: r, kind: 'Secret' });
  // An ObjectBucketClaim makes a Secret (and a ConfigMap) with its own name.
  for (const r of byName(inventory, 'ObjectBucketClaim', (r) => (isObjectBucketClaim(r) ? r.name : undefined)).get(key) ?? []) out.push({ resource: r, kind: 'ObjectBucketClaim' });
  return out;
}

function keysOfMap(v: unknown): string[] {
  return isRecord(v) ? Object.keys(v) : [];
}

/** The generator an ExternalSecret dataFrom entry names, when it is a VaultDynamicSecret. */
function vaultGeneratorRefs(es: Resource): { index: number; name: string }[] {
  const out: { index: number; name: string }[] = [];
  getArray(es.object, ['spec', 'dataFrom']).forEach((entry, index) => {
    const ref = get(entry, ['sourceRef', 'generatorRef']);
    if (isRecord(ref) && ref.kind === 'VaultDynamicSecret' && typeof ref.name === 'string') out.push({ index, name: ref.name });
  });
  return out;
}

/** A Vault path served by the AWS secrets engine (`<mount>/creds/<role>` or `<mount>/sts/<role>`). */
function isAwsCredsPath(path: string, profilePath: string | undefined): boolean {
  const norm = (p: string) => p.replace(/^\/+/, '');
  if (profilePath !== undefined && norm(path) === norm(profilePath)) return true;
  return /(^|\/)(creds|sts)\/[^/]+/.test(norm(path));
}

/**
 * The keys of the Secret a producer yields, or undefined when they cannot be known from the
 * manifests (an `extract`/`find` from a store, a `templateFrom`, a generator of another kind).
 *
 * - Secret: `data` and `stringData` keys. SealedSecret: `spec.encryptedData` (and template data) keys.
 * - ObjectBucketClaim: `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`.
 * - ExternalSecret: the source keys are `spec.data[].secretKey`, plus, for a `dataFrom` whose
 *   generatorRef is a VaultDynamicSecret on an AWS creds path, the profile's access key id and
 *   secret access key names and `security_token`. With `spec.target.template.data` the Secret holds
 *   the template keys only (mergePolicy `Replace`, ESO's default) or the template keys and the
 *   source keys (mergePolicy `Merge`).
 */
export function producedKeys(p: SecretProducer, inventory: Inventory, profile: Profile, vars: TemplateVars): Set<string> | undefined {
  const o = p.resource.object;
  if (p.kind === 'Secret') return new Set([...keysOfMap(o.data), ...keysOfMap(o.stringData)]);
  if (p.kind === 'ObjectBucketClaim') return new Set(OBC_KEYS);
  if (p.kind === 'SealedSecret') {
    return new Set([...keysOfMap(get(o, ['spec', 'encryptedData'])), ...keysOfMap(get(o, ['spec', 'template', 'data']))]);
  }
  const template = get(o, ['spec', 'target', 'template']);
  if (isRecord(template) && template.templateFrom !== undefined) return undefined;
  const templateKeys = isRecord(template) && isRecord(template.data) ? Object.keys(template.data) : undefined;
  const merge = isRecord(template) && template.mergePolicy === 'Merge';
  if (templateKeys && !merge) return new Set(templateKeys);
  const keys = new Set<string>(templateKeys ?? []);
  for (const d of getArray(o, ['spec', 'data'])) {
    const k = get(d, ['secretKey']);
    if (typeof k === 'string') keys.add(k);
  }
  const dataFrom = getArray(o, ['spec', 'dataFrom']);
  const profilePath = expand(profile.credentials.vaultPath, vars);
  for (const entry of dataFrom) {
    const ref = get(entry, ['sourceRef', 'generatorRef']);
    if (!isRecord(ref) || ref.kind !== 'VaultDynamicSecret' || typeof ref.name !== 'string') return undefined;
    if (get(entry, ['rewrite']) !== undefined) return undefined;
    const vds = findNear(inventory, 'VaultDynamicSecret', ref.name, p.resource).find(isVaultDynamicSecret);
    const path = vds ? getString(vds.object, ['spec', 'path']) : undefined;
    if (path === undefined || !isAwsCredsPath(path, profilePath)) return undefined;
    keys.add(profile.credentials.accessKeyIdKey);
    keys.add(profile.credentials.secretAccessKeyKey);
    keys.add(SECURITY_TOKEN_KEY);
  }
  return keys;
}

const REF_FIELD: Record<string, string> = {
  accessKeyId: 'access key id',
  secretAccessKey: 'secret access key',
  region: 'region',
  sessionToken: 'session token',
};

function refText(ref: SecretKeyRef): string {
  const field = String(ref.path[ref.path.length - 1]);
  return `s3Credentials.${field}`;
}

function checkReference(ctx: RuleContext, cluster: Resource, ref: SecretKeyRef, vars: TemplateVars, chains: Map<Resource, TemplateVars>): void {
  const producers = producersOf(ctx.inventory, ref.name, ref.resource);
  const where = ref.resource.namespace ? `namespace ${ref.resource.namespace}` : 'the same namespace';
  const field = refText(ref);
  const want = ctx.profile.credentials.producer;
  if (producers.length === 0) {
    const expected = expand(ctx.profile.credentials.externalSecret, vars);
    ctx.report({
      absent: true,
      resource: ref.resource,
      path: [...ref.path, 'name'],
      messageId: 'missingSecret',
      data: { field, secret: ref.name, namespace: where, credential: REF_FIELD[String(ref.path[ref.path.length - 1])] ?? 'credential', cluster: describe(cluster) },
      fix: {
        description:
          want !== 'vault-chain'
            ? `add ${want === 'any' ? 'what produces' : PRODUCER_WORDS[want]} ${producerNaming(want, ref.name)} to the overlay, or correct the Secret name`
            : expected
              ? `add the credentials chain (ServiceAccount, VaultDynamicSecret, ExternalSecret "${expected}" with target.name "${ref.name}") to the overlay, or correct the Secret name`
              : 'add an ExternalSecret whose target.name is the referenced Secret to the overlay, or correct the Secret name',
      },
    });
    return;
  }
  const producer = producers[0]!;
  const keys = producedKeys(producer, ctx.inventory, ctx.profile, vars);
  if (keys && !keys.has(ref.key)) {
    const list = [...keys].sort();
    ctx.report({
      resource: ref.resource,
      path: [...ref.path, 'key'],
      messageId: 'missingKey',
      data: {
        field,
        key: ref.key,
        secret: ref.name,
        producer: describe(producer.resource),
        keys: list.length ? `only ${list.map((k) => `"${k}"`).join(', ')}` : 'no keys',
        cluster: describe(cluster),
      },
      fix: list.length
        ? { description: `use one of the keys the Secret holds (${list.join(', ')}), or add "${ref.key}" to the producer` }
        : { description: `add "${ref.key}" to the producer` },
    });
  }
  if (producer.kind === 'ExternalSecret') {
    if (!chains.has(producer.resource)) chains.set(producer.resource, vars);
  }
  if (want === 'vault-chain' && (producer.kind === 'SealedSecret' || producer.kind === 'Secret')) {
    ctx.report({
      kind: 'convention',
      resource: ref.resource,
      path: [...ref.path, 'name'],
      severity: 'warning',
      messageId: 'staticCredentials',
      data: { field, secret: ref.name, producerKind: producer.kind, file: producer.resource.file.split('/').pop() },
      fix: { description: 'replace it with the Vault credentials chain (ServiceAccount, VaultDynamicSecret, ExternalSecret) that vends short-lived keys' },
    });
  } else if (!producerFits(producer, want)) {
    ctx.report({
      kind: 'convention',
      resource: ref.resource,
      path: [...ref.path, 'name'],
      severity: 'warning',
      messageId: 'otherProducer',
      data: { field, secret: ref.name, actual: PRODUCER_WORDS[producerTypeOf(producer)], file: producer.resource.file.split('/').pop(), want: PRODUCER_WORDS[want], producer: want },
      fix: { description: `produce Secret "${ref.name}" with ${PRODUCER_WORDS[want]}, or set credentials.producer in .cnpg-site.yaml to what the site uses` },
    });
  } else if (want === 'secret' && producer.kind === 'Secret' && holdsPlainValues(producer.resource)) {
    ctx.report({
      kind: 'convention',
      resource: producer.resource,
      path: isRecord(producer.resource.object.stringData) ? ['stringData'] : ['data'],
      atKey: true,
      severity: 'warning',
      messageId: 'plainSecret',
      data: { secret: ref.name },
      fix: { description: 'encrypt the Secret (SOPS, SealedSecret) or have it produced in the cluster (ExternalSecret, ObjectBucketClaim), and rotate the keys it held' },
    });
  }
}

/** How the producer the profile names makes Secret `name`, for fix texts. */
function producerNaming(want: SiteCredentialsProducer, name: string): string {
  switch (want) {
    case 'external-secret':
      return `whose target.name is "${name}"`;
    case 'object-bucket-claim':
    case 'sealed-secret':
      return `named "${name}"`;
    default:
      return `for Secret "${name}"`;
  }
}

/** A Secret whose values are written in the repository in plain text (not substitution variables). */
function holdsPlainValues(secret: Resource): boolean {
  const values = [...Object.values(isRecord(secret.object.data) ? secret.object.data : {}), ...Object.values(isRecord(secret.object.stringData) ? secret.object.stringData : {})];
  return values.some((v) => typeof v === 'string' && v.trim() !== '' && !/\$\{[^}]+\}/.test(v));
}

/**
 * ExternalSecret → VaultDynamicSecret → ServiceAccount, refresh interval and reload label. What
 * does not exist is checked for every producer; the Vault path and role and the refresh interval
 * against the credential lifetime only for the Vault chain; the reload label for ExternalSecrets.
 */
function checkChain(ctx: RuleContext, es: Resource, vars: TemplateVars): void {
  const { profile, inventory } = ctx;
  const want = profile.credentials.producer;
  const vaultChain = want === 'vault-chain';
  const lifetime = String(ctx.options.lifetime);
  for (const { index, name } of vaultGeneratorRefs(es)) {
    const refPath: YamlPath = ['spec', 'dataFrom', index, 'sourceRef', 'generatorRef', 'name'];
    const vds = findNear(inventory, 'VaultDynamicSecret', name, es).find(isVaultDynamicSecret);
    if (!vds) {
      ctx.report({
        resource: es,
        path: refPath,
        messageId: 'missingGenerator',
        data: { name, namespace: es.namespace ? `namespace ${es.namespace}` : 'the same namespace' },
        fix: { description: `add VaultDynamicSecret "${name}" to the overlay or correct the name${expand(profile.credentials.vaultDynamicSecret, vars) ? ` (the site names it "${expand(profile.credentials.vaultDynamicSecret, vars)}")` : ''}` },
      });
      continue;
    }
    const kube = get(vds.object, ['spec', 'provider', 'auth', 'kubernetes']);
    if (isRecord(kube)) {
      const sa = getString(kube, ['serviceAccountRef', 'name']);
      if (sa !== undefined && findNear(inventory, 'ServiceAccount', sa, vds).length === 0) {
        const want = expand(profile.credentials.serviceAccount, vars);
        ctx.report({
          resource: vds,
          path: ['spec', 'provider', 'auth', 'kubernetes', 'serviceAccountRef', 'name'],
          messageId: 'missingServiceAccount',
          data: { name: sa, namespace: vds.namespace ? `namespace ${vds.namespace}` : 'the same namespace' },
          fix: { description: `add ServiceAccount "${sa}" to the overlay or correct the name${want ? ` (the site names it "${want}")` : ''}` },
        });
      }
      const role = getString(kube, ['role']);
      const wantRole = vaultChain ? expand(profile.credentials.vaultRole, vars) : undefined;
      if (wantRole !== undefined && role !== wantRole) {
        ctx.report({
          kind: 'convention',
          resource: vds,
          path: role === undefined ? ['spec', 'provider', 'auth', 'kubernetes'] : ['spec', 'provider', 'auth', 'kubernetes', 'role'],
          severity: 'warning',
          ...(role === undefined
            ? { messageId: 'vaultRoleUnset', data: { want: wantRole } }
            : { messageId: 'vaultRoleOther', data: { role, want: wantRole } }),
          fix: { description: `set the role to "${wantRole}"`, path: ['spec', 'provider', 'auth', 'kubernetes', 'role'], value: wantRole },
        });
      }
    }
    const path = getString(vds.object, ['spec', 'path']);
    const wantPath = vaultChain ? expand(profile.credentials.vaultPath, vars) : undefined;
    if (wantPath !== undefined && path !== undefined && path.replace(/^\/+/, '') !== wantPath.replace(/^\/+/, '')) {
      ctx.report({
        kind: 'convention',
        resource: vds,
        path: ['spec', 'path'],
        severity: 'warning',
        messageId: 'vaultPathOther',
        data: { path, want: wantPath, why: profile.backup.iamScoped ? ", whose credentials the IAM policy allows on this app's backup prefix" : '' },
        fix: { description: `set spec.path to "${wantPath}"`, path: ['spec', 'path'], value: wantPath },
      });
    }
  }

  const raw = get(es.object, ['spec', 'refreshInterval']);
  const interval = raw === undefined ? ESO_DEFAULT_REFRESH : String(raw);
  const refreshMs = parseGoDuration(interval);
  const lifetimeMs = vaultChain ? parseGoDuration(lifetime) : undefined;
  const at: YamlPath = raw === undefined ? ['spec'] : ['spec', 'refreshInterval'];
  if (refreshMs === undefined) {
    ctx.report({
      resource: es,
      path: at,
      severity: 'warning',
      messageId: 'refreshInvalid',
      data: { interval },
      fix: { description: 'set refreshInterval to a Go duration shorter than the credential lifetime, such as 1h' },
    });
  } else if (lifetimeMs !== undefined && (refreshMs === 0 || refreshMs >= lifetimeMs)) {
    const half = formatGoDuration(Math.min(3_600_000, lifetimeMs / 2));
    ctx.report({
      kind: 'convention',
      resource: es,
      path: at,
      severity: 'warning',
      ...(refreshMs === 0
        ? { messageId: 'refreshDisabled', data: { lifetime: lifetime } }
        : raw === undefined
          ? { messageId: 'defaultRefreshTooLong', data: { default: ESO_DEFAULT_REFRESH, lifetime: lifetime } }
          : { messageId: 'refreshTooLong', data: { interval, lifetime: lifetime } }),
      fix: { description: `set spec.refreshInterval to less than ${lifetime}, such as ${half}`, path: ['spec', 'refreshInterval'], value: half },
    });
  }

  if (want !== 'vault-chain' && want !== 'external-secret') return;
  const label = profile.credentials.reloadLabel;
  const labels = get(es.object, ['spec', 'target', 'template', 'metadata', 'labels']);
  const value = isRecord(labels) ? labels[label] : undefined;
  if (value !== 'true') {
    ctx.report({
      kind: 'convention',
      resource: es,
      path: value === undefined ? ['spec', 'target', 'template', 'metadata', 'labels'] : ['spec', 'target', 'template', 'metadata', 'labels', label],
      severity: 'warning',
      messageId: 'missingReloadLabel',
      data: { label },
      fix: { description: `add ${label}: "true" to spec.target.template.metadata.labels`, path: ['spec', 'target', 'template', 'metadata', 'labels', label], value: 'true' },
    });
  }
}

export const backupCredentials: Rule = {
  meta: {
    id: 'backup-credentials',
    title: 'Backup credentials name a Secret that something produces, with the keys the Cluster reads, made the way the site makes them',
    defaultSeverity: 'error',
    kind: 'correctness',
    conventions: 'the producer of the Secret against the profile (`credentials.producer`; with `vault-chain`, static keys in a SealedSecret or plain Secret called legacy), the Vault path and role, the refresh interval against the credential lifetime, the reload label, and keys written in plain text',
    rationale:
      'Every `s3Credentials` secret reference of a backup configuration (the Cluster\'s `spec.backup.barmanObjectStore`, or the ObjectStore\'s `spec.configuration`) must name a Secret that something in the same namespace produces: at this site an ExternalSecret whose `target.name` is the Secret, fed by a VaultDynamicSecret that logs in to Vault with a ServiceAccount and vends short-lived AWS keys. The Secret must hold the key the reference reads: the vended Secret has `access_key`, `secret_key` and `security_token` (the profile names the first two). A broken link anywhere in the chain is invisible until the first WAL segment is archived: the Cluster comes up, and every backup fails. Warnings: a Vault path or role other than the site\'s (the IAM policy allows only the app\'s own prefix), a `refreshInterval` that is not shorter than the credential lifetime (24h by default; ESO refreshes every 1h when it is absent and never with "0"), a target template without the label `cnpg.io/reload: "true"` (CNPG would not pick up rotated keys), and SealedSecret or plain Secret credentials (static keys, legacy). Clusters that use `inheritFromIAMRole` are not checked. Every producer counts as producing the Secret: an ExternalSecret (any store or generator), a SealedSecret, a Secret (plain, SOPS-encrypted, or decrypted by a KSOPS generator) and an ObjectBucketClaim (its Secret has its name and the keys `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`). The profile field `credentials.producer` says which one the site uses, and the shape checked follows it: `vault-chain` (the built-in profile) the whole chain above; `external-secret` an ExternalSecret whose target is the Secret, from any store, with the reload label and no Vault checks; `sealed-secret`, `sops`, `ksops` and `object-bucket-claim` that producer; `secret` a plain Secret, with a warning when its keys are written in plain text; `any` no shape at all. A Secret from another producer than the site\'s is a warning.',
    bad: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  plugins:
    - name: barman-cloud.cloudnative-pg.io
      isWALArchiver: true
      parameters:
        barmanObjectName: forgejo-store
---
apiVersion: barmancloud.cnpg.io/v1
kind: ObjectStore
metadata:
  name: forgejo-store
spec:
  configuration:
    destinationPath: s3://dal-site-backups/dal/forgejo/postgres/
    s3Credentials:
      accessKeyId:
        name: forgejo-db-backup
        key: ACCESS_KEY_ID        # the Secret holds access_key
      secretAccessKey:
        name: forgejo-db-backup
        key: secret_key
---
apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: forgejo-db-backup
spec:
  refreshInterval: 48h              # the credentials live 24h
  target:
    name: forgejo-db-backup
    template:
      metadata:
        labels:
          cnpg.io/reload: "true"
  dataFrom:
    - sourceRef:
        generatorRef:
          apiVersion: generators.external-secrets.io/v1alpha1
          kind: VaultDynamicSecret
          name: forgejo-db-backup
---
apiVersion: generators.external-secrets.io/v1alpha1
kind: VaultDynamicSecret
metadata:
  name: forgejo-db-backup
spec:
  path: /aws/creds/forgejo-db-backup
  method: GET
  provider:
    server: https://vault.example.com
    auth:
      kubernetes:
        mountPath: kubernetes
        role: workload-reader-forgejo-db-backup
        serviceAccountRef:
          name: forgejo-sa            # no such ServiceAccount`,
    good: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  plugins:
    - name: barman-cloud.cloudnative-pg.io
      isWALArchiver: true
      parameters:
        barmanObjectName: forgejo-store
---
apiVersion: barmancloud.cnpg.io/v1
kind: ObjectStore
metadata:
  name: forgejo-store
spec:
  configuration:
    destinationPath: s3://dal-site-backups/dal/forgejo/postgres/
    s3Credentials:
      accessKeyId:
        name: forgejo-db-backup
        key: access_key
      secretAccessKey:
        name: forgejo-db-backup
        key: secret_key
---
apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: forgejo-db-backup
spec:
  refreshInterval: 1h
  target:
    name: forgejo-db-backup
    template:
      metadata:
        labels:
          cnpg.io/reload: "true"
  dataFrom:
    - sourceRef:
        generatorRef:
          apiVersion: generators.external-secrets.io/v1alpha1
          kind: VaultDynamicSecret
          name: forgejo-db-backup
---
apiVersion: generators.external-secrets.io/v1alpha1
kind: VaultDynamicSecret
metadata:
  name: forgejo-db-backup
spec:
  path: /aws/creds/forgejo-db-backup
  method: GET
  provider:
    server: https://vault.example.com
    auth:
      kubernetes:
        mountPath: kubernetes
        role: workload-reader-forgejo-db-backup
        serviceAccountRef:
          name: forgejo-sa
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: forgejo-sa`,
    howToFix:
      'Follow the message to the broken link: add the missing ExternalSecret, VaultDynamicSecret or ServiceAccount to the overlay (kustomization `resources`), or correct the name or key that is wrong. Names and keys of the site chain come from the profile (`credentials` section). Set `refreshInterval` well below the credential lifetime (1h for 24h credentials) and label the target template with `cnpg.io/reload: "true"`. Replace SealedSecret or plain Secret credentials with the Vault chain.',
    options: {
      lifetime: {
        type: 'string',
        pattern: GO_DURATION_PATTERN,
        description: 'Lifetime of a vended credential (Go duration): an ExternalSecret of the Vault chain must refresh more often.',
        default: '24h',
        fallback: 'credentials.lifetime',
      },
    },
    messages: {
      otherProducer:
        '{{field}} Secret "{{secret}}" comes from {{actual}} ({{file}}); the site\'s credentials come from {{want}} (profile credentials.producer: {{producer}})',
      plainSecret:
        'Secret "{{secret}}" holds its keys in plain text in the repository: anyone who can read the repository can use them, and they never rotate',
      missingSecret:
        '{{field}} names Secret "{{secret}}", but nothing in {{namespace}} produces it (no ExternalSecret with that target name, SealedSecret, ObjectBucketClaim or Secret); the {{credential}} cannot be read and every backup of {{cluster}} fails',
      missingKey: '{{field}} reads key "{{key}}" of Secret "{{secret}}", but {{producer}} yields {{keys}}; every backup of {{cluster}} fails',
      staticCredentials: '{{field}} Secret "{{secret}}" comes from a {{producerKind}} ({{file}}): static credentials are legacy at this site; they never rotate',
      missingGenerator: 'generatorRef names VaultDynamicSecret "{{name}}", but there is none in {{namespace}}; the ExternalSecret produces no Secret',
      missingServiceAccount: 'serviceAccountRef names ServiceAccount "{{name}}", but there is none in {{namespace}}; Vault login fails and no credentials are vended',
      vaultRoleUnset: 'the Vault kubernetes auth sets no role; the site uses "{{want}}"',
      vaultRoleOther: 'Vault role is "{{role}}"; the site uses "{{want}}", the role whose policy allows this app\'s backup prefix',
      vaultPathOther: 'Vault path is "{{path}}"; the site uses "{{want}}"{{why}}',
      refreshInvalid: 'refreshInterval "{{interval}}" is not a Go duration (such as 1h or 30m); External Secrets rejects it',
      refreshDisabled: 'refreshInterval "0" disables refresh, but the credentials expire after {{lifetime}}: from then on every backup fails',
      refreshTooLong:
        'refreshInterval "{{interval}}" is not shorter than the credential lifetime {{lifetime}}: the credentials expire before they are refreshed and backups fail',
      defaultRefreshTooLong:
        'refreshInterval is not set (External Secrets defaults to {{default}}) is not shorter than the credential lifetime {{lifetime}}: the credentials expire before they are refreshed and backups fail',
      missingReloadLabel: 'the target template does not carry the label {{label}}: "true"; CNPG keeps using the old keys after rotation until its pods restart',
    },
  },
  check(ctx) {
    const chains = new Map<Resource, TemplateVars>();
    for (const cluster of ctx.inventory.ofKind('Cluster')) {
      if (!isCluster(cluster)) continue;
      const cfg = backupConfigOf(cluster, ctx.inventory, ctx.profile.backup.pluginName);
      if (!cfg || cfg.inheritFromIAMRole) continue;
      const vars: TemplateVars = templateVarsOf(cluster);
      const seen = new Set<string>();
      for (const ref of cfg.credentials) {
        // The same store is shared by Clusters (plugin style): check each reference once.
        const key = `${ref.resource.file}\0${ref.resource.docIndex}\0${ref.path.join('.')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        checkReference(ctx, cluster, ref, vars, chains);
      }
    }
    for (const [es, vars] of [...chains].sort((a, b) => (a[0].file < b[0].file ? -1 : a[0].file > b[0].file ? 1 : a[0].docIndex - b[0].docIndex))) {
      checkChain(ctx, es, vars);
    }
  },
};

import { backupConfigOf, isCluster, type SecretKeyRef } from '../cnpg/archive.js';
import type { Inventory } from '../inventory/inventory.js';
import { describe, get, getArray, getString, isRecord, type Resource } from '../inventory/resource.js';
import { formatGoDuration, parseGoDuration } from '../models/duration.js';
import { expand, type Profile, type TemplateVars } from '../profile/profile.js';
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

/** Name of the Secret an ExternalSecret writes: `spec.target.name`, default its own name. */
export function externalSecretTarget(es: Resource): string {
  return getString(es.object, ['spec', 'target', 'name']) || es.name;
}

/** Something that makes a Secret exist in a namespace. */
export interface SecretProducer {
  resource: Resource;
  kind: 'ExternalSecret' | 'SealedSecret' | 'Secret';
}

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
 * - ExternalSecret: the source keys are `spec.data[].secretKey`, plus, for a `dataFrom` whose
 *   generatorRef is a VaultDynamicSecret on an AWS creds path, the profile's access key id and
 *   secret access key names and `security_token`. With `spec.target.template.data` the Secret holds
 *   the template keys only (mergePolicy `Replace`, ESO's default) or the template keys and the
 *   source keys (mergePolicy `Merge`).
 */
export function producedKeys(p: SecretProducer, inventory: Inventory, profile: Profile, vars: TemplateVars): Set<string> | undefined {
  const o = p.resource.object;
  if (p.kind === 'Secret') return new Set([...keysOfMap(o.data), ...keysOfMap(o.stringData)]);
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
  if (producers.length === 0) {
    const expected = expand(ctx.profile.credentials.externalSecret, vars);
    ctx.report({
      absent: true,
      resource: ref.resource,
      path: [...ref.path, 'name'],
      messageId: 'missingSecret',
      data: { field, secret: ref.name, namespace: where, credential: REF_FIELD[String(ref.path[ref.path.length - 1])] ?? 'credential', cluster: describe(cluster) },
      fix: {
        description: expected
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
  } else {
    ctx.report({
      kind: 'convention',
      resource: ref.resource,
      path: [...ref.path, 'name'],
      severity: 'warning',
      messageId: 'staticCredentials',
      data: { field, secret: ref.name, producerKind: producer.kind, file: producer.resource.file.split('/').pop() },
      fix: { description: 'replace it with the Vault credentials chain (ServiceAccount, VaultDynamicSecret, ExternalSecret) that vends short-lived keys' },
    });
  }
}

/** ExternalSecret → VaultDynamicSecret → ServiceAccount, refresh interval and reload label. */
function checkChain(ctx: RuleContext, es: Resource, vars: TemplateVars): void {
  const { profile, inventory } = ctx;
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
      const wantRole = expand(profile.credentials.vaultRole, vars);
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
    const wantPath = expand(profile.credentials.vaultPath, vars);
    if (wantPath !== undefined && path !== undefined && path.replace(/^\/+/, '') !== wantPath.replace(/^\/+/, '')) {
      ctx.report({
        kind: 'convention',
        resource: vds,
        path: ['spec', 'path'],
        severity: 'warning',
        messageId: 'vaultPathOther',
        data: { path, want: wantPath },
        fix: { description: `set spec.path to "${wantPath}"`, path: ['spec', 'path'], value: wantPath },
      });
    }
  }

  const raw = get(es.object, ['spec', 'refreshInterval']);
  const interval = raw === undefined ? ESO_DEFAULT_REFRESH : String(raw);
  const refreshMs = parseGoDuration(interval);
  const lifetimeMs = parseGoDuration(profile.credentials.lifetime);
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
        ? { messageId: 'refreshDisabled', data: { lifetime: profile.credentials.lifetime } }
        : raw === undefined
          ? { messageId: 'defaultRefreshTooLong', data: { default: ESO_DEFAULT_REFRESH, lifetime: profile.credentials.lifetime } }
          : { messageId: 'refreshTooLong', data: { interval, lifetime: profile.credentials.lifetime } }),
      fix: { description: `set spec.refreshInterval to less than ${profile.credentials.lifetime}, such as ${half}`, path: ['spec', 'refreshInterval'], value: half },
    });
  }

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
    title: 'Backup credentials resolve through the Vault chain, with the keys the Cluster reads',
    defaultSeverity: 'error',
    kind: 'correctness',
    conventions: 'static keys (SealedSecret, plain Secret) called legacy, the Vault path and role, the refresh interval against the credential lifetime, and the reload label',
    rationale:
      'Every `s3Credentials` secret reference of a backup configuration (the Cluster\'s `spec.backup.barmanObjectStore`, or the ObjectStore\'s `spec.configuration`) must name a Secret that something in the same namespace produces: at this site an ExternalSecret whose `target.name` is the Secret, fed by a VaultDynamicSecret that logs in to Vault with a ServiceAccount and vends short-lived AWS keys. The Secret must hold the key the reference reads: the vended Secret has `access_key`, `secret_key` and `security_token` (the profile names the first two). A broken link anywhere in the chain is invisible until the first WAL segment is archived: the Cluster comes up, and every backup fails. Warnings: a Vault path or role other than the site\'s (the IAM policy allows only the app\'s own prefix), a `refreshInterval` that is not shorter than the credential lifetime (24h by default; ESO refreshes every 1h when it is absent and never with "0"), a target template without the label `cnpg.io/reload: "true"` (CNPG would not pick up rotated keys), and SealedSecret or plain Secret credentials (static keys, legacy). Clusters that use `inheritFromIAMRole` are not checked.',
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
    messages: {
      missingSecret:
        '{{field}} names Secret "{{secret}}", but nothing in {{namespace}} produces it (no ExternalSecret with that target name, SealedSecret or Secret); the {{credential}} cannot be read and every backup of {{cluster}} fails',
      missingKey: '{{field}} reads key "{{key}}" of Secret "{{secret}}", but {{producer}} yields {{keys}}; every backup of {{cluster}} fails',
      staticCredentials: '{{field}} Secret "{{secret}}" comes from a {{producerKind}} ({{file}}): static credentials are legacy at this site; they never rotate',
      missingGenerator: 'generatorRef names VaultDynamicSecret "{{name}}", but there is none in {{namespace}}; the ExternalSecret produces no Secret',
      missingServiceAccount: 'serviceAccountRef names ServiceAccount "{{name}}", but there is none in {{namespace}}; Vault login fails and no credentials are vended',
      vaultRoleUnset: 'the Vault kubernetes auth sets no role; the site uses "{{want}}"',
      vaultRoleOther: 'Vault role is "{{role}}"; the site uses "{{want}}", the role whose policy allows this app\'s backup prefix',
      vaultPathOther: 'Vault path is "{{path}}"; the site uses "{{want}}", whose credentials the IAM policy allows on this app\'s backup prefix',
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
      const vars: TemplateVars = { site: cluster.site, app: cluster.app, cluster: cluster.name, k8sCluster: cluster.k8sCluster, wave: cluster.wave };
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

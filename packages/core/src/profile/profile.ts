import type { Resource } from '../inventory/resource.js';
import type { SeveritySetting } from '../types.js';

/** How a Cluster is backed up: the in-tree Barman object store, the Barman Cloud plugin, or another CNPG-I plugin. */
export type SiteBackupMethod = 'barman-object-store' | 'barman-cloud-plugin' | 'other-plugin';
export const SITE_BACKUP_METHODS: readonly SiteBackupMethod[] = ['barman-object-store', 'barman-cloud-plugin', 'other-plugin'];

/** What makes the Secret that holds a Cluster's object store credentials. */
export type SiteCredentialsProducer = 'vault-chain' | 'external-secret' | 'sealed-secret' | 'sops' | 'ksops' | 'object-bucket-claim' | 'secret' | 'any';
export const SITE_CREDENTIALS_PRODUCERS: readonly SiteCredentialsProducer[] = ['vault-chain', 'external-secret', 'sealed-secret', 'sops', 'ksops', 'object-bucket-claim', 'secret', 'any'];

/** The sections of a profile an override may change. */
export type OverridableSection = 'storage' | 'backup' | 'credentials' | 'imageCatalog';
export const OVERRIDABLE_SECTIONS: readonly OverridableSection[] = ['storage', 'backup', 'credentials', 'imageCatalog'];

/**
 * Profile values for some resources only (ESLint-overrides style): the sections it gives are
 * merged over the base profile for resources whose app or namespace matches one of its globs.
 */
export interface ProfileOverride {
  /** Globs matched against a resource's app. */
  apps?: string[];
  /** Globs matched against a resource's namespace. */
  namespaces?: string[];
  storage?: Partial<Profile['storage']>;
  backup?: Partial<Profile['backup']>;
  credentials?: Partial<Profile['credentials']>;
  imageCatalog?: Partial<Profile['imageCatalog']>;
  rules?: Record<string, SeveritySetting>;
  ruleOptions?: Record<string, Record<string, unknown>>;
}

/**
 * The site conventions. Every string that describes a name or a path is a template: `{site}`,
 * `{app}`, `{namespace}`, `{cluster}` (the CNPG Cluster's name), `{k8sCluster}` and `{wave}` are
 * replaced.
 */
export interface Profile {
  layout: {
    /**
     * Directories of one app's kustomize overlay, relative to the repository root; a path takes
     * the first that matches.
     */
    overlays: string[];
    /** The first of `overlays` (the single-template form `layout.overlay` of the file). */
    overlay: string;
    /** Directory of one app's Helm values. */
    values: string;
  };
  storage: {
    /** Storage class of `spec.storage` and `spec.walStorage`. */
    storageClass: string;
  };
  backup: {
    /** Where each Cluster archives (bucket and prefix; Barman appends the server name). */
    destinationPath: string;
    /** Tags every object store configuration carries. */
    tags: Record<string, string>;
    /** A retention policy must match this. */
    retentionPolicyPattern: string;
    /** Name of the Barman Cloud CNPG-I plugin. */
    pluginName: string;
    /** Require a ScheduledBackup for every Cluster. */
    requireScheduledBackup: boolean;
    /** The ways of backing up the site uses; a Cluster backed up another way is reported. */
    methods: SiteBackupMethod[];
    /**
     * The credentials carry a policy (an IAM policy) that allows only the app's own prefix, so a
     * destination elsewhere fails at runtime with AccessDenied. Messages say so only when true.
     */
    iamScoped: boolean;
  };
  credentials: {
    /** What produces the credentials Secret; the shape of the producer is checked for this one. */
    producer: SiteCredentialsProducer;
    serviceAccount: string;
    vaultDynamicSecret: string;
    externalSecret: string;
    /** Name of the Secret that holds the S3 keys. */
    secret: string;
    vaultPath: string;
    vaultRole: string;
    accessKeyIdKey: string;
    secretAccessKeyKey: string;
    /**
     * Lifetime of a vended credential, a Go duration such as `24h`. The option `lifetime` of the
     * rule backup-credentials takes precedence; this field is its fallback.
     */
    lifetime: string;
    /** Label the ExternalSecret target template should carry so CNPG reloads rotated keys. */
    reloadLabel: string;
  };
  imageCatalog: {
    kind: 'ClusterImageCatalog' | 'ImageCatalog';
    name: string;
  };
  /** Severity per rule id; `off` disables a rule. */
  rules: Record<string, SeveritySetting>;
  /** Options per rule id (the second element of `rules.<id>: [severity, { ...options }]`). */
  ruleOptions: Record<string, Record<string, unknown>>;
  /** Globs, relative to the repository root, of files that are not linted at all. */
  exclude: string[];
  /** Values for some apps or namespaces, merged over the rest of the profile; the last that matches wins. */
  overrides: ProfileOverride[];
  /**
   * A baseline file of accepted findings, relative to the profile file (see `lint --baseline`);
   * lint and the policy ignore the findings it lists.
   */
  baseline?: string;
}

export interface LoadedProfile {
  profile: Profile;
  /** The override file, when one was found. */
  file?: string;
}

export const DEFAULT_PROFILE: Profile = {
  layout: {
    overlays: ['sites/{site}/clusters/{k8sCluster}/wave-{wave}/overlays/{app}/'],
    overlay: 'sites/{site}/clusters/{k8sCluster}/wave-{wave}/overlays/{app}/',
    values: 'sites/{site}/clusters/{k8sCluster}/wave-{wave}/values/{app}/',
  },
  storage: { storageClass: 'cluster-nobackup' },
  backup: {
    destinationPath: 's3://dal-site-backups/{site}/{app}/postgres/',
    tags: { site: '{site}', service: '{app}', db: '{cluster}' },
    retentionPolicyPattern: '^[1-9][0-9]*[dwm]$',
    pluginName: 'barman-cloud.cloudnative-pg.io',
    requireScheduledBackup: true,
    methods: [...SITE_BACKUP_METHODS],
    iamScoped: true,
  },
  credentials: {
    producer: 'vault-chain',
    serviceAccount: '{app}-sa',
    vaultDynamicSecret: '{app}-db-backup',
    externalSecret: '{app}-db-backup',
    secret: '{app}-db-backup',
    vaultPath: '/aws/creds/{app}-db-backup',
    vaultRole: 'workload-reader-{app}-db-backup',
    accessKeyIdKey: 'access_key',
    secretAccessKeyKey: 'secret_key',
    lifetime: '24h',
    reloadLabel: 'cnpg.io/reload',
  },
  imageCatalog: { kind: 'ClusterImageCatalog', name: 'postgresql' },
  rules: {},
  ruleOptions: {},
  exclude: [],
  overrides: [],
};

export interface TemplateVars {
  site?: string | undefined;
  app?: string | undefined;
  cluster?: string | undefined;
  k8sCluster?: string | undefined;
  wave?: string | undefined;
  namespace?: string | undefined;
}

/** The template variables of a resource (a Cluster): where it sits, its namespace and its name. */
export function templateVarsOf(r: Resource): TemplateVars {
  return { site: r.site, app: r.app, cluster: r.name, k8sCluster: r.k8sCluster, wave: r.wave, namespace: r.namespace };
}

/** Fills a template; undefined when it names a variable that is not known. */
export function expand(template: string, vars: TemplateVars): string | undefined {
  let missing = false;
  const out = template.replace(/\{(site|app|cluster|k8sCluster|wave|namespace)\}/g, (_, k: keyof TemplateVars) => {
    const v = vars[k];
    if (v === undefined || v === '') missing = true;
    return v ?? '';
  });
  return missing ? undefined : out;
}

const layoutCache = new Map<string, RegExp>();

/** A regular expression matching the layout template anywhere in a `/`-separated path. */
export function layoutRegExp(template: string): RegExp {
  let re = layoutCache.get(template);
  if (!re) {
    const names: string[] = [];
    const body = template
      .replace(/^\/+/, '')
      .split(/(\{[A-Za-z0-9]+\})/)
      .map((part) => {
        const m = /^\{([A-Za-z0-9]+)\}$/.exec(part);
        if (m) {
          names.push(m[1]!);
          return `(?<${m[1]}>[^/]+)`;
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    re = new RegExp(`(?:^|/)${body.endsWith('/') ? body : body + '/'}`);
    layoutCache.set(template, re);
  }
  return re;
}

import type { SeveritySetting } from '../types.js';

/**
 * The site conventions. Every string that describes a name or a path is a template: `{site}`,
 * `{app}`, `{cluster}` (the CNPG Cluster's name), `{k8sCluster}` and `{wave}` are replaced.
 */
export interface Profile {
  layout: {
    /** Directory of one app's kustomize overlay, relative to the repository root. */
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
  };
  credentials: {
    serviceAccount: string;
    vaultDynamicSecret: string;
    externalSecret: string;
    /** Name of the Secret that holds the S3 keys. */
    secret: string;
    vaultPath: string;
    vaultRole: string;
    accessKeyIdKey: string;
    secretAccessKeyKey: string;
    /** Lifetime of a vended credential, a Go duration such as `24h`. */
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
  },
  credentials: {
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
};

export interface TemplateVars {
  site?: string | undefined;
  app?: string | undefined;
  cluster?: string | undefined;
  k8sCluster?: string | undefined;
  wave?: string | undefined;
}

/** Fills a template; undefined when it names a variable that is not known. */
export function expand(template: string, vars: TemplateVars): string | undefined {
  let missing = false;
  const out = template.replace(/\{(site|app|cluster|k8sCluster|wave)\}/g, (_, k: keyof TemplateVars) => {
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

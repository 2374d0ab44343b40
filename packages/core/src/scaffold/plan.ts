/**
 * A new app's overlay planned from the repository as it is: where the layout puts it, the names
 * the other apps' resources follow, and what deploys the other overlays.
 */
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { backupConfigOf } from '../cnpg/archive.js';
import { InputError } from '../errors.js';
import type { Inventory } from '../inventory/inventory.js';
import { readYamlText } from '../inventory/parse-file.js';
import type { Resource } from '../inventory/resource.js';
import { profileFor } from '../profile/overrides.js';
import { type Profile, type TemplateVars } from '../profile/profile.js';
import { producersOf, producerTypeOf } from '../rules/backup-credentials.js';
import { ruleById } from '../rules/index.js';
import { optionsOf } from '../rules/rule.js';
import {
  checkDnsLabel,
  chooseRetention,
  commonPattern,
  fill,
  overlaysOfLayout,
  PLACE_VARIABLES,
  refreshIntervalFor,
  resolvePlace,
  scaffoldFiles,
  templateVariables,
  vaultInstructions,
  yamlText,
  type LayoutOverlay,
  type Place,
  type Scaffold,
  type ScaffoldStyle,
} from './scaffold.js';

export interface NewAppOptions {
  app: string;
  /** The repository root (absolute). */
  root: string;
  /** Write exactly there (absolute) instead of where the layout says. */
  dir?: string | undefined;
  style?: ScaffoldStyle | undefined;
  site?: string | undefined;
  k8sCluster?: string | undefined;
  wave?: string | undefined;
  namespace?: string | undefined;
  cluster?: string | undefined;
  vaultServer?: string | undefined;
}

export interface NewAppPlan {
  /** Absolute directory of the overlay. */
  dir: string;
  /** The same, relative to the repository root, `/`-separated. */
  relDir: string;
  style: ScaffoldStyle;
  vars: TemplateVars & { app: string; namespace: string; cluster: string };
  major: number;
  /** The pinned image, where the site pins images instead of naming a catalog. */
  imageName?: string;
  scaffold: Scaffold;
  /** How the new overlay gets deployed: what to add and where. */
  deploy: string[];
  /** The Vault and IAM side, for a person. */
  vault: string[];
}

const posix = (p: string) => p.split(sep).join('/');
const count = <T>(xs: readonly T[]) => {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (String(a[0]) < String(b[0]) ? -1 : 1));
};
const get = (o: unknown, ...path: string[]): unknown => {
  let cur = o;
  for (const k of path) cur = cur !== null && typeof cur === 'object' && !Array.isArray(cur) ? (cur as Record<string, unknown>)[k] : undefined;
  return cur;
};
const isCnpg = (r: Resource) => r.apiVersion.startsWith('postgresql.cnpg.io/');

/** A value written with the variables of its resource's place as `{site}`, `{k8sCluster}`, `{app}`. */
function valuePattern(value: string, vars: Record<string, string | undefined>): string {
  let out = value;
  const entries = Object.entries(vars).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '').sort((a, b) => b[1].length - a[1].length);
  for (const [k, v] of entries) out = out.split(v).join(`{${k}}`);
  return out;
}

/** The most common value, else undefined. */
function mostCommon(values: readonly string[]): string | undefined {
  return count(values)[0]?.[0];
}

/** Plans a new app's overlay; throws an InputError when a value cannot be told. */
export function planNewApp(inventory: Inventory, baseProfile: Profile, opts: NewAppOptions): NewAppPlan {
  const { app, root } = opts;
  checkDnsLabel(app, 'APP');
  const layout = baseProfile.layout.overlay;
  const overlays = overlaysOfLayout(inventory.overlays.map((d) => posix(relative(root, d))).filter((d) => d !== '' && !d.startsWith('..')), layout);
  const clusters = inventory.ofKind('Cluster').filter((r) => isCnpg(r) && r.app !== undefined);

  const namespace = opts.namespace ?? fill(commonPattern(clusters.filter((c) => c.namespace !== undefined).map((c) => ({ name: c.namespace!, app: c.app! })), '{app}'), { app }, 'namespace');
  checkDnsLabel(namespace, opts.namespace !== undefined ? '--namespace' : 'the namespace');
  const cluster = opts.cluster ?? fill(commonPattern(clusters.map((c) => ({ name: c.name, app: c.app! })), '{app}-db'), { app }, 'Cluster name');
  checkDnsLabel(cluster, opts.cluster !== undefined ? '--cluster-name' : 'the Cluster name');

  // The variables the templates used need: those of the layout (unless --dir), of the destination, tags and credentials.
  const p0 = profileFor(baseProfile, { app, namespace });
  const templates = [p0.backup.destinationPath, ...Object.values(p0.backup.tags), ...Object.values(p0.credentials).filter((v): v is string => typeof v === 'string')];
  const given: Place = {};
  if (opts.site !== undefined) given.site = opts.site;
  if (opts.k8sCluster !== undefined) given.k8sCluster = opts.k8sCluster;
  if (opts.wave !== undefined) given.wave = opts.wave;
  if (opts.dir) {
    const rel = posix(relative(root, opts.dir));
    const fromDir = overlaysOfLayout([rel], layout)[0];
    for (const v of PLACE_VARIABLES) if (given[v] === undefined && fromDir?.vars[v] !== undefined) given[v] = fromDir.vars[v];
  } else {
    templates.push(layout);
  }
  const needed = [...new Set(templates.flatMap(templateVariables))];
  const place = resolvePlace(needed, overlays, given, `where the overlay of "${app}" goes (layout.overlay "${layout}")`);
  const vars = { ...place, app, namespace, cluster };
  const dir = opts.dir ?? resolve(root, fill(layout, vars, 'layout.overlay'));
  const relDir = posix(relative(root, dir)) || '.';

  const profile = profileFor(baseProfile, { app, namespace });
  const methods = profile.backup.methods;
  const style = opts.style ?? (methods.includes('barman-cloud-plugin') ? 'plugin' : methods.includes('barman-object-store') ? 'legacy' : undefined);
  if (!style) throw new InputError(`the profile's backup.methods (${methods.join(', ')}) has neither barman-cloud-plugin nor barman-object-store: new writes one of those; pass --style plugin|legacy after adding it to backup.methods`);
  const method = style === 'plugin' ? 'barman-cloud-plugin' : 'barman-object-store';
  if (!methods.includes(method)) throw new InputError(`--style ${style} is the backup method ${method}, which the profile's backup.methods (${methods.join(', ')}) does not allow; pass --style ${style === 'plugin' ? 'legacy' : 'plugin'}`);

  const stores = inventory.ofKind('ObjectStore').filter((r) => r.apiVersion.startsWith('barmancloud.cnpg.io/') && r.app !== undefined);
  const objectStore = fill(commonPattern(stores.map((s) => ({ name: s.name, app: s.app! })), '{app}-store'), { app, cluster }, 'ObjectStore name');
  checkDnsLabel(objectStore, 'the ObjectStore name');

  const retentions = [
    ...clusters.map((c) => get(c.object, 'spec', 'backup', 'retentionPolicy')),
    ...stores.map((s) => get(s.object, 'spec', 'retentionPolicy')),
  ].filter((x): x is string => typeof x === 'string');
  const retentionRule = ruleById('retention-policy');
  const pattern = String((retentionRule ? optionsOf(retentionRule.meta, profile).pattern : undefined) ?? profile.backup.retentionPolicyPattern);
  const retention = chooseRetention(pattern, retentions);

  const major = majorOf(inventory, profile);
  // A site that pins images (its image-catalog rule off): the image most of its Clusters pin.
  const imageName = profile.rules['image-catalog'] === 'off'
    ? mostCommon(inventory.ofKind('Cluster').filter(isCnpg).map((c) => get(c.object, 'spec', 'imageName')).filter((x): x is string => typeof x === 'string' && !/\$\{|\{\{/.test(x)))
    : undefined;
  const credentialsRule = ruleById('backup-credentials');
  const lifetime = String((credentialsRule ? optionsOf(credentialsRule.meta, profile).lifetime : undefined) ?? profile.credentials.lifetime);

  // The Vault server and auth mount: what the closest VaultDynamicSecrets say.
  const vds = inventory.ofKind('VaultDynamicSecret');
  const near = (r: Resource) => (r.site === vars.site ? 2 : 0) + (r.k8sCluster === (vars as Place).k8sCluster ? 1 : 0);
  const best = Math.max(-1, ...vds.map(near));
  const pool = vds.filter((r) => near(r) === best);
  const server = opts.vaultServer ?? mostCommon(pool.map((r) => get(r.object, 'spec', 'provider', 'server')).filter((x): x is string => typeof x === 'string'));
  const chain = profile.credentials.producer === 'vault-chain' || profile.credentials.producer === 'any';
  if (chain && server === undefined) throw new InputError('no VaultDynamicSecret in the repository to take the Vault server from; pass --vault-server URL');
  const mountPattern = mostCommon(
    pool
      .map((r) => ({ r, m: get(r.object, 'spec', 'provider', 'auth', 'kubernetes', 'mountPath') }))
      .filter((x): x is { r: Resource; m: string } => typeof x.m === 'string')
      .map(({ r, m }) => valuePattern(m, { site: r.site, k8sCluster: r.k8sCluster, app: r.app })),
  );
  const mountPath = (mountPattern !== undefined ? expand(mountPattern, vars) : undefined) ?? 'kubernetes';

  const externalSecret = profile.credentials.producer === 'external-secret' ? siblingExternalSecret(inventory, root, profile, { ...vars, secret: fill(profile.credentials.secret, vars, 'credentials.secret') }) : undefined;
  const scaffold = scaffoldFiles({
    ...(externalSecret ? { externalSecret } : {}),
    profile,
    style,
    vars,
    objectStore,
    retention,
    major,
    ...(imageName !== undefined ? { imageName } : {}),
    refreshInterval: refreshIntervalFor(lifetime),
    vault: { server: server ?? '', mountPath },
    schedule: '0 0 2 * * *',
  });
  const vault = chain ? vaultInstructions(scaffold, { namespace, mountPath, lifetime, iamScoped: profile.backup.iamScoped }) : [];
  const deploy = deployHints(inventory, root, overlays, dir, vars);
  return { dir, relDir, style, vars, major, ...(imageName !== undefined ? { imageName } : {}), scaffold, deploy, vault };
}

function expand(template: string, vars: TemplateVars): string | undefined {
  try {
    return fill(template, vars, 'value');
  } catch {
    return undefined;
  }
}

/** The major to write: the highest of the site's image catalog, else the highest the Clusters use, else 17. */
function majorOf(inventory: Inventory, profile: Profile): number {
  const majors = (xs: unknown[]) => xs.map((x) => (typeof x === 'number' ? x : typeof x === 'string' && /^[0-9]+$/.test(x) ? Number(x) : undefined)).filter((x): x is number => x !== undefined);
  const catalog = inventory.ofKind(profile.imageCatalog.kind).filter((r) => isCnpg(r) && r.name === profile.imageCatalog.name);
  const inCatalog = majors(catalog.flatMap((c) => (Array.isArray(get(c.object, 'spec', 'images')) ? (get(c.object, 'spec', 'images') as unknown[]).map((i) => get(i, 'major')) : [])));
  if (inCatalog.length > 0) return Math.max(...inCatalog);
  const used = majors(inventory.ofKind('Cluster').filter(isCnpg).map((c) => get(c.object, 'spec', 'imageCatalogRef', 'major')));
  return used.length > 0 ? Math.max(...used) : 17;
}

/**
 * An ExternalSecret for the new app made from the one a sibling app's Cluster reads its S3 keys
 * through: the same store and shape, the sibling's app and Cluster names replaced, named and
 * targeted for the new Secret. Undefined when no sibling has one.
 */
function siblingExternalSecret(inventory: Inventory, root: string, profile: Profile, vars: { app: string; cluster: string; secret: string }): { object: Record<string, unknown>; from: string } | undefined {
  const candidates: { es: Resource; cluster: Resource }[] = [];
  for (const c of inventory.ofKind('Cluster').filter(isCnpg)) {
    const name = backupConfigOf(c, inventory, profile.backup.pluginName)?.credentials[0]?.name;
    if (!name) continue;
    const p = producersOf(inventory, name, c)[0];
    if (p && producerTypeOf(p) === 'external-secret') candidates.push({ es: p.resource, cluster: c });
  }
  candidates.sort((a, b) => (a.es.file < b.es.file ? -1 : a.es.file > b.es.file ? 1 : 0));
  const pick = candidates[0];
  if (!pick) return undefined;
  const sApp = pick.cluster.app ?? pick.cluster.namespace;
  const sCluster = pick.cluster.name;
  const object = mapStrings(pick.es.object, (str) => {
    let out = str.split(sCluster).join(vars.cluster);
    if (sApp) out = out.split(sApp).join(vars.app);
    return out;
  }) as Record<string, unknown>;
  const metadata = { ...(object.metadata as Record<string, unknown>) };
  delete metadata.namespace;
  delete metadata.uid;
  delete metadata.resourceVersion;
  metadata.name = vars.secret;
  object.metadata = metadata;
  const spec = { ...((object.spec as Record<string, unknown>) ?? {}) };
  spec.target = { ...((spec.target as Record<string, unknown>) ?? {}), name: vars.secret };
  object.spec = spec;
  return { object, from: posix(relative(root, pick.es.file)) };
}

/** Deep copy of a value with every string passed through `f`. */
function mapStrings(v: unknown, f: (s: string) => string): unknown {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)]));
  return v;
}

/**
 * What deploys the other overlays, made over for the new one: the ArgoCD Application or Flux
 * Kustomization to add, or the line to add to a parent kustomization. The closest overlay that
 * something deploys is the model.
 */
export function deployHints(inventory: Inventory, root: string, overlays: readonly LayoutOverlay[], dir: string, vars: { app: string; namespace: string; cluster: string }): string[] {
  const relDir = posix(relative(root, dir));
  const shared = (o: LayoutOverlay) => {
    const a = o.dir.split('/');
    const b = relDir.split('/');
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  };
  const siblings = overlays.filter((o) => o.dir !== relDir).sort((a, b) => shared(b) - shared(a) || (a.dir < b.dir ? -1 : 1));
  const roots = inventory.model?.roots ?? [];
  const kustomizations = inventory.files.filter((f) => f.kind === 'kustomization' && f.text !== undefined);
  for (const s of siblings) {
    const abs = resolve(root, s.dir);
    const sApp = s.vars.app ?? basename(s.dir);
    const out: string[] = [];
    for (const r of roots) {
      if ((r.controller !== 'argocd' && r.controller !== 'flux') || resolve(r.path) !== abs || !r.file) continue;
      const what = r.controller === 'argocd' ? 'ArgoCD Application' : 'Flux Kustomization';
      const file = posix(relative(root, r.file));
      if (r.applicationSet) {
        out.push(`The ApplicationSet ${r.applicationSet} (${file}) makes the ${what} of ${s.dir}; check that its generator also matches ${relDir}.`);
        continue;
      }
      const obj = inventory.resources.find((x) => x.file === r.file && x.name === r.name && (x.kind === 'Application' || x.kind === 'Kustomization'));
      if (!obj) continue;
      const sNamespace = r.targetNamespace;
      const made = mapStrings(obj.object, (str) => {
        if (str === s.dir || str === `./${s.dir}` || str === `${s.dir}/` || str === `./${s.dir}/`) return str.replace(s.dir, relDir);
        if (str === sApp) return vars.app;
        if (sNamespace !== undefined && str === sNamespace) return vars.namespace;
        return str.split(sApp).join(vars.app);
      });
      const alone = inventory.resources.filter((x) => x.file === r.file).length === 1;
      const name = basename(file);
      if (alone && name.includes(sApp)) {
        const target = join(dirname(file), name.split(sApp).join(vars.app)).split(sep).join('/');
        out.push(`${relDir} is deployed by nothing yet. The ${what} ${file} deploys ${s.dir}; add ${target} for ${vars.app} (not written: review it first):`, '', ...yamlText(made).trimEnd().split('\n').map((l) => `  ${l}`));
      } else {
        out.push(`${relDir} is deployed by nothing yet. The ${what} ${r.name} in ${file} deploys ${s.dir}; add this document to ${file} (not written: review it first):`, '', ...yamlText(made).trimEnd().split('\n').map((l) => `  ${l}`));
      }
    }
    for (const k of kustomizations) {
      // Read as the loader reads it: a kustomization it refused (an alias cycle, a syntax error) names nothing.
      const read = readYamlText(k.text!);
      if (read.error || read.docs.length !== 1) continue;
      const data = read.docs[0];
      const entries = [get(data, 'resources'), get(data, 'components')].flatMap((x) => (Array.isArray(x) ? x : []));
      const hit = entries.find((e): e is string => typeof e === 'string' && resolve(dirname(k.path), e) === abs);
      if (hit === undefined) continue;
      const entry = posix(relative(dirname(k.path), dir));
      out.push(`${relDir} is deployed by nothing yet. ${posix(relative(root, k.path))} lists ${hit}; add this line under its resources (not written):`, '', `  - ${entry}`);
    }
    if (out.length > 0) return out;
  }
  return [`Nothing in the repository deploys the other overlays of the layout (no ArgoCD Application, Flux Kustomization or parent kustomization names them): deploy ${relDir} the way the site deploys its overlays.`];
}

import { relative, sep } from 'node:path';
import { backupConfigOf, clusterRefOf } from '../cnpg/archive.js';
import { InputError } from '../errors.js';
import type { Inventory } from '../inventory/inventory.js';
import { get, getString, isRecord, type Resource } from '../inventory/resource.js';
import { noSuchCluster, plannedCluster } from '../plan/cluster.js';
import type { Plan, PlanCheck, PlannerInput, PlanStep } from '../plan/model.js';
import type { Profile } from '../profile/profile.js';
import { deployStep, gitopsControllerOf, planFieldEdit, planRestore, type ArchiveFacts, type DeployedBy, type RestorePlan } from '../restore/plan.js';

/** What the archive says about the base backups the rollback could restore (from S3). */
export interface UpgradeArchiveFacts {
  /** Why the archive could not be read; the plan then takes a backup first. */
  unavailable?: string;
  /** `s3://bucket/prefix/server/`, for messages. */
  where?: string;
  /** Base backups, oldest first. */
  backups?: {
    id: string;
    endTime?: string;
    pgMajor?: number;
    /** DONE, readable, its own WAL complete. */
    done: boolean;
    /** WAL continuous from it to the newest archived segment. */
    walToNewest: boolean;
  }[];
}

/** What the live cluster says (plan-upgrade --live). */
export interface UpgradeLiveFacts {
  context: string;
  /** The image catalog the Cluster names, as deployed; absent when it does not exist there. */
  catalog?: { kind: string; name: string; images: { major: number; image: string }[] };
  /** Why the catalog could not be read. */
  catalogError?: string;
  /** status.pgDataImageInfo.majorVersion of the live Cluster. */
  majorVersion?: number;
}

export interface UpgradeOptions extends PlannerInput {
  /** The target PostgreSQL major. */
  to: number;
  /** The age a base backup may have to count as fresh, as given (`24h`) and in milliseconds. */
  maxBackupAge: { text: string; ms: number };
  facts?: { archive?: UpgradeArchiveFacts; live?: UpgradeLiveFacts; rollbackArchive?: ArchiveFacts };
  /** The repository as the upgrade writes it (the edits applied): the rollback is planned against it. */
  upgraded?: { inventory: Inventory; texts: { file: string; text: string }[] };
  /** Every text file to scan for references; defaults to the inventory's files. */
  texts?: { file: string; text: string }[];
  now?: Date;
}

export interface UpgradePlan extends Plan {
  cluster: { name: string; namespace?: string; file: string };
  /** The major the Cluster runs (from git), when known. */
  from?: number;
  to: number;
  /** How the major is selected: an image catalog, or a pinned image. */
  image: { kind: 'catalog'; catalog: { kind: string; name: string } } | { kind: 'pinned'; before: string; after?: string } | { kind: 'none' };
  checks: PlanCheck[];
  /** The base backup the rollback restores: one in the archive now, or the one the first step takes. */
  backup: { fresh: true; id: string } | { fresh: false; takeName: string };
  /** The restore plan that recovers the pre-upgrade backup into a new Cluster of the old major. */
  rollback?: RestorePlan;
  /** What a person must know about the rollback (how it is pinned, what to do first). */
  rollbackNotes: string[];
  deployedBy?: DeployedBy;
}

const rel = (root: string, file: string) => relative(root, file).split(sep).join('/');

/**
 * The major a pinned image runs, from its tag (`…/postgresql:16.4`, `:16`, `:16.4-bookworm`), and
 * the image of `to` the same repository would hold when the tag pattern is plain (no digest).
 */
export function imageMajor(image: string, to?: number): { major: number; proposed?: string } | undefined {
  const at = image.indexOf('@');
  const named = at >= 0 ? image.slice(0, at) : image;
  const colon = named.lastIndexOf(':');
  if (colon < 0 || colon < named.lastIndexOf('/')) return undefined;
  const tag = named.slice(colon + 1);
  const m = /^(\d+)((?:\.\d+)*)(-[A-Za-z0-9_.-]+)?$/.exec(tag);
  if (!m) return undefined;
  const major = Number(m[1]);
  if (major < 10 || major > 99) return undefined;
  if (to === undefined || at >= 0) return { major };
  return { major, proposed: `${named.slice(0, colon)}:${to}${m[3] ?? ''}` };
}

/** The major a Cluster runs as git says: `spec.imageCatalogRef.major`, else the tag of `spec.imageName`. */
export function clusterMajor(c: Resource): { major?: number; image: UpgradePlan['image'] } {
  const ref = get(c.object, ['spec', 'imageCatalogRef']);
  if (isRecord(ref)) {
    const m = ref.major;
    const major = typeof m === 'number' && Number.isInteger(m) ? m : typeof m === 'string' && /^\d+$/.test(m) ? Number(m) : undefined;
    return { ...(major !== undefined ? { major } : {}), image: { kind: 'catalog', catalog: { kind: typeof ref.kind === 'string' ? ref.kind : 'ImageCatalog', name: typeof ref.name === 'string' ? ref.name : '' } } };
  }
  const image = getString(c.object, ['spec', 'imageName']);
  if (image) {
    const parsed = imageMajor(image);
    return { ...(parsed ? { major: parsed.major } : {}), image: { kind: 'pinned', before: image } };
  }
  return { image: { kind: 'none' } };
}

function findCluster(o: UpgradeOptions): Resource {
  const { cluster, all } = plannedCluster(o, 'upgrade');
  if (cluster) return cluster;
  throw noSuchCluster(o, all);
}

/** The image catalog a Cluster names, from the repository: its file, line and images. */
function catalogInRepo(o: UpgradeOptions, cluster: Resource, kind: string, name: string): { resource: Resource; images: { major: number; image: string }[] } | undefined {
  const found = o.inventory
    .ofKind(kind)
    .filter((r) => r.apiVersion.startsWith('postgresql.cnpg.io/') && r.name === name && (kind !== 'ImageCatalog' || r.namespace === undefined || cluster.namespace === undefined || r.namespace === cluster.namespace));
  // The one rendered with the Cluster first, then any.
  const r = found.find((x) => x.root !== undefined && x.root === cluster.root) ?? found[0];
  if (!r) return undefined;
  const list = get(r.object, ['spec', 'images']);
  const images = (Array.isArray(list) ? list : [])
    .filter(isRecord)
    .map((e) => ({ major: typeof e.major === 'number' ? e.major : Number(e.major), image: typeof e.image === 'string' ? e.image : '' }))
    .filter((e) => Number.isInteger(e.major))
    .sort((a, b) => a.major - b.major);
  return { resource: r, images };
}

/** The extensions a Cluster loads, with where each is declared. */
export function clusterExtensions(inv: Inventory, cluster: Resource): string[] {
  const out: string[] = [];
  const libs = get(cluster.object, ['spec', 'postgresql', 'shared_preload_libraries']);
  if (Array.isArray(libs)) for (const l of libs) if (typeof l === 'string') out.push(`${l} (shared_preload_libraries)`);
  const ext = get(cluster.object, ['spec', 'postgresql', 'extensions']);
  if (Array.isArray(ext)) {
    for (const e of ext) {
      if (!isRecord(e) || typeof e.name !== 'string') continue;
      const ref = getString(e, ['image', 'reference']);
      out.push(`${e.name} (spec.postgresql.extensions${ref ? `, image ${ref}` : ''})`);
    }
  }
  for (const db of inv.inNamespaceOf('Database', cluster)) {
    if (!db.apiVersion.startsWith('postgresql.cnpg.io/') || clusterRefOf(db) !== cluster.name) continue;
    const list = get(db.object, ['spec', 'extensions']);
    if (!Array.isArray(list)) continue;
    for (const e of list) {
      if (!isRecord(e) || typeof e.name !== 'string' || e.ensure === 'absent') continue;
      out.push(`${e.name} (Database ${db.name}${typeof e.version === 'string' ? `, version ${e.version}` : ''})`);
    }
  }
  return [...new Set(out)];
}

function age(ms: number): string {
  const m = Math.floor(ms / 60_000);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h${m % 60 ? `${m % 60}m` : ''}`;
  return `${Math.floor(h / 24)}d${h % 24 ? `${h % 24}h` : ''}`;
}

/** Plans the offline in-place major upgrade of a Cluster, with its rollback. Pure. */
export function planUpgrade(o: UpgradeOptions): UpgradePlan {
  const cluster = findCluster(o);
  const namespace = cluster.namespace ?? o.namespace;
  const ns = namespace ?? '<namespace>';
  const name = cluster.name;
  const { major: from, image } = clusterMajor(cluster);
  const warnings: string[] = [];
  const checks: PlanCheck[] = [];
  const takeName = `${name.slice(0, 40)}-pre-upgrade-${o.to}`;
  const plan: UpgradePlan = {
    cluster: { name, file: cluster.file, ...(namespace !== undefined ? { namespace } : {}) },
    ...(from !== undefined ? { from } : {}),
    to: o.to,
    image,
    checks,
    steps: [],
    edits: [],
    warnings,
    unsafe: [],
    backup: { fresh: false, takeName },
    rollbackNotes: [],
  };
  const where = `${rel(o.root, cluster.file)}:${cluster.position.line}`;

  // major-up
  if (from === undefined) {
    checks.push({
      id: 'major-up',
      verdict: 'failed',
      message:
        image.kind === 'pinned'
          ? `the tag of spec.imageName "${image.before}" (${where}) does not say a PostgreSQL major: set spec.imageCatalogRef with the major the Cluster runs (see its status), then plan again`
          : image.kind === 'catalog'
            ? `spec.imageCatalogRef of Cluster ${name} (${where}) has no numeric major: set it to the major the Cluster runs, then plan again`
            : `Cluster ${name} (${where}) sets neither spec.imageCatalogRef nor spec.imageName: it runs the operator's default image, whose major git does not say; set spec.imageCatalogRef with the major it runs, then plan again`,
    });
    return plan;
  }
  if (o.to <= from) {
    checks.push({
      id: 'major-up',
      verdict: 'failed',
      message:
        o.to === from
          ? `Cluster ${name} already runs PostgreSQL ${from} (${where}): nothing to upgrade; minor versions roll out from the image catalog by themselves`
          : `--to ${o.to} is below the major Cluster ${name} runs (${from}, ${where}): a major never goes down on an existing Cluster (PostgreSQL cannot downgrade a data directory); to go back to ${o.to}, restore a backup taken under ${o.to} into a new Cluster (kubectl cnpg-site plan-restore ${name} --major ${o.to} --backup-id ID)`,
    });
    return plan;
  }
  checks.push({ id: 'major-up', verdict: 'ok', message: `PostgreSQL ${from} → ${o.to} (${where})${o.to - from > 1 ? `: ${o.to - from} majors at once, which pg_upgrade supports` : ''}` });
  const live = o.facts?.live;
  if (live?.majorVersion !== undefined && live.majorVersion !== from) {
    warnings.push(`the live Cluster's data directory runs major ${live.majorVersion} (context ${live.context}), git says ${from}: reconcile git with the cluster before upgrading`);
  }

  // catalog-has-major, and the edit
  let editPath: (string | number)[] | undefined;
  let editValue: unknown;
  if (image.kind === 'catalog') {
    const { kind, name: catName } = image.catalog;
    const label = `${kind} ${catName}`;
    const repo = catalogInRepo(o, cluster, kind, catName);
    const images = live?.catalog?.images ?? repo?.images;
    const whereCat = live?.catalog ? `in context ${live.context}` : repo ? `(${rel(o.root, repo.resource.file)}:${repo.resource.position.line})` : '';
    if (images) {
      const entry = images.find((e) => e.major === o.to);
      const majors = images.map((e) => e.major).join(', ') || 'none';
      checks.push(
        entry
          ? { id: 'catalog-has-major', verdict: 'ok', message: `${label} ${whereCat} has major ${o.to}: ${entry.image}` }
          : { id: 'catalog-has-major', verdict: 'failed', message: `${label} ${whereCat} has no image for major ${o.to} (its majors: ${majors}): add an entry for ${o.to} to the catalog first, or the upgrade cannot start` },
      );
    } else {
      checks.push({
        id: 'catalog-has-major',
        verdict: 'to-confirm',
        message: `${label} is not in the repository${live ? ` and could not be read in context ${live.context}${live.catalogError ? ` (${live.catalogError})` : ''}` : ''}: check it has an image for major ${o.to} (kubectl get ${kind.toLowerCase()} ${catName}${kind === 'ImageCatalog' ? ` -n ${ns}` : ''} -o jsonpath='{.spec.images[*].major}'${live ? '' : ', or pass --live'})`,
      });
    }
    editPath = ['spec', 'imageCatalogRef', 'major'];
    editValue = o.to;
  } else if (image.kind === 'pinned') {
    const proposed = imageMajor(image.before, o.to)?.proposed;
    if (proposed) {
      plan.image = { kind: 'pinned', before: image.before, after: proposed };
      checks.push({
        id: 'catalog-has-major',
        verdict: 'to-confirm',
        message: `spec.imageName pins ${image.before} (no image catalog), so the new image must be chosen: proposed ${proposed} (the same repository with the tag of major ${o.to}); confirm it exists and is the flavour the Cluster runs (extensions, OS) before merging`,
      });
      editPath = ['spec', 'imageName'];
      editValue = proposed;
    } else {
      checks.push({
        id: 'catalog-has-major',
        verdict: 'failed',
        message: `spec.imageName pins ${image.before} (no image catalog) and its tag does not show which image holds major ${o.to}: choose the image and set spec.imageName by hand, or move the Cluster to spec.imageCatalogRef`,
      });
    }
  }

  // extensions
  const extensions = clusterExtensions(o.inventory, cluster);
  checks.push(
    extensions.length
      ? { id: 'extensions', verdict: 'to-confirm', message: `Cluster ${name} loads ${extensions.join(', ')}: confirm each exists for PostgreSQL ${o.to} in the new image (pg_upgrade fails on a library the new major lacks) and update them after the upgrade (ALTER EXTENSION ... UPDATE)` }
      : { id: 'extensions', verdict: 'ok', message: `Cluster ${name} declares no extension beyond those of the image (no shared_preload_libraries, spec.postgresql.extensions or Database extensions)` },
  );

  // fresh-backup
  const cfg = backupConfigOf(cluster, o.inventory, o.profile.backup.pluginName);
  const archive = o.facts?.archive;
  const now = (o.now ?? new Date()).getTime();
  let freshId: string | undefined;
  if (!cfg) {
    checks.push({ id: 'fresh-backup', verdict: 'failed', message: `Cluster ${name} configures no Barman backup (${where}): there is no base backup to roll back to; configure backups and take one first` });
  } else if (!archive || archive.unavailable !== undefined) {
    checks.push({ id: 'fresh-backup', verdict: 'to-confirm', message: `archive not checked${archive?.unavailable ? ` (${archive.unavailable})` : ''}: step 1 takes a base backup (Backup ${takeName}) and waits for it to complete` });
  } else {
    const usable = (archive.backups ?? []).filter((b) => b.done && b.walToNewest && (b.pgMajor === undefined || b.pgMajor === from) && b.endTime !== undefined);
    const newest = usable[usable.length - 1];
    const anyDone = [...(archive.backups ?? [])].reverse().find((b) => b.done);
    const ageMs = newest ? now - Date.parse(newest.endTime!) : undefined;
    if (newest && ageMs !== undefined && ageMs <= o.maxBackupAge.ms) {
      freshId = newest.id;
      checks.push({ id: 'fresh-backup', verdict: 'ok', message: `base backup ${newest.id} under ${archive.where ?? 'the archive'} is DONE, ${age(Math.max(0, ageMs))} old (within --max-backup-age ${o.maxBackupAge.text})${newest.pgMajor !== undefined ? `, taken by PostgreSQL ${newest.pgMajor}` : ''}, with WAL continuous to the newest archived segment: the rollback restores it` });
    } else {
      const why = newest
        ? `the newest usable base backup ${newest.id} is ${age(Math.max(0, ageMs!))} old, older than --max-backup-age ${o.maxBackupAge.text}`
        : anyDone
          ? `no DONE base backup of major ${from} with WAL continuous to the newest archived segment (the newest DONE one is ${anyDone.id})`
          : 'no DONE base backup';
      checks.push({ id: 'fresh-backup', verdict: 'to-confirm', message: `${why} under ${archive.where ?? 'the archive'}: step 1 takes a base backup (Backup ${takeName}) and waits for it to complete` });
    }
  }
  if (freshId) plan.backup = { fresh: true, id: freshId };

  checks.push({ id: 'app-supports-major', verdict: 'to-confirm', message: `the application that uses ${name} supports PostgreSQL ${o.to} (its documentation or release notes): tick it before merging` });

  // The edit, written where the value comes from.
  if (editPath) {
    const { edits, unsafe } = planFieldEdit(o.inventory, o.root, cluster, editPath, editValue);
    plan.edits = edits;
    plan.unsafe = unsafe;
  }

  // Controller and steps.
  const { controller, deployer } = gitopsControllerOf({ root: o.root, inventory: o.inventory }, cluster, warnings);
  if (deployer) plan.deployedBy = deployer;
  const steps: PlanStep[] = [];
  const pluginFlags = cfg?.style === 'plugin' ? ` --method plugin --plugin-name ${o.profile.backup.pluginName}` : '';
  if (cfg && !freshId) {
    steps.push({
      kind: 'kubectl',
      title: `Take an on-demand base backup of ${name} before the upgrade`,
      command: `kubectl cnpg backup ${name} -n ${ns} --backup-name ${takeName}${pluginFlags}`,
      why: 'the rollback restores a backup of the old major into a new Cluster: it must be recent and complete before the data directory is upgraded',
    });
    steps.push({
      kind: 'wait',
      title: `Wait until the Backup ${takeName} is completed, and note its backup id (the rollback restores it)`,
      command: `kubectl wait backup/${takeName} -n ${ns} --for=jsonpath='{.status.phase}'=completed --timeout=2h && kubectl get backup ${takeName} -n ${ns} -o jsonpath='{.status.backupId}'`,
      why: 'a failed or running backup is no rollback: do not go on until it is completed',
    });
  }
  const confirm = checks.filter((c) => c.verdict === 'to-confirm' && c.id !== 'fresh-backup');
  if (confirm.length) {
    steps.push({ kind: 'check', title: `Confirm before merging: ${confirm.map((c) => c.id).join(', ')} (listed under Checks)`, why: 'the plan cannot check them from git' });
  }
  const within = o.within !== undefined ? ` --in ${rel(o.root, o.within) || '.'}` : '';
  const branch = `upgrade-${name}-${o.to}`;
  steps.push({
    kind: 'git',
    title: `Write the change on a branch and check it`,
    command: `git switch -c ${branch} && kubectl cnpg-site plan-upgrade ${name} -n ${ns} --to ${o.to}${within} --write && git commit -am "Upgrade ${name} to PostgreSQL ${o.to}" && kubectl cnpg-site lint && cnpg-site-policy ci --base HEAD~1`,
    why: 'the policy warns on a major change (policy/major-upgrade) and refuses a downgrade',
  });
  const app = controller.kind === 'argocd' ? controller.app : undefined;
  const deployer_ = controller.kind === 'argocd' ? 'ArgoCD' : controller.kind === 'flux' ? 'Flux' : 'the site';
  steps.push({
    kind: 'git',
    title: `Merge the branch ${branch} into the branch ${deployer_} deploys from, at the start of the downtime${app?.automated ? ` (ArgoCD syncs ${app.name} automatically: merging starts the upgrade)` : controller.kind === 'flux' ? ' (Flux applies it at its next interval: merging starts the upgrade)' : ''}`,
    why: 'CloudNativePG upgrades the major offline and in place: every instance stops, the primary runs pg_upgrade in a job, the replicas are cloned again; the database is down until it is healthy',
  });
  const sync = deployStep(controller);
  // The upgrade changes a field: nothing is suspended, so there is nothing to resume.
  if (controller.kind === 'flux') {
    const ref = `${controller.flux.name}${controller.flux.namespace ? ` -n ${controller.flux.namespace}` : ''}`;
    steps.push({ kind: 'flux', title: `Reconcile the Flux ${controller.resource === 'helmrelease' ? 'HelmRelease' : 'Kustomization'} ${controller.flux.name} from the merged commit`, command: `flux reconcile ${controller.resource} ${ref} --with-source` });
  } else {
    steps.push(sync);
  }
  steps.push({
    kind: 'wait',
    title: `Watch the major upgrade of ${name} until its data directory runs PostgreSQL ${o.to} and it is healthy with all instances ready`,
    command: `kubectl cnpg-site restore watch ${name} -n ${ns} --upgrade ${o.to} --timeout 2h`,
    why: 'fails when the major upgrade job fails or the Cluster shows a failure; if it does, the rollback below is the way back',
  });
  steps.push({
    kind: 'kubectl',
    title: o.to < 18 ? 'Collect planner statistics (pg_upgrade does not carry them over)' : 'Collect the planner statistics pg_upgrade did not carry over',
    command: `kubectl exec -n ${ns} $(kubectl get cluster ${name} -n ${ns} -o jsonpath='{.status.currentPrimary}') -c postgres -- vacuumdb --all --analyze-in-stages${o.to >= 18 ? ' --missing-stats-only' : ''}`,
    why: 'without statistics the planner picks poor plans until autovacuum analyzes every table',
  });
  if (cfg) {
    steps.push({ kind: 'kubectl', title: `Take an on-demand base backup of ${name} under PostgreSQL ${o.to}`, command: `kubectl cnpg backup ${name} -n ${ns}${pluginFlags}`, why: `the backups taken before restore only with PostgreSQL ${from}: point-in-time recovery under ${o.to} starts from a backup of ${o.to}` });
  }
  steps.push({ kind: 'app', title: `Check the application against ${name} on PostgreSQL ${o.to}`, why: 'if it does not work, the rollback below restores the pre-upgrade backup into a new Cluster of major ' + from });
  plan.steps = steps;

  // The rollback: the restore planner's own plan, with the pre-upgrade backup pinned.
  if (cfg) {
    // A catalog Cluster's rollback is planned against the repository as the upgrade leaves it
    // (major back to the old one); a pinned image's against the repository as it is now, since
    // the restore planner sets a major only through the catalog.
    const base = image.kind === 'catalog' && o.upgraded ? o.upgraded : { inventory: o.inventory, texts: o.texts };
    try {
      plan.rollback = planRestore({
        inventory: base.inventory,
        profile: o.profile,
        root: o.root,
        clusterName: name,
        ...(namespace !== undefined ? { namespace } : {}),
        ...(o.within !== undefined ? { within: o.within } : {}),
        strategy: 'rename',
        ...(image.kind === 'catalog' ? { major: from } : {}),
        ...(freshId ? { target: { backupId: freshId } } : {}),
        ...(o.facts?.rollbackArchive ? { facts: { archive: o.facts.rollbackArchive } } : {}),
        ...(base.texts ? { texts: base.texts } : {}),
        ...(o.now ? { now: o.now } : {}),
      });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      plan.rollbackNotes.push(`the restore planner cannot plan the rollback: ${err.message}`);
    }
    if (plan.rollback) {
      const into = `into a new Cluster ${plan.rollback.newName} of PostgreSQL ${from}`;
      if (freshId) plan.rollbackNotes.push(`restores base backup ${freshId} (pinned: recovery stops at its end, before the upgrade) ${into}`);
      else {
        plan.rollbackNotes.push(
          `restores the backup step 1 takes (Backup ${takeName}) ${into}; its id is known once it completes: kubectl get backup ${takeName} -n ${ns} -o jsonpath='{.status.backupId}'`,
          `pin it before using the rollback: kubectl cnpg-site plan-restore ${name} -n ${ns} --new-name ${plan.rollback.newName}${image.kind === 'catalog' ? ` --major ${from}` : ''} --backup-id ID${within}; unpinned, recovery would replay WAL archived after the upgrade`,
        );
      }
      if (image.kind === 'pinned') plan.rollbackNotes.push(`the restored Cluster must run the old image ${image.before}: set its spec.imageName back to it`);
      plan.rollbackNotes.push('the upgraded Cluster stays as it is; the application is pointed at the restored one (the rollback plan lists where)');
    }
  }
  return plan;
}

/** The exit status of a plan: 1 when a check failed or an edit cannot be made where its value comes from. */
export function upgradeFailed(plan: UpgradePlan): boolean {
  return plan.checks.some((c) => c.verdict === 'failed') || plan.unsafe.length > 0;
}

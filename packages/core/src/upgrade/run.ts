import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupConfigOf, parseS3Path, type ArchiveLocation } from '../cnpg/archive.js';
import { previewEdits, writeEdits, type WriteResult } from '../edit/write.js';
import { InputError } from '../errors.js';
import { loadInventory } from '../inventory/load.js';
import { getString, type Resource } from '../inventory/resource.js';
import { loadProfile } from '../profile/load.js';
import { repositoryRoot } from '../repo.js';
import { awsCredentialsConfigured, readArchiveFacts } from '../restore/archive-facts.js';
import { groupEdits, relativeTo, repositoryTexts } from '../restore/run.js';
import { problemKey, renderErrors } from '../restore/verify.js';
import { RULE_IDS } from '../rules/index.js';
import { clusterMajor, planUpgrade, type UpgradeArchiveFacts, type UpgradeLiveFacts, type UpgradeOptions, type UpgradePlan } from './plan.js';

export interface UpgradeRunOptions extends Omit<UpgradeOptions, 'inventory' | 'profile' | 'root' | 'texts' | 'upgraded'> {
  repo?: string;
  cwd?: string;
  profileFile?: string;
  write?: boolean;
  /** Read the archive in S3 to find a fresh base backup (default true). */
  checkArchive?: boolean;
  endpoint?: string;
  live?: { kubeconfig?: string; context?: string };
}

export interface UpgradeRun {
  root: string;
  plan: UpgradePlan;
  previews: { file: string; before: string; after: string }[];
  /** The rollback's files before and after its edits (applied over the upgraded repository). */
  rollbackPreviews: { file: string; before: string; after: string }[];
  written?: WriteResult;
  /** --write was asked but a check failed or an edit cannot be made: nothing was written. */
  refused?: boolean;
}

/** Reads the archive the Cluster writes to: its base backups, and whether their WAL reaches the newest segment. */
async function readUpgradeArchive(cluster: Resource, inv: import('../inventory/inventory.js').Inventory, pluginName: string, endpoint: string | undefined): Promise<UpgradeArchiveFacts> {
  const cfg = backupConfigOf(cluster, inv, pluginName);
  const dest = cfg?.destinationPath;
  const s3 = dest ? parseS3Path(dest) : undefined;
  if (!cfg || !dest || !s3) return { unavailable: `the archive has no s3:// destinationPath (${dest ?? 'none'})` };
  if (!awsCredentialsConfigured()) return { unavailable: 'no AWS credentials are configured here (AWS_PROFILE, AWS_ACCESS_KEY_ID, ~/.aws/credentials)' };
  const endpointURL = getString(cfg.config, ['endpointURL']);
  const location: ArchiveLocation = { destinationPath: dest, ...s3, serverName: cfg.effectiveServerName, ...(endpointURL ? { endpointURL } : {}) };
  const where = `${dest.replace(/\/+$/, '')}/${cfg.effectiveServerName}/`;
  const archive = await import('../archive/index.js');
  try {
    const found = await archive.readArchive(location, endpoint ? { endpoint } : {});
    return {
      where,
      backups: found.backups.map((b) => ({
        id: b.id,
        ...(b.endTime ? { endTime: b.endTime } : {}),
        ...(b.pgMajor !== undefined ? { pgMajor: b.pgMajor } : {}),
        done: b.status === 'DONE' && !b.error && b.restorable,
        walToNewest: b.window !== undefined && found.windows[b.window]?.endsAt === 'newest',
      })),
    };
  } catch (err) {
    if (err instanceof InputError) return { unavailable: err.message, where };
    throw err;
  }
}

/** The image catalog the Cluster names, read from the live cluster. */
async function readLiveFacts(plan: UpgradePlan, o: NonNullable<UpgradeRunOptions['live']>, namespace: string | undefined): Promise<UpgradeLiveFacts> {
  const live = await import('../live/index.js');
  const conn = live.connect({ ...o, ...(namespace ? { namespace } : {}) });
  const facts: UpgradeLiveFacts = { context: conn.context };
  try {
    const list = await live.listClusters(conn, conn.namespace);
    const raw = list.items.find((x) => live.toLiveCluster(x).name === plan.cluster.name);
    const major = raw ? live.toLiveCluster(raw).majorVersion : undefined;
    if (major !== undefined) facts.majorVersion = major;
  } catch (err) {
    if (!(err instanceof InputError) && live.httpStatusOf(err) === undefined) throw err;
  }
  if (plan.image.kind !== 'catalog') return facts;
  const { kind, name } = plan.image.catalog;
  const plural = kind === 'ClusterImageCatalog' ? 'clusterimagecatalogs' : 'imagecatalogs';
  try {
    const obj = await live.getCustom(conn, live.CNPG.group, live.CNPG.version, plural, name, kind === 'ImageCatalog' ? conn.namespace : undefined);
    if (obj === undefined) {
      facts.catalogError = `${kind} ${name} does not exist there`;
      return facts;
    }
    const images = (obj as { spec?: { images?: { major?: unknown; image?: unknown }[] } }).spec?.images ?? [];
    facts.catalog = { kind, name, images: images.filter((e) => typeof e.major === 'number').map((e) => ({ major: e.major as number, image: typeof e.image === 'string' ? e.image : '' })).sort((a, b) => a.major - b.major) };
  } catch (err) {
    if (err instanceof InputError) facts.catalogError = err.message;
    else throw err;
  }
  return facts;
}

/** Loads the repository, plans the upgrade and its rollback, and (with `write`) applies the edit. */
export async function runPlanUpgrade(o: UpgradeRunOptions): Promise<UpgradeRun> {
  const cwd = o.cwd ?? process.cwd();
  const root = repositoryRoot(cwd, o.repo);
  const { profile } = loadProfile(root, { ...(o.profileFile ? { file: resolve(cwd, o.profileFile) } : {}), knownRules: RULE_IDS });
  const { inventory, diagnostics } = loadInventory([root], { profile });
  const texts = repositoryTexts(root);
  const base = { ...o, inventory, profile, root, texts };
  const first = planUpgrade(base);
  const edits = groupEdits(first);
  const previews = previewEdits(edits);
  // The repository as the upgrade leaves it, for the rollback.
  let upgraded: UpgradeOptions['upgraded'];
  if (previews.some((p) => p.before !== p.after)) {
    const after = new Map(previews.map((p) => [p.file, p.after]));
    const readFile = (p: string): Buffer | undefined => {
      const t = after.get(p);
      if (t !== undefined) return Buffer.from(t, 'utf8');
      try {
        return readFileSync(p);
      } catch {
        return undefined;
      }
    };
    upgraded = { inventory: loadInventory([root], { profile, readFile }).inventory, texts: texts.map((t) => ({ file: t.file, text: after.get(t.file) ?? t.text })) };
  }
  const cluster = inventory.resources.find((r) => r.kind === 'Cluster' && r.file === first.cluster.file && r.name === first.cluster.name);
  const facts: NonNullable<UpgradeOptions['facts']> = { ...o.facts };
  const majorOk = first.checks.find((c) => c.id === 'major-up')?.verdict === 'ok';
  if (majorOk && cluster && o.live) facts.live = await readLiveFacts(first, o.live, first.cluster.namespace);
  if (majorOk && cluster) {
    facts.archive = o.checkArchive === false ? { unavailable: '--no-archive-check' } : await readUpgradeArchive(cluster, inventory, profile.backup.pluginName, o.endpoint);
  }
  let plan = planUpgrade({ ...base, facts, ...(upgraded ? { upgraded } : {}) });
  if (plan.rollback && facts.archive && facts.archive.unavailable === undefined) {
    // The restore preflight of the rollback: the pinned backup, its WAL and major, an empty new place.
    const cfg = cluster ? backupConfigOf(cluster, inventory, profile.backup.pluginName) : undefined;
    const endpointURL = getString(cfg?.config, ['endpointURL']);
    const target = plan.backup.fresh ? { backupId: plan.backup.id } : {};
    const rollbackArchive = await readArchiveFacts(plan.rollback, target, endpointURL, o.endpoint ? { endpoint: o.endpoint } : {});
    plan = planUpgrade({ ...base, facts: { ...facts, rollbackArchive }, ...(upgraded ? { upgraded } : {}) });
  }
  let rollbackPreviews: UpgradeRun['rollbackPreviews'] = [];
  if (plan.rollback) {
    const over = new Map((upgraded?.texts ?? texts).map((t) => [t.file, t.text]));
    const { applyEditsToText } = await import('../edit/text.js');
    rollbackPreviews = groupEdits(plan.rollback).flatMap((fe) => {
      const before = over.get(fe.file);
      if (before === undefined) return [];
      try {
        return [{ file: fe.file, before, after: applyEditsToText(before, fe.ops) }];
      } catch {
        return [];
      }
    });
  }
  const run: UpgradeRun = { root, plan, previews, rollbackPreviews };
  if (o.write) {
    if (plan.checks.some((c) => c.verdict === 'failed') || plan.unsafe.length > 0) run.refused = true;
    else {
      const before = new Set(renderErrors(inventory, diagnostics, profile).map(problemKey));
      const check = () => {
        const again = loadInventory([root], { profile });
        return checkWrittenUpgrade(plan, again.inventory, again.diagnostics, before, profile, root);
      };
      run.written = writeEdits(root, edits, { ...(edits.length > 0 ? { check } : {}) });
    }
  }
  return run;
}

/**
 * The upgrade as written, rendered again: the Cluster renders once where the plan found it, at the
 * new major, and the roots render without a problem they did not have before.
 */
export function checkWrittenUpgrade(plan: UpgradePlan, inventory: import('../inventory/inventory.js').Inventory, diagnostics: readonly import('../types.js').Diagnostic[], before: ReadonlySet<string>, profile: import('../profile/profile.js').Profile, root: string): string[] {
  const problems: string[] = [];
  const ns = plan.cluster.namespace;
  const found = inventory.ofKind('Cluster').filter((c) => c.name === plan.cluster.name && c.file === plan.cluster.file && (ns === undefined || c.namespace === undefined || c.namespace === ns));
  if (found.length === 0) problems.push(`the repository as written renders no Cluster ${plan.cluster.name} from ${relativeTo(root, plan.cluster.file)}`);
  for (const c of found) {
    const { major } = clusterMajor(c);
    if (major !== plan.to) problems.push(`Cluster ${plan.cluster.name} (${relativeTo(root, c.file)}) renders major ${major ?? 'unknown'}, not ${plan.to}`);
  }
  for (const d of renderErrors(inventory, diagnostics, profile)) {
    if (before.has(problemKey(d))) continue;
    problems.push(`rendering the written repository fails where it did not: ${relativeTo(root, d.file)}:${d.line}: ${d.message}`);
  }
  return problems;
}

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { backupConfigOf } from '../cnpg/archive.js';
import { getString } from '../inventory/resource.js';
import { repositoryRoot } from '../repo.js';
import { readArchiveFacts } from './archive-facts.js';
import { previewEdits, writeEdits, type FileEdits, type WriteResult } from '../edit/write.js';
import { loadInventory } from '../inventory/load.js';
import { loadProfile } from '../profile/load.js';
import { RULE_IDS } from '../rules/index.js';
import { planRestore, type LiveFacts, type RestoreOptions, type RestorePlan } from './plan.js';
import type { Plan } from '../plan/model.js';
import { checkWrittenRestore, problemKey, renderErrors } from './verify.js';

export interface RestoreRunOptions extends Omit<RestoreOptions, 'inventory' | 'profile' | 'root' | 'texts'> {
  /** Repository directory; defaults to the git root of `cwd`. */
  repo?: string;
  cwd?: string;
  profileFile?: string;
  write?: boolean;
  force?: boolean;
  /** Read the archive in S3 for the preflight checks (default true); `endpoint` overrides the S3 endpoint. */
  checkArchive?: boolean;
  endpoint?: string;
  /** Read the live cluster through kubectl's configuration (plan-restore --live). */
  live?: { kubeconfig?: string; context?: string; argocdNamespace?: string };
}

export interface RestoreRun {
  root: string;
  plan: RestorePlan;
  /** Files before and after the edits (for diffs). */
  previews: { file: string; before: string; after: string }[];
  written?: WriteResult;
  /** --write was asked but the plan has blockers and was not forced: nothing was written. */
  refused?: boolean;
}

/** Every text file of the repository (tracked and untracked, not ignored), read. */
export function repositoryTexts(root: string): { file: string; text: string }[] {
  let list: string[];
  try {
    list = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] })
      .split('\0')
      .filter(Boolean);
  } catch {
    list = walk(root, '');
  }
  const out: { file: string; text: string }[] = [];
  for (const f of [...new Set(list)].sort()) {
    const abs = join(root, f);
    try {
      const st = statSync(abs);
      if (!st.isFile() || st.size > 2 * 1024 * 1024) continue;
      const buf = readFileSync(abs);
      if (buf.subarray(0, 8192).includes(0)) continue;
      out.push({ file: abs, text: buf.toString('utf8') });
    } catch {
      // deleted in the work tree: nothing to scan
    }
  }
  return out;
}

const SKIP = new Set(['.git', 'node_modules', '.nx', '.terraform']);

function walk(root: string, sub: string): string[] {
  const out: string[] = [];
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(join(root, sub), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!SKIP.has(e.name)) out.push(...walk(root, p));
    } else if (e.isFile()) out.push(p);
  }
  return out;
}

export function groupEdits(plan: Pick<Plan, 'edits'>): FileEdits[] {
  const map = new Map<string, FileEdits>();
  for (const e of plan.edits) {
    let fe = map.get(e.file);
    if (!fe) map.set(e.file, (fe = { file: e.file, ops: [] }));
    fe.ops.push(e.op);
  }
  return [...map.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** Loads the repository, plans the restore, and (with `write`) applies the edits. */
export async function runPlanRestore(o: RestoreRunOptions): Promise<RestoreRun> {
  const cwd = o.cwd ?? process.cwd();
  // A directory outside git can be planned (not written without --force).
  const root = repositoryRoot(cwd, o.repo);
  const { profile } = loadProfile(root, { ...(o.profileFile ? { file: resolve(cwd, o.profileFile) } : {}), knownRules: RULE_IDS });
  const { inventory, diagnostics } = loadInventory([root], { profile });
  const texts = repositoryTexts(root);
  let liveFacts: LiveFacts | undefined;
  if (o.live) {
    const first = planRestore({ ...o, inventory, profile, root, texts });
    // Loaded on use: the Kubernetes client is heavy.
    const { readLiveRestoreContext } = await import('../live/index.js');
    const ns = first.cluster.namespace ?? o.namespace;
    const lc = await readLiveRestoreContext(first.cluster.name, { ...o.live, ...(ns ? { namespace: ns } : {}), pluginName: profile.backup.pluginName, allowMissing: true });
    liveFacts = {
      context: lc.context,
      clusterExists: lc.clusterExists,
      healthyNow: lc.healthyNow,
      scheduledBackups: lc.scheduledBackups.map((b) => b.name),
      argoAccess: lc.argoAccess,
      ...(lc.phase !== undefined ? { phase: lc.phase } : {}),
      ...(lc.instances !== undefined ? { instances: lc.instances } : {}),
      ...(lc.readyInstances !== undefined ? { readyInstances: lc.readyInstances } : {}),
      ...(lc.application ? { application: { name: lc.application.name, namespace: lc.application.namespace, automated: lc.application.automated, selfHeal: lc.application.selfHeal, prune: lc.application.prune } } : {}),
      ...(lc.flux ? { flux: lc.flux } : {}),
      ...(lc.window ? { window: { ...(lc.window.firstRecoverabilityPoint ? { firstRecoverabilityPoint: lc.window.firstRecoverabilityPoint } : {}), ...(lc.window.lastSuccessfulBackup ? { lastSuccessfulBackup: lc.window.lastSuccessfulBackup } : {}) } } : {}),
    };
  }
  const facts = { ...o.facts, ...(liveFacts ? { live: liveFacts } : {}) };
  let plan = planRestore({ ...o, inventory, profile, root, texts, facts });
  if (o.checkArchive !== false) {
    // The first plan says which archive recovery reads and where the new Cluster writes.
    const cluster = inventory.resources.find((r) => r.file === plan.cluster.file && r.name === plan.cluster.name && r.kind === 'Cluster');
    const cfg = cluster ? backupConfigOf(cluster, inventory, profile.backup.pluginName) : undefined;
    const endpointURL = getString(cfg?.config, ['endpointURL']);
    const archive = await readArchiveFacts(plan, o.target ?? {}, endpointURL, o.endpoint ? { endpoint: o.endpoint } : {});
    plan = planRestore({ ...o, inventory, profile, root, texts, facts: { ...facts, archive } });
  }
  const edits = groupEdits(plan);
  const previews = previewEdits(edits);
  const run: RestoreRun = { root, plan, previews };
  // A restore that cannot work is not written: the blockers say why (--force overrides).
  if (o.write && ((plan.blockers.length > 0 && o.force !== true) || plan.unsafe.length > 0)) run.refused = true;
  else if (o.write) {
    // The written repository is rendered again and must hold the plan's invariants, or every file
    // is put back.
    const before = new Set(renderErrors(inventory, diagnostics, profile).map(problemKey));
    const cluster = inventory.resources.find((r) => r.file === plan.cluster.file && r.name === plan.cluster.name && r.kind === 'Cluster');
    const storeFound = cluster ? backupConfigOf(cluster, inventory, profile.backup.pluginName)?.store !== undefined : true;
    const check = () => {
      const again = loadInventory([root], { profile });
      return checkWrittenRestore(plan, again.inventory, again.diagnostics, before, profile, root, { storeFound });
    };
    run.written = writeEdits(root, edits, { force: o.force === true, ...(edits.length > 0 ? { check } : {}) });
  }
  return run;
}

export function relativeTo(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

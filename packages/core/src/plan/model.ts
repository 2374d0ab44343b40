import type { EditOp } from '../edit/text.js';
import type { Inventory } from '../inventory/inventory.js';
import type { Profile } from '../profile/profile.js';

/**
 * The plan model every planner shares (restore, upgrade): ordered steps with a kind, YAML edits
 * with where they are written, and findings. A planner's own plan extends `Plan`.
 */
export type StepKind = 'git' | 'kubectl' | 'argocd' | 'flux' | 'wait' | 'check' | 'app';

export interface PlanStep {
  kind: StepKind;
  title: string;
  command?: string;
  why?: string;
}

export interface PlanEdit {
  /** Absolute path. */
  file: string;
  /** Dotted YAML path (`spec.externalClusters[0]`), or `line:column` outside YAML structure. */
  path: string;
  before: unknown;
  after: unknown;
  /** Resource edited, as `Kind/name`, when there is one. */
  resource?: string;
  /** Why this edit is needed beyond the plan's own (an alias written out so it keeps its value). */
  why?: string;
  op: EditOp;
}

/** ok: holds; failed: blocks the plan; to-confirm: a person checks it before going on. */
export type CheckVerdict = 'ok' | 'failed' | 'to-confirm';

export interface PlanCheck {
  /** Stable id (`major-up`, `fresh-backup`, ...). */
  id: string;
  verdict: CheckVerdict;
  message: string;
}

export interface Plan {
  steps: PlanStep[];
  edits: PlanEdit[];
  warnings: string[];
  /**
   * Edits that cannot be made where the value comes from (a JSON 6902 patch, a patch inline in a
   * kustomization): `--write` refuses and says where to change it by hand.
   */
  unsafe: string[];
  /** Checks with stable ids, when the planner makes them. */
  checks?: PlanCheck[];
}

/** What every planner starts from: the repository read, and which Cluster. */
export interface PlannerInput {
  inventory: Inventory;
  profile: Profile;
  /** Repository root (absolute); files in the plan are under it. */
  root: string;
  clusterName: string;
  namespace?: string;
  /** A file or folder (absolute) the Cluster's manifest is in, when several share its name and namespace. */
  within?: string;
}

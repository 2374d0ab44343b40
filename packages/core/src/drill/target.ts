import { validateTarget, type RestoreTarget } from '../restore/plan.js';

/** What a drill recovers to: a time, an LSN, the end of a base backup, or the end of the archived WAL. */
export interface DrillTarget {
  /** recovery_target_time (RFC 3339, with a zone). */
  time?: string;
  /** recovery_target_lsn, `X/Y`. */
  lsn?: string;
  /** The base backup to restore; alone it stops where that backup becomes consistent. */
  backupId?: string;
}

export type DrillTargetKind = 'time' | 'lsn' | 'immediate' | 'latest';

/** Checks the target as plan-restore does (InputError: exit 2). */
export function checkDrillTarget(t: DrillTarget): void {
  const rt: RestoreTarget = {};
  if (t.time !== undefined) rt.time = t.time;
  if (t.lsn !== undefined) rt.lsn = t.lsn;
  if (t.backupId !== undefined) rt.backupId = t.backupId;
  validateTarget(rt);
}

export function drillTargetKind(t: DrillTarget): DrillTargetKind {
  if (t.time !== undefined) return 'time';
  if (t.lsn !== undefined) return 'lsn';
  if (t.backupId !== undefined) return 'immediate';
  return 'latest';
}

/** The target in words, for the report. */
export function describeDrillTarget(t: DrillTarget): string {
  const from = t.backupId !== undefined ? ` from backup ${t.backupId}` : '';
  switch (drillTargetKind(t)) {
    case 'time':
      return `time ${t.time}${from}`;
    case 'lsn':
      return `LSN ${t.lsn}${from}`;
    case 'immediate':
      return `the end of backup ${t.backupId} (its consistency point)`;
    default:
      return 'the newest archived WAL';
  }
}

import { describe, expect, it } from 'vitest';
import { loadMemory, OVERLAY, pluginApp, ROOT } from '../../test/helpers.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { planRestore, type ArchiveFacts, type LiveFacts, type RestoreOptions, type RestorePlan } from './plan.js';

/** The forgejo app (PostgreSQL 16, plugin style) with an ArgoCD Application in the repository. */
function files(sync: 'automated' | 'manual' = 'automated'): Record<string, string> {
  return {
    ...pluginApp(),
    'sites/dal/clusters/k1/wave-0/apps/forgejo.yaml': `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: repo-forgejo
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://git.example.com/gitops.git
    targetRevision: main
    path: ${OVERLAY}
  destination:
    server: https://kubernetes.default.svc
    namespace: forgejo
${sync === 'automated' ? '  syncPolicy:\n    automated:\n      prune: true\n      selfHeal: true\n' : ''}`,
  };
}

function plan(o: Partial<RestoreOptions> = {}, tree: Record<string, string> = files()): RestorePlan {
  const { inventory } = loadMemory(tree);
  return planRestore({ inventory, profile: DEFAULT_PROFILE, root: ROOT, strategy: 'rename', clusterName: 'forgejo-db', now: new Date('2026-11-25T00:00:00Z'), ...o });
}

function live(o: Partial<LiveFacts> = {}): LiveFacts {
  return { context: 'k1', clusterExists: true, healthyNow: false, phase: 'Failing', instances: 3, readyInstances: 0, scheduledBackups: [], argoAccess: 'ok', ...o };
}

const majorEdit = (p: RestorePlan) => p.edits.find((e) => e.resource === 'Cluster/forgejo-db' && e.path === 'spec.imageCatalogRef.major');
const archiveWarnings = (p: RestorePlan) => p.warnings.filter((w) => w.startsWith('archive '));

describe('archive facts', () => {
  it('turns each failed preflight check into an "archive check failed" blocker, and passing ones into nothing', () => {
    const archive: ArchiveFacts = {
      firstRecoverable: '2026-11-20T00:10:00Z',
      lastRecoverable: '2026-11-24T12:00:00Z',
      checks: [
        { id: 'backups-exist', ok: true, message: '2 completed base backup(s)' },
        { id: 'target-in-window', ok: false, message: 'target 2026-11-10T00:00:00Z lies outside the window 2026-11-20T00:10:00Z .. 2026-11-24T12:00:00Z; pick a time inside it' },
        { id: 'new-location-empty', ok: false, message: 'the new archive location s3://dal-site-backups/dal/forgejo/postgres/forgejo-db-2/ already holds objects' },
      ],
    };
    const p = plan({ target: { time: '2026-11-10T00:00:00Z' }, facts: { archive } });
    expect(archiveWarnings(p)).toEqual([]);
    expect(p.blockers).toEqual([
      'archive check failed: target 2026-11-10T00:00:00Z lies outside the window 2026-11-20T00:10:00Z .. 2026-11-24T12:00:00Z; pick a time inside it',
      'archive check failed: the new archive location s3://dal-site-backups/dal/forgejo/postgres/forgejo-db-2/ already holds objects',
    ]);
    expect(p.warnings.join('\n')).not.toContain('archive not checked');
    // With the checks made, the planner does not second-guess the window itself.
    expect(p.warnings.join('\n')).not.toContain('before the first recoverable point');
  });

  it('an archive that passed every check adds no archive warning', () => {
    const p = plan({ facts: { archive: { checks: [{ id: 'backups-exist', ok: true, message: '1 completed base backup(s)' }], backups: [{ id: '20261124T020000', pgMajor: 16 }], chosenBackup: '20261124T020000', pgMajor: 16 } } });
    expect(archiveWarnings(p)).toEqual([]);
    expect(majorEdit(p)).toBeUndefined();
  });

  it('says why the archive was not checked, and what that leaves unchecked', () => {
    const p = plan({ facts: { archive: { unavailable: 'no AWS credentials are configured here (AWS_PROFILE, AWS_ACCESS_KEY_ID, ~/.aws/credentials)' } } });
    const w = archiveWarnings(p);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/^archive not checked \(no AWS credentials are configured here \(AWS_PROFILE, AWS_ACCESS_KEY_ID, ~\/\.aws\/credentials\)\): the plan did not read s3:\/\/dal-site-backups\/dal\/forgejo\/postgres\/forgejo-db\//);
    expect(w[0]).toContain('that forgejo-db-gen2 is empty');
    expect(w[0]).toContain('run kubectl cnpg-site backups forgejo-db');
    // No facts at all: the same warning without a reason.
    expect(archiveWarnings(plan())[0]).toMatch(/^archive not checked: the plan did not read /);
  });

  it('without preflight checks, compares the target with the window and the backup list itself', () => {
    const archive: ArchiveFacts = { firstRecoverable: '2026-11-20T00:10:00Z', lastRecoverable: '2026-11-24T12:00:00Z', backups: [{ id: '20261120T000000', pgMajor: 16 }] };
    expect(plan({ target: { time: '2026-11-19T00:00:00Z' }, facts: { archive } }).blockers).toContain('target time 2026-11-19T00:00:00Z is before the first recoverable point 2026-11-20T00:10:00Z');
    expect(plan({ target: { time: '2026-11-24T13:00:00Z' }, facts: { archive } }).blockers).toContain('target time 2026-11-24T13:00:00Z is after the last recoverable point 2026-11-24T12:00:00Z');
    expect(plan({ target: { backupId: '20261121T000000' }, facts: { archive } }).blockers).toContain('backup 20261121T000000 is not in the archive');
  });

  it('a backup taken by a lower major sets imageCatalogRef.major to that major and warns', () => {
    const p = plan({ facts: { archive: { checks: [], backups: [{ id: '20261101T020000', pgMajor: 15 }], chosenBackup: '20261101T020000', pgMajor: 15 } } });
    const e = majorEdit(p);
    expect(e).toBeDefined();
    expect(e!.before).toBe(16);
    expect(e!.after).toBe(15);
    expect(e!.file).toBe(`${ROOT}/${OVERLAY}/postgres.yaml`);
    expect(p.warnings).toContain(
      'base backup 20261101T020000 was taken by PostgreSQL 15 and the Cluster runs 16: the restored Cluster runs 15 (a base backup restores only with the major that took it); upgrade it again after the restore',
    );
  });

  it('the major of the chosen backup comes from the backup list when the facts carry no pgMajor', () => {
    const p = plan({
      target: { backupId: '20261101T020000' },
      facts: { archive: { checks: [], backups: [{ id: '20261101T020000', pgMajor: 15 }, { id: '20261124T020000', pgMajor: 16 }] } },
    });
    expect(majorEdit(p)?.after).toBe(15);
  });

  it('a backup taken by a higher major blocks the write', () => {
    const p = plan({ facts: { archive: { checks: [], backups: [{ id: '20261124T020000', pgMajor: 17 }], chosenBackup: '20261124T020000', pgMajor: 17 } } });
    expect(majorEdit(p)).toBeUndefined();
    expect(p.blockers).toContain('base backup 20261124T020000 was taken by PostgreSQL 17, the restored Cluster would run 16: a base backup restores only with the major that took it; pass --major 17');
  });

  it('an explicit --major is kept: a mismatch with the backup blocks the write', () => {
    const p = plan({ major: 14, facts: { archive: { checks: [], chosenBackup: '20261101T020000', pgMajor: 15 } } });
    expect(majorEdit(p)?.after).toBe(14);
    expect(p.blockers).toContain('base backup 20261101T020000 was taken by PostgreSQL 15, the restored Cluster would run 14: a base backup restores only with the major that took it; pass --major 15');
  });

  it('an unreadable archive never changes the major', () => {
    const p = plan({ facts: { archive: { unavailable: 'AccessDenied on dal/forgejo/postgres/', pgMajor: 15, chosenBackup: '20261101T020000' } } });
    expect(majorEdit(p)).toBeUndefined();
  });
});

describe('live facts', () => {
  it('a Cluster healthy right now puts a CAUTION warning first', () => {
    const p = plan({ facts: { live: live({ healthyNow: true, phase: 'Cluster in healthy state', readyInstances: 3 }) } });
    expect(p.warnings[0]).toMatch(/^CAUTION: Cluster forgejo-db is HEALTHY right now in context k1 \(phase "Cluster in healthy state", 3\/3 instances ready\)/);
    expect(p.warnings.filter((w) => w.startsWith('CAUTION'))).toHaveLength(1);
  });

  it('an unhealthy Cluster gets no CAUTION; a missing one is said to be missing', () => {
    expect(plan({ facts: { live: live() } }).warnings.some((w) => w.startsWith('CAUTION'))).toBe(false);
    const gone = plan({ facts: { live: live({ clusterExists: false }) } });
    expect(gone.warnings.some((w) => w.startsWith('CAUTION'))).toBe(false);
    expect(gone.warnings).toContain('Cluster forgejo-db does not exist in context k1: skip the delete steps');
  });

  it('the live Application (name, selfHeal) decides the pause step, not the repository manifest', () => {
    const p = plan({ facts: { live: live({ application: { name: 'live-forgejo', namespace: 'argocd', automated: true, selfHeal: true, prune: false } }) } });
    const argo = p.steps.filter((s) => s.kind === 'argocd');
    expect(argo.map((s) => s.command)).toEqual([
      'argocd app set live-forgejo --sync-policy none',
      'argocd app get live-forgejo --refresh && argocd app sync live-forgejo',
      'argocd app set live-forgejo --sync-policy automated --self-heal',
    ]);
    const kinds = p.steps.map((s) => s.kind);
    expect(kinds.indexOf('argocd')).toBeLessThan(kinds.indexOf('kubectl'));
    expect(JSON.stringify(p.steps)).not.toContain('repo-forgejo');
  });

  it('prune alone also pauses; the re-enable step restores prune', () => {
    const p = plan({ facts: { live: live({ application: { name: 'live-forgejo', namespace: 'argocd', automated: true, selfHeal: false, prune: true } }) } });
    expect(p.steps[2]).toMatchObject({ kind: 'argocd', command: 'argocd app set live-forgejo --sync-policy none' });
    expect(p.steps.map((s) => s.command)).toContain('argocd app set live-forgejo --sync-policy automated --auto-prune');
  });

  it('a live Application without automated sync is not paused, even when the repository manifest is automated', () => {
    const p = plan({ facts: { live: live({ application: { name: 'live-forgejo', namespace: 'argocd', automated: false, selfHeal: false, prune: false } }) } });
    expect(p.steps.map((s) => s.command).filter((c) => c?.includes('--sync-policy'))).toEqual([]);
    expect(p.steps.find((s) => s.kind === 'argocd')?.command).toBe('argocd app get live-forgejo --refresh && argocd app sync live-forgejo');
  });

  it('a live automated Application is paused even when the repository manifest is manual', () => {
    const p = plan({ facts: { live: live({ application: { name: 'live-forgejo', namespace: 'argocd', automated: true, selfHeal: true, prune: true } }) } }, files('manual'));
    expect(p.steps[2]?.command).toBe('argocd app set live-forgejo --sync-policy none');
    expect(p.steps.map((s) => s.command)).toContain('argocd app set live-forgejo --sync-policy automated --self-heal --auto-prune');
  });

  it('without live facts the repository Application decides', () => {
    const p = plan();
    expect(p.steps[2]?.command).toBe('argocd app set repo-forgejo --sync-policy none');
  });

  it('no live Application (Applications readable): no pause, and a warning', () => {
    const p = plan({ facts: { live: live() } });
    expect(p.steps.some((s) => s.command?.includes('--sync-policy none'))).toBe(false);
    expect(p.warnings).toContain('no ArgoCD Application manages namespace forgejo in context k1');
  });

  it('Applications not readable: the repository manifest decides, and the plan says so', () => {
    const p = plan({ facts: { live: live({ argoAccess: 'forbidden' }) } });
    expect(p.steps[2]?.command).toBe('argocd app set repo-forgejo --sync-policy none');
    expect(p.warnings).toContain("ArgoCD Applications could not be read in context k1 (forbidden); the order of steps follows the repository's Application manifests");
  });

  it('the ScheduledBackups deleted are the live ones', () => {
    const p = plan({ facts: { live: live({ scheduledBackups: ['forgejo-db-nightly', 'forgejo-db-hourly'] }) } });
    const del = p.steps.find((s) => s.kind === 'kubectl' && s.title.startsWith('Delete the ScheduledBackup'));
    expect(del?.title).toBe('Delete the ScheduledBackups of forgejo-db');
    expect(del?.command).toBe('kubectl delete scheduledbackup forgejo-db-hourly -n forgejo && kubectl delete scheduledbackup forgejo-db-nightly -n forgejo');
    // The repository's ScheduledBackup is still renamed in git.
    expect(p.edits.some((e) => e.resource === 'ScheduledBackup/forgejo-db-backup' && e.path === 'spec.cluster.name')).toBe(true);
  });

  it('no live ScheduledBackup: the plan says to list them instead of deleting a name from the repository', () => {
    const p = plan({ facts: { live: live({ scheduledBackups: [] }) } });
    const del = p.steps.find((s) => s.kind === 'kubectl' && s.title.includes('ScheduledBackup'));
    expect(del?.command).toBe('kubectl get scheduledbackup -n forgejo');
    expect(p.steps.some((s) => s.command?.includes('forgejo-db-backup'))).toBe(false);
  });

  it('the live window warns when the archive was not read and the target is before the first recoverability point', () => {
    const window = { firstRecoverabilityPoint: '2026-11-18T00:11:00Z', lastSuccessfulBackup: '2026-11-24T00:12:00Z' };
    const p = plan({ target: { time: '2026-11-17T09:00:00Z' }, facts: { live: live({ window }), archive: { unavailable: 'no AWS credentials are configured here' } } });
    expect(p.warnings).toContain('from the live status (not the archive): first recoverability point 2026-11-18T00:11:00Z, last successful backup 2026-11-24T00:12:00Z');
    expect(p.blockers).toContain('target time 2026-11-17T09:00:00Z is before the first recoverability point 2026-11-18T00:11:00Z that the live status reports: recovery cannot reach it');
    // No archive facts at all counts as not read too.
    expect(plan({ target: { time: '2026-11-17T09:00:00Z' }, facts: { live: live({ window }) } }).blockers.join('\n')).toContain('that the live status reports');
  });

  it('the live window does not warn for a target inside it, nor when the archive was read', () => {
    const window = { firstRecoverabilityPoint: '2026-11-18T00:11:00Z', lastSuccessfulBackup: '2026-11-24T00:12:00Z' };
    const inside = plan({ target: { time: '2026-11-20T09:00:00Z' }, facts: { live: live({ window }) } });
    expect([...inside.warnings, ...inside.blockers].some((w) => w.includes('that the live status reports'))).toBe(false);
    expect(inside.warnings.some((w) => w.startsWith('from the live status'))).toBe(true);
    const read = plan({ target: { time: '2026-11-17T09:00:00Z' }, facts: { live: live({ window }), archive: { checks: [] } } });
    expect(read.warnings.some((w) => w.includes('live status'))).toBe(false);
  });
});

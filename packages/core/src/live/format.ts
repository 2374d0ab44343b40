import type { CheckId, StatusReport } from './assess.js';

const LABELS: Record<CheckId, string> = {
  health: 'health',
  archiving: 'WAL archiving',
  'last-backup': 'last backup',
  'scheduled-backup': 'scheduled backup',
  window: 'recovery window',
  argocd: 'ArgoCD',
};

const MARK = { ok: 'ok  ', warning: 'WARN', error: 'FAIL', info: 'info' } as const;

/** The at-a-glance text of `status`. */
export function formatStatusText(r: StatusReport): string {
  const lines = [`Cluster ${r.namespace}/${r.cluster} (context ${r.context}, ${r.server})`];
  for (const c of r.checks) {
    lines.push(`  ${MARK[c.status]}  ${LABELS[c.id].padEnd(17)} ${c.summary}`);
    if (c.hint && c.status !== 'ok') lines.push(`        ${''.padEnd(17)} -> ${c.hint}`);
  }
  const errors = r.checks.filter((c) => c.status === 'error').length;
  lines.push(
    r.backupsHealthy
      ? `Backups healthy: a restore can start from this archive.`
      : `Backups UNHEALTHY (${errors} problem${errors === 1 ? '' : 's'}): fix them before relying on a restore.`,
  );
  return lines.join('\n') + '\n';
}

export function formatStatusJson(r: StatusReport): string {
  return JSON.stringify(r, null, 2) + '\n';
}

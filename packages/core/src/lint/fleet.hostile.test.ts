import { describe, expect, it } from 'vitest';
import { loadMemory, OVERLAY, pluginApp } from '../../test/helpers.js';
import { DEFAULT_PROFILE } from '../profile/profile.js';
import { planRestore } from '../restore/plan.js';
import { lint } from './lint.js';

// Bounded work at scale: a fleet of thousands of ArgoCD Applications deploying one overlay (each
// to its own Kubernetes cluster), and a file naming a Cluster thousands of times. Both used to
// take over a minute (quadratic message building and lookups across roots; a rescan of the text
// before each reference).

const N = 2000;

/** The forgejo overlay, deployed by N Applications to N Kubernetes clusters. */
function fleet(): Record<string, string> {
  const apps = Array.from({ length: N }, (_, i) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: forgejo-${i}
  namespace: argocd
spec:
  project: databases
  source:
    repoURL: https://git.example.net/gitops.git
    path: ${OVERLAY}
  destination:
    name: k1-${i}
    namespace: forgejo
`);
  return { ...pluginApp(), 'sites/dal/clusters/k1/argocd/forgejo.yaml': apps.join('---\n') };
}

describe('a fleet of Applications deploying one overlay', () => {
  it('renders every copy and reports the archive they share once, naming a few of the others', { timeout: 120_000 }, () => {
    const { inventory, diagnostics } = loadMemory(fleet());
    expect(inventory.ofKind('Cluster')).toHaveLength(N);
    const d = lint(inventory, DEFAULT_PROFILE, { loadDiagnostics: diagnostics });
    const collisions = d.filter((x) => x.ruleId === 'archive-collision');
    // One finding per origin, with every root named.
    expect(collisions).toHaveLength(1);
    expect(collisions[0]!.roots).toHaveLength(N);
    expect(collisions[0]!.message).toMatch(/, and|\d+ more: the second to start/);
    expect(collisions[0]!.message.length).toBeLessThan(2000);
    // Each copy's ScheduledBackup is its own: no finding says a Cluster has several.
    expect(d.filter((x) => x.ruleId !== 'archive-collision' && x.severity !== 'info')).toEqual([]);
  });
});

describe('a file naming the Cluster thousands of times', () => {
  // The bound is a hang guard (the quadratic scan took a minute), well above the linear one's seconds.
  it('plans the restore with every reference at its own line', { timeout: 30_000 }, () => {
    const M = 6000;
    const rules = Array.from({ length: M }, (_, i) => `apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: forgejo-db-alerts-${i}
spec:
  groups:
    - name: g${i}
      rules:
        - alert: Down${i}
          expr: cnpg_collector_up{cnpg_cluster="forgejo-db"} == 0
          annotations:
            summary: forgejo-db is down (forgejo-db-rw.forgejo.svc)
`);
    const files = { ...pluginApp(), [`${OVERLAY}/alerts.yaml`]: rules.join('---\n') };
    const { inventory } = loadMemory(files);
    const plan = planRestore({ inventory, profile: DEFAULT_PROFILE, root: '/repo', strategy: 'rename', clusterName: 'forgejo-db' });
    const inAlerts = plan.references.filter((r) => r.file.endsWith('alerts.yaml'));
    expect(inAlerts).toHaveLength(3 * M);
    expect(inAlerts.slice(0, 3).map((r) => r.kind)).toEqual(['metric-label', 'other', 'service']);
    // Document i starts at line 13 * i + 1; its expression is its tenth line, the summary its twelfth.
    expect(inAlerts.slice(0, 4).map((r) => r.line)).toEqual([10, 12, 12, 23]);
    expect(inAlerts[3 * M - 1]!.line).toBe(13 * (M - 1) + 12);
    expect(inAlerts[0]!.column).toBe('          expr: cnpg_collector_up{cnpg_cluster="'.length + 1);
  });
});

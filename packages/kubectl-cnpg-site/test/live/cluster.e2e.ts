/**
 * The live checks against a real cluster. Needs CNPG_SITE_E2E_KUBECONFIG (a kubeconfig with read
 * access), CNPG_SITE_E2E_NAMESPACE and CNPG_SITE_E2E_CLUSTER (an existing, healthy Cluster);
 * CNPG_SITE_E2E_CONTEXT is optional. Without them the suite fails: it only runs when asked for.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { readLiveRestoreContext } from '@cnpg-site/core/live';
import { runCli, writeKubeconfig } from './fixtures.js';

const kubeconfig = process.env.CNPG_SITE_E2E_KUBECONFIG;
const namespace = process.env.CNPG_SITE_E2E_NAMESPACE;
const cluster = process.env.CNPG_SITE_E2E_CLUSTER;
const context = process.env.CNPG_SITE_E2E_CONTEXT;

describe('live cluster (opt-in)', () => {
  it('is configured', () => {
    expect(kubeconfig, 'set CNPG_SITE_E2E_KUBECONFIG to a kubeconfig file (see docs/live.md)').toBeTruthy();
    expect(namespace, 'set CNPG_SITE_E2E_NAMESPACE to the namespace of a CloudNativePG Cluster').toBeTruthy();
    expect(cluster, 'set CNPG_SITE_E2E_CLUSTER to the name of a healthy CloudNativePG Cluster').toBeTruthy();
    expect(() => readFileSync(kubeconfig!)).not.toThrow();
  });

  const base = () => ['--kubeconfig', kubeconfig!, '-n', namespace!, ...(context ? ['--context', context] : [])];

  it('status answers with a report and exit 0 or 1', async () => {
    const r = await runCli(['status', cluster!, ...base()]);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    expect(r.stdout).toContain(`Cluster ${namespace}/${cluster}`);
    const j = await runCli(['status', cluster!, ...base(), '-o', 'json']);
    const report = JSON.parse(j.stdout) as { backupsHealthy: boolean; checks: unknown[] };
    expect(report.checks).toHaveLength(6);
    expect(j.code).toBe(report.backupsHealthy ? 0 : 1);
  });

  it('lists the Clusters of the namespace for an unknown name', async () => {
    const r = await runCli(['status', `${cluster}-does-not-exist`, ...base()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`not found in namespace "${namespace}"; Clusters there:`);
    expect(r.stderr).toContain(cluster!);
  });

  it('restore watch ends at once with exit 0 on a healthy Cluster', async () => {
    const r = await runCli(['restore', 'watch', cluster!, ...base(), '--timeout', '2m']);
    expect(r.stdout).toContain('HEALTHY:');
    expect(r.code).toBe(0);
  });

  it('readLiveRestoreContext reads the same Cluster', async () => {
    const ctx = await readLiveRestoreContext(cluster!, { kubeconfig: kubeconfig!, namespace: namespace!, ...(context ? { context } : {}) });
    expect(ctx.clusterExists).toBe(true);
    expect(ctx.healthyNow).toBe(true);
    expect(ctx.clustersInNamespace).toContain(cluster);
  });

  it('says the API server is unreachable on a closed port', async () => {
    const k = writeKubeconfig('http://127.0.0.1:9', 'none');
    try {
      const r = await runCli(['status', cluster!, '--kubeconfig', k.file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('cannot reach the Kubernetes API server');
    } finally {
      k.cleanup();
    }
  });

  it('reports bad credentials as 401', async () => {
    const text = readFileSync(kubeconfig!, 'utf8');
    const k = writeKubeconfig('http://127.0.0.1:9', 'none');
    try {
      // Same server, a token the server cannot know.
      const server = /server:\s*(\S+)/.exec(text)?.[1];
      expect(server).toBeTruthy();
      writeFileSync(k.file, readFileSync(k.file, 'utf8').replace('http://127.0.0.1:9', server!));
      const r = await runCli(['status', cluster!, '--kubeconfig', k.file, '-n', namespace!]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/401 Unauthorized|cannot reach/);
    } finally {
      k.cleanup();
    }
  });
});

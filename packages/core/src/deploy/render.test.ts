/**
 * The renderer against the real kustomize: every kustomization directory of the render fixtures
 * (our own, covering each feature, and folders of real repositories) is built with
 * `kubectl kustomize` and with `renderKustomizeRoot`, and the two must agree.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
// The comparison the measurement script over the field repositories uses, too.
import { normalizeForCompare } from '../../../../scripts/lib/compare-render.mjs';
import { renderKustomizeRoot } from './render.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../../../..');
const FIXTURES = resolve(HERE, '../../test/fixtures/render');

function kustomizationDirs(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name === 'kustomization.yaml') out.push(d);
    }
  };
  walk(dir);
  return out;
}

/**
 * Directories kustomize cannot build alone: a Flux Kustomization adds the component the first
 * one's patch targets; a Component's patch targets what the kustomization using it holds.
 */
const NEEDS_FLUX = ['field/tyriis-home-ops/kubernetes/main/apps/default/echo-server/app', 'own/components/backup'];

describe('render --root agrees with kubectl kustomize', () => {
  beforeAll(() => {
    const ensure = spawnSync(join(REPO, 'scripts/ensure-system-packages.sh'), ['kubectl'], { encoding: 'utf8' });
    // Fail loudly: the oracle is the real kustomize.
    expect(ensure.status, `kubectl is required: ${ensure.stderr}`).toBe(0);
  });

  const dirs = kustomizationDirs(FIXTURES);

  it('has fixtures to compare', () => {
    expect(dirs.length).toBeGreaterThanOrEqual(30);
    expect(dirs.filter((d) => relative(FIXTURES, d).startsWith('own/')).length).toBeGreaterThanOrEqual(6);
  });

  it.each(dirs.map((d) => [relative(FIXTURES, d), d]))('%s', (name, dir) => {
    const kustomize = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ours = renderKustomizeRoot(dir);
    const errors = ours.diagnostics.filter((d) => d.severity === 'error');
    if (NEEDS_FLUX.includes(name)) {
      // kustomize fails, and so do we, with a finding that says why
      expect(kustomize.status).not.toBe(0);
      expect(errors.map((e) => e.message).join('\n')).toContain('matches no resource');
      return;
    }
    expect(kustomize.status, kustomize.stderr).toBe(0);
    expect(errors).toEqual([]);
    const want = normalizeForCompare(parseAllDocuments(kustomize.stdout).map((d) => d.toJS()).filter(Boolean));
    const got = normalizeForCompare(ours.resources.map((r) => r.object));
    expect(got).toEqual(want);
  });

  it('covers every feature in the own fixtures', () => {
    const prod = renderKustomizeRoot(join(FIXTURES, 'own/overlays/prod'));
    const byKind = (k: string) => prod.resources.filter((r) => r.object.kind === k).map((r) => r.object as Record<string, any>);
    const cluster = byKind('Cluster')[0]!;
    // strategic merge on a custom resource replaces a list; JSON 6902 adds; components patch
    expect(cluster.metadata.name).toBe('shop-db-prod');
    expect(cluster.metadata.namespace).toBe('shop-prod');
    expect(cluster.spec.instances).toBe(3);
    expect(cluster.spec.storage).toEqual({ size: '20Gi', storageClass: 'fast' });
    expect(cluster.spec.postgresql.parameters).toEqual({ shared_buffers: '256MB' });
    expect(cluster.spec.monitoring).toEqual({ enablePodMonitor: true });
    const cm = byKind('ConfigMap')[0]!;
    expect(cm.metadata.name).toMatch(/^app-config-prod-[a-z0-9]{10}$/);
    const deploy = byKind('Deployment')[0]!;
    // references follow the generated names
    expect(deploy.spec.template.spec.volumes[0].configMap.name).toBe(cm.metadata.name);
    expect(deploy.spec.template.spec.serviceAccountName).toBe('shop-prod');
    expect(deploy.spec.replicas).toBe(3);
    expect(deploy.spec.template.spec.containers.map((c: { image: string }) => c.image)).toEqual(['ghcr.io/example/shop:1.2.3', 'registry.example.net/busybox:1.37']);
  });


});

import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInventory } from '../inventory/load.js';
import { parseProfile } from '../profile/load.js';
import { RULE_IDS, RULE_OPTIONS } from '../rules/index.js';
import { lint } from './lint.js';

// Profiles that say what real repositories do, over the field fixtures (see test/fixtures/render/field/SOURCES.md).
const FIELD = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/render/field');
const CNPG_RULES = new Set(['storage-class', 'archive-destination', 'archive-tags', 'retention-policy', 'backup-configured', 'plugin-wiring', 'backup-credentials', 'archive-collision', 'recovery-archive', 'image-catalog']);

function lintWith(repo: string, profileText: string) {
  const root = join(FIELD, repo);
  const profile = parseProfile(profileText, join(root, '.cnpg-site.yaml'), RULE_IDS, RULE_OPTIONS);
  const { inventory, diagnostics } = loadInventory([root], { profile, repoRoot: root });
  return lint(inventory, profile, { loadDiagnostics: diagnostics, root })
    .filter((d) => CNPG_RULES.has(d.ruleId))
    .map((d) => `${relative(root, d.file)}:${d.line} ${d.severity} ${d.ruleId}/${d.messageId}`);
}

describe('a Flux repository (tyriis/home-ops): namespace-keyed layout, ExternalSecret credentials', () => {
  const PROFILE = `layout:
  overlays:
    - "kubernetes/{k8sCluster}/apps/{namespace}/{app}/cluster/"
    - "kubernetes/{k8sCluster}/apps/{namespace}/{app}/database/"
storage:
  storageClass: local-nvme
backup:
  destinationPath: "s3://cnpg/kube-lab/"
  tags: {}
  methods: [barman-cloud-plugin]
  iamScoped: false
credentials:
  producer: external-secret
rules:
  image-catalog: "off"
  retention-policy: [error, { pattern: "^[0-9]+d$" }]
`;

  it('has nothing to say when the profile says what the repository does', () => {
    expect(lintWith('tyriis-home-ops', PROFILE)).toEqual([]);
  });

  it('reports what differs from the profile, as conventions', () => {
    const CLUSTER = 'kubernetes/main/apps/cnpg-system/cnpg/cluster';
    expect(lintWith('tyriis-home-ops', PROFILE.replace('producer: external-secret', 'producer: sops'))).toEqual([
      `${CLUSTER}/objectstore.yaml:14 warning backup-credentials/otherProducer`,
      `${CLUSTER}/objectstore.yaml:17 warning backup-credentials/otherProducer`,
    ]);
    expect(lintWith('tyriis-home-ops', PROFILE.replace('s3://cnpg/kube-lab/', 's3://cnpg/{k8sCluster}/{namespace}/'))).toEqual([
      `${CLUSTER}/objectstore.yaml:10 error archive-destination/wrongPath`,
    ]);
    expect(lintWith('tyriis-home-ops', PROFILE.replace('pattern: "^[0-9]+d$"', 'pattern: "^[0-9]+w$"'))).toEqual([`${CLUSTER}/objectstore.yaml:8 error retention-policy/badFormat`]);
    // The same, for that namespace only.
    expect(lintWith('tyriis-home-ops', `${PROFILE}overrides:\n  - namespaces: [cnpg-*]\n    storage:\n      storageClass: ceph-block\n`)).toEqual([
      `${CLUSTER}/cluster.yaml:16 error storage-class/other`,
    ]);
  });
});

describe('a Flux repository with pgBackRest (gavinmcfall/home-ops)', () => {
  it('counts the pgBackRest Clusters as backed up by another plugin, never as "no backup"', () => {
    const found = lintWith('gavinmcfall-home-ops', 'rules:\n  image-catalog: "off"\n  storage-class: "off"\n');
    expect(found.filter((f) => f.includes('backup-configured/noBackup') && f.includes('pgbackrest'))).toEqual([]);
    const other = found.filter((f) => f.includes('otherPlugin'));
    expect(other.length).toBeGreaterThan(0);
    expect(other.every((f) => / info backup-configured\/otherPlugin$/.test(f))).toBe(true);
    const barmanOnly = lintWith('gavinmcfall-home-ops', 'backup:\n  methods: [barman-cloud-plugin]\nrules:\n  image-catalog: "off"\n  storage-class: "off"\n');
    expect(barmanOnly.filter((f) => f.includes('methodNotUsed')).length).toBe(other.length);
    expect(barmanOnly.filter((f) => f.includes('otherPlugin'))).toEqual([]);
  });
});

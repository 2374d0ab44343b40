import type { Rule } from './rule.js';

export const kustomizeResources: Rule = {
  meta: {
    id: 'kustomize-resources',
    title: 'Every file and directory a kustomization lists exists',
    defaultSeverity: 'error',
    kind: 'correctness',
    rationale:
      '`kustomize build` fails on a missing resource, and ArgoCD then shows the whole Application as out of sync with a comparison error: nothing in the overlay is deployed, including the backup configuration. A listed directory must hold a kustomization.yaml of its own.',
    bad: `# kustomization.yaml
namespace: forgejo
resources:
  - service-account.yaml
  - external-secrets.yaml   # the file is external-secret.yaml
  - postgres.yaml`,
    good: `# kustomization.yaml
namespace: forgejo
resources:
  - service-account.yaml
  - external-secret.yaml
  - postgres.yaml`,
    howToFix: 'Correct the entry to the file name on disk, add the missing file, or remove the entry.',
  },
  check(ctx) {
    for (const p of ctx.inventory.kustomizationProblems) {
      ctx.reportFile({
        file: p.file,
        line: p.line,
        column: p.column,
        message: p.message
          ? p.message
          : p.problem === 'missing'
            ? `"${p.entry}" is listed in ${p.field} but does not exist; kustomize build fails`
            : `"${p.entry}" is a directory without a kustomization.yaml; kustomize build fails`,
        fix: { description: p.message ? 'fix the kustomization so that `kubectl kustomize` builds it' : `correct or remove the ${p.field} entry "${p.entry}"` },
      });
    }
  },
};

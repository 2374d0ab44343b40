import type { KustomizationProblem } from '../inventory/inventory.js';
import type { MessageData, Rule } from './rule.js';

/** What a kustomization problem says, as one of this rule's messages (the renderer names it). */
export interface ProblemMessage {
  messageId: string;
  data: MessageData;
}

/**
 * The named message of a kustomization problem: the one the renderer gave it (the loader keeps it
 * on the problem), else, for a problem made without one, that of its missing entry.
 */
export function problemMessage(p: KustomizationProblem & Partial<ProblemMessage>): ProblemMessage {
  if (p.messageId !== undefined) return { messageId: p.messageId, data: p.data ?? {} };
  return { messageId: p.problem === 'missing' ? 'missing' : 'notKustomization', data: { entry: p.entry, field: p.field } };
}

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
  - external-secrets.yaml   # the file is external-secret.yaml
  - postgres.yaml
# external-secret.yaml
apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: forgejo-db-backup
# postgres.yaml
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db`,
    good: `# kustomization.yaml
namespace: forgejo
resources:
  - external-secret.yaml
  - postgres.yaml
# external-secret.yaml
apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: forgejo-db-backup
# postgres.yaml
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db`,
    howToFix: 'Correct the entry to the file name on disk, add the missing file, or remove the entry.',
    messages: {
      missing: '"{{entry}}" is listed in {{field}} but does not exist; kustomize build fails',
      notKustomization: '"{{entry}}" is a directory without a kustomization.yaml; kustomize build fails',
      missingComponent: 'component {{entry}} does not exist',
      notComponent: '{{dir}} is listed in components but its kustomization is kind {{kind}}; kustomize build fails',
      cycle: 'kustomization cycle: {{chain}}',
      tooDeep: 'kustomizations nest deeper than {{max}}',
      tooLarge: 'the kustomization graph under {{dir}} is too large (over {{max}} visits)',
      ksopsMissing: 'KSOPS file {{entry}} does not exist; kustomize build fails',
      patchMissing: 'patch file {{entry}} does not exist; kustomize build fails',
      patchSyntax: 'inline patch does not parse: {{error}}',
      patchNeedsTarget: 'a JSON 6902 patch needs a target; kustomize build fails',
      patchNoMatch: 'patch for {{kind}} {{name}} matches no resource; kustomize build fails',
      patchManyMatches: 'patch for {{kind}} {{name}} matches {{count}} resources; kustomize build fails',
      jsonPatchFails: 'JSON patch on {{kind}} {{name}} fails: {{error}}; kustomize build fails',
      generatorLiteral: '{{field}} {{name}}: literal "{{key}}" is not KEY=VALUE',
      generatorEnvMissing: '{{field}} {{name}}: env file {{file}} does not exist',
      generatorFileMissing: '{{field}} {{name}}: file {{file}} does not exist',
      generatorNoBase: '{{field}} {{name}}: behavior {{behavior}} but no {{kind}} {{name}} exists from a base',
    },
  },
  check(ctx) {
    for (const p of ctx.inventory.kustomizationProblems) {
      ctx.reportFile({
        file: p.file,
        line: p.line,
        column: p.column,
        ...problemMessage(p),
        fix: { description: p.message ? 'fix the kustomization so that `kubectl kustomize` builds it' : `correct or remove the ${p.field} entry "${p.entry}"` },
      });
    }
  },
};

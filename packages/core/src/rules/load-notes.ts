import type { Rule } from './rule.js';

/** Reported by the loader: a file or document that cannot be parsed. */
export const yamlSyntax: Rule = {
  meta: {
    id: 'yaml-syntax',
    title: 'Every YAML document parses',
    defaultSeverity: 'error',
    kind: 'correctness',
    rationale:
      'A document that does not parse is not applied: kustomize and ArgoCD stop at the first syntax error, so nothing of the overlay deploys. Duplicate keys count as errors too: which value wins differs between tools. Documents whose aliases expand beyond a bound (a "billion laughs" file) are refused. The work spent on one file is bounded too, so that a hostile or generated file cannot stall a check: a file nested more than 256 levels deep, with a line longer than 1.5 MiB, with a mapping or sequence of more than 10,000 entries, or whose parse takes longer than 10 s is refused with one error where the bound is hit.',
    bad: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  instances: 3
   storage:
    size: 10Gi`,
    good: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  instances: 3
  storage:
    size: 10Gi`,
    howToFix: 'Fix the YAML at the reported line and column; the rest of the file is still checked. A file refused at a bound holds more than any one Kubernetes object needs: split it, or leave it out with `exclude` in the profile.',
    messages: {
      syntax: 'YAML syntax error: {{error}}; the document is skipped',
      duplicateKey: 'YAML syntax error: Map keys must be unique; the document is skipped',
      aliasCycle: 'YAML alias *{{alias}} refers to a node that holds it, so its value never ends; the document is skipped',
      aliasBomb: 'document refused: {{error}} (aliases expand beyond {{max}}); the document is skipped',
      aliasTooLarge: 'document refused: its aliases expand too far to be read; the document is skipped',
      aliasTooDeep: 'document refused: its aliases expand to values nested more than {{max}} levels deep; the document is skipped',
      documentTooDeep: 'YAML nested more than {{max}} levels deep; the document is skipped',
      tooDeep: 'YAML nested more than {{max}} levels deep; skipped',
      parserStack: 'YAML nested too deep to read (the parser ran out of stack); skipped',
      lineTooLong: 'line {{line}} is {{length}} characters long, more than a Kubernetes object may hold (about 1.5 MiB); skipped',
      tooManyEntries: 'a mapping or sequence here holds more than {{max}} entries, the most one collection may hold; the file is skipped',
      tooSlow: 'parsing this file took longer than {{seconds}} s and stopped here; the file is skipped',
      unreadable: 'cannot read file; skipped',
    },
  },
  check() {
    /* the loader reports these */
  },
};

/** Reported by the loader: a file that is not linted. */
export const skippedFile: Rule = {
  meta: {
    id: 'skipped-file',
    title: 'Files that are not Kubernetes manifests are skipped, with a note',
    defaultSeverity: 'info',
    kind: 'correctness',
    rationale:
      'Empty files, binary files, files over the size limit, Helm templates (`{{ … }}`) and YAML without `apiVersion` and `kind` cannot be checked as manifests. They are skipped rather than guessed at; the note says so, so a file that should have been checked does not pass silently. Helm values files in the profile layout are expected and not noted.',
    bad: `# templates/cluster.yaml
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: {{ .Release.Name }}-db
spec:
  instances: 3`,
    good: `# rendered.yaml
# helm template forgejo ./chart > rendered.yaml; kubectl cnpg-site lint rendered.yaml
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  instances: 3`,
    howToFix: 'Render Helm charts before linting, or turn the note off in the profile (`rules: {skipped-file: off}`).',
    messages: {
      helmTemplate: 'Helm template ({{ … }}); render it with helm template to lint it; skipped',
      helmChart: 'Helm chart folder: its templates and values are not linted (render it with helm template to lint the output)',
      notManifest: 'not a Kubernetes manifest (no apiVersion/kind); skipped',
      unlisted: 'not listed in {{kustomization}} of its folder, so kustomize does not apply it; not linted as a resource',
      noDocuments: 'no YAML documents (only comments or blank lines); skipped',
      empty: 'empty file; skipped',
      binary: 'binary file; skipped',
      tooLarge: 'file is {{size}} MiB, over the {{limit}} MiB limit; skipped',
    },
  },
  check() {
    /* the loader reports these */
  },
};

/** Reported by the deployment model: what is not rendered, and why. */
export const render: Rule = {
  meta: {
    id: 'render',
    title: 'What the GitOps controller would apply but is not rendered here is noted',
    defaultSeverity: 'info',
    kind: 'correctness',
    rationale:
      'The linter checks what the controller applies, rendered here: kustomize, Flux and ArgoCD. Some of it cannot be rendered without a cluster, a network or a secret: Helm charts (`helmCharts`, Helm Applications), kustomize plugins (generators and transformers other than KSOPS and the builtin NamespaceTransformer), remote bases, ApplicationSet generators that read the cluster (clusters, pull requests), Flux sources outside the repository, and substitution variables from Secrets. Each is noted once, so a resource that is missing from the checks is not missing silently; findings that something does not exist are turned into notes where such a part could provide it.',
    bad: `# kustomization.yaml
helmCharts:
  - name: cloudnative-pg
    repo: https://cloudnative-pg.github.io/charts
resources:
  - https://github.com/cloudnative-pg/plugin-barman-cloud/releases/download/v0.14.0/manifest.yaml`,
    good: `# render the chart into the repository, or lint its output:
#   kubectl kustomize --enable-helm . > rendered.yaml
#   kubectl cnpg-site lint rendered.yaml`,
    howToFix: 'Nothing to fix: the note says what is not checked. To check it, render that part (helm template, kustomize build --enable-helm) and lint the output, or turn the notes off in the profile (`rules: {render: off}`).',
    messages: {
      helmCharts: '{{field}} are not rendered (run helm template to see them); resources the charts add are unknown',
      remoteResource: 'remote resource {{entry}} is not rendered; what it adds is unknown',
      remoteComponent: 'remote component {{entry}} is not rendered; what it adds is unknown',
      generatorPlugin: 'a kustomize generator plugin is not run; what it produces is unknown',
      transformerPlugin: 'a kustomize transformer plugin is not run; what it changes is unknown',
      validatorPlugin: 'kustomize {{field}} plugins are not run; what they change is unknown',
      replacements: 'kustomize {{field}} are not applied; the values they set are as written',
      patchTargetNotRendered: 'patch for {{kind}} {{name}} matches no rendered resource; its target may come from {{source}}, which is not rendered',
      patchTargetMissing: 'patch target matches no resource; the patch does nothing',
      fluxOtherSource: 'Flux Kustomization {{name}}: its source {{source}} is another repository; not rendered',
      fluxPathOutside: 'Flux Kustomization {{name}}: path {{path}} of {{source}} is not in this repository; not rendered',
      unknownVariables: 'Flux Kustomization {{name}}: substitution variables from {{sources}} are not known here; values that use them are left unknown',
      applicationChart: 'ArgoCD Application {{name}}: Helm chart {{chart}} is not rendered',
      applicationChartPath: 'ArgoCD Application {{name}}: {{path}} is a Helm chart; not rendered',
      applicationPathOutside: 'ArgoCD Application {{name}}: source path {{path}} is not in this repository; not rendered',
      appSetGenerator: 'ApplicationSet {{name}}: the {{generator}} generator is not expanded here (it reads the cluster or an outside service)',
      appSetElementsYaml: 'ApplicationSet {{name}}: a list generator with elementsYaml is not expanded',
      appSetTemplatedPath: 'ApplicationSet {{name}}: git generator path {{path}} holds a template; not expanded',
      appSetMatrix: 'ApplicationSet {{name}}: a matrix generator needs two generators; not expanded',
      appSetNoTemplate: 'ApplicationSet {{name}}: has no template; no Application is generated',
    },
  },
  check() {
    /* the deployment model reports these */
  },
};

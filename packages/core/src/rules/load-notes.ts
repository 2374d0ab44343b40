import type { Rule } from './rule.js';

/** Reported by the loader: a file or document that cannot be parsed. */
export const yamlSyntax: Rule = {
  meta: {
    id: 'yaml-syntax',
    title: 'Every YAML document parses',
    defaultSeverity: 'error',
    kind: 'correctness',
    rationale:
      'A document that does not parse is not applied: kustomize and ArgoCD stop at the first syntax error, so nothing of the overlay deploys. Duplicate keys count as errors too: which value wins differs between tools. Documents whose aliases expand beyond a bound (a "billion laughs" file) are refused.',
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
    howToFix: 'Fix the YAML at the reported line and column; the rest of the file is still checked.',
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
  name: {{ .Release.Name }}-db`,
    good: `# lint the rendered output instead:
#   helm template my-release ./chart > rendered.yaml
#   kubectl cnpg-site lint rendered.yaml`,
    howToFix: 'Render Helm charts before linting, or turn the note off in the profile (`rules: {skipped-file: off}`).',
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
  },
  check() {
    /* the deployment model reports these */
  },
};

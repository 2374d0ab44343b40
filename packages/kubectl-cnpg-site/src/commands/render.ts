import { Args, Command, Flags } from '@oclif/core';
import { displayPath, redactSecrets, renderedYaml, renderPaths } from '@cnpg-site/core';
import { write } from '../lib/output.js';

export default class Render extends Command {
  static override summary = 'Print what the GitOps controller applies: every root rendered as its controller renders it.';
  static override description = `Finds the deployable roots under PATH (ArgoCD Applications and ApplicationSets, Flux Kustomizations, kustomization directories that nothing names, loose manifest files) and prints what each renders to: kustomize's resources, components, patches, generators and transformers, then the controller's namespace and Flux substitution. Variables with no known value stay as written. This is what lint checks.

With --root DIR, renders that one kustomization directory exactly as kustomize build DIR does, with no controller on top.

-o json adds each resource's root and the origin (file, line, column) of each field: the base file, the patch or the transformer it comes from. Secret values are never printed.

Exit status: 0 rendered, 1 a root does not build (kustomize would fail), 2 usage or input error.`;
  static override examples = [
    { description: 'What the repository applies', command: '<%= config.bin %> render .' },
    { description: 'One overlay, as kustomize build', command: '<%= config.bin %> render --root sites/dal/clusters/k1/wave-2/overlays/forgejo' },
    { description: 'Where each field comes from', command: '<%= config.bin %> render -o json kubernetes/apps' },
  ];
  static override strict = false;
  static override args = {
    paths: Args.string({ description: 'files or directories whose roots to render', required: false }),
  };
  static override flags = {
    root: Flags.string({ description: 'render this one kustomization directory as kustomize build does' }),
    output: Flags.string({ char: 'o', description: 'output format', options: ['yaml', 'json'], default: 'yaml' }),
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(Render);
    const paths = (argv as string[]).length > 0 ? (argv as string[]) : ['.'];
    const run = renderPaths(paths, flags.root !== undefined ? { root: flags.root } : {});
    const cwd = process.cwd();
    const errors = run.diagnostics.filter((d) => d.severity === 'error');
    for (const d of errors) process.stderr.write(`${displayPath(d.file, cwd)}:${d.line}:${d.column}: ${d.message}\n`);
    process.exitCode = errors.length > 0 ? 1 : 0;
    if (flags.output === 'json') {
      const rel = <T extends { file: string }>(o: T): T => ({ ...o, file: displayPath(o.file, cwd) });
      await write(`${JSON.stringify({
        roots: run.roots.map((r) => ({ ...r, path: displayPath(r.path || cwd, cwd), ...(r.file ? { file: displayPath(r.file, cwd) } : {}) })),
        resources: run.resources.map((r) => ({
          root: r.root,
          origin: rel(r.origin),
          object: redactSecrets(r.object),
          fields: Object.fromEntries(Object.entries(r.fields).filter(([k]) => !(r.object.kind === 'Secret' && /^(data|stringData)\./.test(k))).map(([k, v]) => [k, rel(v)])),
        })),
        diagnostics: run.diagnostics.map(rel),
      }, null, 2)}\n`);
      return;
    }
    await write(renderedYaml(run.resources.map((r) => r.object)));
  }
}

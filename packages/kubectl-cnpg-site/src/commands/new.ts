import { relative, resolve } from 'node:path';
import { Args, Command, Flags } from '@oclif/core';
import { excludeMatcher, loadInventoryParallel, loadProfile, planNewApp, repositoryRoot, RULE_IDS, RULE_OPTIONS, SCAFFOLD_STYLES, checkNewAppFree, writeNewApp, type NewAppPlan } from '@cnpg-site/core';
import { checkProfileFile, jsonToYaml, profileFlag, write } from '../lib/output.js';

export default class New extends Command {
  static override summary = 'Write a new app\'s database overlay as the site profile says, and print the Vault and IAM side to set up.';
  static override description = `Writes the overlay of APP where the profile's layout puts it (layout.overlay, with {site}, {k8sCluster} and {wave} taken from the existing overlays when they agree, else from --site, --k8s-cluster and --wave): kustomization.yaml, service-account.yaml, vault-dynamic-secret.yaml, external-secret.yaml, object-store.yaml (plugin style only) and postgres.yaml (Cluster and ScheduledBackup). Names, archive destination, tags, credentials, storage class, image catalog and retention come from the profile in force; the namespace and the Cluster name follow what the other apps do (default: APP and APP-db).

Nothing is overwritten: when the directory already holds one of the files, nothing is written. Other files are never edited: what deploys the new overlay (an ArgoCD Application, a Flux Kustomization, a line in a parent kustomization) is printed, made from what deploys the closest existing overlay. The Vault and IAM side of the credentials is printed too, filled with the app's values.

Exit status: 0 written (or printed with --dry-run), 2 usage or input error (a file already there, APP not a DNS label, a place that cannot be told).`;
  static override examples = [
    { description: 'See what would be written, and where', command: '<%= config.bin %> new billing --dry-run' },
    { description: 'Write it on a Kubernetes cluster and wave of your choice', command: '<%= config.bin %> new billing --k8s-cluster k1 --wave 2' },
    { description: 'The legacy in-tree barmanObjectStore instead of the plugin', command: '<%= config.bin %> new billing --style legacy --k8s-cluster k1 --wave 1' },
    { description: 'Write into a folder of your choice', command: '<%= config.bin %> new billing --dir apps/billing/db' },
  ];
  static override args = {
    app: Args.string({ description: 'the app (a DNS label): names and paths are made from it', required: true }),
  };
  static override flags = {
    dir: Flags.string({ description: 'write the overlay exactly here instead of where the layout says', helpValue: 'PATH' }),
    style: Flags.string({ description: 'backup style: the Barman Cloud plugin with an ObjectStore, or the legacy in-tree barmanObjectStore (default: plugin when the profile allows it)', options: [...SCAFFOLD_STYLES] }),
    site: Flags.string({ description: '{site} of the layout (default: the one the existing overlays agree on)', helpValue: 'S' }),
    'k8s-cluster': Flags.string({ description: '{k8sCluster} of the layout (default: the one the existing overlays agree on)', helpValue: 'K' }),
    wave: Flags.string({ description: '{wave} of the layout (default: the one the existing overlays agree on)', helpValue: 'N' }),
    namespace: Flags.string({ description: 'namespace of the overlay (default: what the other apps do, else APP)', helpValue: 'NS' }),
    'cluster-name': Flags.string({ description: 'name of the CNPG Cluster (default: what the other Clusters do, else APP-db)', helpValue: 'NAME' }),
    'vault-server': Flags.string({ description: 'Vault server of the VaultDynamicSecret (default: the other VaultDynamicSecrets\')', helpValue: 'URL' }),
    profile: profileFlag,
    'dry-run': Flags.boolean({ description: 'print the files and what to set up; write nothing' }),
    output: Flags.string({ char: 'o', description: 'output format of the report', options: ['text', 'json', 'yaml'], default: 'text' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(New);
    checkProfileFile(flags.profile);
    const cwd = process.cwd();
    const root = repositoryRoot(cwd, undefined, 'pass --dir PATH inside one');
    const { profile, file: profileFile } = loadProfile(root, { ...(flags.profile ? { file: resolve(cwd, flags.profile) } : {}), knownRules: RULE_IDS, ruleOptions: RULE_OPTIONS });
    const excluded = excludeMatcher(profile, root, profileFile, root);
    const { inventory } = await loadInventoryParallel([root], { profile, repoRoot: root, ...(excluded ? { exclude: excluded } : {}) });
    const plan = planNewApp(inventory, profile, {
      app: args.app,
      root,
      dir: flags.dir !== undefined ? resolve(cwd, flags.dir) : undefined,
      style: flags.style as NewAppPlan['style'] | undefined,
      site: flags.site,
      k8sCluster: flags['k8s-cluster'],
      wave: flags.wave,
      namespace: flags.namespace,
      cluster: flags['cluster-name'],
      vaultServer: flags['vault-server'],
    });
    const shown = relative(cwd, plan.dir) || '.';
    checkNewAppFree(plan, shown);
    if (!flags['dry-run']) writeNewApp(plan);

    if (flags.output !== 'text') {
      const json = `${JSON.stringify(
        {
          app: plan.vars.app,
          dir: plan.relDir,
          written: !flags['dry-run'],
          profile: profileFile ?? 'built-in',
          style: plan.style,
          vars: plan.vars,
          files: plan.scaffold.files.map((f) => ({ path: `${plan.relDir}/${f.name}`, resources: f.resources, content: f.text })),
          names: plan.scaffold.names,
          notes: plan.scaffold.notes,
          deploy: plan.deploy.join('\n'),
          vault: plan.vault.join('\n'),
        },
        null,
        2,
      )}\n`;
      await write(flags.output === 'yaml' ? jsonToYaml(json) : json);
      return;
    }
    const out: string[] = [];
    const n = plan.scaffold.names;
    const where = `${plan.relDir}/`;
    if (flags['dry-run']) {
      out.push(`# ${where} (not written: --dry-run)`);
      for (const f of plan.scaffold.files) out.push('', `# ---- ${where}${f.name}`, f.text.trimEnd());
      out.push('');
    }
    out.push(
      `${flags['dry-run'] ? 'Would write' : 'Wrote'} ${where} for ${plan.vars.app} (${plan.style === 'plugin' ? 'Barman Cloud plugin' : 'legacy in-tree barmanObjectStore'}; profile: ${profileFile ? relative(cwd, profileFile) || profileFile : 'built-in'}):`,
    );
    const width = Math.max(...plan.scaffold.files.map((f) => f.name.length));
    for (const f of plan.scaffold.files) out.push(`  ${f.name.padEnd(width)}  ${f.name === 'kustomization.yaml' ? `namespace ${plan.vars.namespace}` : f.resources.join(', ')}`);
    out.push(
      '',
      `Cluster ${plan.vars.cluster} in namespace ${plan.vars.namespace}, ${plan.imageName !== undefined ? `image ${plan.imageName}` : `PostgreSQL ${plan.major}`}, archiving to ${n.destinationPath}${plan.vars.cluster}/ with credentials from the Secret ${n.secret}.`,
    );
    for (const note of plan.scaffold.notes) out.push('', note);
    out.push('', 'Deploy:', ...plan.deploy.map((l) => (l === '' ? '' : `  ${l}`)));
    if (plan.vault.length > 0) {
      out.push('', `Vault and IAM (by hand, before the first backup; until then every backup of ${plan.vars.cluster} fails):`, '', ...plan.vault.map((l) => (l === '' ? '' : `  ${l}`)));
    }
    out.push('', `Next: ${flags['dry-run'] ? `run it without --dry-run, then ` : ''}kubectl cnpg-site lint ${shown}`);
    await write(`${out.join('\n')}\n`);
  }
}

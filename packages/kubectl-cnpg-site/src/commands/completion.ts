import { Args, Command } from '@oclif/core';
import { completionScript, SHELLS, type Shell } from '../lib/completion-scripts.js';
import { write } from '../lib/output.js';

export default class Completion extends Command {
  static override summary = 'Print a shell completion script (bash, zsh or fish).';
  static override description = `The script completes commands, flags and flag values of kubectl-cnpg_site when run directly.

For "kubectl cnpg-site <TAB>", kubectl itself asks the program kubectl_complete-cnpg_site on PATH (kubectl 1.26 or newer, with kubectl's own completion loaded: source <(kubectl completion bash)). npm installs it beside kubectl-cnpg_site; nothing else is needed.

Exit status: 0 printed, 2 usage error.`;
  static override examples = [
    { description: 'bash, in the current shell', command: 'source <(<%= config.bin %> completion bash)' },
    { description: 'bash, for every new shell', command: '<%= config.bin %> completion bash > ~/.local/share/bash-completion/completions/kubectl-cnpg_site' },
    { description: 'zsh', command: '<%= config.bin %> completion zsh > "${fpath[1]}/_kubectl-cnpg_site"' },
    { description: 'fish', command: '<%= config.bin %> completion fish > ~/.config/fish/completions/kubectl-cnpg_site.fish' },
  ];
  static override args = {
    shell: Args.string({ description: 'the shell', options: [...SHELLS], required: true }),
  };

  async run(): Promise<void> {
    const { args } = await this.parse(Completion);
    await write(completionScript(args.shell as Shell));
    process.exitCode = 0;
  }
}

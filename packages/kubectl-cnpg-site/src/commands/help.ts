import { Args, Command, loadHelpClass } from '@oclif/core';

export default class Help extends Command {
  static override summary = 'Help for a command.';
  static override description = 'The same as COMMAND --help (or -h).';
  static override examples = [
    { description: 'Help for lint', command: '<%= config.bin %> help lint' },
    { description: 'Help for a command of a topic', command: '<%= config.bin %> help restore watch' },
  ];
  static override strict = false;
  static override args = {
    command: Args.string({ description: 'the command', required: false }),
  };

  async run(): Promise<void> {
    const { argv } = await this.parse(Help);
    const HelpClass = await loadHelpClass(this.config);
    const help = new HelpClass(this.config, this.config.pjson.oclif.helpOptions ?? {});
    await help.showHelp(argv as string[]);
    process.exitCode = 0;
  }
}

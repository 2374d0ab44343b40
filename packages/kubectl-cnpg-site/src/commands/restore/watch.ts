import { Command } from '@oclif/core';

// Placeholder: replaced by the real command.
export default class RestoreWatch extends Command {
  static override summary = 'not available yet';
  async run(): Promise<void> {
    this.error('not available yet', { exit: 2 });
  }
}

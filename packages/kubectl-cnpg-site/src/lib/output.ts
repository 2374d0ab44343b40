import { Flags } from '@oclif/core';

export { useColor, writeStdout as write } from '@cnpg-site/core';

export const profileFlag = Flags.string({
  description: 'profile file to use instead of the nearest .cnpg-site.yaml',
  helpValue: 'FILE',
});

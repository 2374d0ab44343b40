import { Flags } from '@oclif/core';
import { stringify } from 'yaml';

export { useColor, writeStdout as write } from '@cnpg-site/core';

export const profileFlag = Flags.string({
  description: 'profile file to use instead of the nearest .cnpg-site.yaml',
  helpValue: 'FILE',
});

/** The YAML form of a JSON document (`-o yaml`): the same data, the same key order. */
export function jsonToYaml(json: string): string {
  return stringify(JSON.parse(json), { lineWidth: 0, aliasDuplicateObjects: false });
}

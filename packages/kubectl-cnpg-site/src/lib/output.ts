import { existsSync, statSync } from 'node:fs';
import { Flags } from '@oclif/core';
import { InputError } from '@cnpg-site/core';
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

/** `--profile FILE` must name a file; say so plainly rather than with a system error code. */
export function checkProfileFile(file: string | undefined): void {
  if (file === undefined) return;
  if (!existsSync(file)) throw new InputError(`--profile ${file}: the file does not exist`);
  if (!statSync(file).isFile()) throw new InputError(`--profile ${file}: not a file`);
}

/** `--endpoint-url` must be an http(s) URL; checked before credentials or any request. */
export function checkEndpointUrl(url: string | undefined): void {
  if (url === undefined) return;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') {
    throw new InputError(`--endpoint-url "${url}" is not an http(s) URL; give one such as https://s3.example.com or http://127.0.0.1:9000`);
  }
}

import { Flags } from '@oclif/core';

/** Color only on a TTY, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/** Writes all of `text` to stdout and waits, so the exit code is set after the output drains. */
export function write(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

export const profileFlag = Flags.string({
  description: 'profile file to use instead of the nearest .cnpg-site.yaml',
  helpValue: 'FILE',
});

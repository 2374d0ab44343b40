/**
 * Shell completion in Cobra's `__complete` protocol, the one kubectl uses for plugins: given the
 * words after the program name (the last one being the word under the cursor, possibly empty),
 * print one candidate a line (`value<TAB>description`), then `:<directive>`.
 *
 * kubectl runs `kubectl_complete-cnpg_site WORDS...` for `kubectl cnpg-site WORDS<TAB>`; the
 * scripts of `completion bash|zsh|fish` run `kubectl-cnpg_site __complete WORDS...`.
 */

/** Cobra's ShellCompDirective bits. */
export const Directive = {
  Default: 0,
  Error: 1,
  NoSpace: 2,
  NoFileComp: 4,
  FilterFileExt: 8,
  FilterDirs: 16,
} as const;

export interface FlagSpec {
  type: 'boolean' | 'option';
  char?: string | undefined;
  summary?: string | undefined;
  description?: string | undefined;
  options?: readonly string[] | undefined;
  helpValue?: string | string[] | undefined;
  allowNo?: boolean | undefined;
  hidden?: boolean | undefined;
}

export interface CommandSpec {
  summary?: string | undefined;
  hidden?: boolean | undefined;
  strict?: boolean | undefined;
  flags?: Record<string, FlagSpec> | undefined;
  args?: Record<string, { description?: string | undefined }> | undefined;
}

export interface Completion {
  candidates: string[];
  directive: number;
}

/** What to offer for a positional argument of a command. */
export type ArgCompletion = (id: string, position: number, commands: Record<string, CommandSpec>) => Completion | undefined;

const SHELLS = ['bash', 'zsh', 'fish'];

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0]!.replace(/\t/g, ' ');
}

function withDescription(value: string, description: string | undefined): string {
  const d = firstLine(description);
  return d ? `${value}\t${d}` : value;
}

/** The command ids a word list starts with (oclif ids use `:` between topic and command). */
function commandIds(commands: Record<string, CommandSpec>): string[] {
  return Object.keys(commands)
    .filter((id) => !commands[id]!.hidden)
    .sort();
}

function valueCompletion(flag: FlagSpec, partial: string, prefix = ''): Completion {
  if (flag.options) {
    return { candidates: flag.options.filter((o) => o.startsWith(partial)).map((o) => prefix + o), directive: Directive.NoFileComp };
  }
  const hv = Array.isArray(flag.helpValue) ? flag.helpValue.join(' ') : (flag.helpValue ?? '');
  if (/\bDIR\b/.test(hv)) return { candidates: [], directive: Directive.FilterDirs };
  if (/\bFILE\b/.test(hv)) return { candidates: [], directive: Directive.Default };
  return { candidates: [], directive: Directive.NoFileComp };
}

function flagNames(name: string, flag: FlagSpec): string[] {
  const names = [`--${name}`];
  if (flag.allowNo) names.push(`--no-${name}`);
  return names;
}

function findFlag(spec: CommandSpec, word: string): FlagSpec | undefined {
  const flags = spec.flags ?? {};
  if (/^-[^-]$/.test(word)) return Object.values(flags).find((f) => f.char === word[1]);
  if (word.startsWith('--')) return flags[word.slice(2)];
  return undefined;
}

/** Completion for `words` (the last one is the word being completed). */
export function complete(words: string[], commands: Record<string, CommandSpec>, argCompletion?: ArgCompletion): Completion {
  const cur = words.length > 0 ? words[words.length - 1]! : '';
  const before = words.slice(0, -1);
  const ids = commandIds(commands);

  // The command: `lint`, or a topic and its command (`restore watch`).
  let id: string | undefined;
  let rest: string[] = [];
  for (let n = Math.min(before.length, 3); n >= 1; n--) {
    const candidate = before.slice(0, n).join(':');
    if (commands[candidate]) {
      id = candidate;
      rest = before.slice(n);
      break;
    }
  }
  if (id === undefined) {
    if (before.some((w) => w.startsWith('-'))) return { candidates: [], directive: Directive.NoFileComp };
    const typed = before.join(':');
    const level = before.length;
    const seen = new Set<string>();
    const candidates: string[] = [];
    for (const cid of ids) {
      const parts = cid.split(':');
      if (parts.length <= level || (typed && !cid.startsWith(`${typed}:`))) continue;
      const part = parts[level]!;
      if (!part.startsWith(cur) || seen.has(part)) continue;
      seen.add(part);
      // A topic's description is its first command's; a command's is its summary.
      candidates.push(parts.length === level + 1 ? withDescription(part, commands[cid]!.summary) : withDescription(part, `${parts.slice(0, level + 1).join(' ')} commands`));
    }
    if (level === 0 && 'help'.startsWith(cur) && !seen.has('help')) candidates.push('help\tHelp for a command');
    return { candidates: candidates.sort(), directive: Directive.NoFileComp };
  }
  const spec = commands[id]!;

  // A value for the flag before the cursor.
  const prev = rest.length > 0 ? rest[rest.length - 1]! : undefined;
  if (prev !== undefined && !prev.includes('=')) {
    const flag = findFlag(spec, prev);
    if (flag && flag.type === 'option') return valueCompletion(flag, cur);
  }

  // `--flag=partial`.
  const eq = /^(--[^=]+)=(.*)$/.exec(cur);
  if (eq) {
    const flag = findFlag(spec, eq[1]!);
    if (!flag || flag.type !== 'option') return { candidates: [], directive: Directive.NoFileComp };
    return valueCompletion(flag, eq[2]!, `${eq[1]}=`);
  }

  if (cur.startsWith('-')) {
    const used = new Set(rest.filter((w) => w.startsWith('--')).map((w) => w.split('=')[0]!));
    const candidates: string[] = [];
    for (const [name, flag] of Object.entries(spec.flags ?? {})) {
      if (flag.hidden) continue;
      for (const n of flagNames(name, flag)) {
        if (n.startsWith(cur) && !used.has(n)) candidates.push(withDescription(n, flag.summary ?? flag.description));
      }
    }
    if ('--help'.startsWith(cur)) candidates.push('--help\tShow help');
    return { candidates: candidates.sort(), directive: Directive.NoFileComp };
  }

  // A positional argument: count the ones already given (skipping flags and their values).
  let position = 0;
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i]!;
    if (w.startsWith('-')) {
      const flag = w.includes('=') ? undefined : findFlag(spec, w);
      if (flag?.type === 'option') i++;
      continue;
    }
    position++;
  }
  if (argCompletion) {
    const c = argCompletion(id, position, commands);
    if (c) return { candidates: c.candidates.filter((x) => x.startsWith(cur)), directive: c.directive };
  }
  const argNames = Object.keys(spec.args ?? {});
  if (position >= argNames.length && spec.strict !== false) return { candidates: [], directive: Directive.NoFileComp };
  return { candidates: [], directive: Directive.NoFileComp };
}

/** Arguments this CLI can complete: shells for `completion`, commands for `help`, paths for `lint`. */
export const cliArgCompletion: ArgCompletion = (id, position, commands) => {
  if (id === 'completion') return position === 0 ? { candidates: SHELLS, directive: Directive.NoFileComp } : { candidates: [], directive: Directive.NoFileComp };
  if (id === 'help') {
    const seen = new Set<string>();
    for (const cid of commandIds(commands)) seen.add(cid.split(':')[position] ?? '');
    seen.delete('');
    return { candidates: [...seen].sort(), directive: Directive.NoFileComp };
  }
  if (id === 'lint') return { candidates: [], directive: Directive.Default };
  return undefined;
};

/** The text of a completion answer: candidates, then `:directive`. */
export function formatCompletion(c: Completion): string {
  return `${c.candidates.map((x) => `${x}\n`).join('')}:${c.directive}\n`;
}

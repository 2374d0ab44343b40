import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/index.js';
import { OPTIONS as POLICY_OPTIONS } from '../../policy/src/cli.js';
import { REPO } from './fixtures/cli.js';

// README and docs cannot drift from the real flags: every flag a documented command line uses
// must be a flag of that command.

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) markdownFiles(p, out);
    else if (e.endsWith('.md')) out.push(p);
  }
  return out;
}

/** Flags of each kubectl plugin command, by its words (`restore watch`). */
function pluginFlags(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [id, cmd] of Object.entries(COMMANDS)) {
    const flags = new Set(['--help', '-h']);
    for (const [name, f] of Object.entries((cmd as { flags?: Record<string, { char?: string; allowNo?: boolean }> }).flags ?? {})) {
      flags.add(`--${name}`);
      if (f.char) flags.add(`-${f.char}`);
      if (f.allowNo) flags.add(`--no-${name}`);
    }
    out.set(id.replace(/:/g, ' '), flags);
  }
  return out;
}

function policyFlags(): Set<string> {
  const flags = new Set(['--help', '-h', '--version']);
  for (const [name, o] of Object.entries(POLICY_OPTIONS)) {
    flags.add(`--${name}`);
    if ('short' in o) flags.add(`-${o.short}`);
  }
  return flags;
}

interface Use {
  where: string;
  program: 'plugin' | 'policy';
  command: string;
  flags: string[];
}

const INVOCATION = /(kubectl cnpg-site|kubectl-cnpg_site|cnpg-site-policy) ([a-z][a-z-]*)((?: [a-z][a-z-]*)?)/g;

/** The command lines in a Markdown file: inline code spans alone, code block lines whole. */
function usesIn(file: string, text: string, plugin: Map<string, Set<string>>): Use[] {
  const out: Use[] = [];
  let fenced = false;
  text.split('\n').forEach((line, i) => {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      return;
    }
    // A shell or YAML comment in a code block is prose.
    const pieces = fenced ? [line.replace(/(^|\s)#.*$/, '')] : [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    for (const piece of pieces) {
      for (const m of piece.matchAll(INVOCATION)) {
        const program = m[1] === 'cnpg-site-policy' ? 'policy' : 'plugin';
        const two = `${m[2]}${m[3]}`;
        const command = program === 'plugin' && plugin.has(two) ? two : m[2]!;
        // The rest of this command: up to a shell operator or another command's pipe.
        let rest = piece.slice(m.index! + m[0].length - (command === two ? 0 : m[3]!.length));
        const stop = /\s(\|\||&&|;|>|\|\s+[^-\s[]|#\s)/.exec(rest);
        if (stop) rest = rest.slice(0, stop.index);
        const flags = [...rest.matchAll(/(?<![\w./=-])(--[a-z][a-z0-9-]*|-[a-zA-Z])(?![\w-])/g)].map((f) => f[1]!);
        out.push({ where: `${relative(REPO, file)}:${i + 1}`, program, command, flags });
      }
    }
  });
  return out;
}

describe('README and docs name only real flags', () => {
  const plugin = pluginFlags();
  const policy = policyFlags();
  const files = [join(REPO, 'README.md'), ...markdownFiles(join(REPO, 'docs'))];
  const uses = files.flatMap((f) => usesIn(f, readFileSync(f, 'utf8'), plugin));

  it('finds the documented command lines (the scan is real)', () => {
    expect(uses.filter((u) => u.program === 'plugin').length).toBeGreaterThan(20);
    expect(uses.filter((u) => u.program === 'policy').length).toBeGreaterThan(5);
    expect(uses.some((u) => u.command === 'lint' && u.flags.includes('--update-baseline'))).toBe(true);
  });

  it('every command named exists', () => {
    const unknown = uses.filter((u) => (u.program === 'plugin' ? !plugin.has(u.command) : !['ci', 'guard', 'lint-staged', 'help'].includes(u.command)));
    expect(unknown.map((u) => `${u.where} ${u.command}`)).toEqual([]);
  });

  it('every flag used is a flag of its command', () => {
    const wrong: string[] = [];
    for (const u of uses) {
      const known = u.program === 'policy' ? policy : plugin.get(u.command);
      if (!known) continue;
      for (const f of u.flags) if (!known.has(f)) wrong.push(`${u.where} ${u.program === 'policy' ? 'cnpg-site-policy' : 'kubectl cnpg-site'} ${u.command} ${f}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the scan catches a flag that does not exist', () => {
    const fake = usesIn(join(REPO, 'x.md'), '```sh\nkubectl cnpg-site lint --no-such-flag .\n```\nRun `cnpg-site-policy ci --bse main`.\n', plugin);
    expect(fake.map((u) => u.flags)).toEqual([['--no-such-flag'], ['--bse']]);
  });
});

describe('the README synopsis comes with every flag', () => {
  it('each command\'s lines in ## Commands name all of its flags', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const start = readme.indexOf('```sh', readme.indexOf('## Commands'));
    const block = readme.slice(start, readme.indexOf('```\n', start + 5)).split('\n');
    const missing: string[] = [];
    for (const [id, cmd] of Object.entries(COMMANDS)) {
      const words = `kubectl cnpg-site ${id.replace(/:/g, ' ')}`;
      const lines: string[] = [];
      block.forEach((l, i) => {
        if (!l.startsWith(`${words} `) && l !== words) return;
        lines.push(l);
        for (let j = i + 1; j < block.length && /^\s/.test(block[j]!); j++) lines.push(block[j]!);
      });
      if (lines.length === 0) missing.push(`${id}: no synopsis line`);
      const text = lines.join('\n');
      for (const [name, f] of Object.entries((cmd as { flags?: Record<string, { hidden?: boolean; char?: string }> }).flags ?? {})) {
        if (f.hidden) continue;
        const long = new RegExp(`--(no-)?${name}(?![\\w-])`).test(text);
        const short = f.char !== undefined && new RegExp(`(?<![\\w-])-${f.char}(?![\\w-])`).test(text);
        if (!long && !short) missing.push(`${id}: --${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});


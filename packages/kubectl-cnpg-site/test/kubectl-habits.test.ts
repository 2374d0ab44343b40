import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, EXAMPLE_SITE, plainEnv, REPO, STACK_FRAME, tempDir } from './fixtures/cli.js';

const T = { timeout: 120_000 };
const PKG = join(REPO, 'packages/kubectl-cnpg-site');

/** Every command, as a user types it (`help` itself is checked at the top level). */
const COMMANDS = ['lint', 'init', 'new', 'plan-restore', 'plan-upgrade', 'backups', 'drill', 'status', 'restore watch', 'completion'];

/** Commands with `-o json`; each must take `-o yaml` too. */
const JSON_COMMANDS = ['lint', 'init', 'new', 'plan-restore', 'plan-upgrade', 'backups', 'drill', 'status'];

function expectUsageError(r: ReturnType<typeof cli>, re: RegExp): void {
  expect(r.status, r.stdout + r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(re);
  expect(r.stderr).not.toMatch(STACK_FRAME);
}

describe('help, the kubectl way', () => {
  it.each(COMMANDS)('%s: -h, --help and help CMD print the same help', (command) => {
    const words = command.split(' ');
    const long = cli([...words, '--help']);
    expect(long.status, long.stderr).toBe(0);
    expect(long.stderr).toBe('');
    expect(long.stdout).toMatch(/^USAGE$/m);
    expect(long.stdout).toContain(`$ kubectl cnpg-site ${command}`);
    expect(long.stdout).toMatch(/^EXAMPLES$/m);
    const short = cli([...words, '-h']);
    expect(short.status).toBe(0);
    expect(short.stdout).toBe(long.stdout);
    const help = cli(['help', ...words]);
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(long.stdout);
  }, 60_000);

  it('the top level: --help, -h and help list every command', T, () => {
    const long = cli(['--help']);
    expect(long.status).toBe(0);
    expect(cli(['-h']).stdout).toBe(long.stdout);
    expect(cli(['help']).stdout).toBe(long.stdout);
    expect(long.stdout).toContain('$ kubectl cnpg-site [COMMAND]');
    for (const c of ['backups', 'completion', 'drill', 'help', 'init', 'lint', 'plan-restore', 'status']) expect(long.stdout).toMatch(new RegExp(`^  ${c}\\s`, 'm'));
    expect(long.stdout).toMatch(/^  restore\s/m);
  });

  it.each(COMMANDS)('%s: usage lines and examples say kubectl cnpg-site', (command) => {
    const out = cli([...command.split(' '), '--help']).stdout;
    expect(out).not.toMatch(/\$ kubectl-cnpg_site/);
    for (const line of out.split('\n').filter((l) => /^\s+\$ /.test(l))) expect(line).toMatch(/^\s+\$ kubectl cnpg-site /);
  }, 60_000);

  it('help for a command that does not exist is a usage error', T, () => {
    expectUsageError(cli(['help', 'nope']), /nope/);
  });
});

describe('-o yaml wherever -o json exists', () => {
  it.each(JSON_COMMANDS)('%s lists yaml among its output formats', (command) => {
    const out = cli([command, '--help']).stdout;
    expect(out).toMatch(/<options: [a-z|]*json[a-z|]*>/);
    expect(out).toMatch(/<options: [a-z|]*\byaml\b[a-z|]*>/);
  });

  it('lint -o yaml is lint -o json as YAML, with the same exit code', T, () => {
    const json = cli(['lint', '-o', 'json', EXAMPLE_SITE]);
    const yaml = cli(['lint', '-o', 'yaml', EXAMPLE_SITE]);
    expect(json.status).toBe(1);
    expect(yaml.status).toBe(1);
    expect(yaml.stderr).toBe('');
    expect(parse(yaml.stdout)).toEqual(JSON.parse(json.stdout));
    expect(cli(['lint', '-o', 'yaml', EXAMPLE_SITE]).stdout).toBe(yaml.stdout);
  });

  describe('plan-restore -o yaml', () => {
    let tmp: ReturnType<typeof tempDir>;
    beforeAll(() => {
      tmp = tempDir('yaml');
      const site = join(tmp.dir, 'site');
      spawnSync('cp', ['-r', EXAMPLE_SITE, site]);
      spawnSync('git', ['init', '-q', site]);
    });
    afterAll(() => tmp.remove());

    it('is plan-restore -o json as YAML', T, () => {
      const args = ['plan-restore', 'forgejo-db', '--no-archive-check', '--repo', join(tmp.dir, 'site')];
      const json = cli([...args, '-o', 'json']);
      expect(json.status, json.stderr).toBe(0);
      const yaml = cli([...args, '-o', 'yaml']);
      expect(yaml.status, yaml.stderr).toBe(0);
      expect(parse(yaml.stdout)).toEqual(JSON.parse(json.stdout));
    });
  });
});

describe('mutually exclusive flags', () => {
  it('say so once, the same whichever comes first', T, () => {
    const a = cli(['plan-restore', 'forgejo-db', '--new-name', 'x', '--keep-name']);
    const b = cli(['plan-restore', 'forgejo-db', '--keep-name', '--new-name', 'x']);
    expectUsageError(a, /^error: --keep-name and --new-name cannot be used together; see --help for usage$/m);
    expect(b.stderr).toBe(a.stderr);
    expect(a.stderr.match(/cannot/g)).toHaveLength(1);
    const t = cli(['plan-restore', 'forgejo-db', '--target-time', '2026-01-01T00:00:00Z', '--target-lsn', '0/1']);
    expectUsageError(t, /^error: --target-lsn and --target-time cannot be used together; see --help for usage$/m);
  });
});

describe('an argument a command does not take', () => {
  it('is named as typed, its dots kept', T, () => {
    expectUsageError(cli(['init', '--dry-run', '.']), /^error: Unexpected argument: \.; see --help for usage$/m);
    expectUsageError(cli(['init', '--dry-run', 'site.']), /^error: Unexpected argument: site\.; see --help for usage$/m);
  });
});

describe('shell completion', () => {
  let tmp: ReturnType<typeof tempDir>;
  let bin: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    const ensure = spawnSync(join(REPO, 'scripts/ensure-system-packages.sh'), ['bash-completion', 'zsh', 'fish', 'tmux', 'kubectl'], { encoding: 'utf8' });
    expect(ensure.status, `bash-completion, zsh, fish, tmux and kubectl are required: ${ensure.stderr}`).toBe(0);
    tmp = tempDir('completion');
    // The two programs as npm installs them on PATH, and nothing else of the repository.
    bin = join(tmp.dir, 'bin');
    mkdirSync(bin);
    symlinkSync(join(PKG, 'bin/run.js'), join(bin, 'kubectl-cnpg_site'));
    symlinkSync(join(PKG, 'bin/complete.js'), join(bin, 'kubectl_complete-cnpg_site'));
    mkdirSync(join(tmp.dir, 'home'));
    mkdirSync(join(tmp.dir, 'work/sites/dal'), { recursive: true });
    writeFileSync(join(tmp.dir, 'work/sites/dal/postgres.yaml'), 'kind: Cluster\n');
    env = plainEnv({ PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, HOME: join(tmp.dir, 'home'), KUBECONFIG: '/dev/null', TERM: 'xterm' });
  }, 900_000);
  afterAll(() => tmp.remove());

  function run(cmd: string, args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(cmd, args, { cwd: join(tmp.dir, 'work'), env, encoding: 'utf8', ...(input !== undefined ? { input } : {}) });
    if (r.error) throw r.error;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  /** Completion lines for a command line, in Cobra's format: the values, then `:directive`. */
  function answer(words: string[]): string[] {
    return run('kubectl_complete-cnpg_site', words).stdout.trimEnd().split('\n');
  }

  it('the companion answers in Cobra\'s format', T, () => {
    expect(answer(['li'])).toEqual(['lint\tCheck manifests against the site conventions and the CRD schemas.', ':4']);
    expect(answer(['lint', '-o', ''])).toEqual(['stylish', 'json', 'sarif', 'github', 'yaml', ':4']);
    expect(answer(['restore', ''])[0]).toMatch(/^watch\t/);
    expect(answer(['plan-restore', 'db', '--output=m'])).toEqual(['--output=markdown', ':4']);
    expect(answer(['plan-restore', 'db', '--k'])).toEqual(['--keep-name\tkeep the Cluster name; move its archive to a new server name instead', '--kubeconfig\tkubeconfig file for --live', ':4']);
    expect(answer(['plan-restore', 'db', '--no-a'])[0]).toMatch(/^--no-archive-check\t/);
    expect(answer(['lint', '--profile', ''])).toEqual([':0']);
    expect(answer(['backups', '--repo', ''])).toEqual([':16']);
    expect(answer(['completion', ''])).toEqual(['bash', 'zsh', 'fish', ':4']);
    expect(answer(['help', 'pl'])).toEqual(['plan-restore', 'plan-upgrade', ':4']);
    expect(answer(['lint', ''])).toEqual([':0']);
    expect(run('kubectl-cnpg_site', ['__complete', 'li']).stdout).toBe(run('kubectl_complete-cnpg_site', ['li']).stdout);
  });

  it('kubectl __complete asks the companion', T, () => {
    const r = run('kubectl', ['__complete', 'cnpg-site', 'lint', '-o', '']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toEqual(['stylish', 'json', 'sarif', 'github', 'yaml', ':4']);
  });

  it('completion with no shell, or an unknown one, is a usage error', T, () => {
    expectUsageError(cli(['completion']), /shell/i);
    expectUsageError(cli(['completion', 'tcsh']), /tcsh/);
  });

  it('bash: the script completes commands, flags, values and paths', T, () => {
    const script = `
source <(kubectl-cnpg_site completion bash)
t() {
  COMP_LINE="$1"; COMP_POINT=\${#COMP_LINE}
  read -ra COMP_WORDS <<<"$1"; COMP_CWORD=$((\${#COMP_WORDS[@]} - 1))
  if [[ "$1" == *" " ]]; then COMP_WORDS+=(""); COMP_CWORD=$((COMP_CWORD + 1)); fi
  COMPREPLY=()
  _kubectl_cnpg_site kubectl-cnpg_site
  echo "$1|\${COMPREPLY[*]}"
}
t 'kubectl-cnpg_site li'
t 'kubectl-cnpg_site '
t 'kubectl-cnpg_site lint -o '
t 'kubectl-cnpg_site restore w'
t 'kubectl-cnpg_site plan-restore db --output=m'
t 'kubectl-cnpg_site lint sit'
t 'kubectl-cnpg_site completion '
`;
    const r = run('bash', ['--norc', '--noprofile', '-c', script]);
    expect(r.stderr).toBe('');
    // Every command and topic, as the companion lists them.
    const all = answer(['']).slice(0, -1).map((l) => l.split('\t')[0]!);
    expect(all).toEqual(expect.arrayContaining(['backups', 'completion', 'help', 'lint', 'plan-restore', 'restore', 'status']));
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      'kubectl-cnpg_site li|lint',
      `kubectl-cnpg_site |${all.join(' ')}`,
      'kubectl-cnpg_site lint -o |stylish json sarif github yaml',
      'kubectl-cnpg_site restore w|watch',
      // bash splits the word at =, so it completes what follows.
      'kubectl-cnpg_site plan-restore db --output=m|markdown',
      'kubectl-cnpg_site lint sit|sites',
      'kubectl-cnpg_site completion |bash zsh fish',
    ]);
  });

  it('fish: the script completes commands, values and paths', T, () => {
    const r = run('fish', ['--no-config', '-c', [
      'kubectl-cnpg_site completion fish | source',
      'complete -C "kubectl-cnpg_site li"',
      'complete -C "kubectl-cnpg_site lint -o y"',
      'complete -C "kubectl-cnpg_site restore "',
      'complete -C "kubectl-cnpg_site lint sit"',
    ].join('\n')]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      'lint\tCheck manifests against the site conventions and the CRD schemas.',
      'yaml',
      'watch\tFollow a restoring Cluster until it is healthy, fails, or the time runs out.',
      'sites/',
    ]);
  });

  /** Types `line` and a TAB into an interactive shell in tmux; returns the screen once it shows `expected`. */
  function tmuxTab(shell: string[], setup: string, line: string, expected: string): string {
    const session = `cnpg-site-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    const tmuxEnv = { ...env, TMUX: '' };
    const tmux = (...a: string[]) => spawnSync('tmux', ['-L', session, ...a], { cwd: join(tmp.dir, 'work'), env: tmuxEnv, encoding: 'utf8' });
    const started = tmux('new-session', '-d', '-s', session, '-x', '200', '-y', '50', ...shell);
    expect(started.status, started.stderr).toBe(0);
    try {
      const screen = () => tmux('capture-pane', '-p', '-t', session).stdout;
      tmux('send-keys', '-t', session, setup, 'Enter');
      tmux('send-keys', '-t', session, 'echo READY-$((40+2))', 'Enter');
      for (let i = 0; i < 600 && !screen().includes('READY-42'); i++) spawnSync('sleep', ['0.1']);
      tmux('send-keys', '-t', session, '-l', line);
      tmux('send-keys', '-t', session, 'Tab');
      let text = screen();
      for (let i = 0; i < 600 && !text.includes(expected); i++) {
        spawnSync('sleep', ['0.1']);
        text = screen();
      }
      return text;
    } finally {
      tmux('kill-server');
    }
  }

  it('kubectl cnpg-site <TAB> in a real bash, with kubectl\'s own completion', T, () => {
    const screen = tmuxTab(
      ['bash', '--norc', '--noprofile'],
      'source /usr/share/bash-completion/bash_completion; source <(kubectl completion bash)',
      'kubectl cnpg-site restore wa',
      'kubectl cnpg-site restore watch',
    );
    expect(screen).toContain('kubectl cnpg-site restore watch');
  });

  it('kubectl-cnpg_site <TAB> in a real zsh', T, () => {
    const screen = tmuxTab(
      ['zsh', '-f'],
      'autoload -U compinit && compinit -u && source <(kubectl-cnpg_site completion zsh)',
      'kubectl-cnpg_site plan-re',
      'kubectl-cnpg_site plan-restore',
    );
    expect(screen).toContain('kubectl-cnpg_site plan-restore');
  });
});

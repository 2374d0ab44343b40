import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ensureSystemPackages } from './archive-harness/harness.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

// The benchmark itself is run by `npm run bench`; here it runs small, to prove it works. No time is asserted.
describe('the backups latency benchmark', () => {
  it('times backups and barman-cloud-backup-list straight and through the 50 ms proxy, with request counts', () => {
    ensureSystemPackages();
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/bench/bench-backups.mjs'), '--backups', '2', '--wal', '300', '--runs', '1', '--latency', '50'], { encoding: 'utf8', timeout: 300_000 });
    expect(r.stderr).not.toMatch(/Error|failed/);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('archive: 2 base backups, 300 WAL segments');
    expect(r.stdout).toMatch(/\[s3rver\] kubectl cnpg-site backups -o json: median \d+ ms .* 2 backups, 300 segments checked, 1 window\(s\)/);
    for (const label of ['s3rver \\+50 ms', 'S3-like: 50 ms per request, no per-object cost']) {
      expect(r.stdout).toMatch(new RegExp(`\\[${label}\\] kubectl cnpg-site backups -o json: median \\d+ ms over 1 runs \\(\\d+\\), \\d+ requests;`));
      expect(r.stdout).toMatch(new RegExp(`\\[${label}\\] barman-cloud-backup-list --format json: median \\d+ ms over 1 runs \\(\\d+\\), \\d+ requests`));
      expect(r.stdout).toMatch(new RegExp(`\\[${label}\\] ratio: \\d+\\.\\d\\dx`));
    }
  }, 360_000);
});

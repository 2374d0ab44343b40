import picomatch from 'picomatch';

/** Whether a `/`-separated path (or a name) matches one of the globs. */
export type GlobMatcher = (path: string) => boolean;

const cache = new Map<string, GlobMatcher>();

/**
 * A matcher for globs as `.gitignore`-like tools write them: `*` within one path segment, `**`
 * across segments, `?`, `[…]` and `{a,b}`; dot files match too. The same globs give the same
 * matcher (cached).
 */
export function globMatcher(globs: readonly string[]): GlobMatcher {
  const key = JSON.stringify(globs);
  let m = cache.get(key);
  if (!m) {
    if (globs.length === 0) m = () => false;
    else {
      const match = picomatch(globs.map((g) => g.replace(/^\.\//, '').replace(/^\/+/, '')), { dot: true });
      m = (path: string) => match(path);
    }
    cache.set(key, m);
  }
  return m;
}

import { globMatcher } from './glob.js';
import { mergeProfile } from './load.js';
import type { Profile } from './profile.js';

/** What an override is matched against: a resource's app and namespace. */
export interface OverrideTarget {
  app?: string | undefined;
  namespace?: string | undefined;
}

/**
 * The overrides of the profile that apply to a resource, as a key (their indices, in order; ''
 * for none). An override applies when every list of globs it gives (`apps`, `namespaces`)
 * matches; a resource with no app (or no namespace) matches no `apps` (`namespaces`) glob.
 */
export function overrideKeyOf(profile: Profile, r: OverrideTarget): string {
  if (profile.overrides.length === 0) return '';
  const hits: number[] = [];
  profile.overrides.forEach((o, i) => {
    if (o.apps && (r.app === undefined || !globMatcher(o.apps)(r.app))) return;
    if (o.namespaces && (r.namespace === undefined || !globMatcher(o.namespaces)(r.namespace))) return;
    hits.push(i);
  });
  return hits.join(',');
}

const merged = new WeakMap<Profile, Map<string, Profile>>();

/** The profile in force for an override key: the base with each override merged over it, in order. */
export function profileForKey(profile: Profile, key: string): Profile {
  if (key === '') return profile;
  let byKey = merged.get(profile);
  if (!byKey) merged.set(profile, (byKey = new Map()));
  let p = byKey.get(key);
  if (!p) {
    p = profile;
    for (const i of key.split(',').map(Number)) {
      const { apps: _apps, namespaces: _namespaces, ...sections } = profile.overrides[i]!;
      p = mergeProfile(p, sections);
    }
    byKey.set(key, p);
  }
  return p;
}

/** The profile in force for a resource: the base profile with the overrides that match it merged over it. */
export function profileFor(profile: Profile, r: OverrideTarget): Profile {
  return profileForKey(profile, overrideKeyOf(profile, r));
}

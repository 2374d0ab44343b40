import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileValidatorSource } from '../../../../scripts/lib/profile-validator.mjs';
import { PROFILE_SCHEMA } from './load.js';

describe("the profile's compiled validator", () => {
  it('is current with PROFILE_SCHEMA (else run: npx tsc -b packages/core && node scripts/gen-profile-validator.mjs)', () => {
    const committed = readFileSync(new URL('./generated/validate-profile.js', import.meta.url), 'utf8');
    expect(committed).toBe(profileValidatorSource(PROFILE_SCHEMA));
  });
});

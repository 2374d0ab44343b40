#!/usr/bin/env node
// Writes packages/core/src/profile/generated/validate-profile.js from PROFILE_SCHEMA (core must be
// built): run it after changing the schema, then rebuild core. A core test fails while it is stale.
//   node scripts/gen-profile-validator.mjs
import { writeFileSync } from 'node:fs';
import { profileValidatorSource } from './lib/profile-validator.mjs';

const { PROFILE_SCHEMA } = await import('../packages/core/dist/profile/load.js');
const out = new URL('../packages/core/src/profile/generated/validate-profile.js', import.meta.url);
writeFileSync(out, profileValidatorSource(PROFILE_SCHEMA));
console.log(`wrote ${out.pathname}`);

/** The standalone validator module's source for the profile schema (see profile-validator.mjs). */
export function profileValidatorSource(schema: unknown): string;

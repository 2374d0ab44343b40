import type { ErrorObject } from 'ajv';

/** PROFILE_SCHEMA's validator (ajv, allErrors): true when valid, else `errors` says why. */
export declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;

/**
 * The string and number formats the generated CRD validators check, as @kubernetes-models/validate
 * defines them: int32, int64, double and date-time are ajv-formats' own (the same objects), byte is
 * its base64 pattern. The validators import this module rather than @kubernetes-models/validate,
 * whose formats module also loads every draft 2019 format (IRIs, e-mail addresses, CIDRs) and
 * ajv-i18n's messages in all languages, for formats no vendored CRD uses.
 *
 * JavaScript, as the generated validators beside it are: they are loaded as they are, from the
 * sources in the tests and from dist/ in a run. `npm run generate:models` writes their import
 * and refuses a CRD that needs a format not here; a test compares each format with
 * @kubernetes-models/validate's.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';

// https://github.com/tommy351/kubernetes-models-ts/blob/master/core/validate/src/formats.ts (MIT),
// from https://github.com/miguelmota/is-base64
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** @type {Readonly<Record<'int32' | 'int64' | 'double' | 'date-time' | 'byte', { type?: string; validate: (value: any) => boolean }>>} */
export const formats = {
  int32: /** @type {any} */ (fullFormats.int32),
  int64: /** @type {any} */ (fullFormats.int64),
  double: /** @type {any} */ (fullFormats.double),
  'date-time': /** @type {any} */ (fullFormats['date-time']),
  byte: { type: 'string', validate: (value) => BASE64.test(value) },
};

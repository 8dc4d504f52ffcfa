/** The memo key of bulk pricing: what a quote depends on, as a number. */
import type { QuoteRequest } from '../request/quote-request';
import { durationKey } from '../pricing/vendor-duration';
import { INPUT_TYPES, MODES, RESOLUTIONS } from '../request/vocabulary';

const KINDS = MODES.length * RESOLUTIONS.length * INPUT_TYPES.length * 2;

function indexIn(values: readonly string[], value: string): number {
  const index = values.indexOf(value);
  if (index < 0) throw new Error(`requestCode: not a valid request (${JSON.stringify(value)})`);
  return index;
}

/**
 * Everything a quote depends on but the model, as one small integer: mode, resolution,
 * input type, audio, and the duration through `durationKey`. Two valid requests with the
 * same model and code have the same quote, but for the exact duration it echoes. Throws
 * on a request that is not valid (parse it first).
 */
export function requestCode(request: QuoteRequest): number {
  const kind =
    ((indexIn(MODES, request.mode) * RESOLUTIONS.length + indexIn(RESOLUTIONS, request.resolution)) * INPUT_TYPES.length +
      indexIn(INPUT_TYPES, request.inputType)) *
      2 +
    (request.audio ? 1 : 0);
  return durationKey(request.durationSeconds) * KINDS + kind;
}

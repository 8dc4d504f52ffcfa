/** The memo key of bulk pricing: what a quote depends on, as a number. */
import type { QuoteRequest } from './quote-request';
import { durationKey } from './vendor-duration';
import { INPUT_TYPES, MODES, RESOLUTIONS } from './vocabulary';

const KINDS = MODES.length * RESOLUTIONS.length * INPUT_TYPES.length * 2;

/**
 * Everything a quote depends on but the model, as one small integer: mode, resolution,
 * input type, audio, and the duration through `durationKey`. Two requests with the same
 * model and code have the same quote, but for the exact duration it echoes.
 */
export function requestCode(request: QuoteRequest): number {
  const kind =
    ((MODES.indexOf(request.mode) * RESOLUTIONS.length + RESOLUTIONS.indexOf(request.resolution)) * INPUT_TYPES.length +
      INPUT_TYPES.indexOf(request.inputType)) *
      2 +
    (request.audio ? 1 : 0);
  return durationKey(request.durationSeconds) * KINDS + kind;
}

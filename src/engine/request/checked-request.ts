/** Requests the engine need not check again. Internal: not exported from the engine's index. */
import type { QuoteRequest } from './quote-request';

/**
 * A request known to hold the schema: built only by `checkedRequest`, from fields the
 * envelope parser has checked, so `quote` need not check it again (it checks any other
 * object). An instance check is far cheaper than the schema on a million-line file.
 */
class CheckedRequest implements QuoteRequest {
  readonly model: string;
  readonly mode: QuoteRequest['mode'];
  readonly durationSeconds: number;
  readonly resolution: QuoteRequest['resolution'];
  readonly inputType: QuoteRequest['inputType'];
  readonly audio: boolean;
  constructor(r: QuoteRequest) {
    this.model = r.model;
    this.mode = r.mode;
    this.durationSeconds = r.durationSeconds;
    this.resolution = r.resolution;
    this.inputType = r.inputType;
    this.audio = r.audio;
    // Frozen: a checked request cannot be changed into one that was never checked.
    Object.freeze(this);
  }
}

export function checkedRequest(request: QuoteRequest): QuoteRequest {
  return new CheckedRequest(request);
}

export function isCheckedRequest(request: QuoteRequest): boolean {
  return request instanceof CheckedRequest;
}

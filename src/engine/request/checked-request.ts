/** Requests the engine need not check again. Internal: not exported from the engine's index. */
import type { QuoteRequest } from './quote-request';

/**
 * A request known to hold the schema: built only by `checkedRequest`, from fields the
 * envelope parser has checked, so `quote` need not check it again (it checks any other
 * object). An instance check is far cheaper than the schema on a million-line file.
 */
class CheckedRequest implements QuoteRequest {
  declare readonly model: string;
  declare readonly mode: QuoteRequest['mode'];
  declare readonly durationSeconds: number;
  declare readonly resolution: QuoteRequest['resolution'];
  declare readonly inputType: QuoteRequest['inputType'];
  declare readonly audio: boolean;
  constructor(r: QuoteRequest) {
    Object.freeze(Object.assign(this, r));
  }
}

export function checkedRequest(request: QuoteRequest): QuoteRequest {
  return new CheckedRequest(request);
}

export function isCheckedRequest(request: QuoteRequest): boolean {
  return request instanceof CheckedRequest;
}

/** Requests the engine need not check again. Internal: not exported from the engine's index. */
import type { QuoteRequest } from './quote-request';

/**
 * A request known to hold the schema: built only by `checkedRequest`, from fields the
 * envelope parser has checked, so `quote` need not check it again (it checks any other
 * object). An instance check is far cheaper than the schema on a million-line file.
 *
 * It keeps a private copy of what was checked rather than being frozen (freezing cost more
 * than the rest of the object): a field changed afterwards makes it a request like any other,
 * which `quote` checks again.
 */
class CheckedRequest implements QuoteRequest {
  readonly model: string;
  readonly mode: QuoteRequest['mode'];
  readonly durationSeconds: number;
  readonly resolution: QuoteRequest['resolution'];
  readonly inputType: QuoteRequest['inputType'];
  readonly audio: boolean;
  readonly #model: string;
  readonly #mode: QuoteRequest['mode'];
  readonly #durationSeconds: number;
  readonly #resolution: QuoteRequest['resolution'];
  readonly #inputType: QuoteRequest['inputType'];
  readonly #audio: boolean;
  constructor(r: QuoteRequest) {
    this.model = this.#model = r.model;
    this.mode = this.#mode = r.mode;
    this.durationSeconds = this.#durationSeconds = r.durationSeconds;
    this.resolution = this.#resolution = r.resolution;
    this.inputType = this.#inputType = r.inputType;
    this.audio = this.#audio = r.audio;
  }

  /** Whether every field still holds what was checked. */
  unchanged(): boolean {
    return (
      this.model === this.#model &&
      this.mode === this.#mode &&
      this.durationSeconds === this.#durationSeconds &&
      this.resolution === this.#resolution &&
      this.inputType === this.#inputType &&
      this.audio === this.#audio
    );
  }
}

export function checkedRequest(request: QuoteRequest): QuoteRequest {
  return new CheckedRequest(request);
}

export function isCheckedRequest(request: QuoteRequest): boolean {
  return request instanceof CheckedRequest && request.unchanged();
}

/** Requests the engine need not check again. Internal: not exported from the engine's index. */
import type { QuoteRequest } from './quote-request';
import { isNumberText, numberText } from './number-text';

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
  /** The envelope's text of the duration, when it is how JavaScript writes the number. */
  readonly #durationText: string | undefined;
  constructor(r: QuoteRequest, durationText: string | undefined, textChecked = false) {
    this.model = this.#model = r.model;
    this.mode = this.#mode = r.mode;
    this.durationSeconds = this.#durationSeconds = r.durationSeconds;
    this.resolution = this.#resolution = r.resolution;
    this.inputType = this.#inputType = r.inputType;
    this.audio = this.#audio = r.audio;
    this.#durationText =
      durationText !== undefined && (textChecked || isNumberText(durationText)) ? durationText : undefined;
  }

  get durationText(): string | undefined {
    return this.durationSeconds === this.#durationSeconds ? this.#durationText : undefined;
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

/** `durationText`: the text the duration was read from, if any (`"15.839"`); kept when it is the number's own. */
export function checkedRequest(request: QuoteRequest, durationText?: string): QuoteRequest {
  return new CheckedRequest(request, durationText);
}

/**
 * The request with `mark` written wherever its duration is (the bulk layer's record templates:
 * `record-templates.ts`); priced as the request itself.
 */
export function withDurationMark(request: QuoteRequest, mark: string): QuoteRequest {
  return new CheckedRequest(request, mark, true);
}

/**
 * The duration as JavaScript writes it (`String(request.durationSeconds)`), when the envelope's
 * own text is exactly that; undefined otherwise, and the caller writes the number.
 */
export function durationSourceText(request: QuoteRequest): string | undefined {
  return request instanceof CheckedRequest ? request.durationText : undefined;
}

export function isCheckedRequest(request: QuoteRequest): boolean {
  return request instanceof CheckedRequest && request.unchanged();
}

/** The duration as JavaScript writes it (`String(request.durationSeconds)`, as JSON writes it too), cheaply. */
export function durationText(request: QuoteRequest): string {
  return durationSourceText(request) ?? numberText(request.durationSeconds);
}

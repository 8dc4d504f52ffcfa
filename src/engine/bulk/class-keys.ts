/**
 * The class of a request (`RecordTemplates`) as one number: every field of the normalized
 * request, the duration by its class (`durationClass`), and why its input type is what it is
 * (the record says). A number looks up several times faster than a text among tens of
 * thousands of classes. Texts get small numbers in order of appearance; a request with a
 * text or a duration past what the number holds has no key.
 */
import { durationClass } from '../pricing/duration-class';
import type { QuoteRequest } from '../request/quote-request';

// Bits: model 16, reason 7, mode, resolution and input type 4 each, audio 1, duration class 15
// (up to 8,191 s): 51 of the 53 a double holds exactly.
const MODELS = 1 << 16;
const REASONS = 1 << 7;
const TEXTS = 1 << 4;
const DURATION_CLASSES = 1 << 15;

export class ClassKeys {
  private readonly models = new Map<string, number>();
  private readonly reasons = new Map<string, number>();
  private readonly texts = new Map<string, number>();

  key(request: QuoteRequest, reason: string): number | null {
    const model = idOf(this.models, request.model, MODELS);
    const why = idOf(this.reasons, reason, REASONS);
    const mode = idOf(this.texts, request.mode, TEXTS);
    const resolution = idOf(this.texts, request.resolution, TEXTS);
    const inputType = idOf(this.texts, request.inputType, TEXTS);
    const duration = durationClass(request.durationSeconds);
    if (model < 0 || why < 0 || mode < 0 || resolution < 0 || inputType < 0 || duration >= DURATION_CLASSES)
      return null;
    const texts = ((why * TEXTS + mode) * TEXTS + resolution) * TEXTS + inputType;
    return ((model * REASONS * TEXTS ** 3 + texts) * 2 + (request.audio ? 1 : 0)) * DURATION_CLASSES + duration;
  }
}

/** The number of `text` in `ids` (given now if new), or -1 once `limit` are given. */
function idOf(ids: Map<string, number>, text: string, limit: number): number {
  let id = ids.get(text);
  if (id === undefined) {
    if (ids.size >= limit) return -1;
    id = ids.size;
    ids.set(text, id);
  }
  return id;
}

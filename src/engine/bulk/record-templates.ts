/**
 * Records written once per class of request, for bulk pricing. Two requests of one class
 * (`ClassKeys`) have the same record but for the duration's text, so the record is
 * written once with `DURATION_MARK` for that text and kept as UTF-8 cut at each mark; each
 * later request of the class is those bytes with its own duration's text at the cuts. An explicit
 * object its caller creates (one per pricing thread): pricing itself remembers nothing.
 */
import type { CardSet } from '../cards/card-set';
import { DURATION_MARK } from '../pricing/duration-class';
import { ClassKeys } from './class-keys';
import { durationText, withDurationMark } from '../request/checked-request';
import type { InputTypeDerivation } from '../request/input-type';
import type { QuoteRequest } from '../request/quote-request';
import { LineMemo, type LineMemoOptions } from './line-memo';
import { TemplateArena, type RecordTemplate } from './template-arena';

/** A record: its class's template with `duration` (ASCII: a number as JavaScript writes it) at each cut. */
export interface TemplatedRecord {
  readonly template: RecordTemplate;
  readonly duration: string;
}

/** Writes the record of a request (its duration written as the mark), or null when it cannot be priced. */
export type MarkedRecordWriter = (marked: QuoteRequest, derivation: InputTypeDerivation) => string | null;

/**
 * Classes are fewer than lines but far more than exact texts: on distinct clips of 1–15 s,
 * every model and input shape (`npm run bench`), about 40,000, met again within 50,000 lines
 * (7 % of the first 5,000 lines are repeats, 52 % of the first 50,000). Requests up to an hour
 * long repeat no class at all: the glance stops writing their templates after 5,000 lines.
 * A template is about a kilobyte.
 */
const TEMPLATE_MEMO: LineMemoOptions = { capacity: 50_000, probe: 50_000, minHitRate: 0.2, glance: 5_000 };

export class RecordTemplates {
  private readonly memo: LineMemo<RecordTemplate, number>;
  private readonly arena = new TemplateArena();
  private readonly keys = new ClassKeys();

  constructor(
    private readonly write: MarkedRecordWriter,
    options?: LineMemoOptions,
  ) {
    this.memo = new LineMemo({ ...TEMPLATE_MEMO, ...options });
  }

  /** The record of `request` from its class's template (written now if need be); null: write it afresh. */
  of(request: QuoteRequest, derivation: InputTypeDerivation): TemplatedRecord | null {
    if (!this.memo.active || request.model.includes(DURATION_MARK)) return null;
    const key = this.keys.key(request, derivation.reason);
    if (key === null) return null;
    let template = this.memo.get(key);
    if (!template) {
      // A template that would not be kept costs more than the record written afresh.
      if (this.memo.full) return null;
      const text = this.write(withDurationMark(request, DURATION_MARK), derivation);
      if (text === null) return null;
      template = this.arena.keep(text, DURATION_MARK);
      this.memo.set(key, template);
    }
    return { template, duration: durationText(request) };
  }
}

/** Templates for pricing on `set`, unless one of its texts holds the mark. */
export function recordTemplatesFor(
  set: CardSet,
  write: MarkedRecordWriter,
  options?: LineMemoOptions,
): RecordTemplates | null {
  const texts = JSON.stringify({ ...set, compiled: null });
  return texts.includes(DURATION_MARK) ? null : new RecordTemplates(write, options);
}

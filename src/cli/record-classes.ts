/**
 * The record templates of one line pricer (`RecordTemplates`): a line without a charge or a
 * date of its own is priced on the default date's cards, so its record is its class's.
 */
import {
  quote,
  quoteRecordText,
  recordTemplatesFor,
  type CardSet,
  type LineMemoOptions,
  type QuoteOptions,
  type RecordTemplates,
} from '../engine';

/** Every priced record starts so; the line writer writes it, then `"line":N`, then a template's pieces. */
const OK_HEAD = '{"ok":true';
export const OK_LINE_HEAD = `${OK_HEAD},"line":`;

/** `set`: every version loaded; `cards`: those in force on the default date. */
export function recordClasses(
  set: CardSet,
  cards: CardSet,
  options: QuoteOptions,
  memo: LineMemoOptions,
): RecordTemplates | null {
  return recordTemplatesFor(
    set,
    (marked, derivation) => {
      const result = quote(marked, cards, options);
      return result.ok ? quoteRecordText(result.quote, derivation).slice(OK_HEAD.length) : null;
    },
    memo,
  );
}

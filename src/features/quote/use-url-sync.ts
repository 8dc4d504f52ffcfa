/**
 * Keeps the address bar equal to the Quote form, with valid values only: a field being typed
 * that does not parse (a 100 kB paste, "-5") keeps its last valid value in the link.
 */
import { useEffect, useRef } from 'react';
import { QuoteFormSchema, type QuoteFormValues } from '../../components/request-form/quote-form-schema';
import { toQuoteSearch } from '../../components/request-form/quote-url';
import { replaceSearch } from '../../lib/use-replace-url';
import { SERVICE_PART, toServiceParams, type ServiceLineInput } from './service-lines';
import { toAsOfParam } from './as-of';

const shape = QuoteFormSchema.shape;

/** Each field's value when it parses, else the last one that did. */
function validFields(values: QuoteFormValues, last: QuoteFormValues): QuoteFormValues {
  const next = { ...last } as Record<keyof QuoteFormValues, unknown>;
  for (const key of Object.keys(shape) as Array<keyof QuoteFormValues>) {
    // Card and package ids are short; the schema alone would let a pasted 100 kB id through.
    const fits = typeof values[key] !== 'string' || (values[key] as string).length <= 200;
    if (fits && shape[key].safeParse(values[key]).success) next[key] = values[key];
  }
  return next as QuoteFormValues;
}

/** `asOf`: the date chosen to price as of, kept in the link; null: today, left out. */
export function useUrlSync(values: QuoteFormValues, lines: readonly ServiceLineInput[], asOf: string | null): void {
  const last = useRef(values);
  useEffect(() => {
    // Written once the keystroke's price is on screen: the browser's history write (and checking
    // each field) cost more than the price itself. A newer change cancels a write not yet made
    // (each keystroke is a task of its own, so each is still seen), and so does leaving the screen.
    const write = setTimeout(() => {
      last.current = validFields(values, last.current);
      const valid = lines.filter((l) => SERVICE_PART.test(`${l.serviceId}~${l.duration.trim()}~${l.count.trim()}`));
      replaceSearch(toQuoteSearch(last.current) + toServiceParams(valid) + toAsOfParam(asOf));
    }, 0);
    return () => clearTimeout(write);
  }, [values, lines, asOf]);
}

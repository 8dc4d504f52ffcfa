/**
 * The Quote screen's state in the URL:
 * `/?model=…&mode=…&duration=…&resolution=…&input=…&audio=1&vendor=…&package=…`.
 * Each parameter is checked on its own; an invalid one is dropped and named, the rest kept.
 */
import { QuoteFormSchema, DEFAULT_VALUES, type QuoteFormValues } from './quote-form-schema';
import { ignoredParam, repeatedParam } from '../../lib/url-params';
import { PAGE_PARAMS } from '../../lib/use-replace-url';

const KEYS = ['model', 'mode', 'duration', 'resolution', 'input', 'audio', 'vendor', 'package'] as const;
type Key = (typeof KEYS)[number];

export interface ParsedQuoteUrl {
  readonly values: QuoteFormValues;
  /** Human-readable names of what was ignored: `duration ("-5")`, `colour`. */
  readonly ignored: readonly string[];
}

const MAX_PARAM = 200;
/**
 * Parameters read elsewhere: the Quote screen's service lines and "As of" date, and those of
 * every screen (the margin target, the what-if), which are not the request's to name as ignored.
 */
const HANDLED_ELSEWHERE = new Set(['svc', 'asof', ...PAGE_PARAMS]);
const shape = QuoteFormSchema.shape;

export function parseQuoteUrl(search: string): ParsedQuoteUrl {
  const params = new URLSearchParams(search);
  const values: QuoteFormValues = { ...DEFAULT_VALUES };
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const [name, raw] of params) {
    if (HANDLED_ELSEWHERE.has(name)) continue;
    if (!(KEYS as readonly string[]).includes(name)) {
      ignored.push(name.length > 40 ? `${name.slice(0, 39)}…` : name);
      continue;
    }
    const key = name as Key;
    if (seen.has(key)) {
      ignored.push(repeatedParam(key, raw, String(values[key])));
      continue;
    }
    seen.add(key);
    if (raw.length > MAX_PARAM) {
      ignored.push(`${key} (too long)`);
      continue;
    }
    if (key === 'audio') {
      if (raw === '1' || raw === 'true') values.audio = true;
      else if (raw === '0' || raw === 'false') values.audio = false;
      else ignored.push(ignoredParam('audio', raw));
      continue;
    }
    const parsed = shape[key].safeParse(raw);
    if (parsed.success)
      (values as Record<Key, unknown>)[key] = key === 'duration' || key === 'model' ? raw.trim() : parsed.data;
    else ignored.push(ignoredParam(key, raw));
  }
  return { values, ignored };
}

/** The search string for a set of values; defaults for vendor and package are left out. */
export function toQuoteSearch(values: QuoteFormValues): string {
  const params = new URLSearchParams();
  params.set('model', values.model);
  params.set('mode', values.mode);
  params.set('duration', values.duration);
  params.set('resolution', values.resolution);
  params.set('input', values.input);
  if (values.audio) params.set('audio', '1');
  if (values.vendor !== DEFAULT_VALUES.vendor) params.set('vendor', values.vendor);
  if (values.package !== DEFAULT_VALUES.package) params.set('package', values.package);
  return `?${params.toString()}`;
}

/** Where the margin map leads: a cell's request on the Quote screen, a model's needed multiplier as a what-if. */
import { DEFAULT_VENDOR_CARD_ID, type MarginCell } from '../../engine';
import { toQuoteSearch } from '../../components/request-form/quote-url';
import { withPageParams } from '../../lib/use-replace-url';

/** The Quote screen with the cell's request at the map's duration and package, the target and what-ifs kept. */
export function quoteHref(cell: MarginCell, duration: string, packageId: string, current: string): string {
  const search = toQuoteSearch({
    model: cell.model,
    mode: cell.mode,
    duration: duration.trim(),
    resolution: cell.resolution,
    input: cell.input,
    audio: cell.audio,
    vendor: DEFAULT_VENDOR_CARD_ID,
    package: packageId,
  });
  return `/${withPageParams(search, current)}`;
}

/** This page with `model`'s what-if set to `multiplier` (any other what-if for it replaced). */
export function whatIfHref(model: string, multiplier: string, current: string): string {
  const params = new URLSearchParams(current);
  const others = params.getAll('mult').filter((m) => m.split(':')[0] !== model);
  params.delete('mult');
  for (const m of [...others, `${model}:${multiplier}`]) params.append('mult', m);
  return `/margins?${params.toString()}`;
}

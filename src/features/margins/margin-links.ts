/** Where the margin map leads: a cell's request on the Quote screen, a model's needed multiplier as a what-if. */
import { DEFAULT_VENDOR_CARD_ID, withWhatIfFor, type MarginCell } from '../../engine';
import { toQuoteSearch } from '../../components/request-form/quote-url';
import { withPageParams } from '../../lib/use-replace-url';
import { whatIfValues } from '../../lib/what-if-url';
import { withWhatIfValues } from '../../lib/what-if-url-edit';

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

/** This screen with `model`'s what-if set to `multiplier` (its other what-ifs, and the map's own state, kept). */
export function whatIfHref(model: string, multiplier: string, current: string): string {
  const values = withWhatIfFor(whatIfValues(current), model, { model, factor: multiplier, anyway: false });
  return `/margins${withWhatIfValues(current, values)}`;
}

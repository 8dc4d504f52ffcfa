/** Where the margin map leads: a cell's request on the Quote screen, with the page's target kept. */
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

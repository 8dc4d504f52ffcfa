/** The sentence for one coming card version: "From 2027-01-01 this clip costs $0.38 (+$0.05)." */
import type { UpcomingPrice } from '../../engine';
import { formatUsd, formatUsdExact, hasSubCents } from '../../lib/format-money';

const amount = (usd: string) => (hasSubCents(usd) ? formatUsdExact(usd) : formatUsd(usd));

/** "+$0.05", "−$0.05" or "the same"; read from the exact decimal string, never a float. */
function formatChange(differenceUsd: string | null): string {
  if (differenceUsd === null) return 'unavailable until then';
  if (/^-?0(\.0*)?$/.test(differenceUsd)) return 'the same';
  return differenceUsd.startsWith('-') ? `−${amount(differenceUsd.slice(1))}` : `+${amount(differenceUsd)}`;
}

export function upcomingSentence(u: UpcomingPrice): string {
  if (u.error !== null) return `From ${u.date} this request cannot be priced: ${u.error}.`;
  const parts = [
    u.internal ? `this clip costs ${amount(u.internal.usd)} (${formatChange(u.internal.differenceUsd)})` : '',
    u.vendor === null
      ? ''
      : 'unavailable' in u.vendor
        ? `the vendor cost is unavailable (${u.vendor.unavailable})`
        : `the vendor cost is ${amount(u.vendor.usd)} (${formatChange(u.vendor.differenceUsd)})`,
  ].filter(Boolean);
  return parts.length > 0 ? `From ${u.date} ${parts.join('; ')}.` : `From ${u.date} this clip costs the same.`;
}

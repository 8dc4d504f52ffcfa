/** "Ways to pay less": each lever that applies to this request, with its figure. */
import { savingsLevers, type CardSet, type Quote } from '../../../engine';
import { formatUsdExact } from '../../../lib/format-money';

export default function LeversPanel({
  quote,
  set,
  packageId,
}: {
  readonly quote: Quote;
  readonly set: CardSet;
  readonly packageId?: string;
}) {
  const levers = savingsLevers(quote, set, { vendorCardId: quote.vendor.cardId, packageId });
  if (levers.length === 0) return <p className="mt-3 text-sm">No lever applies to this request.</p>;
  return (
    <ul className="mt-3 flex flex-col gap-2 text-sm" data-testid="levers">
      {levers.map((l) => (
        <li key={l.id}>
          <span className="font-medium">{l.title}</span>: saves {formatUsdExact(l.savingUsd)}. {l.detail}
        </li>
      ))}
    </ul>
  );
}

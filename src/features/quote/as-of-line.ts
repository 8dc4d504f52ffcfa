/** "As of 2026-11-30 · internal@2026-11-21 · kling-official-units@2026-09-20": the date and card versions used. */
import { formatStamp, type Quote } from '../../engine';

export function asOfLine(q: Quote): string {
  const used = q.vendor.used;
  const unitCard = used.status === 'priced' ? used.unitPrice?.card : undefined;
  const stamps = [q.internal.asBilled.card, used.card, ...(unitCard && unitCard.id !== used.card.id ? [unitCard] : [])];
  return [`As of ${q.asOf ?? 'the newest cards'}`, ...stamps.map(formatStamp)].join(' · ');
}

import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { versionedCards } from '../../../test/helpers/later-card-files';
import { cardsInForce } from '../cards/cards-in-force';
import { cardTimeline } from '../cards/card-timeline';
import type { CardSet } from '../cards/card-set';
import type { QuoteRequest } from '../request/quote-request';
import { quote, type QuoteOptions } from './quote';
import { upcomingPrices } from './upcoming-prices';

const clip: QuoteRequest = {
  model: 'kling-v3',
  mode: 'std',
  durationSeconds: 5,
  resolution: '720p',
  inputType: 'text',
  audio: false,
};

function upcoming(set: CardSet, request: QuoteRequest = clip, options: QuoteOptions = {}) {
  const now = quote(request, set, options);
  if (!now.ok) throw new Error(now.error);
  return upcomingPrices(now.quote, set, options);
}

describe('prices from versions not yet in force', () => {
  it('prices the request from each later date, with the change from today', () => {
    expect(upcoming(cardsInForce(versionedCards(), '2026-11-30'))).toEqual([
      {
        date: '2027-01-01',
        cards: [{ id: 'internal', version: '2027-01-01' }],
        internal: { usd: '0.38', differenceUsd: '0.05', card: { id: 'internal', version: '2027-01-01' } },
        vendor: null,
        error: null,
      },
      {
        date: '2027-02-01',
        cards: [{ id: 'kling-official-units', version: '2027-02-01' }],
        internal: null,
        vendor: { usd: '0.49', differenceUsd: '0.07', card: { id: 'kling-official-units', version: '2027-02-01' } },
        error: null,
      },
    ]);
  });

  it('says "the same" with a zero difference when the new version does not change this request', () => {
    const [first] = upcoming(cardsInForce(versionedCards(), '2026-11-30'), { ...clip, model: 'kling-v2-6' });
    expect(first.internal).toMatchObject({ usd: '0.25', differenceUsd: '0.00' });
  });

  it('announces only versions after the date priced, and only of the cards used', () => {
    expect(upcoming(cardsInForce(versionedCards(), '2027-01-15')).map((u) => u.date)).toEqual(['2027-02-01']);
    expect(upcoming(cardsInForce(versionedCards(), '2027-03-01'))).toEqual([]);
    const onUsd = upcoming(cardsInForce(versionedCards(), '2026-11-30'), clip, { vendorCardId: 'seed-002-usd' });
    expect(onUsd.map((u) => [u.date, u.vendor])).toEqual([['2027-01-01', null]]);
  });

  it('gives the same answers from a timeline of the cards', () => {
    const set = cardsInForce(versionedCards(), '2026-11-30');
    const now = quote(clip, set);
    if (!now.ok) throw new Error(now.error);
    expect(upcomingPrices(now.quote, set, {}, cardTimeline(set))).toEqual(upcomingPrices(now.quote, set));
  });

  it('is empty with one version of each card, or with no date chosen', () => {
    expect(upcoming(cardsInForce(cards, '2026-11-30'))).toEqual([]);
    expect(upcoming(versionedCards())).toEqual([]);
  });
});

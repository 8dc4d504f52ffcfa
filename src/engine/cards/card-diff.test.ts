import { describe, expect, it } from 'vitest';
import { cards, internalCard } from '../../../test/helpers/cards';
import { findVendorCard, unitPriceFor } from './card-set';
import { diffCards } from './card-diff';
import { samplePrice } from '../pricing/sample-price';

const request = {
  model: 'kling-v3',
  mode: 'pro',
  durationSeconds: 10,
  resolution: '1080p',
  inputType: 'video',
  audio: false,
} as const;

describe('a diff of two card versions', () => {
  it('lists each changed field and what it does to a sample price', () => {
    const before = internalCard();
    const after = {
      ...before,
      version: '2027-01-01',
      modelMultipliers: { ...before.modelMultipliers, 'kling-v3': '1.4', 'kling-v4': '2.0' },
    };
    expect(diffCards(before, after)).toEqual([
      { path: 'version', before: '"2026-11-21"', after: '"2027-01-01"' },
      { path: 'modelMultipliers.kling-v3', before: '"1.3"', after: '"1.4"' },
      { path: 'modelMultipliers.kling-v4', before: '(absent)', after: '"2.0"' },
    ]);
    expect(samplePrice(before, after, request, null)).toEqual({
      what: 'internal price as billed',
      before: '1.95',
      after: '2.10',
    });
  });

  it('prices a vendor sample on both versions', () => {
    const before = findVendorCard(cards, 'kling-official-units');
    if (!before) throw new Error('no card');
    const after = {
      ...before,
      rows: before.rows.map((r) =>
        r.id === 'v3-silent' && r.basis === 'per-second' ? { ...r, rates: { ...r.rates, '1080p': '0.9' } } : r,
      ),
    };
    expect(diffCards(before, after)).toEqual([
      { path: 'rows[v3-silent].rates.1080p', before: '"0.8"', after: '"0.9"' },
    ]);
    // Rows are matched by id: one added at the top is one change, not a change to every row.
    const added = { ...after, rows: [{ ...after.rows[0], id: 'new-row' }, ...after.rows] };
    expect(diffCards(after, added).map((c) => [c.path, c.before])).toEqual([['rows[new-row]', '(absent)']]);
    expect(samplePrice(before, after, request, unitPriceFor(cards, before))).toEqual({
      what: 'vendor cost',
      before: '1.12',
      after: '1.26',
    });
  });

  it('finds nothing between a card and itself', () => {
    expect(diffCards(internalCard(), internalCard())).toEqual([]);
  });
});

describe('the diff with a vendor discount', () => {
  it('prices the sample with the discount on the after side', () => {
    const card = findVendorCard(cards, 'kling-official-units');
    if (!card) throw new Error('no card');
    expect(samplePrice(card, card, request, unitPriceFor(cards, card), '10')).toEqual({
      what: 'vendor cost',
      before: '1.12',
      after: '1.008',
    });
  });
});

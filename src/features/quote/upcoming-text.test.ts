import { describe, expect, it } from 'vitest';
import type { UpcomingPrice } from '../../engine';
import { upcomingSentence } from './upcoming-text';

const internal = { id: 'internal', version: '2027-01-01' };
const vendor = { id: 'kling-official-units', version: '2027-01-01' };
const at = (change: Partial<UpcomingPrice>): UpcomingPrice => ({
  date: '2027-01-01',
  cards: [internal],
  internal: null,
  vendor: null,
  error: null,
  ...change,
});

describe('the sentence for a coming card version', () => {
  it('signs the change from the exact difference', () => {
    const change = (differenceUsd: string) =>
      upcomingSentence(at({ internal: { usd: '0.28', differenceUsd, card: internal } }));
    expect(change('0.05')).toBe('From 2027-01-01 this clip costs $0.28 (+$0.05).');
    expect(change('-0.05')).toBe('From 2027-01-01 this clip costs $0.28 (−$0.05).');
    expect(change('0.00')).toBe('From 2027-01-01 this clip costs $0.28 (the same).');
    expect(change('-0.00')).toBe('From 2027-01-01 this clip costs $0.28 (the same).');
    expect(change('-0.0042')).toBe('From 2027-01-01 this clip costs $0.28 (−$0.0042).');
    expect(change('1250.00')).toBe('From 2027-01-01 this clip costs $0.28 (+$1,250.00).');
  });

  it('names the internal price, the vendor cost, or both', () => {
    const price = { usd: '0.28', differenceUsd: '-0.05', card: internal };
    expect(upcomingSentence(at({ internal: price }))).toBe('From 2027-01-01 this clip costs $0.28 (−$0.05).');
    const cost = { usd: '0.5292', differenceUsd: '0.1092', card: vendor };
    expect(upcomingSentence(at({ internal: price, vendor: cost }))).toBe(
      'From 2027-01-01 this clip costs $0.28 (−$0.05); the vendor cost is $0.5292 (+$0.1092).',
    );
    expect(upcomingSentence(at({ vendor: { unavailable: 'no row for kling-v3' } }))).toBe(
      'From 2027-01-01 the vendor cost is unavailable (no row for kling-v3).',
    );
    expect(upcomingSentence(at({ vendor: { ...cost, differenceUsd: null } }))).toBe(
      'From 2027-01-01 the vendor cost is $0.5292 (unavailable until then).',
    );
  });

  it('says when the request cannot be priced from that day', () => {
    expect(upcomingSentence(at({ error: 'no package "package-9" is loaded' }))).toBe(
      'From 2027-01-01 this request cannot be priced: no package "package-9" is loaded.',
    );
  });
});

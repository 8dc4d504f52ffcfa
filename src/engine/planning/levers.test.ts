import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { savingsLevers } from './levers';
import { quote } from '../pricing/quote';
import type { QuoteRequest } from '../request/quote-request';

function levers(r: Partial<QuoteRequest>, options = {}) {
  const result = quote(
    { model: 'kling-v3', mode: 'pro', durationSeconds: 10, resolution: '1080p', inputType: 'text', audio: false, ...r },
    cards,
    options,
  );
  if (!result.ok) throw new Error(result.error);
  return Object.fromEntries(savingsLevers(result.quote, cards, options).map((l) => [l.id, l.savingUsd]));
}

describe('savings levers, each with its figure', () => {
  it('prototype at 720p: 8 units against 6 at list price', () => {
    expect(levers({})['resolution-staging']).toBe('0.28');
  });
});

describe('more levers', () => {
  it("defers audio: 3.0's premium at 1080p over 10 s is 4 units, $0.56", () => {
    expect(levers({ audio: true })['audio-deferral']).toBe('0.56');
    expect(levers({})['audio-deferral']).toBeUndefined();
  });

  it('asks for whole seconds when ours round up and the vendor rounds to nearest', () => {
    // 10.4 s: we bill 11 s ($1.716 → $1.72), the vendor bills 10 s; at 10 s we charge $1.56.
    expect(levers({ durationSeconds: 10.4 })['whole-seconds']).toBe('0.16');
    expect(levers({ durationSeconds: 10 })['whole-seconds']).toBeUndefined();
  });

  it("offers O1's flat price for image-to-video when it is cheaper (seed 002)", () => {
    // 8 units × $0.14 = $1.12 against O1's flat $1.111
    expect(levers({ inputType: 'image' })['o1-flat']).toBe('0.009');
    expect(levers({ inputType: 'text' })['o1-flat']).toBeUndefined();
  });

  it('names the package that lowers the unit price', () => {
    expect(levers({})['package']).toBe('0.224');
    expect(levers({}, { packageId: 'package-3' })['package']).toBeUndefined();
  });

  it('shows nothing that does not apply', () => {
    expect(Object.keys(levers({ mode: 'std', resolution: '720p' }, { packageId: 'package-3' }))).toEqual([]);
  });
});

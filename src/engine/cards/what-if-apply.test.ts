import { describe, expect, it } from 'vitest';
import { cardSetWith, cardVersion } from '../../../test/helpers/card-fixtures';
import { quote } from '../pricing/quote';
import { applyOverrides } from './apply-overrides';
import { cardsInForce } from './cards-in-force';
import { NO_OVERRIDES } from './overrides-shape';
import { applyWhatIf } from './what-if-apply';
import type { CardSet } from './card-set';

// The shipped internal card (2026-11-21, kling-v3 × 1.3) and a fixture version of it with kling-v3 × 1.2.
const later = cardVersion('internal.2026-11-21.json', '2026-12-01', (card) => ({
  modelMultipliers: { ...(card.modelMultipliers as Record<string, string>), 'kling-v3': '1.2' },
}));
const all = cardSetWith(later);
const onDec5 = cardsInForce(all, '2026-12-05');
const request = (model: string) =>
  ({ model, mode: 'pro', durationSeconds: 10, resolution: '720p', inputType: 'text', audio: false }) as const;

function priced(set: CardSet, model = 'kling-v3') {
  const result = quote(request(model), set);
  if (!result.ok) throw new Error(result.error);
  return result.quote;
}

describe('a what-if applied to the cards', () => {
  it("replaces the model's multiplier on the internal card, and says what the card had", () => {
    const result = applyWhatIf(onDec5, [{ model: 'kling-v3', factor: '1.5', anyway: false }]);
    expect(result.applied).toEqual([
      { model: 'kling-v3', factor: '1.5', cardFactor: '1.2', listed: true, known: true },
    ]);
    expect(result.unknown).toEqual([]);
    // 10 s × $0.12 (pro) × 1.0 (720p) × 1.00 (text) × 1.5 = $1.80; the card's own × 1.2 gives $1.44.
    expect(priced(result.set).internal.charged.usd).toBe('1.80');
    expect(priced(onDec5).internal.charged.usd).toBe('1.44');
    expect(priced(result.set).internal.asBilled.card).toEqual({ id: 'internal', version: '2026-12-01+what-if' });
    // The vendor cost is the vendor's: unchanged, so the margin moves by the price's change.
    expect(priced(result.set).vendor.used).toEqual(priced(onDec5).vendor.used);
    expect(priced(onDec5).margin?.usd).toBe('0.32');
    expect(priced(result.set).margin?.usd).toBe('0.68');
    // Another model is priced as before: 10 × 0.12 × 1.8 = $2.16.
    expect(priced(result.set, 'kling-video-o1').internal.charged.usd).toBe('2.16');
  });

  it('holds on every version, so the cards in force on another date carry it too', () => {
    const { set } = applyWhatIf(onDec5, [{ model: 'kling-v3', factor: '1.5', anyway: false }]);
    const earlier = cardsInForce(set, '2026-11-25');
    expect(earlier.internal.map((c) => c.version)).toEqual(['2026-11-21+what-if']);
    expect(priced(earlier).internal.charged.usd).toBe('1.80');
    expect(priced(cardsInForce(onDec5, '2026-11-25')).internal.charged.usd).toBe('1.56');
  });

  it('applies on top of saved overrides, which it reports as the value it replaces', () => {
    const overridden = cardsInForce(
      applyOverrides(all, { ...NO_OVERRIDES, modelMultipliers: { 'kling-v3': '1.4' } }),
      '2026-12-05',
    );
    expect(priced(overridden).internal.charged.usd).toBe('1.68');
    const result = applyWhatIf(overridden, [{ model: 'kling-v3', factor: '1.25', anyway: false }]);
    expect(result.applied[0]?.cardFactor).toBe('1.4');
    // 10 × 0.12 × 1.25 = $1.50.
    expect(priced(result.set).internal.charged.usd).toBe('1.50');
    expect(priced(result.set).internal.asBilled.card.version).toBe('2026-12-01+overrides+what-if');
  });

  it('does not apply a model no card knows, and names the nearest known ones', () => {
    const result = applyWhatIf(onDec5, [{ model: 'kling-v33', factor: '1.5', anyway: false }]);
    expect(result.set).toBe(onDec5);
    expect(result.applied).toEqual([]);
    expect(result.unknown).toEqual([
      { whatIf: { model: 'kling-v33', factor: '1.5', anyway: false }, suggestions: ['kling-v3'] },
    ]);
  });

  it('applies one the user confirmed: the card priced the model at its default for models not listed', () => {
    const plain = priced(onDec5, 'kling-v33');
    // 10 × 0.12 × 1.0 (unknownModelMultiplier) = $1.20.
    expect(plain.internal.charged.usd).toBe('1.20');
    const result = applyWhatIf(onDec5, [{ model: 'kling-v33', factor: '1.5', anyway: true }]);
    expect(result.applied).toEqual([
      { model: 'kling-v33', factor: '1.5', cardFactor: '1.0', listed: false, known: false },
    ]);
    expect(priced(result.set, 'kling-v33').internal.charged.usd).toBe('1.80');
  });

  it('changes nothing when there is no what-if', () => {
    expect(applyWhatIf(onDec5, [])).toEqual({ set: onDec5, applied: [], unknown: [] });
  });
});

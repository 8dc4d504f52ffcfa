import { describe, expect, it } from 'vitest';
import { cardsInForce, quote } from '../../engine';
import { cards } from '../../../test/helpers/cards';
import { quoteText } from './quote-text';

describe('the plain-text quote', () => {
  it('has the date priced as of, the inputs, both internal prices, the vendor cost, the margin and the link', () => {
    const result = quote(
      {
        model: 'kling-video-o1',
        mode: 'pro',
        durationSeconds: 8,
        resolution: '1080p',
        inputType: 'video',
        audio: true,
      },
      cardsInForce(cards, '2026-11-30'),
    );
    if (!result.ok) throw new Error(result.error);
    expect(quoteText(result.quote, 'https://calc.example/?model=kling-video-o1')).toBe(
      [
        'Kling video quote',
        'As of 2026-11-30 · internal@2026-11-21 · kling-official-units@2026-09-20',
        'Request: kling-video-o1, pro, 8 s, 1080p, references: a source video, with audio',
        'Internal price as billed (720p): $2.16 [internal@2026-11-21]',
        'Internal price at 1080p if billing honoured resolution: $3.24 (difference $1.08)',
        'Vendor cost: unavailable (Kling official API units does not price kling-video-o1 with audio) ' +
          '[kling-official-units@2026-09-20]',
        'Margin: unknown (no vendor cost)',
        'Warning: Audio is not charged internally, but the vendor charges for it: a margin risk.',
        'Warning: Vendor cost unavailable on kling-official-units@2026-09-20: ' +
          'Kling official API units does not price kling-video-o1 with audio. The margin is unknown.',
        'Link: https://calc.example/?model=kling-video-o1',
        '',
      ].join('\n'),
    );
  });

  it('shows units, the exact amount and the package when priced', () => {
    const result = quote(
      {
        model: 'kling-video-o1',
        mode: 'pro',
        durationSeconds: 8,
        resolution: '720p',
        inputType: 'video',
        audio: false,
      },
      cards,
      { packageId: 'package-2' },
    );
    if (!result.ok) throw new Error(result.error);
    const text = quoteText(result.quote, 'x');
    expect(text).toContain(
      'Vendor cost: $1.21 (exactly $1.2096) = 9.6 units × $0.126 (Package 2, 45,000 units ($5,670, 10% off)) ' +
        '[kling-official-units@2026-09-20]',
    );
    expect(text).toContain('Margin: $0.95 (44.0% of the internal price)');
    // The package's unit price comes from the packages card: its version is named too.
    expect(text).toContain(
      'As of the newest cards · internal@2026-11-21 · kling-official-units@2026-09-20 · kling-packages@2026-11-21',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { twoVersions } from '../../../test/helpers/two-versions';
import { cardsInForce } from '../cards/cards-in-force';
import { parseEnvelope } from '../request/envelope';
import { readInstant, type Instant } from '../request/instant';
import { customerText } from './customer-text';
import { quote } from './quote';

type CustomerCharge = Parameters<typeof customerText>[3];

const set = twoVersions();

function text(envelope: unknown, date: string, charge: Partial<CustomerCharge> = {}) {
  const parsed = parseEnvelope(envelope);
  if (!parsed.ok) throw new Error(parsed.error);
  const onDate = cardsInForce(set, date);
  const q = quote(parsed.request, onDate);
  if (!q.ok) throw new Error(q.error);
  const full: CustomerCharge = { createdAt: null, chargedUsd: null, videoSeconds: [], ...charge };
  return { text: customerText(parsed, q.quote, onDate, full), quote: q.quote };
}

const instant = (value: string) => readInstant(value) as Instant;
const v3 = { model_name: 'kling-v3', mode: 'std', duration: 5, resolution: '1080p', prompt: 'a cat' };

describe('the customer explanation', () => {
  it('explains a charge made at 1080p, which the 720p rule bills at 720p: overcharged, and why', () => {
    const { text: t } = text(v3, '2026-12-01', { createdAt: instant('2026-12-01T10:30:00Z'), chargedUsd: '0.49' });
    expect(t).toBe(
      [
        'Your request',
        'You asked for a video of 5 seconds from Kling 3.0 in Standard mode at 1080p, from a text prompt alone, ' +
          'without audio.',
        'You made the request on 2026-12-01 at 10:30 UTC.',
        '',
        'How the price is worked out',
        'We used our price list dated 2026-11-21, the one in force on 2026-12-01, the day of your request.',
        'We bill whole seconds: 5 seconds.',
        'In Standard mode a second costs $0.05.',
        'Every video is billed at the 720p rate whatever resolution it asks for, so your 1080p video is billed ' +
          'at 720p: the price is multiplied by 1.0.',
        'A request from text alone multiplies it by 1.00.',
        'Kling 3.0 multiplies it by 1.3.',
        'So the price is 5 × $0.05 × 1.0 × 1.00 × 1.3 = $0.325, rounded to the nearest cent, a half cent ' +
          'rounding up: $0.33.',
        'Every video costs at least $0.01 and at most $10.00; this one is within both.',
        '',
        'The amount',
        'The price for this request is $0.33.',
        'You were charged $0.49, $0.16 more than this price. The difference comes from the resolution: that ' +
          'charge was worked out at 1080p instead of 720p.',
      ].join('\n'),
    );
  });

  it('uses the price list in force on the day of the request: the older one, named by its date', () => {
    const created = instant('2026-10-15');
    const { text: t } = text(v3, created.date, { createdAt: created, chargedUsd: '0.26' });
    expect(t).toContain('We used our price list dated 2026-10-01, the one in force on 2026-10-15');
    expect(t).toContain('5 × $0.04 × 1.0 × 1.00 × 1.3 = $0.26.');
    expect(t).toContain('The price for this request is $0.26.\nYou were charged $0.26, which is this price.');
  });

  it('names the newer price list when a charge used it too early', () => {
    const { text: t } = text(v3, '2026-10-15', { chargedUsd: '0.33' });
    expect(t).toContain(
      'You were charged $0.33, $0.07 more than this price. The difference comes from the price list: that charge ' +
        'used our price list dated 2026-11-21 instead of the one in force on 2026-10-15.',
    );
    expect(t).toContain('the one in force on 2026-10-15.\n');
  });

  it('names both when the cause was found on the other price list', () => {
    // 5 × $0.04 × 1.5 × 1.00 × 1.3 = $0.39: the 720p rule not applied, on the older list.
    const { text: t } = text({ ...v3, resolution: '1080p' }, '2026-12-01', { chargedUsd: '0.39' });
    expect(t).toContain(
      'You were charged $0.39, $0.06 more than this price. The difference comes from the resolution: that charge ' +
        'was worked out at 1080p instead of 720p. It also used our price list dated 2026-10-01.',
    );
  });

  it('says the price list does not give an amount no known rule gives', () => {
    const { text: t } = text(v3, '2026-12-01', { chargedUsd: '0.77' });
    expect(t).toContain(
      'You were charged $0.77, $0.44 more than this price. Our price list does not give that amount.',
    );
  });

  it('explains the Omni payload of seed 000: references, rounding up the seconds, audio, the videos delivered', () => {
    const omni = {
      model_name: 'kling-video-o1',
      mode: 'pro',
      duration: '7.2',
      image: 'https://example.com/a.jpg',
      video: 'https://example.com/s.mp4',
      sound: 'on',
    };
    const { text: t } = text(omni, '2026-12-01', { videoSeconds: [7.2] });
    expect(t).toContain(
      'You asked for a video of 7.2 seconds from Kling O1 in Professional mode at 720p, with 1 reference image ' +
        'and 1 source video, with audio.\nThe video delivered is 7.2 seconds long.',
    );
    expect(t).toContain('We bill whole seconds, rounding up: 7.2 seconds are billed as 8.');
    expect(t).toContain(
      'At 720p the price is multiplied by 1.0.\nA request with a source video multiplies it by 1.25.',
    );
    expect(t).toContain('Audio adds nothing to the price.\nSo the price is 8 × $0.12 × 1.0 × 1.25 × 1.8 = $2.16.');
    expect(t).toMatch(/The price for this request is \$2\.16\.$/);
  });

  it('says so when the floor or the cap applies, and names an unknown model as not on the price list', () => {
    const cap = text({ model_name: 'kling-video-o1', mode: 'pro', duration: 60 }, '2026-12-01').text;
    expect(cap).toContain('= $12.96.\nNo video costs more than $10.00, so the price is $10.00.');
    const unknown = text({ model_name: 'kling-x', duration: 5 }, '2026-12-01').text;
    expect(unknown).toContain(
      'kling-x is not on our price list, so it is priced like our standard models: the price is multiplied by 1.0.',
    );
  });

  it('holds no vendor cost, no margin, no card id, no seed, no file', () => {
    for (const charged of ['0.33', '0.49', '0.77', '0.32']) {
      const { text: t, quote: q } = text(v3, '2026-12-01', { chargedUsd: charged, videoSeconds: [5] });
      const used = q.vendor.used;
      if (used.status !== 'priced') throw new Error('the vendor cost is needed for this test');
      expect(t).not.toContain(`$${used.usd}`);
      expect(t).not.toContain(used.cardTitle);
      expect(t).not.toMatch(/seed|margin|vendor|kling-official|internal|@|\.json|rate-cards|units|credits/i);
    }
  });
});

describe('the customer explanation of an explicit input type', () => {
  it('says the request was marked as such, whatever its references', () => {
    const { text: t } = text({ model_name: 'kling-v3', duration: 5, input_type: 'chisel' }, '2026-12-01');
    expect(t).toContain('from a text prompt alone, marked as a chisel request, without audio.');
    expect(t).toContain('A chisel request multiplies it by 1.10.');
  });
});

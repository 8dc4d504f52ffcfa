import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { parseEnvelope } from '../request/envelope';
import { checkTaskResult } from './explain';
import { quote } from './quote';

const omni = { model_name: 'kling-video-o1', mode: 'pro', duration: 10, prompt: 'x' };

function checks(envelope: unknown, result: Parameters<typeof checkTaskResult>[1]) {
  const parsed = parseEnvelope(envelope);
  if (!parsed.ok) throw new Error(parsed.error);
  const q = quote(parsed.request, cards);
  if (!q.ok) throw new Error(q.error);
  return checkTaskResult(q.quote, result);
}

describe('expected against deducted', () => {
  it('matches seed 000: 10 s Omni in pro deducts 8 units', () => {
    expect(
      checks(omni, { finalUnitDeduction: '8', videoDurations: [10.0], status: 'succeed' }).map((c) => c.matches),
    ).toEqual([true, true]);
  });

  it('flags a deduction and a duration that differ', () => {
    const result = checks(omni, { finalUnitDeduction: '12', videoDurations: [10.4], status: null });
    expect(result.map((c) => [c.label, c.expected, c.actual, c.matches])).toEqual([
      ['Vendor units', '8', '12', false],
      ['Video 1 duration', '10 s requested, billed internally as 10 s', '10.4 s', false],
    ]);
    expect(result[0].explanation).toContain('expects 8 units; Kling deducted 12');
  });

  it('has no expectation when the vendor cost is unavailable', () => {
    const [c] = checks(
      { ...omni, model_name: 'mystery' },
      { finalUnitDeduction: '3', videoDurations: [], status: null },
    );
    expect(c).toMatchObject({ expected: 'unknown', matches: false });
  });
});

import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { parseEnvelope } from '../request/envelope';
import { checkTaskResult, readExplainInput, readTaskResult, type TaskResult } from './explain';
import { quote } from './quote';

const omni = { model_name: 'kling-video-o1', mode: 'pro', duration: 10, prompt: 'x' };

function checks(envelope: unknown, result: TaskResult) {
  const parsed = parseEnvelope(envelope);
  if (!parsed.ok) throw new Error(parsed.error);
  const q = quote(parsed.request, cards);
  if (!q.ok) throw new Error(q.error);
  return checkTaskResult(q.quote, result);
}

describe('reading what support pastes', () => {
  it('takes a bare envelope', () => {
    expect(readExplainInput(omni)).toEqual({ ok: true, envelope: omni, result: null });
  });

  it('takes { request, response } with Kling task data, wrapped in data or not', () => {
    const response = {
      code: 0,
      data: {
        task_status: 'succeed',
        task_result: { videos: [{ id: 'v', url: 'u', duration: '10.0' }] },
        final_unit_deduction: '8',
      },
    };
    expect(readExplainInput({ request: omni, response })).toEqual({
      ok: true,
      envelope: omni,
      result: { finalUnitDeduction: '8', videoDurations: [10], status: 'succeed' },
    });
    expect(readTaskResult({ final_unit_deduction: 9.6 })).toEqual({
      finalUnitDeduction: '9.6',
      videoDurations: [],
      status: null,
    });
  });

  it('names a bad field in the response', () => {
    expect(readExplainInput({ request: omni, response: { final_unit_deduction: 'eight' } })).toEqual({
      ok: false,
      error: 'response: final_unit_deduction must be a number of units, got "eight"',
    });
    expect(readTaskResult({ task_result: { videos: [{ duration: null }] } })).toEqual({
      error: 'response: task_result.videos[0].duration must be a number of seconds, got null',
    });
    expect(readTaskResult([1])).toEqual({ error: 'response: must be a JSON object, got [1]' });
  });
});

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

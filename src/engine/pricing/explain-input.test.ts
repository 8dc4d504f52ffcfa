import { describe, expect, it } from 'vitest';
import { readExplainInput } from './explain-input';

const omni = { model_name: 'kling-video-o1', mode: 'pro', duration: 10, prompt: 'x' };
const answer = {
  task_id: 't1',
  task_status: 'succeed',
  created_at: 1_796_121_000_000,
  task_result: { videos: [{ id: 'v', url: 'u', duration: '10.0' }] },
  final_unit_deduction: '8',
};

function read(json: unknown) {
  const input = readExplainInput(json);
  if (!input.ok) throw new Error(input.error);
  return input;
}

describe('reading what support pastes', () => {
  it('takes a bare envelope, with nothing about the charge', () => {
    expect(read(omni)).toEqual({
      ok: true,
      envelope: omni,
      fields: { chargedUsd: null, createdAt: null, unitsDeducted: null, videoSeconds: null, status: null },
      misplaced: [],
    });
  });

  it('takes the charge fields of a persisted row at its top level, as the CLI does', () => {
    const input = read({ ...omni, charged_usd: '$2.40', created_at: '2026-12-01T10:00:00Z', final_unit_deduction: 8 });
    expect(input.envelope).toMatchObject(omni);
    expect(input.fields).toEqual({
      chargedUsd: { value: '2.40', from: 'charged_usd' },
      createdAt: { value: { text: '2026-12-01T10:00:00Z', date: '2026-12-01' }, from: 'created_at' },
      unitsDeducted: { value: '8', from: 'final_unit_deduction' },
      videoSeconds: null,
      status: null,
    });
  });

  it.each([
    ['wrapped in data', { code: 0, message: 'SUCCEED', data: answer }, 'response.data'],
    ['not wrapped', answer, 'response'],
  ])('takes { request, response } with Kling’s answer %s, created_at in epoch ms there too', (_, response, at) => {
    const input = read({ request: omni, response, charged_usd: 2.4 });
    expect(input.envelope).toBe(omni);
    expect(input.misplaced).toEqual([]);
    expect(input.fields).toEqual({
      chargedUsd: { value: '2.4', from: 'charged_usd' },
      createdAt: { value: { text: '2026-12-01T10:30:00Z', date: '2026-12-01' }, from: `${at}.created_at` },
      unitsDeducted: { value: '8', from: `${at}.final_unit_deduction` },
      videoSeconds: { value: [10], from: `${at}.task_result.videos` },
      status: 'succeed',
    });
  });

  it('reads charged_usd kept inside the request, a persisted request being a row', () => {
    const input = read({ request: { ...omni, charged_usd: '1.80' }, response: { data: answer } });
    expect(input.fields.chargedUsd).toEqual({ value: '1.80', from: 'request.charged_usd' });
  });
});

describe('a field in the wrong place is named, never dropped', () => {
  it.each([
    [
      'videos at the top level instead of under task_result',
      { request: omni, response: { data: { final_unit_deduction: '8' } }, videos: [{ duration: '5.1' }] },
      'videos is at the top level, but it belongs under task_result (response.data.task_result.videos): ' +
        'read from there all the same.',
      { videoSeconds: { value: [5.1], from: 'videos' } },
    ],
    [
      'final_unit_deduction inside task_result',
      { request: omni, response: { data: { task_result: { videos: [], final_unit_deduction: 9 } } } },
      'final_unit_deduction is at response.data.task_result.final_unit_deduction, but it belongs in Kling’s answer ' +
        'beside task_result (response.data.final_unit_deduction): read from there all the same.',
      { unitsDeducted: { value: '9', from: 'response.data.task_result.final_unit_deduction' } },
    ],
    [
      'the duration of the result at the top level of the response',
      { request: omni, response: { duration: '10.0', final_unit_deduction: '8' } },
      'duration is at response.duration, but it belongs on each video under task_result ' +
        '(response.data.task_result.videos[].duration): read from there all the same.',
      { videoSeconds: { value: [10], from: 'response.duration' } },
    ],
    [
      'charged_usd inside the response',
      { request: omni, response: { charged_usd: '2.16', data: answer } },
      'charged_usd is at response.charged_usd, but it belongs at the top level: it is our bill, ' +
        'not part of Kling’s answer: read from there all the same.',
      { chargedUsd: { value: '2.16', from: 'response.charged_usd' } },
    ],
    [
      'task_result beside request instead of in the response',
      { request: omni, task_result: { videos: [{ duration: 5 }] } },
      'task_result is at the top level, but it belongs in Kling’s answer (response.data.task_result): ' +
        'read from there all the same.',
      { videoSeconds: { value: [5], from: 'task_result.videos' } },
    ],
    [
      'Kling’s data beside request instead of under response',
      { request: omni, data: { final_unit_deduction: '8' } },
      'data is at the top level, but it belongs under response (response.data): read from there all the same.',
      { unitsDeducted: { value: '8', from: 'data.final_unit_deduction' } },
    ],
  ])('%s', (_, json, message, fields) => {
    const input = read(json);
    expect(input.misplaced.map((m) => m.message)).toEqual([message]);
    expect(input.fields).toMatchObject(fields);
  });

  it('takes an empty list in the right place as absent, and reads the list in the wrong place', () => {
    const input = read({
      request: omni,
      response: { data: { task_result: { videos: [] } } },
      videos: [{ duration: 5 }],
    });
    expect(input.fields.videoSeconds).toEqual({ value: [5], from: 'videos' });
    expect(input.misplaced.map((m) => m.read)).toEqual([true]);
  });

  it('reads the right place when both are given, and names the other as not read', () => {
    const input = read({ request: omni, response: { data: answer }, videos: [{ duration: 3 }] });
    expect(input.fields.videoSeconds).toEqual({ value: [10], from: 'response.data.task_result.videos' });
    expect(input.misplaced).toEqual([
      {
        field: 'videos',
        at: 'videos',
        read: false,
        message:
          'videos at the top level is not read: it belongs under task_result ' +
          '(response.data.task_result.videos), where it is given too.',
      },
    ]);
  });
});

describe('what cannot be read is named', () => {
  it.each([
    [{ request: omni, response: { final_unit_deduction: 'eight' } }, /^response\.final_unit_deduction: must be/],
    [{ request: omni, response: [1] }, /^response: must be a JSON object, got \[1\]$/],
    [{ request: omni, response: { task_result: { videos: [{ duration: null }] } } }, /videos\[0\]\.duration: must be/],
    [{ request: omni, response: { data: { ...answer, created_at: 1_796_121 } } }, /created_at: epoch milliseconds/],
    [{ request: omni, charged_usd: 'a lot' }, /^charged_usd: must be an amount in USD of 0 or more, got "a lot"$/],
  ])('%j', (json, error) => {
    const input = readExplainInput(json);
    expect(input.ok).toBe(false);
    if (!input.ok) expect(input.error).toMatch(error);
  });

  it('says Kling’s answer alone is not the request it answers', () => {
    expect(readExplainInput({ code: 0, data: answer })).toEqual({
      ok: false,
      error:
        'This is Kling’s task answer without the request it answers: paste ' +
        '{ "request": <the request body>, "response": <this answer> }.',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { quote } from '../pricing/quote';
import { parseEnvelope } from './envelope';
import { isCheckedRequest } from './checked-request';

function parsed(envelope: object) {
  const result = parseEnvelope(envelope);
  if (!result.ok) throw new Error(result.error);
  return result.request;
}

describe('a checked request', () => {
  it('is taken by quote without the schema while it holds what was checked', () => {
    const request = parsed({ model_name: 'kling-v3', duration: '5' });
    expect(isCheckedRequest(request)).toBe(true);
    expect(quote(request, cards).ok).toBe(true);
  });

  it.each([
    ['durationSeconds', 0, 'durationSeconds: must be a number of seconds > 0 and ≤ 3600'],
    ['durationSeconds', 4000, 'durationSeconds: must be a number of seconds > 0 and ≤ 3600'],
    ['mode', 'turbo', 'mode'],
    ['model', '', 'model: must not be empty'],
  ])('is checked again once %s is changed to %j', (field, value, error) => {
    const request = parsed({ model_name: 'kling-v3', duration: '5' });
    (request as unknown as Record<string, unknown>)[field] = value;
    expect(isCheckedRequest(request)).toBe(false);
    const result = quote(request, cards);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(error);
  });
});

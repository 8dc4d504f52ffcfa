import { describe, expect, it } from 'vitest';
import { readChargeFields } from './charge-fields';
import { readInstant } from './instant';

describe('created_at as an instant', () => {
  it('reads ISO 8601 in UTC, with an offset, or as a date only', () => {
    expect(readInstant('2026-12-31T23:30:00Z')).toEqual({ text: '2026-12-31T23:30:00Z', date: '2026-12-31' });
    // 00:30 in Paris on New Year's Day is still 2026 in UTC, where card dates are read.
    expect(readInstant('2027-01-01T00:30:00+01:00')).toEqual({ text: '2026-12-31T23:30:00Z', date: '2026-12-31' });
    expect(readInstant('2027-01-01T00:30:00.250+0100')).toEqual({
      text: '2026-12-31T23:30:00.250Z',
      date: '2026-12-31',
    });
    expect(readInstant('2027-01-01')).toEqual({ text: '2027-01-01', date: '2027-01-01' });
    expect(readInstant('2027-01-01T08:00')).toEqual({ text: '2027-01-01T08:00:00Z', date: '2027-01-01' });
  });

  it('reads epoch milliseconds, as Kling gives them, as a number or digits', () => {
    expect(readInstant(1798761600000)).toEqual({ text: '2027-01-01T00:00:00Z', date: '2027-01-01' });
    expect(readInstant('1798761599999')).toEqual({ text: '2026-12-31T23:59:59.999Z', date: '2026-12-31' });
  });

  it('names what is wrong, with a hint when a number looks like seconds', () => {
    expect(readInstant(1798761600)).toBe(
      'created_at: epoch milliseconds expected, got 1798761600 (as seconds it would be 2027-01-01)',
    );
    expect(readInstant('2026-02-30')).toMatch(/^created_at: must be an ISO 8601 date .* got "2026-02-30"$/);
    expect(readInstant('2026-12-01T25:00:00Z')).toMatch(/got "2026-12-01T25:00:00Z"$/);
    expect(readInstant('yesterday')).toMatch(/got "yesterday"$/);
    expect(readInstant(1.5e12 + 0.5)).toBe('created_at: not a date, got 1500000000000.5');
    expect(readInstant(true)).toBe('created_at: must be an ISO 8601 date or epoch milliseconds, got true');
  });
});

describe('the charge fields of a row', () => {
  it('reads amounts written as numbers or as text with $ and thousands separators', () => {
    const read = readChargeFields({ charged_usd: '$1,234.50', final_unit_deduction: 3, created_at: '2026-12-01' });
    expect(read).toEqual({
      ok: true,
      charge: { chargedUsd: '1234.50', unitsDeducted: '3', createdAt: { text: '2026-12-01', date: '2026-12-01' } },
    });
    expect(readChargeFields({ charged_usd: 0.3 })).toEqual({
      ok: true,
      charge: { chargedUsd: '0.3', unitsDeducted: null, createdAt: null },
    });
  });

  it('is null when the row carries none, and blank cells count as absent', () => {
    expect(readChargeFields({ model_name: 'kling-v3' })).toEqual({ ok: true, charge: null });
    expect(readChargeFields({ charged_usd: ' ', created_at: '' })).toEqual({ ok: true, charge: null });
  });

  it('refuses what is not an amount, naming the field and the value', () => {
    expect(readChargeFields({ charged_usd: '-1' })).toEqual({
      ok: false,
      error: 'charged_usd: must be an amount in USD of 0 or more, got "-1"',
    });
    expect(readChargeFields({ charged_usd: '1e3' })).toMatchObject({ ok: false });
    expect(readChargeFields({ charged_usd: Number.NaN })).toMatchObject({ ok: false });
    expect(readChargeFields({ final_unit_deduction: 'three' })).toEqual({
      ok: false,
      error: 'final_unit_deduction: must be a number of units of 0 or more, got "three"',
    });
    expect(readChargeFields({ created_at: 'soon' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^created_at/),
    });
  });
});

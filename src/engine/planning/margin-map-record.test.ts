/**
 * A margin map's options refused with the option named (duration, target, package, resolutions),
 * cards not in force, and SPEC §10's JSON: its keys first, in SPEC's order, then the added ones.
 */
import { describe, expect, it } from 'vitest';
import { cardSetWith } from '../../../test/helpers/card-fixtures';
import { mapOf, shipped } from '../../../test/helpers/margin-map';
import { cardsInForce } from '../cards/cards-in-force';
import { marginMap, type MarginMapOptions } from './margin-map';
import { toMarginMapRecord } from './margin-map-record';

describe('options refused', () => {
  it.each([
    [{ durationSeconds: 0, targetPct: '30' }, 'duration', 'duration must be a number of seconds > 0 and ≤ 3600, got 0'],
    [{ durationSeconds: 3601, targetPct: '30' }, 'duration', 'got 3601'],
    [{ durationSeconds: Number.NaN, targetPct: '30' }, 'duration', 'got NaN'],
    [{ durationSeconds: 10, targetPct: '100' }, 'target', 'target must be a margin percentage from 0 to 99.99'],
    [{ durationSeconds: 10, targetPct: '-5' }, 'target', 'got "-5"'],
    [{ durationSeconds: 10, targetPct: '30%' }, 'target', 'got "30%"'],
    [{ durationSeconds: 10, targetPct: '30', packageId: 'package-9' }, 'package', 'no package "package-9" is sold in'],
    [
      { durationSeconds: 10, targetPct: '30', packageId: 'credits-100' },
      'package',
      'Kling units (one of: list, trial-100',
    ],
    [{ durationSeconds: 10, targetPct: '30', resolutions: ['8k'] }, 'resolutions', '"8k" is not one of 480p'],
  ] as const)('%o: %s', (options, field, message) => {
    const result = marginMap(shipped, options as unknown as MarginMapOptions);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.field).toBe(field);
    expect(result.error).toContain(message);
  });

  it('says when the cards are not in force on the date', () => {
    const early = marginMap(cardsInForce(cardSetWith(), '2026-01-01'), { durationSeconds: 10, targetPct: '30' });
    expect(early).toEqual({
      ok: false,
      error: 'no version of "internal" is in force on 2026-01-01: its oldest takes effect on 2026-11-21',
    });
  });
});

describe('toMarginMapRecord', () => {
  it('has SPEC §10’s keys first, in order, then the added ones', () => {
    const record = toMarginMapRecord(mapOf(shipped, { durationSeconds: 10, targetPct: '30', packageId: 'package-2' }));
    expect(Object.keys(record)).toEqual(['cells', 'models', 'duration', 'package', 'target_pct', 'as_of', 'cards']);
    expect(Object.keys(record.cells[0])).toEqual([
      ...['model', 'mode', 'resolution', 'input', 'audio', 'internal_usd', 'vendor_usd', 'margin_usd', 'margin_pct'],
      'standing',
    ]);
    expect(Object.keys(record.models[0])).toEqual(['model', 'multiplier_needed', 'name', 'multiplier', 'reason']);
    expect(record.cells[0]).toEqual({
      model: 'kling-v2-5-turbo',
      mode: 'std',
      resolution: '480p',
      input: 'text',
      audio: false,
      internal_usd: '0.50',
      vendor_usd: '0.378',
      margin_usd: '0.122',
      margin_pct: '24.4',
      standing: 'below-target',
    });
    expect([record.duration, record.package, record.target_pct, record.as_of]).toEqual([
      10,
      'package-2',
      '30',
      '2026-11-30',
    ]);
  });
});

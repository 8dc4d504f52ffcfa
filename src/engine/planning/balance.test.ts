import { describe, expect, it } from 'vitest';
import { parseAccountCosts, projectBalance, type Pack } from './balance';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 21);
const pack = (name: string, remaining: number, expiresInDays: number, extra: Partial<Pack> = {}): Pack => ({
  name,
  id: name,
  total: 1000,
  remaining,
  purchaseTime: NOW - 10 * DAY,
  effectiveTime: NOW - 10 * DAY,
  expiryTime: NOW + expiresInDays * DAY,
  status: 'online',
  ...extra,
});

describe('reading the account-costs answer', () => {
  it('reads Kling resource packs, wrapped in data or not', () => {
    const answer = {
      code: 0,
      data: {
        code: 0,
        resource_pack_subscribe_infos: [
          {
            resource_pack_name: 'Package 1',
            resource_pack_id: 'p1',
            resource_pack_type: 'decreasing_total',
            total_quantity: 30000.0,
            remaining_quantity: 12000.5,
            purchase_time: 1,
            effective_time: 2,
            invalid_time: 3,
            status: 'online',
          },
        ],
      },
    };
    expect(parseAccountCosts(answer)).toEqual({
      ok: true,
      packs: [
        {
          name: 'Package 1',
          id: 'p1',
          total: 30000,
          remaining: 12000.5,
          purchaseTime: 1,
          effectiveTime: 2,
          expiryTime: 3,
          status: 'online',
        },
      ],
    });
  });

  it('names what is wrong', () => {
    expect(parseAccountCosts({ data: {} })).toMatchObject({
      ok: false,
      error: expect.stringContaining('resource_pack_subscribe_infos'),
    });
    expect(
      parseAccountCosts({
        data: {
          resource_pack_subscribe_infos: [
            { total_quantity: '10', remaining_quantity: 1, effective_time: 0, invalid_time: 1 },
          ],
        },
      }),
    ).toEqual({
      ok: false,
      error: 'resource_pack_subscribe_infos[0].total_quantity: expected number, got string',
    });
  });
});

describe('projecting the balance across expiry dates', () => {
  it('uses the pack that expires first, and counts what each would forfeit', () => {
    // 3,000 units a month = 100 a day.
    const result = projectBalance([pack('late', 1000, 60), pack('soon', 1000, 5)], NOW, 3000);
    const by = Object.fromEntries(result.packs.map((p) => [p.pack.name, p]));
    expect(by.soon).toMatchObject({ used: 500, forfeited: 500 });
    expect(by.late).toMatchObject({ used: 1000, forfeited: 0 });
    expect(result.remaining).toBe(2000);
    expect(result.forfeited).toBe(500);
    expect(result.lastsDays).toBe(15); // 5 days on "soon", then 10 on "late"
  });

  it('forfeits everything at no volume, and skips expired packs', () => {
    const result = projectBalance([pack('a', 800, 30), pack('old', 500, -1, { status: 'expired' })], NOW, 0);
    expect(result.forfeited).toBe(800);
    expect(result.remaining).toBe(800);
    expect(result.lastsDays).toBe(Number.POSITIVE_INFINITY);
  });

  it('waits for a pack that is not yet effective', () => {
    const result = projectBalance(
      [pack('next', 300, 40, { effectiveTime: NOW + 10 * DAY, status: 'toBeOnline' })],
      NOW,
      3000,
    );
    expect(result.packs[0]).toMatchObject({ used: 300, forfeited: 0 });
    expect(result.lastsDays).toBe(13);
  });
});

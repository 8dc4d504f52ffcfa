/**
 * The account balance from Kling's account-costs answer (resource packs with total
 * and remaining units, purchase, effective and expiry times, status), projected at a monthly
 * volume: what each pack still holds, when it expires, what would be forfeited, and how long
 * the balance lasts. Units used go to the pack that expires first. Remaining figures lag up to
 * 12 hours at Kling. A projection in units and days, not money.
 */
import '../request/zod-config';
import * as z from 'zod/mini';
import { formatIssuePath } from '../request/issue-path';

const Time = z.number().check(z.int(), z.nonnegative());
const Units = z.number().check(z.nonnegative());

export const ResourcePackSchema = z.looseObject({
  resource_pack_name: z.optional(z.string()),
  resource_pack_id: z.optional(z.string()),
  resource_pack_type: z.optional(z.string()),
  total_quantity: Units,
  remaining_quantity: Units,
  purchase_time: z.optional(Time),
  effective_time: Time,
  invalid_time: Time,
  status: z.optional(z.string()),
});

export interface Pack {
  readonly name: string;
  readonly id: string;
  readonly total: number;
  readonly remaining: number;
  readonly purchaseTime: number | null;
  readonly effectiveTime: number;
  readonly expiryTime: number;
  readonly status: string;
}

export type ParsedBalance =
  { readonly ok: true; readonly packs: readonly Pack[] } | { readonly ok: false; readonly error: string };

/** `{ data: { resource_pack_subscribe_infos: [...] } }`, with or without the outer envelope. */
export function parseAccountCosts(json: unknown): ParsedBalance {
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const data = isObj(json) && isObj(json.data) ? json.data : json;
  const list = isObj(data) ? data.resource_pack_subscribe_infos : undefined;
  if (!Array.isArray(list))
    return {
      ok: false,
      error:
        'this is not an account-costs answer: data.resource_pack_subscribe_infos (a list of resource packs) is missing',
    };
  const packs: Pack[] = [];
  for (const [i, item] of list.entries()) {
    const parsed = ResourcePackSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        error: `resource_pack_subscribe_infos[${i}].${formatIssuePath(issue.path)}: ${issue.message}`,
      };
    }
    const p = parsed.data;
    packs.push({
      name: p.resource_pack_name ?? `Pack ${i + 1}`,
      id: p.resource_pack_id ?? String(i + 1),
      total: p.total_quantity,
      remaining: Math.min(p.remaining_quantity, p.total_quantity),
      purchaseTime: p.purchase_time ?? null,
      effectiveTime: p.effective_time,
      expiryTime: p.invalid_time,
      status: p.status ?? 'unknown',
    });
  }
  return { ok: true, packs };
}

const DAY = 86_400_000;

export interface PackProjection {
  readonly pack: Pack;
  readonly usable: boolean;
  /** Units used from this pack before it expires, at the volume. */
  readonly used: number;
  readonly forfeited: number;
  /** When the pack runs out at the volume (ms), if before it expires. */
  readonly runsOutAt: number | null;
}

export interface BalanceProjection {
  readonly packs: readonly PackProjection[];
  readonly remaining: number;
  readonly forfeited: number;
  /** Days from now until the last usable unit is used (Infinity at no volume). */
  readonly lastsDays: number;
  readonly lastsUntil: number | null;
}

export function projectBalance(packs: readonly Pack[], now: number, unitsPerMonth: number): BalanceProjection {
  const perMs = unitsPerMonth / (30 * DAY);
  let t = now;
  const out: PackProjection[] = [];
  const order = [...packs].sort((a, b) => a.expiryTime - b.expiryTime);
  for (const pack of order) {
    const usable = pack.expiryTime > now && pack.remaining > 0 && !/expired|runout|run_out/i.test(pack.status);
    if (!usable) {
      out.push({ pack, usable: false, used: 0, forfeited: pack.expiryTime > now ? 0 : 0, runsOutAt: null });
      continue;
    }
    const start = Math.max(t, pack.effectiveTime);
    if (perMs <= 0 || start >= pack.expiryTime) {
      out.push({ pack, usable, used: 0, forfeited: pack.remaining, runsOutAt: null });
      continue;
    }
    const canUse = perMs * (pack.expiryTime - start);
    const used = Math.min(pack.remaining, canUse);
    const end = start + used / perMs;
    t = end;
    out.push({ pack, usable, used, forfeited: pack.remaining - used, runsOutAt: used >= pack.remaining ? end : null });
  }
  const usableRemaining = out.filter((p) => p.usable).reduce((n, p) => n + p.pack.remaining, 0);
  const forfeited = out.reduce((n, p) => n + p.forfeited, 0);
  return {
    packs: out,
    remaining: usableRemaining,
    forfeited,
    lastsDays: perMs <= 0 ? Number.POSITIVE_INFINITY : (t - now) / DAY,
    lastsUntil: perMs <= 0 ? null : t,
  };
}

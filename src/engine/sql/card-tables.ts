/**
 * The cards as tables (SPEC §11), one row per span of dates (`cardEpochs`): the internal
 * card's settings, its rates (base × resolution × input, exact) and model multipliers, and the
 * chosen vendor card's row for every kind of request, with its offer, rates and clips.
 */
import type { Ratio } from '../money/money';
import { INPUT_TYPES, MODES, RESOLUTIONS } from '../request/vocabulary';
import { choiceIndex, rateKey, type CompiledRow } from '../cards/compiled-cards';
import { offerOf } from '../cards/row-offer';
import { vendorSeconds } from '../pricing/vendor-duration';
import { UNIT_NAMES } from '../pricing/unit-names';
import type { CardEpoch } from './card-epochs';
import type { SqlDialect } from './sql-dialect';
import { maxScale, tableLiteral, type Cell, type Column } from './sql-values';

export interface CardTables {
  /** Name → table literal (a SELECT), in the order they are defined. */
  readonly tables: ReadonlyArray<readonly [string, string]>;
  /** Scales: rates × model multipliers (internal), and vendor amounts × unit prices. */
  readonly scales: {
    readonly internal: number;
    readonly multiplier: number;
    /** Of the charged amount: 2, or the clamp's own when it has more places. */
    readonly amount: number;
    readonly vendorAmount: number;
    readonly vendor: number;
  };
  /** How many fixed durations a vendor row may offer (columns o1…, c1…). */
  readonly offerSlots: number;
}

const text = (name: string): Column => ({ name, type: 'text' });
const int = (name: string): Column => ({ name, type: 'int' });
const dec = (name: string, decimal: number): Column => ({ name, type: { decimal } });

/** The words of a row's offer ("Kling 3.0 runs 3–15 s"), as the engine's refusal writes them. */
function offerWords(row: CompiledRow): string {
  const far = vendorSeconds(row.row, 1_000_000_000, row.offerName);
  const lead = '1000000000 s; ';
  return far.ok ? '' : far.reason.slice(lead.length);
}

function epochTable(d: SqlDialect, epochs: readonly CardEpoch[]) {
  const clampScale = maxScale(
    epochs.flatMap((e) => (e.internal ? [e.internal.minUsd, e.internal.maxUsd] : [])),
    2,
  );
  const modelScale = maxScale(epochs.flatMap((e) => (e.internal ? [e.internal.unknownModel] : [])));
  const priceScale = maxScale(epochs.map((e) => e.unitPrice?.amount));
  const columns = [
    ...[int('epoch'), text('from_date'), text('until_date'), text('error'), text('internal_card')],
    ...[text('rounding'), text('billed_resolution'), dec('clamp_min', clampScale), dec('clamp_max', clampScale)],
    ...[dec('unknown_model', modelScale), text('vendor_card'), text('vendor_reason'), text('vendor_title')],
    ...[text('vendor_unit'), text('unit_name'), { name: 'approximate', type: 'bool' as const }, text('tier_by')],
    ...[text('package_id'), dec('unit_price', priceScale), text('unit_price_text')],
  ];
  const rows = epochs.map((e): Cell[] => {
    const i = e.internal;
    const v = e.vendor;
    return [
      ...[e.index, e.from, e.until, e.error, i ? `${i.stamp.id}@${i.stamp.version}` : null],
      ...[i?.card.rounding ?? null, i?.card.billedResolution ?? null, i?.minUsd ?? null, i?.maxUsd ?? null],
      ...[i?.unknownModel ?? null, e.vendorStamp, e.vendorReason, v?.card.title ?? null],
      ...[
        v?.card.unit ?? null,
        v ? UNIT_NAMES[v.card.unit] : null,
        v?.card.approximate ?? null,
        v?.card.tierBy ?? null,
      ],
      ...[e.unitPrice?.packageId ?? null, e.unitPrice?.amount ?? null, e.unitPrice?.usd ?? null],
    ];
  });
  return { table: tableLiteral(d, columns, rows), modelScale, priceScale, clampScale };
}

function internalTables(d: SqlDialect, epochs: readonly CardEpoch[], modelScale: number) {
  const rates: Array<[number, string, string, string, Ratio]> = [];
  const models: Array<[number, string, Ratio]> = [];
  for (const e of epochs) {
    if (!e.internal) continue;
    for (const mode of MODES)
      for (const resolution of RESOLUTIONS)
        for (const input of INPUT_TYPES) {
          const rate = e.internal.rates.get(rateKey(mode, resolution, input));
          if (rate) rates.push([e.index, mode, resolution, input, rate]);
        }
    for (const [model, m] of e.internal.models) models.push([e.index, model, m]);
  }
  const rateScale = maxScale(rates.map((r) => r[4]));
  const multScale = maxScale(
    models.map((m) => m[2]),
    modelScale,
  );
  const rateTable = tableLiteral(
    d,
    [int('epoch'), text('mode'), text('resolution'), text('input_type'), dec('rate', rateScale)],
    rates,
  );
  const modelTable = tableLiteral(d, [int('epoch'), text('model'), dec('multiplier', multScale)], models);
  return { rateTable, modelTable, scale: rateScale + multScale, multScale };
}

function vendorTable(d: SqlDialect, epochs: readonly CardEpoch[]) {
  const rows: Array<{ epoch: number; model: string; mode: string; input: string; audio: boolean; choice: unknown }> =
    [];
  let slots = 1;
  const amounts: Ratio[] = [];
  for (const e of epochs) {
    if (!e.vendor) continue;
    for (const [model, choices] of e.vendor.choicesByModel)
      for (const mode of MODES)
        for (const input of INPUT_TYPES)
          for (const audio of [false, true]) {
            const choice = choices[choiceIndex(mode, input, audio)];
            rows.push({ epoch: e.index, model, mode, input, audio, choice });
            if (!choice.ok) continue;
            const offer = offerOf(choice.row.row);
            if ('offered' in offer) slots = Math.max(slots, offer.offered.length);
            amounts.push(...choice.row.rates.values(), ...choice.row.clips.values());
          }
  }
  const scale = maxScale(amounts);
  const slotColumns = Array.from({ length: slots }, (_, i) => i + 1);
  const columns: Column[] = [
    ...[int('epoch'), text('model'), text('mode'), text('input_type'), { name: 'audio', type: 'bool' as const }],
    ...[text('reason'), text('basis'), text('label'), text('offer_words'), int('offer_min'), int('offer_max')],
    ...slotColumns.flatMap((i) => [int(`o${i}`), dec(`c${i}`, scale)]),
    ...RESOLUTIONS.map((r) => dec(`r_${r}`, scale)),
    ...[text('rates_offered'), { name: 'floor_units', type: 'bool' as const }],
  ];
  const cells = rows.map(({ epoch, model, mode, input, audio, choice }): Cell[] => {
    const key = [epoch, model, mode, input, audio];
    const c = choice as { ok: true; row: CompiledRow } | { ok: false; reason: string };
    if (!c.ok) return [...key, c.reason, ...columns.slice(6).map(() => null)];
    const row = c.row;
    const offer = offerOf(row.row);
    const offered = 'offered' in offer ? offer.offered : [];
    const ratesOffered = row.row.basis === 'per-second' ? Object.keys(row.row.rates).join(', ') : null;
    return [
      ...[...key, null, row.row.basis, row.row.label, offerWords(row)],
      ...('min' in offer ? [offer.min, offer.max] : [null, null]),
      ...slotColumns.flatMap((i) => {
        const seconds = offered[i - 1];
        return seconds === undefined ? [null, null] : [seconds, row.clips.get(seconds) ?? null];
      }),
      ...RESOLUTIONS.map((r) => row.rates.get(r) ?? null),
      ...[ratesOffered, row.unitsRounding === 'floor'],
    ];
  });
  return { table: tableLiteral(d, columns, cells), scale, slots };
}

/** The four card tables of a re-pricing, and the scales its arithmetic needs. */
export function cardTables(d: SqlDialect, epochs: readonly CardEpoch[]): CardTables {
  const epoch = epochTable(d, epochs);
  const internal = internalTables(d, epochs, epoch.modelScale);
  const vendor = vendorTable(d, epochs);
  const scales = {
    internal: internal.scale,
    multiplier: internal.multScale,
    amount: epoch.clampScale,
    vendorAmount: vendor.scale,
    vendor: vendor.scale + epoch.priceScale,
  };
  if (scales.internal > 30 || scales.vendor > 30) {
    throw new Error(`the cards' decimals need ${Math.max(scales.internal, scales.vendor)} places: more than SQL holds`);
  }
  return {
    tables: [
      ['rp_epochs', epoch.table],
      ['rp_rates', internal.rateTable],
      ['rp_models', internal.modelTable],
      ['rp_vendor', vendor.table],
    ],
    scales,
    offerSlots: vendor.slots,
  };
}

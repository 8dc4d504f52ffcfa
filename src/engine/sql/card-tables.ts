/**
 * The cards as tables (SPEC §11), one row per span of dates (`cardEpochs`): the internal
 * card's settings, its rates (base × resolution × input, exact) and model multipliers, and the
 * chosen vendor card's row for every kind of request, with its offer, rates and clips.
 */
import type { Ratio } from '../money/money';
import { INPUT_TYPES, MODES, RESOLUTIONS } from '../request/vocabulary';
import { rateKey } from '../cards/compiled-cards';
import { UNIT_NAMES } from '../pricing/unit-names';
import type { CardEpoch } from './card-epochs';
import type { SqlDialect } from './sql-dialect';
import { maxScale, tableLiteral, type Cell, type Column } from './sql-values';
import { slotTable, vendorTable } from './vendor-table';

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
  /** How many cards are shown beside the chosen one at most (`vendor_others`): slots 1… of `rp_vendor`. */
  readonly otherCards: number;
}

const text = (name: string): Column => ({ name, type: 'text' });
const int = (name: string): Column => ({ name, type: 'int' });
const dec = (name: string, decimal: number): Column => ({ name, type: { decimal } });
/** A text as it stands between the quotes of a JSON string. */
export const jsonInner = (value: string | null | undefined) =>
  value == null ? null : JSON.stringify(value).slice(1, -1);

function epochTable(d: SqlDialect, epochs: readonly CardEpoch[]) {
  const clampScale = maxScale(
    epochs.flatMap((e) => (e.internal ? [e.internal.minUsd, e.internal.maxUsd] : [])),
    2,
  );
  const modelScale = maxScale(epochs.flatMap((e) => (e.internal ? [e.internal.unknownModel] : [])));
  const priceScale = maxScale(
    epochs.flatMap((e) => [e.unitPrice, ...e.others.map((o) => o.unitPrice)]).map((u) => u?.amount),
  );
  const columns = [
    ...[int('epoch'), text('from_date'), text('until_date'), text('error'), text('internal_card')],
    ...[text('rounding'), text('billed_resolution'), dec('clamp_min', clampScale), dec('clamp_max', clampScale)],
    ...[dec('unknown_model', modelScale), text('vendor_card'), text('vendor_reason'), text('vendor_title')],
    ...[text('vendor_unit'), text('unit_name'), { name: 'approximate', type: 'bool' as const }, text('tier_by')],
    ...[text('package_id'), dec('unit_price', priceScale), text('unit_price_text')],
    ...[text('clamp_min_text'), text('clamp_max_text'), text('unknown_model_text'), text('vendor_title_json')],
    ...[
      int('chosen_pos'),
      text('package_code'),
      text('package_message'),
      { name: 'package_when_priced', type: 'bool' as const },
    ],
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
      ...[i?.card.clampUsd.min ?? null, i?.card.clampUsd.max ?? null, i?.card.unknownModelMultiplier ?? null],
      ...[jsonInner(v?.card.title), e.chosenPos, e.packageNotice?.code ?? null, jsonInner(e.packageNotice?.message)],
      e.packageNotice?.whenPriced ?? null,
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

/** The four card tables of a re-pricing, and the scales its arithmetic needs. */
export function cardTables(d: SqlDialect, epochs: readonly CardEpoch[]): CardTables {
  const epoch = epochTable(d, epochs);
  const internal = internalTables(d, epochs, epoch.modelScale);
  const vendor = vendorTable(d, epochs);
  const slots = slotTable(d, epochs, epoch.priceScale);
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
      ['rp_slots', slots.table],
    ],
    scales,
    offerSlots: vendor.slots,
    otherCards: slots.count,
  };
}

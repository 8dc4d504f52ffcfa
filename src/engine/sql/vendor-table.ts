/**
 * The vendor cards as tables (SPEC §11): for each span of dates, the row each shown card
 * chose for every kind of request (slot 0 the chosen card, slots 1… the cards shown beside
 * it, `vendor_others`), with its offer, rates and clips; and each card's own settings.
 */
import type { Ratio } from '../money/money';
import { INPUT_TYPES, MODES, RESOLUTIONS } from '../request/vocabulary';
import { choiceIndex, type CompiledRow, type CompiledVendor } from '../cards/compiled-cards';
import { offerOf } from '../cards/row-offer';
import { vendorSeconds } from '../pricing/vendor-duration';
import { UNIT_NAMES } from '../pricing/unit-names';
import type { CardEpoch } from './card-epochs';
import type { SqlDialect } from './sql-dialect';
import { maxScale, tableLiteral, type Cell, type Column } from './sql-values';

const text = (name: string): Column => ({ name, type: 'text' });
const int = (name: string): Column => ({ name, type: 'int' });
const dec = (name: string, decimal: number): Column => ({ name, type: { decimal } });
const bool = (name: string): Column => ({ name, type: 'bool' });
const jsonInner = (value: string) => JSON.stringify(value).slice(1, -1);

/** The words of a row's offer ("Kling 3.0 runs 3–15 s"), as the engine's refusal writes them. */
function offerWords(row: CompiledRow): string {
  const far = vendorSeconds(row.row, 1_000_000_000, row.offerName);
  const lead = '1000000000 s; ';
  return far.ok ? '' : far.reason.slice(lead.length);
}

/** The cards of a span, slot by slot: the chosen one (slot 0, when in force), then the others. */
function cardsOf(e: CardEpoch): Array<[number, CompiledVendor]> {
  return [
    ...(e.vendor ? [[0, e.vendor] as [number, CompiledVendor]] : []),
    ...e.others.map((o, i) => [i + 1, o.vendor] as [number, CompiledVendor]),
  ];
}

interface Row {
  readonly key: Cell[];
  readonly choice: { ok: true; row: CompiledRow } | { ok: false; reason: string };
}

export function vendorTable(d: SqlDialect, epochs: readonly CardEpoch[]) {
  const rows: Row[] = [];
  let slots = 1;
  const amounts: Ratio[] = [];
  for (const e of epochs) {
    for (const [slot, vendor] of cardsOf(e))
      for (const [model, choices] of vendor.choicesByModel)
        for (const mode of MODES)
          for (const input of INPUT_TYPES)
            for (const audio of [false, true]) {
              const choice = choices[choiceIndex(mode, input, audio)] as Row['choice'];
              rows.push({ key: [e.index, slot, model, mode, input, audio], choice });
              if (!choice.ok) continue;
              const offer = offerOf(choice.row.row);
              if ('offered' in offer) slots = Math.max(slots, offer.offered.length);
              amounts.push(...choice.row.rates.values(), ...choice.row.clips.values());
            }
  }
  const scale = maxScale(amounts);
  const slotColumns = Array.from({ length: slots }, (_, i) => i + 1);
  const columns: Column[] = [
    ...[int('epoch'), int('slot'), text('model'), text('mode'), text('input_type'), bool('audio')],
    ...[text('reason'), text('basis'), text('label'), text('offer_words'), text('offer_words_json')],
    ...[int('offer_min'), int('offer_max')],
    ...slotColumns.flatMap((i) => [int(`o${i}`), dec(`c${i}`, scale)]),
    ...RESOLUTIONS.map((r) => dec(`r_${r}`, scale)),
    ...[text('rates_offered'), bool('floor_units')],
  ];
  const cells = rows.map(({ key, choice: c }): Cell[] => {
    if (!c.ok) return [...key, c.reason, ...columns.slice(key.length + 1).map(() => null)];
    const row = c.row;
    const offer = offerOf(row.row);
    const offered = 'offered' in offer ? offer.offered : [];
    const ratesOffered = row.row.basis === 'per-second' ? Object.keys(row.row.rates).join(', ') : null;
    const words = offerWords(row);
    return [
      ...[...key, null, row.row.basis, row.row.label, words, jsonInner(words)],
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

/** The settings of the cards shown beside the chosen one, by span and slot (1…). */
export function slotTable(d: SqlDialect, epochs: readonly CardEpoch[], priceScale: number) {
  const columns: Column[] = [
    ...[int('epoch'), int('slot'), text('vendor_card'), text('vendor_title'), text('vendor_title_json')],
    ...[text('vendor_unit'), text('unit_name'), bool('approximate'), text('tier_by'), text('package_id')],
    ...[dec('unit_price', priceScale), text('unit_price_text')],
  ];
  const rows: Cell[][] = [];
  let count = 0;
  for (const e of epochs) {
    count = Math.max(count, e.others.length);
    e.others.forEach(({ vendor: { card }, stamp, unitPrice: u }, i) => {
      rows.push([
        ...[e.index, i + 1, stamp, card.title, jsonInner(card.title), card.unit, UNIT_NAMES[card.unit]],
        ...[card.approximate, card.tierBy ?? null, u?.packageId ?? null, u?.amount ?? null, u?.usd ?? null],
      ]);
    });
  }
  return { table: tableLiteral(d, columns, rows), count };
}

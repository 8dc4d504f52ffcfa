/**
 * Each card read once into what pricing needs: its factors as exact scaled integers made up
 * front, its vendor rows indexed by model, the names its offers go by, and the unit price of
 * every package it can be priced at. Pricing then only multiplies, rounds and compares.
 */
import { toDecimalString, toRatio, usd, type Money, type Ratio } from '../money/money';
import { stampOf, type CardStamp } from './rate-card-common';
import type { InternalCard } from './rate-card-internal';
import { compileInternal, type CompiledInternal } from './compiled-internal';
import type { Package, PackagesCard } from './rate-card-packages';
import type { VendorCard, VendorRow, VendorUnit } from './rate-card-vendor';
import { durationOffer, offerOf, offerWords, type RowOffer } from './row-offer';
import { INPUT_TYPES, MODES, type InputType, type Mode, type Resolution } from '../request/vocabulary';
import { chooseRow, type RowChoice } from './row-match';

export { compileInternal, rateIndex, rateKey, type CompiledInternal, type ModelRates } from './compiled-internal';

/** The price of one unit or credit, from a package (SPEC §3.3). */
export interface UnitPrice {
  readonly packageId: string;
  readonly label: string;
  readonly usd: string;
  /** `usd`, exact, read once. */
  readonly amount: Money;
  readonly card: CardStamp;
}

export interface CompiledRow {
  readonly row: VendorRow;
  /** Per-second rows: the rate at each tier offered. */
  readonly rates: ReadonlyMap<Resolution, Ratio>;
  /** Per-clip rows: the amount of each clip, by its seconds. */
  readonly clips: ReadonlyMap<number, Ratio>;
  /** The same rates and clip amounts as text. */
  readonly rateTexts: ReadonlyMap<Resolution, string>;
  readonly clipTexts: ReadonlyMap<number, string>;
  /** Whose offer a duration is checked against ("Kling 3.0", or the row's label). */
  readonly offerName: string;
  /** The durations the row offers, and in words under `offerName` (`offerWords`). */
  readonly offer: RowOffer;
  readonly offerWords: string;
  /** What a priced answer says of its row. */
  readonly summary: { readonly id: string; readonly label: string; readonly basis: 'per-second' | 'per-clip' };
  /** Credits truncated to whole ones (seed 004's int()); never on a card priced in USD. */
  readonly unitsRounding: 'exact' | 'floor';
}

export interface CompiledVendor {
  readonly card: VendorCard;
  readonly stamp: CardStamp;
  /** For each model the card prices: the row (or the reason) for every kind of request, by `choiceIndex`. */
  readonly choicesByModel: ReadonlyMap<string, ReadonlyArray<RowChoice<CompiledRow>>>;
  /** The unit price at each package sold in the card's unit; empty for a card in USD. */
  readonly unitPrices: ReadonlyMap<string, UnitPrice>;
  /** The card's default package's unit price; null for a card in USD or when it is not loaded. */
  readonly defaultUnitPrice: UnitPrice | null;
}

export interface CompiledCards {
  readonly internal: ReadonlyMap<InternalCard, CompiledInternal>;
  readonly vendor: ReadonlyMap<VendorCard, CompiledVendor>;
}

/** Where a kind of request sits in a model's table of row choices. */
export function choiceIndex(mode: Mode, inputType: InputType, audio: boolean): number {
  return (MODES.indexOf(mode) * INPUT_TYPES.length + INPUT_TYPES.indexOf(inputType)) * 2 + (audio ? 1 : 0);
}

export function compileVendor(card: VendorCard, packages: readonly PackagesCard[]): CompiledVendor {
  const choicesByModel = new Map<string, Array<RowChoice<CompiledRow>>>();
  const models = new Set(card.rows.flatMap((row) => row.models));
  for (const model of models) {
    const rows = card.rows.filter((row) => row.models.includes(model));
    // A model's name stands for its offer only when all its rows offer the same durations.
    const name = card.modelNames?.[model];
    const oneOffer = new Set(rows.map(durationOffer)).size === 1;
    const compiled = rows.map((row) => compileRow(card, row, name !== undefined && oneOffer ? name : row.label));
    const choices: Array<RowChoice<CompiledRow>> = [];
    for (const mode of MODES) {
      for (const inputType of INPUT_TYPES) {
        for (const audio of [false, true]) {
          choices[choiceIndex(mode, inputType, audio)] = chooseRow(card.title, compiled, {
            model,
            mode,
            inputType,
            audio,
          });
        }
      }
    }
    choicesByModel.set(model, choices);
  }
  const sold = card.unit === 'usd' ? [] : packagesIn(packages, card.unit);
  const unitPrices = new Map(sold.map((o) => [o.pkg.id, toUnitPrice(o)] as const));
  const defaultUnitPrice = (card.defaultPackage !== undefined && unitPrices.get(card.defaultPackage)) || null;
  return { card, stamp: stampOf(card), choicesByModel, unitPrices, defaultUnitPrice };
}

/** The unit price a compiled card is priced at: the chosen package's when sold in its unit, else its default's. */
export function compiledUnitPrice(compiled: CompiledVendor, packageId: string | undefined): UnitPrice | null {
  return (packageId !== undefined && compiled.unitPrices.get(packageId)) || compiled.defaultUnitPrice;
}

function compileRow(card: VendorCard, row: VendorRow, offerName: string): CompiledRow {
  const rates = new Map(
    row.basis === 'per-second' ? Object.entries(row.rates).map(([t, r]) => [t as Resolution, toRatio(r)]) : [],
  );
  const clips = new Map(row.basis === 'per-clip' ? row.clips.map((c) => [c.seconds, toRatio(c.amount)]) : []);
  const offer = offerOf(row);
  return {
    row,
    rates,
    clips,
    rateTexts: new Map([...rates].map(([t, r]) => [t, toDecimalString(r)])),
    clipTexts: new Map([...clips].map(([s, r]) => [s, toDecimalString(r)])),
    offerName,
    offer,
    offerWords: offerWords(offer, offerName),
    summary: { id: row.id, label: row.label, basis: row.basis },
    unitsRounding: card.unitsRounding === 'floor' && card.unit !== 'usd' ? 'floor' : 'exact',
  };
}

function toUnitPrice({ pkg, card }: { pkg: Package; card: PackagesCard }): UnitPrice {
  return {
    packageId: pkg.id,
    label: pkg.label,
    usd: pkg.unitPriceUsd,
    amount: usd(pkg.unitPriceUsd),
    card: stampOf(card),
  };
}

export function compileCards(
  internal: readonly InternalCard[],
  vendor: readonly VendorCard[],
  packages: readonly PackagesCard[],
): CompiledCards {
  return {
    internal: new Map(internal.map((card) => [card, compileInternal(card)])),
    vendor: new Map(vendor.map((card) => [card, compileVendor(card, packages)])),
  };
}

/** Every package sold in this unit, newest card first, ids unique. */
export function packagesIn(
  packages: readonly PackagesCard[],
  unit: Exclude<VendorUnit, 'usd'>,
): Array<{ pkg: Package; card: PackagesCard }> {
  const seen = new Set<string>();
  const found: Array<{ pkg: Package; card: PackagesCard }> = [];
  for (const card of packages) {
    if (card.unit !== unit) continue;
    for (const pkg of card.packages) {
      if (seen.has(pkg.id)) continue;
      seen.add(pkg.id);
      found.push({ pkg, card });
    }
  }
  return found;
}

/**
 * The package chooser, for video cards and services alike: the chosen package when it is
 * sold in the unit, else the default one; null when neither is loaded.
 */
export function choosePackage(
  packages: readonly PackagesCard[],
  unit: Exclude<VendorUnit, 'usd'>,
  defaultPackage: string | undefined,
  packageId?: string,
): UnitPrice | null {
  const offered = packagesIn(packages, unit);
  const chosen =
    (packageId && offered.find((o) => o.pkg.id === packageId)) || offered.find((o) => o.pkg.id === defaultPackage);
  return chosen ? toUnitPrice(chosen) : null;
}

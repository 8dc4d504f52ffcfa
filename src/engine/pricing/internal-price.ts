/**
 * The internal price of SPEC §2:
 * ceil(seconds) × base(mode) × res(resolution) × input(type) × model, rounded once to the
 * cent with the card's mode, then clamped. With `honorResolution: false` (what billing does
 * today) the formula is given the card's billed resolution (720p) whatever was requested.
 */
import { rateIndex, type CompiledInternal } from '../cards/compiled-cards';
import { compareAmounts, roundTo, toDecimalString, type Money } from '../money/money';
import type { InternalCard } from '../cards/rate-card-internal';
import { noticesOf } from './internal-explanation';
import type { Notice } from './notice';
import type { QuoteRequest } from '../request/quote-request';
import type { CardStamp } from '../cards/rate-card-common';
import type { Resolution } from '../request/vocabulary';

export interface InternalPrice {
  readonly card: CardStamp;
  readonly honorResolution: boolean;
  /** The resolution the formula was given. */
  readonly resolution: Resolution;
  readonly billedSeconds: number;
  /** What was priced, and on which card: what `internalSteps` explains. */
  readonly request: QuoteRequest;
  readonly internalCard: InternalCard;
  /** The exact product of the factors, before any rounding. */
  readonly rawUsd: string;
  readonly rounding: { readonly mode: string; readonly decimals: 2; readonly roundedUsd: string };
  readonly clamp: {
    readonly applied: 'floor' | 'cap' | null;
    readonly minUsd: string;
    readonly maxUsd: string;
    readonly unclampedUsd: string;
  };
  /** What is charged, to the cent ("2.16"). */
  readonly usd: string;
  readonly amount: Money;
  readonly notices: readonly Notice[];
}

export interface InternalPriceOptions {
  readonly honorResolution: boolean;
}

/** Seconds the internal formula bills: the requested duration rounded up (5.2 s → 6 s). */
export function internalSeconds(durationSeconds: number): number {
  return Math.ceil(durationSeconds);
}

/** The exact amounts of one price: before rounding, rounded, and as charged after the clamp. */
interface Amounts {
  readonly raw: Money;
  readonly rounded: Money;
  readonly applied: 'floor' | 'cap' | null;
  readonly amount: Money;
  /** `amount` as charged text: the clamp's own text when it applied. */
  readonly usd: string;
  readonly modelKnown: boolean;
}

/** The answer of `priceInternal`: exact amounts as fields; their text and the steps made when read. */
class InternalPriced implements InternalPrice {
  constructor(
    readonly request: QuoteRequest,
    private readonly compiled: CompiledInternal,
    readonly honorResolution: boolean,
    readonly resolution: Resolution,
    readonly billedSeconds: number,
    private readonly amounts: Amounts,
    /** What is charged, as text: read by nearly every caller, so written with the amounts. */
    readonly usd: string = amounts.usd,
  ) {}

  private noticesWritten: readonly Notice[] | undefined;
  private roundedWritten: string | undefined;

  get card(): CardStamp {
    return this.compiled.stamp;
  }
  /** Written when first read: a quote reads those of the price it charges, not the other's. */
  get notices(): readonly Notice[] {
    this.noticesWritten ??= noticesOf(this.request, this.compiled.card, this, this.honorResolution);
    return this.noticesWritten;
  }
  get amount(): Money {
    return this.amounts.amount;
  }
  get rawUsd(): string {
    return toDecimalString(this.amounts.raw, 2);
  }
  /** The rounded amount as text: the charge itself unless the clamp applied (then read twice: notice and record). */
  get roundedUsd(): string {
    if (this.amounts.applied === null) return this.usd;
    this.roundedWritten ??= toDecimalString(this.amounts.rounded, 2);
    return this.roundedWritten;
  }
  get applied(): 'floor' | 'cap' | null {
    return this.amounts.applied;
  }
  get modelKnown(): boolean {
    return this.amounts.modelKnown;
  }
  get rounding(): InternalPrice['rounding'] {
    return { mode: this.compiled.card.rounding, decimals: 2, roundedUsd: this.roundedUsd };
  }
  get clamp(): InternalPrice['clamp'] {
    const { clampUsd } = this.compiled.card;
    return { applied: this.amounts.applied, minUsd: clampUsd.min, maxUsd: clampUsd.max, unclampedUsd: this.roundedUsd };
  }
  get internalCard(): InternalCard {
    return this.compiled.card;
  }
}

/** ceil(seconds) × the compiled rate × the model's multiplier (one product), rounded once, then clamped. */
function amountsAt(
  request: QuoteRequest,
  compiled: CompiledInternal,
  resolution: Resolution,
  seconds: number,
): Amounts {
  const known = compiled.ratesByModel.get(request.model);
  const rates = known ?? compiled.unknownModelRates;
  const index = rateIndex(request.mode, resolution, request.inputType);
  const rate = index < 0 ? undefined : rates.amounts[index];
  if (rate === undefined)
    throw new Error(`priceInternal: not a valid request (${request.mode}, ${resolution}, ${request.inputType})`);
  const raw: Money = { amount: rate * BigInt(seconds), scale: rates.scale };
  const rounded = roundTo(raw, 2, compiled.card.rounding);
  const { minUsd, maxUsd } = compiled;
  const modelKnown = known !== undefined;
  if (compareAmounts(rounded, minUsd) < 0)
    return { raw, rounded, applied: 'floor', amount: minUsd, usd: compiled.minText, modelKnown };
  if (compareAmounts(rounded, maxUsd) > 0)
    return { raw, rounded, applied: 'cap', amount: maxUsd, usd: compiled.maxText, modelKnown };
  return { raw, rounded, applied: null, amount: rounded, usd: toDecimalString(rounded, 2), modelKnown };
}

function priced(
  request: QuoteRequest,
  compiled: CompiledInternal,
  honorResolution: boolean,
  seconds: number,
  amounts: Amounts,
) {
  const resolution = honorResolution ? request.resolution : compiled.card.billedResolution;
  return new InternalPriced(request, compiled, honorResolution, resolution, seconds, amounts);
}

/**
 * Prices one normalized request on the internal card. Pure: the amounts first, from the
 * card's compiled factors; their text and the steps of the calculation when a caller reads them.
 */
export function priceInternal(
  request: QuoteRequest,
  compiled: CompiledInternal,
  options: InternalPriceOptions,
): InternalPrice {
  const resolution = options.honorResolution ? request.resolution : compiled.card.billedResolution;
  const seconds = internalSeconds(request.durationSeconds);
  return priced(request, compiled, options.honorResolution, seconds, amountsAt(request, compiled, resolution, seconds));
}

/** The price as billed and at the requested resolution: one calculation when the two resolutions agree. */
export function priceInternalBothWays(request: QuoteRequest, compiled: CompiledInternal) {
  const seconds = internalSeconds(request.durationSeconds);
  const billed = amountsAt(request, compiled, compiled.card.billedResolution, seconds);
  const requested =
    request.resolution === compiled.card.billedResolution
      ? billed
      : amountsAt(request, compiled, request.resolution, seconds);
  return {
    asBilled: priced(request, compiled, false, seconds, billed),
    atRequested: priced(request, compiled, true, seconds, requested),
  };
}

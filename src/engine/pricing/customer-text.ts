/**
 * SPEC §8, for the customer: one charge explained in plain text. What was asked, how the price
 * follows from the price list in force that day (in sentences), and the amount. Never a vendor
 * cost, a margin, a card id or a file: only our price and what the customer was charged.
 */
import type { CardSet } from '../cards/card-set';
import { effectiveDate } from '../cards/cards-in-force';
import { modelDisplayName } from '../cards/model-names';
import type { NormalizedEnvelope } from '../request/envelope';
import type { Instant } from '../request/instant';
import { checkCharge } from './charge-check';
import {
  chargedWords,
  dollars,
  INPUT_WORDS,
  limitWords,
  MODE_NAMES,
  referencesWords,
  roundingWords,
  seconds,
} from './customer-words';
import type { InternalPrice } from './internal-price';
import type { Quote } from './quote';

/** What the customer was charged, and when; Kling's units are never part of it. */
interface CustomerCharge {
  /** When the request was made; null: priced as of the set's date. */
  readonly createdAt: Instant | null;
  /** What we billed, USD; null: the text gives the price alone. */
  readonly chargedUsd: string | null;
  /** The duration of each video delivered, seconds. */
  readonly videoSeconds: readonly number[];
}

/** "on 2026-12-01 at 14:05 UTC", or the date alone. */
function madeOn(instant: Instant): string {
  const time = /T(\d{2}:\d{2})/.exec(instant.text)?.[1];
  return time ? `${instant.date} at ${time} UTC` : instant.date;
}

function asked(envelope: NormalizedEnvelope, modelName: string, charge: CustomerCharge): string[] {
  const r = envelope.request;
  // An explicit input type decides whatever the references (SPEC §2.1 rule 1): say so.
  const marked = envelope.derivation.rule === 1 ? `, marked as a ${r.inputType} request` : '';
  const lines = [
    `You asked for a video of ${seconds(r.durationSeconds)} from ${modelName} in ${MODE_NAMES[r.mode]} mode ` +
      `at ${r.resolution}, ${referencesWords(envelope.stills, envelope.videos)}${marked}, ` +
      `${r.audio ? 'with' : 'without'} audio.`,
  ];
  if (charge.createdAt) lines.push(`You made the request on ${madeOn(charge.createdAt)}.`);
  const delivered = charge.videoSeconds;
  if (delivered.length === 1) lines.push(`The video delivered is ${seconds(delivered[0])} long.`);
  if (delivered.length > 1)
    lines.push(
      `The videos delivered are ${delivered.slice(0, -1).join(', ')} and ${seconds(delivered.at(-1) ?? 0)} long.`,
    );
  return lines;
}

function resolutionWords(price: InternalPrice): string {
  const { request, internalCard: card, resolution } = price;
  const factor = card.resolutionMultipliers[resolution];
  if (resolution === request.resolution) return `At ${resolution} the price is multiplied by ${factor}.`;
  return (
    `Every video is billed at the ${resolution} rate whatever resolution it asks for, so your ${request.resolution} ` +
    `video is billed at ${resolution}: the price is multiplied by ${factor}.`
  );
}

function modelWords(price: InternalPrice, modelName: string): string {
  const { request, internalCard: card } = price;
  if (Object.hasOwn(card.modelMultipliers, request.model))
    return `${modelName} multiplies it by ${card.modelMultipliers[request.model]}.`;
  return (
    `${modelName} is not on our price list, so it is priced like our standard models: ` +
    `the price is multiplied by ${card.unknownModelMultiplier}.`
  );
}

function howPriced(price: InternalPrice, modelName: string, inForceOn: string, dated: boolean): string[] {
  const { request, internalCard: card, billedSeconds } = price;
  const listDate = effectiveDate(card);
  const list = listDate ? `our price list dated ${listDate}` : 'our current price list';
  const day = dated ? ', the day of your request' : '';
  const billed =
    billedSeconds === request.durationSeconds
      ? `We bill whole seconds: ${seconds(billedSeconds)}.`
      : `We bill whole seconds, rounding up: ${seconds(request.durationSeconds)} are billed as ${billedSeconds}.`;
  const base = card.basePerSecondUsd[request.mode];
  const factors = [
    billedSeconds,
    dollars(base),
    card.resolutionMultipliers[price.resolution],
    card.inputMultipliers[request.inputType],
    Object.hasOwn(card.modelMultipliers, request.model)
      ? card.modelMultipliers[request.model]
      : card.unknownModelMultiplier,
  ].join(' × ');
  const { roundedUsd, mode } = price.rounding;
  const product =
    price.rawUsd === roundedUsd
      ? `So the price is ${factors} = ${dollars(roundedUsd)}.`
      : `So the price is ${factors} = ${dollars(price.rawUsd)}, ${roundingWords(mode)}: ${dollars(roundedUsd)}.`;
  return [
    `We used ${list}, the one in force on ${inForceOn}${day}.`,
    billed,
    `In ${MODE_NAMES[request.mode]} mode a second costs ${dollars(base)}.`,
    resolutionWords(price),
    `${INPUT_WORDS[request.inputType]} multiplies it by ${card.inputMultipliers[request.inputType]}.`,
    modelWords(price, modelName),
    ...(request.audio ? ['Audio adds nothing to the price.'] : []),
    product,
    limitWords(price),
  ];
}

/**
 * The explanation of one charge for the customer, as plain text. `quote` and `set` are the
 * quote and the cards in force on the day (the set's `asOf`).
 */
export function customerText(envelope: NormalizedEnvelope, quote: Quote, set: CardSet, charge: CustomerCharge): string {
  const price = quote.internal.charged;
  const modelName = modelDisplayName(set, quote.request.model);
  const inForceOn = quote.asOf ?? charge.createdAt?.date ?? 'the day';
  const check =
    charge.chargedUsd === null
      ? null
      : checkCharge(quote, { createdAt: charge.createdAt, chargedUsd: charge.chargedUsd, unitsDeducted: null }, set);
  const amount = [`The price for this request is ${dollars(price.usd)}.`];
  if (check?.usd) {
    // Named only when the cause was found on another version than the one in force.
    const found = check.usd.causeCard;
    const version = found && found.version !== price.card.version ? found.version : null;
    amount.push(chargedWords(check.usd, price, inForceOn, version));
  }
  const sections: Array<[string, string[]]> = [
    ['Your request', asked(envelope, modelName, charge)],
    ['How the price is worked out', howPriced(price, modelName, inForceOn, charge.createdAt !== null)],
    ['The amount', amount],
  ];
  return sections.map(([title, lines]) => [title, ...lines].join('\n')).join('\n\n');
}

/** The words of a customer explanation: plain English for each part of the request and the price. */
import { compareAmounts, toDecimalString, usd } from '../money/money';
import { effectiveDate } from '../cards/cards-in-force';
import type { InputType, Mode } from '../request/vocabulary';
import type { AmountCheck } from './charge-check';
import type { InternalPrice } from './internal-price';

/** "$0.33", "$1250.00": to the cent, or every digit when there are more ("$0.325"). */
export function dollars(amount: string): string {
  const text = toDecimalString(usd(amount), 2);
  return text.startsWith('-') ? `-$${text.slice(1)}` : `$${text}`;
}

export const MODE_NAMES: Readonly<Record<Mode, string>> = { std: 'Standard', pro: 'Professional' };

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function seconds(n: number): string {
  return count(n, 'second', 'seconds');
}

/** "with 1 reference image and 1 source video", "from a text prompt alone". */
export function referencesWords(stills: number, videos: number): string {
  const parts = [
    stills > 0 ? count(stills, 'reference image', 'reference images') : '',
    videos > 0 ? count(videos, 'source video', 'source videos') : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'from a text prompt alone' : `with ${parts.join(' and ')}`;
}

/** The kind of request an input multiplier stands for, as the subject of a sentence. */
export const INPUT_WORDS: Readonly<Record<InputType, string>> = {
  text: 'A request from text alone',
  image: 'A request with one reference image',
  'multi-image': 'A request with several reference images',
  video: 'A request with a source video',
  chisel: 'A chisel request',
};

/** "rounded to the nearest cent, a half cent rounding up". */
export function roundingWords(mode: string): string {
  if (mode === 'half-even') return 'rounded to the nearest cent, a half cent rounding to the even cent';
  if (mode === 'floor') return 'rounded down to the cent';
  return 'rounded to the nearest cent, a half cent rounding up';
}

/** The floor or the cap, in a sentence. */
export function limitWords(price: InternalPrice): string {
  const { applied, minUsd, maxUsd } = price.clamp;
  if (applied === 'floor') return `Every video costs at least ${dollars(minUsd)}, so the price is ${dollars(minUsd)}.`;
  if (applied === 'cap') return `No video costs more than ${dollars(maxUsd)}, so the price is ${dollars(maxUsd)}.`;
  return `Every video costs at least ${dollars(minUsd)} and at most ${dollars(maxUsd)}; this one is within both.`;
}

/**
 * Why a charge differs from the price, in the customer's words (no rule names, no card ids);
 * `version`: the other price list the cause was found on, if any.
 */
export function causeWords(
  check: AmountCheck,
  price: InternalPrice,
  inForceOn: string,
  version: string | null,
): string {
  const { request, internalCard: card } = price;
  const dated = version === null ? null : (effectiveDate({ version }) ?? version);
  const other = dated === null ? '' : ` It also used our price list dated ${dated}.`;
  switch (check.causeCode) {
    case 'card-version':
      return (
        `The difference comes from the price list: that charge used our price list dated ${dated} ` +
        `instead of the one in force on ${inForceOn}.`
      );
    case 'resolution-honored': {
      const billed = price.honorResolution ? request.resolution : card.billedResolution;
      const used = price.honorResolution ? card.billedResolution : request.resolution;
      const at = `that charge was worked out at ${used} instead of ${billed}`;
      return `The difference comes from the resolution: ${at}.${other}`;
    }
    case 'floating-point':
      return `The difference is a rounding error in our billing system.${other}`;
    case 'rounding':
      return `The difference comes from rounding the last cent another way.${other}`;
    case 'unclamped': {
      const limit =
        price.clamp.applied === 'cap'
          ? `maximum price of ${dollars(price.clamp.maxUsd)}`
          : `minimum price of ${dollars(price.clamp.minUsd)}`;
      return `The difference comes from the ${limit}, which that charge did not apply.${other}`;
    }
    case 'input-type':
      return `The difference comes from the kind of request: that charge priced it as another kind of input.${other}`;
    case 'duration-rounding':
      return (
        `The difference comes from the duration: that charge rounded ${seconds(request.durationSeconds)} ` +
        `to the nearest second instead of up.${other}`
      );
    default:
      return 'Our price list does not give that amount.';
  }
}

/** "You were charged $0.49, $0.16 more than this price." and why; or that it is the price. */
export function chargedWords(
  check: AmountCheck,
  price: InternalPrice,
  inForceOn: string,
  version: string | null,
): string {
  const charged = `You were charged ${dollars(check.charged)}`;
  if (check.status === 'match' || check.difference === null) return `${charged}, which is this price.`;
  const more = compareAmounts(usd(check.difference), usd('0')) > 0;
  const by = dollars(check.difference.replace(/^-/, ''));
  return `${charged}, ${by} ${more ? 'more' : 'less'} than this price. ${causeWords(check, price, inForceOn, version)}`;
}

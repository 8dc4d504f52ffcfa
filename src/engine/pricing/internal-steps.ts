/** "Show the calculation" for an internal price: built only when a screen or the text output asks. */
import type { InternalCard } from '../cards/rate-card-internal';
import type { Step } from './notice';
import type { InternalPrice } from './internal-price';

const SOURCE = 'internal card';

/** The model multiplier and whether the card knows the model (SPEC §2 rule 6). */
function modelMultiplier(card: InternalCard, model: string): { value: string; known: boolean } {
  const value = Object.hasOwn(card.modelMultipliers, model) ? card.modelMultipliers[model] : undefined;
  return value === undefined ? { value: card.unknownModelMultiplier, known: false } : { value, known: true };
}

/** Each factor of the formula with its value and where it comes from. */
export function internalSteps(price: InternalPrice): Step[] {
  const { request, internalCard: card, resolution, billedSeconds: seconds, honorResolution } = price;
  const model = modelMultiplier(card, request.model);
  const resolutionSource = honorResolution
    ? `${SOURCE}: resolution ${resolution} (honoured as requested)`
    : `${SOURCE}: billing passes ${card.billedResolution} whatever was requested`;
  return [
    {
      key: 'seconds',
      label: 'Billed seconds',
      value: String(seconds),
      source: 'the requested duration rounded up to a whole second',
    },
    {
      key: 'base',
      label: `Base rate, ${request.mode}`,
      value: card.basePerSecondUsd[request.mode],
      source: `${SOURCE}: USD per second`,
    },
    {
      key: 'resolution',
      label: `Resolution ${resolution}`,
      value: card.resolutionMultipliers[resolution],
      source: resolutionSource,
    },
    {
      key: 'input',
      label: `Input ${request.inputType}`,
      value: card.inputMultipliers[request.inputType],
      source: `${SOURCE}: input multiplier`,
    },
    {
      key: 'model',
      label: `Model ${request.model}`,
      value: model.value,
      source: model.known ? `${SOURCE}: model multiplier` : `${SOURCE}: unknown model, default multiplier`,
    },
  ];
}

/** The internal card's tables (SPEC §2): the formula's factors, each model named as people know it. */
import type { RateCard } from '../../../engine';

type InternalCard = Extract<RateCard, { kind: 'internal' }>;

const th = 'ui-th';
const td = 'border-b border-slate-100 px-2 py-1 dark:border-slate-800';

function Pairs({
  caption,
  values,
}: {
  readonly caption: string;
  readonly values: Readonly<Record<string, string | undefined>>;
}) {
  return (
    <table className="text-sm">
      <caption className="text-left font-medium">{caption}</caption>
      <tbody>
        {Object.entries(values).map(([k, v]) => (
          <tr key={k}>
            <th scope="row" className={`${th} font-normal`}>
              {k}
            </th>
            <td className={`${td} font-mono`}>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** How a model is named in a table: "Kling 3.0 · kling-v3" (`modelLabel`), else its id. */
export type Label = (model: string) => string;

export function InternalCardBody({ card, label }: { readonly card: InternalCard; readonly label: Label }) {
  const models = Object.entries(card.modelMultipliers).map(([m, v]) => [label(m), v]);
  return (
    <div className="flex flex-wrap gap-6">
      <Pairs caption="Base, USD per second" values={card.basePerSecondUsd} />
      <Pairs caption="Resolution" values={card.resolutionMultipliers} />
      <Pairs caption="Input" values={card.inputMultipliers} />
      <Pairs
        caption="Model"
        values={{ ...Object.fromEntries(models), '(any other model)': card.unknownModelMultiplier }}
      />
      <Pairs
        caption="Clamp and billing"
        values={{
          floor: card.clampUsd.min,
          cap: card.clampUsd.max,
          'billed resolution': card.billedResolution,
          rounding: card.rounding,
        }}
      />
    </div>
  );
}

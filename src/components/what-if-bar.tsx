/**
 * The what-if marker (SPEC §10), on every screen while a `mult=` is in the link: what is tried
 * against what the card says, "Clear what-if", "Save as override"; a model no card knows, with
 * the nearest known ids and "Apply … anyway"; and what the link carried that could not be read.
 */
import { useState } from 'react';
import { didYouMean, withWhatIfFor, type AppliedWhatIf, type Overrides, type UnknownWhatIf } from '../engine';
import { setWhatIfValues } from '../lib/what-if-url-edit';
import type { WhatIfState } from './use-what-if';

const barClass =
  'flex flex-col gap-2 rounded-md border-l-4 border-violet-600 bg-violet-50 px-3 py-2 text-sm text-violet-950 ' +
  'dark:border-violet-400 dark:bg-violet-950 dark:text-violet-50';
const button =
  'rounded-md border border-violet-700 px-2 py-0.5 text-sm hover:bg-violet-100 focus:outline-none ' +
  'focus-visible:ring-2 focus-visible:ring-blue-600 dark:border-violet-300 dark:hover:bg-violet-900';

/** "kling-v3 × 1.5 (card: × 1.3)", saying where the value it replaces comes from. */
export function whatIfPhrase(a: AppliedWhatIf, overrides: Overrides): string {
  const source = Object.hasOwn(overrides.modelMultipliers, a.model)
    ? `your override: × ${a.cardFactor}`
    : !a.known
      ? `no card knows ${a.model}; the card's default: × ${a.cardFactor}`
      : a.listed
        ? `card: × ${a.cardFactor}`
        : `card: × ${a.cardFactor}, its default for models it does not list`;
  return `${a.model} × ${a.factor} (${source})`;
}

function UnknownLine({ item, values }: { readonly item: UnknownWhatIf; readonly values: readonly string[] }) {
  const { model, factor } = item.whatIf;
  const guess = didYouMean(item.suggestions);
  return (
    <div role="alert" className="flex flex-wrap items-center gap-2">
      <span>
        {model} is not a model on the loaded cards{guess ? `: ${guess}` : ', and none is close.'} Not applied.
      </span>
      {item.suggestions.map((id) => (
        <button
          key={id}
          type="button"
          className={button}
          onClick={() =>
            setWhatIfValues(withWhatIfFor(withWhatIfFor(values, model, null), id, { ...item.whatIf, model: id }))
          }
        >
          Use {id}
        </button>
      ))}
      <button
        type="button"
        className={button}
        onClick={() => setWhatIfValues(withWhatIfFor(values, model, { model, factor, anyway: true }))}
      >
        Apply to {model} anyway
      </button>
    </div>
  );
}

interface WhatIfBarProps {
  readonly whatIf: WhatIfState;
  readonly overrides: Overrides;
}

export function WhatIfBar({ whatIf, overrides }: WhatIfBarProps) {
  const [status, setStatus] = useState('');
  const applied = whatIf.result?.applied ?? [];
  const unknown = whatIf.result?.unknown ?? [];
  const save = async () => {
    const [{ saveOverrides }, { applyOverrides }] = await Promise.all([
      import('../lib/overrides-save'),
      import('../lib/overrides-validate'),
    ]);
    const modelMultipliers = { ...overrides.modelMultipliers };
    for (const a of applied) modelMultipliers[a.model] = a.factor;
    const outcome = saveOverrides({ ...overrides, modelMultipliers }, applyOverrides);
    if (!outcome.ok) return setStatus(outcome.error);
    const saved = applied.map((a) => `${a.model} × ${a.factor}`).join(', ');
    setWhatIfValues(applied.reduce((left, a) => withWhatIfFor(left, a.model, null), whatIf.values));
    setStatus(`Saved as your override: ${saved}. Every screen now uses it; see Rate cards.`);
  };
  const statusLine = (
    <p role="status" className={status ? 'text-sm' : 'sr-only'}>
      {status}
    </p>
  );
  const active = applied.length > 0 || unknown.length > 0 || whatIf.errors.length > 0;
  return (
    <>
      {active ? (
        <section aria-label="What-if" className={barClass} data-testid="what-if">
          {applied.length > 0 ? (
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <p>
                <strong>What-if:</strong> {applied.map((a) => whatIfPhrase(a, overrides)).join(', ')}. Not saved: only
                this link carries it.
              </p>
              <button type="button" className={button} onClick={() => setWhatIfValues([])}>
                Clear what-if
              </button>
              <button type="button" className={button} onClick={() => void save()}>
                Save as override
              </button>
            </div>
          ) : null}
          {unknown.map((item) => (
            <UnknownLine key={item.whatIf.model} item={item} values={whatIf.values} />
          ))}
          {whatIf.errors.length > 0 ? (
            <div className="flex flex-wrap items-center gap-2">
              <p>Not applied from the link: {whatIf.errors.join('; ')}.</p>
              {applied.length === 0 ? (
                <button type="button" className={button} onClick={() => setWhatIfValues([])}>
                  Clear what-if
                </button>
              ) : null}
            </div>
          ) : null}
        </section>
      ) : null}
      {statusLine}
    </>
  );
}

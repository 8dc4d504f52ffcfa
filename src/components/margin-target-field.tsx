/** The margin target, set where the margin is read: kept in this browser and in the link. */
import { useId, useState } from 'react';
import { useMarginTarget } from '../lib/margin-target';
import { setMarginTarget } from '../lib/margin-target-set';
import { controlClass } from './ui/field';

export function MarginTargetField({ autoFocus = false }: { readonly autoFocus?: boolean }) {
  const target = useMarginTarget();
  const id = useId();
  const [text, setText] = useState(target.pct);
  const [message, setMessage] = useState<string | null>(null);
  const error = message ?? target.problem;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm print:hidden">
      <label htmlFor={id}>Margin target (%)</label>
      <input
        id={id}
        className={`${controlClass} w-20`}
        inputMode="decimal"
        autoFocus={autoFocus}
        autoComplete="off"
        value={text}
        aria-invalid={message ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setMessage(setMarginTarget(e.target.value));
        }}
      />
      {error ? (
        <span id={`${id}-error`} className="text-red-700 dark:text-red-400">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/**
 * A wide table that scrolls sideways inside its panel (a phone is narrower than its columns),
 * with a visible cue while it does: a line of text above it and a shadow at the edge that
 * still hides columns. It can be focused, so that the keyboard scrolls it too.
 */
import { useId, type ReactNode } from 'react';
import { useOverflowX } from '../../../components/ui/use-overflow-x';

const edge =
  'shadow-[inset_-14px_0_10px_-10px_rgba(15,23,42,0.35)] dark:shadow-[inset_-14px_0_10px_-10px_rgba(0,0,0,0.8)]';

export function ScrollRegion({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  const [ref, overflow] = useOverflowX<HTMLDivElement>();
  const cueId = useId();

  return (
    <div className="flex flex-col gap-1">
      {overflow.overflows ? (
        <p id={cueId} className="text-xs text-slate-700 dark:text-slate-300">
          The table is wider than the screen: scroll it sideways for every column →
        </p>
      ) : null}
      <div
        ref={ref}
        role="region"
        aria-label={label}
        aria-describedby={overflow.overflows ? cueId : undefined}
        tabIndex={0}
        className={
          'overflow-x-auto rounded-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ' +
          (overflow.overflows && !overflow.atEnd ? edge : '')
        }
      >
        {children}
      </div>
    </div>
  );
}

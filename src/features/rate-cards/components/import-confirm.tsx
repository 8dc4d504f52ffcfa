/**
 * Asks before an import replaces the saved overrides, showing both sets. Inline, not modal:
 * the page stays readable behind it, and focus moves to it so a screen reader announces it.
 */
import { useEffect, useRef } from 'react';
import type { Overrides } from '../../../engine';
import { summarizeOverrides } from '../overrides-summary';

const box =
  'flex flex-col gap-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 ' +
  'dark:bg-amber-950 dark:text-amber-100';

interface ImportConfirmProps {
  readonly fileName: string;
  readonly saved: Overrides;
  readonly incoming: Overrides;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

function Summary({ label, overrides }: { readonly label: string; readonly overrides: Overrides }) {
  return (
    <div>
      <p className="font-medium">{label}</p>
      <ul aria-label={label} className="list-disc pl-5">
        {summarizeOverrides(overrides).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

export function ImportConfirm({ fileName, saved, incoming, onReplace, onCancel }: ImportConfirmProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      role="dialog"
      aria-labelledby="import-confirm-heading"
      tabIndex={-1}
      className={box}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <h3 id="import-confirm-heading" className="font-semibold">
        Replace your saved overrides with {fileName}?
      </h3>
      <Summary label="Your saved overrides (to be replaced)" overrides={saved} />
      <Summary label={`In ${fileName}`} overrides={incoming} />
      <p>Your saved overrides will be kept in this browser under a backup key.</p>
      <div className="flex gap-2">
        <button type="button" className="ui-button" onClick={onReplace}>
          Replace my overrides
        </button>
        <button type="button" className="ui-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

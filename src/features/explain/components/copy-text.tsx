/**
 * A button that copies text made on click, with a visible fallback: when the browser will not
 * let the page write the clipboard, the text appears selected in a read-only box to copy by hand.
 */
import { useState } from 'react';
import { controlClass } from '../../../components/ui/field';

interface CopyTextProps {
  readonly id: string;
  readonly label: string;
  /** Names the text in messages and labels: "explanation", "link". */
  readonly what: string;
  readonly make: () => string | Promise<string>;
  readonly disabled?: boolean;
}

export function CopyText({ id, label, what, make, disabled }: CopyTextProps) {
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const copy = async () => {
    const text = await make();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setFallback(null);
      setStatus(`The ${what} is copied.`);
    } catch {
      setFallback(text);
      setStatus(`This browser did not let the page copy: the ${what} is below, selected, to copy by hand.`);
    }
  };
  return (
    <div className="flex flex-col gap-2">
      <button type="button" className="ui-button self-start" disabled={disabled} onClick={() => void copy()}>
        {label}
      </button>
      <p role="status" className="text-sm">
        {status}
      </p>
      {fallback !== null ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="text-sm font-medium">
            The {what}, to copy
          </label>
          <textarea
            id={id}
            readOnly
            className={`${controlClass} min-h-40 text-sm`}
            value={fallback}
            ref={(box) => box?.select()}
            onFocus={(event) => event.target.select()}
          />
        </div>
      ) : null}
    </div>
  );
}

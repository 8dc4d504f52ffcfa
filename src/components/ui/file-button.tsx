/**
 * A file input shown as a button, with the name of the file last chosen beside it. The native
 * input stays in the page, visually hidden (not `display: none`), so it keeps its label, takes
 * the keyboard focus (the button shows the focus ring) and opens the file chooser on Enter or Space.
 */
import { useState } from 'react';

const button =
  'ui-button inline-flex cursor-pointer items-center has-[input:focus-visible]:ring-2 ' +
  'has-[input:focus-visible]:ring-blue-600';

export interface FileButtonProps {
  readonly id: string;
  /** The button's words, and the input's name. */
  readonly label: string;
  readonly accept: string;
  /** Called with the input once a file is chosen (the caller reads it, and may clear it). */
  readonly onChoose: (input: HTMLInputElement) => void;
  /** The ids of text that says what file is wanted. */
  readonly describedBy?: string;
}

export function FileButton({ id, label, accept, onChoose, describedBy }: FileButtonProps) {
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-2">
      <label htmlFor={id} className={button}>
        {label}
        <input
          id={id}
          type="file"
          accept={accept}
          className="sr-only"
          aria-describedby={describedBy ? `${describedBy} ${id}-chosen` : `${id}-chosen`}
          onChange={(e) => {
            setChosen(e.target.files?.[0]?.name ?? null);
            onChoose(e.target);
          }}
        />
      </label>
      <span id={`${id}-chosen`} className="min-w-0 text-sm text-slate-600 wrap-anywhere dark:text-slate-400">
        {chosen ?? 'No file chosen'}
      </span>
    </div>
  );
}

/** A file input styled as a button, with the name of the file last chosen beside it. */
import { useState } from 'react';

const button =
  'ui-button inline-flex cursor-pointer items-center has-[input:focus-visible]:ring-2 ' +
  'has-[input:focus-visible]:ring-blue-600';

export interface FileButtonProps {
  readonly id: string;
  readonly label: string;
  readonly accept: string;
  readonly onChoose: (input: HTMLInputElement) => void;
}

export function FileButton({ id, label, accept, onChoose }: FileButtonProps) {
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
          aria-describedby={`${id}-chosen`}
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

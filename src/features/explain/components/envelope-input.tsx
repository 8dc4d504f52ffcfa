/**
 * The "Request envelope" text area: a paste over 1 MB is refused before it lands in the page.
 * Uncontrolled: React writing a 1 MB value (and its default text) back into the DOM on every
 * keystroke would relay it all out; the text is written only when it comes from elsewhere
 * (an example, a link).
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { controlClass, fieldDescribedBy } from '../../../components/ui/field';
import { MAX_PASTE_BYTES } from '../explain-model';

interface EnvelopeInputProps {
  readonly value: string;
  readonly error: string | null;
  readonly onChange: (text: string) => void;
}

export function EnvelopeInput({ value, error, onChange }: EnvelopeInputProps) {
  const [refused, setRefused] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const [initial] = useState(value);
  // The text last typed into the box: the box holds it already, and reading a 1 MB box back to
  // compare costs a copy of it.
  const typed = useRef(value);
  useLayoutEffect(() => {
    const node = box.current;
    if (node && value !== typed.current && node.value !== value) node.value = value;
    typed.current = value;
  }, [value]);
  const hint = 'The persisted request body as JSON, or { "request": …, "response": … } with the task result.';
  const message = refused ?? error;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="envelope" className="text-sm font-medium">
        Request envelope
      </label>
      <textarea
        id="envelope"
        className={`${controlClass} min-h-64 font-mono text-sm`}
        spellCheck={false}
        ref={box}
        defaultValue={initial}
        aria-invalid={message ? true : undefined}
        aria-describedby={fieldDescribedBy('envelope', message ?? undefined, hint)}
        onPaste={(event) => {
          const pasted = event.clipboardData.getData('text');
          if (pasted.length > MAX_PASTE_BYTES) {
            event.preventDefault();
            setRefused(
              `The paste is ${(pasted.length / 1_000_000).toFixed(1)} MB, over the 1 MB limit: ` +
                'paste one envelope, or price a file below.',
            );
          }
        }}
        onChange={(event) => {
          const text = event.target.value;
          if (text.length > MAX_PASTE_BYTES) {
            // Refused: the box goes back to the text it had.
            event.target.value = value;
            setRefused('The text is over the 1 MB limit: paste one envelope, or price a file below.');
            return;
          }
          setRefused(null);
          typed.current = text;
          onChange(text);
        }}
      />
      <p id="envelope-hint" className="text-xs text-slate-600 dark:text-slate-400">
        {hint}
      </p>
      {message ? (
        <p id="envelope-error" role="alert" className="text-sm text-red-700 dark:text-red-400">
          {message}
        </p>
      ) : null}
    </div>
  );
}

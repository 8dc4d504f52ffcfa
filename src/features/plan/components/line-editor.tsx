/** One planned line: how many clips, their priority, and the clip itself. */
import { useId, useState } from 'react';
import type { CardSet } from '../../../engine';
import { ConfigEditor } from '../../../components/request-form/config-editor';
import { controlClass, Field, fieldDescribedBy } from '../../../components/ui/field';
import type { PlanLine } from '../plan-state';

interface LineEditorProps {
  readonly set: CardSet;
  readonly line: PlanLine;
  readonly onChange: (line: PlanLine) => void;
}

const WHOLE = /^\d{1,7}$/;

interface WholeFieldProps {
  readonly id: string;
  readonly label: string;
  readonly initial: number;
  readonly max: number;
  readonly error: string;
  readonly onValid: (n: number) => void;
}

/** A whole number from 0 to `max`, kept as typed, reported only when valid. */
function WholeField({ id, label, initial, max, error, onValid }: WholeFieldProps) {
  const [text, setText] = useState(String(initial));
  const valid = (t: string) => WHOLE.test(t.trim()) && Number(t) <= max;
  const message = valid(text) ? undefined : error;
  return (
    <Field id={id} label={label} error={message}>
      <input
        id={id}
        className={controlClass}
        inputMode="numeric"
        value={text}
        aria-invalid={message ? true : undefined}
        aria-describedby={fieldDescribedBy(id, message)}
        onChange={(e) => {
          setText(e.target.value);
          if (valid(e.target.value)) onValid(Number(e.target.value));
        }}
      />
    </Field>
  );
}

export function LineEditor({ set, line, onChange }: LineEditorProps) {
  const id = useId().replace(/:/g, '');
  return (
    <div className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <WholeField
          id={`${id}-count`}
          label="Clips"
          initial={line.count}
          max={1_000_000}
          error="A whole number of clips from 0 to 1,000,000."
          onValid={(count) => onChange({ ...line, count })}
        />
        <WholeField
          id={`${id}-priority`}
          label="Priority"
          initial={line.priority}
          max={100}
          error="A whole number from 0 to 100; higher goes first."
          onValid={(priority) => onChange({ ...line, priority })}
        />
      </div>
      <ConfigEditor
        set={set}
        label={line.label}
        values={line.values}
        onChange={(label, values) => onChange({ ...line, label, values })}
      />
    </div>
  );
}

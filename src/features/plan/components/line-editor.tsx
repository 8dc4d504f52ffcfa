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

export function LineEditor({ set, line, onChange }: LineEditorProps) {
  const id = useId().replace(/:/g, '');
  const [count, setCount] = useState(String(line.count));
  const [priority, setPriority] = useState(String(line.priority));
  const countError = WHOLE.test(count.trim()) && Number(count) <= 1_000_000 ? undefined : 'A whole number of clips from 0 to 1,000,000.';
  const priorityError = WHOLE.test(priority.trim()) && Number(priority) <= 100 ? undefined : 'A whole number from 0 to 100; higher goes first.';
  return (
    <div className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-count`} label="Clips" error={countError}>
          <input
            id={`${id}-count`}
            className={controlClass}
            inputMode="numeric"
            value={count}
            aria-invalid={countError ? true : undefined}
            aria-describedby={fieldDescribedBy(`${id}-count`, countError)}
            onChange={(e) => {
              setCount(e.target.value);
              if (WHOLE.test(e.target.value.trim()) && Number(e.target.value) <= 1_000_000) onChange({ ...line, count: Number(e.target.value) });
            }}
          />
        </Field>
        <Field id={`${id}-priority`} label="Priority" error={priorityError}>
          <input
            id={`${id}-priority`}
            className={controlClass}
            inputMode="numeric"
            value={priority}
            aria-invalid={priorityError ? true : undefined}
            aria-describedby={fieldDescribedBy(`${id}-priority`, priorityError)}
            onChange={(e) => {
              setPriority(e.target.value);
              if (WHOLE.test(e.target.value.trim()) && Number(e.target.value) <= 100) onChange({ ...line, priority: Number(e.target.value) });
            }}
          />
        </Field>
      </div>
      <ConfigEditor set={set} label={line.label} values={line.values} onChange={(label, values) => onChange({ ...line, label, values })} />
    </div>
  );
}

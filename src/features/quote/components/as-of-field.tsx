/** The day whose rate cards price the request: a date input, today unless chosen. */
import { controlClass, Field, fieldDescribedBy } from '../../../components/ui/field';
import { MAX_AS_OF, MIN_AS_OF } from '../as-of';

interface AsOfFieldProps {
  readonly value: string;
  readonly today: string;
  readonly error: string | null;
  readonly onChange: (text: string) => void;
}

export function AsOfField({ value, today, error, onChange }: AsOfFieldProps) {
  const hint = `The rate cards in force on this day (UTC) price the request. Today is ${today}.`;
  const problem = error ?? undefined;
  return (
    <Field id="as-of" label="As of" error={problem} hint={hint}>
      <div className="flex gap-2">
        <input
          id="as-of"
          type="date"
          className={controlClass}
          min={MIN_AS_OF}
          max={MAX_AS_OF}
          value={value}
          aria-invalid={problem ? true : undefined}
          aria-describedby={fieldDescribedBy('as-of', problem, hint)}
          onChange={(e) => onChange(e.target.value)}
        />
        <button type="button" className="ui-button shrink-0" disabled={value === today} onClick={() => onChange(today)}>
          Today
        </button>
      </div>
    </Field>
  );
}

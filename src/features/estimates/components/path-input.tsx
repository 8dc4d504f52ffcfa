/** A text field of the estimate, named by its path in the file: its id and its message come from the path. */
import type { EstimateIssue } from '../../../engine';
import { controlClass, Field, fieldDescribedBy } from '../../../components/ui/field';
import { fieldId, issueAt } from '../price-draft';

interface PathInputProps {
  /** `customer`, `lines[1].clips_per_month`: the engine names a problem by it. */
  readonly path: string;
  readonly label: string;
  readonly value: string;
  readonly issues: readonly EstimateIssue[];
  readonly hint?: string;
  readonly inputMode?: 'decimal' | 'numeric' | 'text';
  readonly onChange: (value: string) => void;
}

export function PathInput({ path, label, value, issues, hint, inputMode = 'text', onChange }: PathInputProps) {
  const id = fieldId(path);
  const error = issueAt(issues, path);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        className={controlClass}
        value={value}
        inputMode={inputMode}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, error, hint)}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

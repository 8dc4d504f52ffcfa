/** The discount on vendor cost, in percent, as typed, with its field message. */
import { controlClass, fieldDescribedBy } from '../../../components/ui/field';

interface DiscountFieldProps {
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
}

export function DiscountField({ value, error, onChange }: DiscountFieldProps) {
  return (
    <div className="max-w-xs">
      <label htmlFor="discount" className="text-sm font-medium">
        Discount on vendor cost (%)
      </label>
      <input
        id="discount"
        className={controlClass}
        inputMode="decimal"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy('discount', error)}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <p id="discount-error" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}

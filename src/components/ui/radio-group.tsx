/**
 * A fieldset of radio buttons: arrow keys move between them, as browsers do natively. The
 * group is the registered field's name, scoped by its <form>.
 */
import type { UseFormRegisterReturn } from 'react-hook-form';

interface RadioGroupProps {
  readonly legend: string;
  readonly options: ReadonlyArray<{ value: string; label: string }>;
  readonly registration: UseFormRegisterReturn;
  /** The option checked at first: in the HTML the build prerenders, before the form's script runs. */
  readonly initial?: string;
}

export function RadioGroup({ legend, options, registration, initial }: RadioGroupProps) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {options.map((option) => (
          <label key={option.value} className="inline-flex items-center gap-2 text-sm">
            <input
              type="radio"
              value={option.value}
              className="h-4 w-4 accent-blue-700"
              defaultChecked={initial === undefined ? undefined : initial === option.value}
              {...registration}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The fields of a charge beside the paste: each says whether its value was typed, pasted, or not given. */
import { controlClass, Field, fieldDescribedBy } from '../../../components/ui/field';
import type { Used, UsedCharge } from '../charge-inputs';
import type { ChargeInputs, ExplainState } from '../explain-state';

interface ChargeFieldsProps {
  readonly state: ExplainState;
  readonly used: UsedCharge;
  readonly errors: Partial<Record<keyof ExplainState, string>>;
  readonly onChange: (key: keyof ExplainState, value: string) => void;
}

const text = (value: unknown): string =>
  Array.isArray(value)
    ? `${value.join(', ')} s`
    : typeof value === 'object' && value !== null && 'text' in value
      ? String(value.text)
      : String(value);

/** "Typed here; replaces 0.33 from the paste (charged_usd)." */
function sourceOf(used: Used<unknown>): string {
  if (used.source === 'typed')
    return used.replaced === null
      ? 'Typed here.'
      : `Typed here; replaces ${used.replaced} from the paste (${used.pastedAt}).`;
  if (used.source === 'paste') return `From the paste (${used.pastedAt}): ${text(used.value)}.`;
  return 'Not given.';
}

const FIELDS: ReadonlyArray<{
  key: keyof ChargeInputs;
  id: string;
  label: string;
  inputMode: 'decimal' | 'text';
  hint: string;
}> = [
  { key: 'chargedUsd', id: 'charge-usd', label: 'Amount charged (USD, our bill)', inputMode: 'decimal', hint: '' },
  { key: 'createdAt', id: 'charge-created-at', label: 'created_at', inputMode: 'text', hint: 'ISO 8601 or epoch ms. ' },
  {
    key: 'unitsDeducted',
    id: 'charge-units',
    label: 'Units deducted (final_unit_deduction)',
    inputMode: 'decimal',
    hint: 'Kling’s task answer. ',
  },
  {
    key: 'videoSeconds',
    id: 'charge-video-seconds',
    label: 'Video duration (s)',
    inputMode: 'decimal',
    hint: 'Kling’s task answer. ',
  },
];

export function ChargeFields({ state, used, errors, onChange }: ChargeFieldsProps) {
  const createdAt = used.createdAt.value;
  const asOfHint = createdAt
    ? `Not used: created_at gives the date (${createdAt.date}).`
    : 'The cards in force on this day (UTC) price the request when there is no created_at.';
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="mb-2 text-sm font-semibold">What was charged</legend>
      {FIELDS.map((f) => {
        const hint = `${f.hint}${sourceOf(used[f.key])}`;
        return (
          <Field key={f.key} id={f.id} label={f.label} hint={hint} error={errors[f.key]}>
            <input
              id={f.id}
              className={controlClass}
              inputMode={f.inputMode}
              autoComplete="off"
              spellCheck={false}
              value={state[f.key]}
              aria-invalid={errors[f.key] ? true : undefined}
              aria-describedby={fieldDescribedBy(f.id, errors[f.key], hint)}
              onChange={(event) => onChange(f.key, event.target.value)}
            />
          </Field>
        );
      })}
      <Field id="charge-as-of" label="As of" hint={asOfHint} error={errors.asOf}>
        <input
          id="charge-as-of"
          type="date"
          className={controlClass}
          value={state.asOf}
          aria-invalid={errors.asOf ? true : undefined}
          aria-describedby={fieldDescribedBy('charge-as-of', errors.asOf, asOfHint)}
          onChange={(event) => onChange('asOf', event.target.value)}
        />
      </Field>
    </fieldset>
  );
}

/** Under a multiplier row naming a model no card knows: use a nearest known id, or save it anyway. */
import type { ModelCheck } from '../model-check';

const button = 'ui-button';

interface ModelCheckActionsProps {
  readonly check: ModelCheck;
  readonly onUse: (model: string) => void;
  readonly onConfirm: () => void;
}

export function ModelCheckActions({ check, onUse, onConfirm }: ModelCheckActionsProps) {
  return (
    <div className="flex flex-wrap gap-2">
      {check.suggestions.map((id) => (
        <button key={id} type="button" className={button} onClick={() => onUse(id)}>
          Use {id}
        </button>
      ))}
      {check.valid ? (
        <button type="button" className={button} onClick={onConfirm}>
          Save {check.model} anyway
        </button>
      ) : null}
    </div>
  );
}

/** The ids the model field suggests as one types, each with its name ("Kling 3.0 · kling-v3"). */
export function ModelOptions({
  id,
  labels,
}: {
  readonly id: string;
  readonly labels: Readonly<Record<string, string>>;
}) {
  return (
    <datalist id={id}>
      {Object.entries(labels).map(([model, label]) => (
        <option key={model} value={model} label={label} />
      ))}
    </datalist>
  );
}

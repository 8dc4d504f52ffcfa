/** Each configuration in its own editor, with the buttons that remove one or add another. */
import type { CardSet } from '../../../engine';
import { ConfigEditor } from '../../../components/request-form/config-editor';
import { MAX_CONFIGS, type Configuration } from '../compare-state';

const detailsClass =
  'rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900';

interface ConfigListProps {
  readonly set: CardSet;
  readonly configs: readonly Configuration[];
  /** Changes the list under the editors: they are made again from it. */
  readonly onReplace: (configs: readonly Configuration[]) => void;
  /** One editor's change: its own form already shows it. */
  readonly onEdit: (index: number, label: string, values: Configuration['values']) => void;
  /** Bumped whenever the editors are made again. */
  readonly generation: number;
}

export function ConfigList({ set, configs, onReplace, onEdit, generation }: ConfigListProps) {
  return (
    <>
      {configs.map((c, i) => (
        <details key={`${generation}-${i}`} open={configs.length <= 2} className={detailsClass}>
          <summary className="cursor-pointer font-semibold">{c.label}</summary>
          <div className="mt-3 flex flex-col gap-3">
            <ConfigEditor set={set} label={c.label} values={c.values} onChange={(l, v) => onEdit(i, l, v)} />
            {configs.length > 1 ? (
              <button
                type="button"
                className="ui-button"
                onClick={() => {
                  onReplace(configs.filter((_, j) => j !== i));
                  document.getElementById('add-configuration')?.focus();
                }}
              >
                Remove {c.label}
              </button>
            ) : null}
          </div>
        </details>
      ))}
      {configs.length < MAX_CONFIGS ? (
        <button
          id="add-configuration"
          type="button"
          className="ui-button"
          onClick={() => {
            const last = configs[configs.length - 1];
            onReplace([...configs, { label: `Configuration ${configs.length + 1}`, values: last.values }]);
          }}
        >
          Add a configuration
        </button>
      ) : null}
    </>
  );
}

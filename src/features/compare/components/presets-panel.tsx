/** The presets (seed 002's tables), and the package the official card is priced at in them. */
import { packagesFor, type CardSet } from '../../../engine';
import { controlClass, Field } from '../../../components/ui/field';
import { Panel } from '../../../components/ui/panel';
import { presetsFor, type Preset } from '../presets';

interface PresetsPanelProps {
  readonly set: CardSet;
  readonly officialPackage: string;
  readonly onPackage: (packageId: string) => void;
  readonly onPreset: (preset: Preset) => void;
}

export function PresetsPanel({ set, officialPackage, onPackage, onPreset }: PresetsPanelProps) {
  return (
    <Panel title="Presets" headingId="presets-heading">
      <div className="flex flex-wrap items-end gap-3 print:hidden">
        {presetsFor(officialPackage).map((p) => (
          <button key={p.id} type="button" className="ui-button" onClick={() => onPreset(p)}>
            {p.label}
          </button>
        ))}
        <div className="w-full min-w-0 sm:w-auto sm:min-w-56">
          <Field id="preset-package" label="Official card package in presets">
            <select
              id="preset-package"
              className={controlClass}
              value={officialPackage}
              onChange={(e) => onPackage(e.target.value)}
            >
              {packagesFor(set, 'kling-unit').map(({ pkg }) => (
                <option key={pkg.id} value={pkg.id}>
                  {pkg.label}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </div>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        The published USD rates' own tables, each beside the same clips on Kling's official units at the chosen package
        (list price, as on the Quote screen, unless you pick another).
      </p>
    </Panel>
  );
}

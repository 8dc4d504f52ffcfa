/** What the margin map shows: the duration, the package, the resolutions and audio; the target is the page's. */
import { packagesFor, RESOLUTIONS, type CardSet, type Resolution } from '../../../engine';
import { MarginTargetField } from '../../../components/margin-target-field';
import { controlClass, Field, fieldDescribedBy } from '../../../components/ui/field';
import type { AudioFilter, MarginsState } from '../margins-state';

interface MapControlsProps {
  readonly set: CardSet;
  readonly state: MarginsState;
  readonly durationError: string | undefined;
  readonly packageError: string | undefined;
  readonly onChange: (state: MarginsState) => void;
}

const AUDIO: ReadonlyArray<{ value: AudioFilter; label: string }> = [
  { value: 'both', label: 'Both' },
  { value: 'off', label: 'Without audio' },
  { value: 'on', label: 'With audio' },
];

export function MapControls({ set, state, durationError, packageError, onChange }: MapControlsProps) {
  const toggle = (r: Resolution, on: boolean) => {
    const next = on ? [...state.resolutions, r] : state.resolutions.filter((x) => x !== r);
    onChange({ ...state, resolutions: RESOLUTIONS.filter((x) => next.includes(x)) });
  };
  return (
    <div className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="map-duration" label="Duration (seconds)" error={durationError}>
          <input
            id="map-duration"
            className={controlClass}
            inputMode="decimal"
            autoComplete="off"
            value={state.duration}
            aria-invalid={durationError ? true : undefined}
            aria-describedby={fieldDescribedBy('map-duration', durationError)}
            onChange={(e) => onChange({ ...state, duration: e.target.value })}
          />
        </Field>
        <Field id="map-package" label="Vendor cost at" error={packageError}>
          <select
            id="map-package"
            className={controlClass}
            value={state.packageId}
            aria-describedby={fieldDescribedBy('map-package', packageError)}
            onChange={(e) => onChange({ ...state, packageId: e.target.value })}
          >
            {packagesFor(set, 'kling-unit').map(({ pkg }) => (
              <option key={pkg.id} value={pkg.id}>
                {pkg.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium">Resolutions</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {RESOLUTIONS.map((r) => (
            <label key={r} className="inline-flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="h-4 w-4 accent-blue-700"
                checked={state.resolutions.includes(r)}
                onChange={(e) => toggle(r, e.target.checked)}
              />
              {r}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-1 text-sm font-medium">Audio</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {AUDIO.map((a) => (
            <label key={a.value} className="inline-flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="map-audio"
                className="h-4 w-4 accent-blue-700"
                checked={state.audio === a.value}
                onChange={() => onChange({ ...state, audio: a.value })}
              />
              {a.label}
            </label>
          ))}
        </div>
      </fieldset>
      <MarginTargetField />
    </div>
  );
}

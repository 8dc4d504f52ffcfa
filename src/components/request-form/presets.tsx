/** The presets of SPEC §4.1 (seed 004): common clip lengths and platform resolutions. */
import type { Resolution } from '../../engine';

const CLIP_PRESETS = [
  { label: 'Social clip', seconds: '5' },
  { label: 'Product showcase', seconds: '10' },
  { label: 'Story segment', seconds: '15' },
] as const;

const PLATFORM_PRESETS: ReadonlyArray<{ label: string; resolution: Resolution }> = [
  { label: 'TikTok / Instagram', resolution: '1080p' },
  { label: 'YouTube', resolution: '4k' },
  { label: 'X', resolution: '720p' },
];

const buttonClass = 'ui-chip';

interface PresetsProps {
  readonly idPrefix?: string;
  readonly duration: string;
  readonly resolution: Resolution;
  readonly onDuration: (seconds: string) => void;
  readonly onResolution: (resolution: Resolution) => void;
}

export function Presets({ idPrefix = '', duration, resolution, onDuration, onResolution }: PresetsProps) {
  return (
    <div className="flex flex-col gap-3">
      <div role="group" aria-labelledby={`${idPrefix}clip-presets`} className="flex flex-wrap items-center gap-2">
        <span id={`${idPrefix}clip-presets`} className="text-sm font-medium">
          Clip presets
        </span>
        {CLIP_PRESETS.map((p) => (
          <button
            key={p.label}
            type="button"
            className={buttonClass}
            aria-pressed={duration === p.seconds}
            onClick={() => onDuration(p.seconds)}
          >
            {p.label}, {p.seconds} s
          </button>
        ))}
      </div>
      <div role="group" aria-labelledby={`${idPrefix}platform-presets`} className="flex flex-wrap items-center gap-2">
        <span id={`${idPrefix}platform-presets`} className="text-sm font-medium">
          Platform
        </span>
        {PLATFORM_PRESETS.map((p) => (
          <button
            key={p.label}
            type="button"
            className={buttonClass}
            aria-pressed={resolution === p.resolution}
            onClick={() => onResolution(p.resolution)}
          >
            {p.label}, {p.resolution}
          </button>
        ))}
      </div>
    </div>
  );
}

/**
 * Scenarios that reproduce seed 002's tables on its own card, each beside the same clips on
 * Kling's official units card at a package's unit price, so that sales see both.
 */
import { DEFAULT_ASSUMPTIONS, DEFAULT_VENDOR_CARD_ID, packagesFor, type CardSet } from '../../engine';
import { DEFAULT_VALUES, type QuoteFormValues } from '../../components/request-form/quote-form-schema';
import type { CompareScenario, Configuration } from './compare-state';

const clip = (values: Partial<QuoteFormValues>): QuoteFormValues => ({ ...DEFAULT_VALUES, ...values });
const o3 = {
  model: 'kling-v3-omni',
  mode: 'pro',
  duration: '10',
  resolution: '1080p',
  input: 'text',
  audio: true,
} as const;
const v3 = { ...o3, model: 'kling-v3' } as const;
const o1 = {
  model: 'kling-video-o1',
  mode: 'std',
  duration: '10',
  resolution: '720p',
  input: 'image',
  audio: false,
} as const;

export interface Preset {
  readonly id: string;
  readonly label: string;
  readonly scenario: CompareScenario;
}

export function presetsFor(officialPackage: string): Preset[] {
  const official = { vendor: DEFAULT_VENDOR_CARD_ID, package: officialPackage };
  return [
    {
      id: 'o3-vs-v3',
      label: 'O3 vs 3.0 at scale',
      scenario: {
        configs: [
          { label: 'O3, published USD rates', values: clip({ ...o3, vendor: 'seed-002-usd' }) },
          { label: '3.0, published USD rates', values: clip({ ...v3, vendor: 'seed-002-usd' }) },
          { label: 'O3, official units', values: clip({ ...o3, ...official }) },
          { label: '3.0, official units', values: clip({ ...v3, ...official }) },
        ],
        minVolume: 100,
        maxVolume: 1000,
        scale: 'linear',
        assumptions: DEFAULT_ASSUMPTIONS,
        tableVolumes: [100, 500, 1000],
        metric: 'internal',
      },
    },
    {
      id: 'o1-image',
      label: 'O1 image-to-video',
      scenario: {
        configs: [
          { label: 'O1 image-to-video, published USD rates', values: clip({ ...o1, vendor: 'seed-002-usd' }) },
          { label: 'O1 image-to-video, official units', values: clip({ ...o1, ...official }) },
        ],
        minVolume: 100,
        maxVolume: 1000,
        scale: 'linear',
        assumptions: DEFAULT_ASSUMPTIONS,
        tableVolumes: [100, 500, 1000],
        metric: 'internal',
      },
    },
  ];
}

/** The official card at list price, as on the Quote screen, until the user picks a package. */
export const DEFAULT_PRESET_PACKAGE = DEFAULT_VALUES.package;

export const PRESETS = presetsFor(DEFAULT_PRESET_PACKAGE);

/**
 * The package the presets start at: the one the link's configurations on the official card name, so that a link
 * that names a package keeps it; else the default.
 */
export function presetPackageIn(configs: readonly Configuration[], set: CardSet): string {
  const sold = new Set(packagesFor(set, 'kling-unit').map((o) => o.pkg.id));
  const named = configs.find((c) => c.values.vendor === DEFAULT_VENDOR_CARD_ID && sold.has(c.values.package));
  return named ? named.values.package : DEFAULT_PRESET_PACKAGE;
}

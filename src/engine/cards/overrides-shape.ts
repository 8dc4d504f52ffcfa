/**
 * The user's overrides (SPEC §4.5) as the engine reads them, and "none": the one definition,
 * small enough for the first page (applying them is `apply-overrides`, loaded when some exist).
 */
export const OVERRIDES_VERSION = 1;

export interface Overrides {
  readonly version: typeof OVERRIDES_VERSION;
  readonly modelMultipliers: Readonly<Record<string, string>>;
  readonly customVendorRates: ReadonlyArray<{ readonly model: string; readonly usdPerSecond: string }>;
  readonly vendorDiscountPct: string | null;
  /** Our internal price for a seed 003 service, USD per task, image or block. */
  readonly servicePricesUsd?: Readonly<Record<string, string>>;
}

export const NO_OVERRIDES: Overrides = {
  version: OVERRIDES_VERSION,
  modelMultipliers: {},
  customVendorRates: [],
  vendorDiscountPct: null,
};

/**
 * The engine's one public surface: pure TypeScript, no React, no DOM, no network. Named exports
 * only, grouped by layer, and only what the app, the command line and the workers use; every
 * other module stays inside (tests import what they test directly).
 */
import './request/zod-config';

// request
export { type NormalizedEnvelope, parseEnvelope } from './request/envelope';
export { formatIssuePath } from './request/issue-path';
export { CHARGE_FIELD_NAMES, type ChargeFields, readAmount, readChargeFields } from './request/charge-fields';
export { toCustomerEnvelope } from './request/customer-envelope';
export { type Instant, readInstant } from './request/instant';
export { utcDate } from './request/utc-date';
export {
  DURATION_RULE,
  isValidDuration,
  MAX_DURATION_SECONDS,
  ModelNameInputSchema,
  ModelNameSchema,
  type QuoteRequest,
  toSeconds,
} from './request/quote-request';
export {
  DecimalStringSchema,
  INPUT_TYPES,
  type InputType,
  IsoDateSchema,
  MODES,
  type Resolution,
  RESOLUTIONS,
} from './request/vocabulary';

// cards
export { applyOverrides, hasOverrides } from './cards/apply-overrides';
export { diffCards } from './cards/card-diff';
export {
  buildCardSet,
  type CardSet,
  type CardVersions,
  DEFAULT_VENDOR_CARD_ID,
  findServicesCard,
  type ModelGroup,
  modelGroups,
  packagesFor,
  unitPriceFor,
  unitPriceForServices,
} from './cards/card-set';
export { cardsInForce, effectiveDate } from './cards/cards-in-force';
export { cardTimeline } from './cards/card-timeline';
export { cardMultiplier, modelMultiplierOf } from './cards/model-multiplier';
export { modelLabel } from './cards/model-names';
export { didYouMean, knownModels, suggestModels } from './cards/model-suggest';
export { asOverrides, OverridesSchema } from './cards/overrides';
export { NO_OVERRIDES, type Overrides, OVERRIDES_VERSION } from './cards/overrides-shape';
export {
  CardIndexSchema,
  type CardProblem,
  formatCardProblems,
  parseRateCardText,
  type RateCard,
} from './cards/rate-card';
export { CardIdSchema, formatStamp } from './cards/rate-card-common';
export { parseWhatIf, readWhatIfFactor, withWhatIfFor } from './cards/what-if';
export { type AppliedWhatIf, applyWhatIf, type UnknownWhatIf, type WhatIfResult } from './cards/what-if-apply';
export { type Service } from './cards/rate-card-services';

// pricing
export { type AmountCheck, type ChargeCheck, checkCharge } from './pricing/charge-check';
export { customerText } from './pricing/customer-text';
export { checkTaskResult, type ResultCheck } from './pricing/explain';
export { type Misplaced, type Pasted, type PastedFields, readExplainInput } from './pricing/explain-input';
export { type InternalPrice } from './pricing/internal-price';
export { internalSteps } from './pricing/internal-steps';
export { type Notice, type Step } from './pricing/notice';
export { type Quote, quote, type QuoteOptions } from './pricing/quote';
export { toErrorRecord, toQuoteRecord } from './pricing/quote-record';
export { quoteRecordText } from './pricing/quote-record-text';
export { samplePrice } from './pricing/sample-price';
export { priceService } from './pricing/service-price';
export { UNIT_NAMES } from './pricing/unit-names';
export { type UpcomingPrice, upcomingPrices } from './pricing/upcoming-prices';
export { type VendorQuote } from './pricing/vendor-cost';
export { vendorSteps } from './pricing/vendor-steps';

// planning
export { alternatives, type Ordering, ORDERINGS } from './planning/alternatives';
export { type BalanceProjection, parseAccountCosts, projectBalance } from './planning/balance';
export { type BudgetPlan } from './planning/budget-plan';
export { type Estimate, priceEstimate } from './planning/estimate';
export { type BudgetMeasure } from './planning/estimate-budget';
export { discountUsd } from './planning/estimate-discount';
export {
  type EstimateIssue,
  formatEstimateIssue,
  MAX_ESTIMATE_CHARS,
  parseEstimate,
  parseEstimateText,
  readEstimateFile,
} from './planning/estimate-input';
export { type EstimateRecord, toEstimateRecord } from './planning/estimate-record';
export {
  DEFAULT_ALERT_THRESHOLDS,
  DEFAULT_GENERATION_SECONDS,
  type EstimateFile,
  type EstimateFileLine,
  MAX_ESTIMATE_LINES,
  MAX_MONTHS,
} from './planning/estimate-schema';
export { type Amounts, marginPct } from './planning/estimate-totals';
export {
  type MarginCell,
  marginMap,
  type MarginMap,
  type MarginMapOptions,
  type ModelMargin,
} from './planning/margin-map';
export { toMarginMapRecord } from './planning/margin-map-record';
export { isMarginTarget, MARGIN_TARGET_RULE, marginStandingOf, readTargetPct } from './planning/margin-standing';
export { savingsLevers } from './planning/levers';
export { throughput } from './planning/throughput';
export {
  costAtVolume,
  DEFAULT_ASSUMPTIONS,
  MAX_VOLUME,
  type VolumeAssumptions,
  VolumeAssumptionsSchema,
  type VolumeCost,
} from './planning/volume';
export { type MetricWinner, volumeWinners, WINNER_METRICS, type WinnerMetric } from './planning/volume-winner';

// bulk
export { type BatchTotals, type GroupTotals, type RowOutcome } from './bulk/batch';
export { BATCH_CSV_HEADER, batchCsvLine, csvCell } from './bulk/batch-csv';
export { type AmountTotals, type ChargeRow, type ChargeTotals } from './bulk/charge-totals';
export { MISMATCH_CSV_HEADER, mismatchCsvLine } from './bulk/mismatch-csv';
export { parseEnvelopeInBulk } from './bulk/envelope-fast';
export { createFilePricer, detectFormat, EMPTY_LINE_ERROR } from './bulk/file-pricer';
export { createLineSplitter, MAX_LINE_BYTES, type SplitPiece } from './bulk/line-splitter';
export { LineMemo, type LineMemoOptions } from './bulk/line-memo';
export { recordTemplatesFor, type RecordTemplates, type TemplatedRecord } from './bulk/record-templates';
export { createTextDecoder, decodeUtf8, NOT_UTF8, textProblem } from './bulk/text-encoding';
export { createUtf8Bytes } from './bulk/utf8-bytes';

// sql
export { compileRepriceSql, PRICED_COLUMNS, type RepriceSqlOptions, type SqlDialectName } from './sql/compile-reprice';
export { rowObject, typedMembers, type InputColumn } from './sql/typed-members';
export { NOT_JSON_ERROR } from './sql/envelope-sql';

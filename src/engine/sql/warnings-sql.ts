/**
 * A quote's notices in SQL (`warnings` of a `--jsonl` line), in `quote`'s order and words: the
 * internal price's (`internal-explanation.ts`: floor, cap, unknown model, audio, the 720p rule),
 * the chosen card's (`vendor-cost.ts`, `vendor-duration.ts`: duration adjusted, tier), the
 * durations that differ, an approximate card, the package (`quote-vendor.ts`) and sources that
 * disagree. `vendor-unavailable` is left out, as `--jsonl` leaves it (the line says why).
 */
import type { SqlDialect } from './sql-dialect';
import type { PricedScales } from './priced-columns';
import { decimalText } from './sql-text';
import { sourcesDisagreeMessage } from './vendor-others-sql';

/** The content of a JSON string (no quotes) for any text. */
export const jsonInnerOf = (d: SqlDialect, text: string) => {
  const quoted = d.jsonString(text);
  return `substr(${quoted}, 2, length(${quoted}) - 2)`;
};

/** `message` is SQL text already escaped as JSON string content. */
function notice(d: SqlDialect, when: string, code: string, message: string): string {
  return `CASE WHEN ${when} THEN ${d.string(`,{"code":"${code}","message":"`)} || ${message} || '"}' ELSE '' END`;
}

export function warningsJson(d: SqlDialect, honorResolution: boolean, count: number, s: PricedScales): string {
  const charged = honorResolution ? 'requested' : 'billed';
  const t = (c: string) => `CAST(${c} AS ${d.textType})`;
  const lit = (text: string) => d.string(text);
  const formula = decimalText(d, `rounded_${charged}`, 2, 2);
  const priced = 'vendor_why IS NULL';
  const adjusted = `CASE WHEN offer_min IS NOT NULL
        THEN ${lit(' s is billed as its shortest, ')} || ${t('offer_min')}
        ELSE ${lit(' s is billed as the next offered duration up, ')} || ${t('vendor_seconds')} END`;
  const disagree = sourcesDisagreeMessage(d, count, s);
  const list = [
    notice(
      d,
      `clamp_${charged} = 'floor'`,
      'floor-applied',
      `${lit('The $')} || clamp_min_text || ${lit(' floor applies: the formula gives $')} || ${formula} || '.'`,
    ),
    notice(
      d,
      `clamp_${charged} = 'cap'`,
      'cap-applied',
      `${lit('The $')} || clamp_max_text || ${lit(' cap applies: the formula gives $')} || ${formula} || '.'`,
    ),
    notice(
      d,
      'NOT model_known',
      'unknown-model',
      `${lit('Model \\"')} || ${jsonInnerOf(d, 'model')} || ` +
        `${lit('\\" is not on the internal card: priced with the default multiplier ')} || unknown_model_text || '.'`,
    ),
    notice(
      d,
      'audio',
      'audio-not-charged',
      lit('Audio is not charged internally, but the vendor charges for it: a margin risk.'),
    ),
    ...(honorResolution
      ? []
      : [
          notice(
            d,
            'resolution <> billed_resolution',
            'resolution-not-honored',
            `${lit('Billing charges ')} || billed_resolution || ${lit(' whatever the request asks; ')} || resolution ` +
              `|| ${lit(' was requested.')}`,
          ),
        ]),
    notice(
      d,
      `${priced} AND (CASE WHEN offer_min IS NOT NULL THEN vendor_rounded < offer_min
        ELSE vendor_seconds <> vendor_rounded END)`,
      'vendor-duration-adjusted',
      `offer_words_json || ': ' || ${t('vendor_rounded')} || ${adjusted} || ' s'`,
    ),
    notice(
      d,
      `${priced} AND basis = 'per-second' AND vendor_tier <> resolution`,
      'vendor-tier',
      `${lit('The vendor bills ')} || mode || ${lit(' mode at its ')} || vendor_tier || ' tier (' || resolution ` +
        `|| ${lit(' requested).')}`,
    ),
    notice(
      d,
      `${priced} AND vendor_seconds <> internal_seconds`,
      'vendor-duration-differs',
      `${lit('The vendor bills ')} || ${t('vendor_seconds')} || ${lit(' s; the internal price bills ')} || ` +
        `${t('internal_seconds')} || ${lit(' s (rounded up).')}`,
    ),
    notice(
      d,
      `${priced} AND approximate`,
      'vendor-approximate',
      `vendor_title_json || ${lit(': an approximation, not the units Kling deducts.')}`,
    ),
    `CASE WHEN package_code IS NOT NULL AND (NOT package_when_priced OR ${priced}) THEN ` +
      `${lit(',{"code":"')} || package_code || ${lit('","message":"')} || package_message || '"}' ELSE '' END`,
    `coalesce(${lit(',{"code":"sources-disagree","message":"')} || ${disagree} || '"}', '')`,
  ];
  return `'[' || substr(${d.concat(list)}, 2) || ']'`;
}

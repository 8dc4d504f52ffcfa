/**
 * The customer-safe link: the request as the smallest envelope pricing reads (no prompt, no
 * URL), what was charged and when, and the videos' durations, compressed in the fragment; the
 * "As of" date in the query. Never Kling's units, never the raw paste.
 */
import { customerText, toCustomerEnvelope } from '../../engine';
import { compressToUrl } from '../../lib/url-compress';
import type { Explanation } from './explain-model';
import { toExplainSearch } from './explain-state';

export const CUSTOMER_PATH = '/explain/customer';

type Explained = Extract<Explanation, { kind: 'ok' }>;

/** The text of the customer explanation of one explained charge. */
export function customerTextOf(result: Explained): string {
  const { used } = result;
  return customerText(result.envelope, result.quote, result.set, {
    createdAt: used.createdAt.value,
    chargedUsd: used.chargedUsd.value,
    videoSeconds: used.videoSeconds.value ?? [],
  });
}

/** What the link carries, as the JSON the Explain screen reads (`readExplainInput`). */
export function customerPayload(result: Explained): string {
  const { used } = result;
  const videos = used.videoSeconds.value;
  return JSON.stringify({
    request: toCustomerEnvelope(result.envelope),
    ...(used.chargedUsd.value === null ? {} : { charged_usd: used.chargedUsd.value }),
    ...(used.createdAt.value === null ? {} : { created_at: used.createdAt.value.text }),
    ...(videos === null ? {} : { response: { task_result: { videos: videos.map((duration) => ({ duration })) } } }),
  });
}

/** The whole address of the customer page for this charge. */
export async function customerLink(result: Explained, origin: string): Promise<string> {
  const search = toExplainSearch({
    asOf: result.pricedOn.from === 'as-of' ? result.pricedOn.date : '',
    chargedUsd: '',
    createdAt: '',
    unitsDeducted: '',
    videoSeconds: '',
  });
  const packed = await compressToUrl(customerPayload(result));
  return `${origin}${CUSTOMER_PATH}${search === '?' ? '' : search}#e=${packed}`;
}

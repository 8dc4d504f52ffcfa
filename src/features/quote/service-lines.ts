/** Service lines of a quote in the URL: `svc=lip-sync~12~1` (id, seconds, count). */
import { ignoredParam } from '../../lib/url-params';

export interface ServiceLineInput {
  readonly serviceId: string;
  readonly duration: string;
  readonly count: string;
}

/** One line as the link carries it: id, seconds (optional), count (optional). */
export const SERVICE_PART = /^[a-z0-9-]{1,63}~(\d{1,4}(\.\d{1,3})?)?~(\d{1,7})?$/;

export function parseServiceLines(search: string): { lines: ServiceLineInput[]; ignored: string[] } {
  const lines: ServiceLineInput[] = [];
  const ignored: string[] = [];
  for (const raw of new URLSearchParams(search).getAll('svc').slice(0, 20)) {
    if (!SERVICE_PART.test(raw)) {
      ignored.push(ignoredParam('svc', raw));
      continue;
    }
    const [serviceId, duration, count] = raw.split('~');
    lines.push({ serviceId, duration, count });
  }
  return { lines, ignored };
}

export function toServiceParams(lines: readonly ServiceLineInput[]): string {
  return lines
    .map((l) => `&svc=${encodeURIComponent(`${l.serviceId}~${l.duration.trim()}~${l.count.trim()}`)}`)
    .join('');
}

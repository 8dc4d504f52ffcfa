/**
 * Fixture cards with two versions (SPEC §8), made from the shipped ones: the internal card
 * again from 2027-01-01 with kling-v3 at 1.5 (was 1.3), and Kling's official units again
 * from 2027-02-01 with Kling 3.0 silent 720p at 0.7 units a second (was 0.6). Never written
 * to `rate-cards/`: tests serve them (`stubFetchFromDisk`) or build a set of them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildCardSet, parseRateCardText, type CardSet, type RateCard } from '../../src/engine';

const dir = resolve(process.cwd(), 'rate-cards');
const shipped = (file: string) => JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Record<string, unknown>;

export const LATER_INTERNAL_FILE = 'internal.2027-01-01.json';
export const LATER_VENDOR_FILE = 'kling-official-units.2027-02-01.json';

export function laterInternalText(): string {
  const card = shipped('internal.2026-11-21.json');
  const multipliers = card.modelMultipliers as Record<string, string>;
  return JSON.stringify({ ...card, version: '2027-01-01', modelMultipliers: { ...multipliers, 'kling-v3': '1.5' } });
}

export function laterVendorText(): string {
  const card = shipped('kling-official-units.2026-09-20.json');
  const rows = (card.rows as Array<Record<string, unknown>>).map((row) =>
    row.id === 'v3-silent' ? { ...row, rates: { ...(row.rates as object), '720p': '0.7' } } : row,
  );
  return JSON.stringify({ ...card, version: '2027-02-01', rows });
}

/** `rate-cards/index.json` with these files added. */
export function indexWith(...files: string[]): string {
  const index = shipped('index.json') as { files: string[] };
  return JSON.stringify({ files: [...index.files, ...files] });
}

/** What `stubFetchFromDisk` serves for the shipped cards plus both later versions. */
export function servedWithLaterVersions(): Record<string, string> {
  return {
    'index.json': indexWith(LATER_INTERNAL_FILE, LATER_VENDOR_FILE),
    [LATER_INTERNAL_FILE]: laterInternalText(),
    [LATER_VENDOR_FILE]: laterVendorText(),
  };
}

function parsed(text: string, file: string): RateCard {
  const result = parseRateCardText(text, file);
  if (!result.ok) throw new Error(result.problems.map((p) => p.reason).join('; '));
  return result.card;
}

/** The shipped cards and both later versions, as one set (none in force: `cardsInForce` picks). */
export function versionedCards(): CardSet {
  const files = Object.entries(servedWithLaterVersions());
  const index = JSON.parse(files[0][1]) as { files: string[] };
  const served = Object.fromEntries(files);
  return buildCardSet(
    index.files.map((file) => parsed(served[file] ?? readFileSync(resolve(dir, file), 'utf8'), `rate-cards/${file}`)),
  );
}

/**
 * The shipped rate cards with a second version of the internal card: an older fixture
 * (2026-10-01) whose std rate is $0.04 a second. As a CardSet for engine tests, and as files
 * for tests that serve the app its rate cards (`stubFetchFromDisk(twoVersionsFiles())`).
 * Reads `rate-cards/` from the working directory, so it also works under jsdom.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCardSet, parseRateCardText, type CardSet, type RateCard } from '../../src/engine';

export const OLDER_VERSION = '2026-10-01';
const DIR = resolve(process.cwd(), 'rate-cards');
const SHIPPED_INTERNAL = 'internal.2026-11-21.json';
const OLDER_FILE = `internal.${OLDER_VERSION}.json`;

function olderInternalText(): string {
  const shipped = JSON.parse(readFileSync(join(DIR, SHIPPED_INTERNAL), 'utf8')) as Record<string, unknown>;
  const base = shipped.basePerSecondUsd as Record<string, string>;
  return JSON.stringify({ ...shipped, version: OLDER_VERSION, basePerSecondUsd: { ...base, std: '0.04' } });
}

/** Every shipped card, and the older internal card beside the shipped one. */
export function twoVersions(): CardSet {
  const texts = readdirSync(DIR)
    .filter((name) => name.endsWith('.json') && name !== 'index.json')
    .map((name) => [readFileSync(join(DIR, name), 'utf8'), `rate-cards/${name}`] as const);
  const cards: RateCard[] = [...texts, [olderInternalText(), `rate-cards/${OLDER_FILE}`] as const].map(
    ([text, file]) => {
      const parsed = parseRateCardText(text, file);
      if (!parsed.ok) throw new Error(`${file} refused`);
      return parsed.card;
    },
  );
  return buildCardSet(cards);
}

/** The shipped index with the older internal card's file added, and that file. */
export function twoVersionsFiles(): Record<string, string> {
  const index = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as { files: string[] };
  return {
    'index.json': JSON.stringify({ files: [...index.files, OLDER_FILE] }),
    [OLDER_FILE]: olderInternalText(),
  };
}

/**
 * Fixture cards with two versions of the internal card, for tests of dates and charges: the
 * shipped cards, plus an internal card of our own that takes effect on 2026-12-01 with higher
 * base prices (std $0.06 and pro $0.14 a second, instead of $0.05 and $0.12). The shipped
 * `rate-cards/` never change; a browser test serves this card beside them (`NEXT_INTERNAL_FILE`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCardSet, cardsInForce, parseRateCardText, type CardSet, type RateCard } from '../../src/engine';

// Tests run from the repository root (jsdom gives modules no file: URL to resolve from).
const RATE_CARDS_DIR = resolve(process.cwd(), 'rate-cards');

export const NEXT_INTERNAL_DATE = '2026-12-01';
export const NEXT_INTERNAL_FILE = `internal.${NEXT_INTERNAL_DATE}.json`;

/** The second version of the internal card, as the text of its file. */
export function nextInternalCardText(): string {
  const shipped = JSON.parse(readFileSync(join(RATE_CARDS_DIR, 'internal.2026-11-21.json'), 'utf8')) as object;
  return JSON.stringify(
    {
      ...shipped,
      version: NEXT_INTERNAL_DATE,
      title: 'Internal price (test fixture: higher base prices)',
      basePerSecondUsd: { std: '0.06', pro: '0.14' },
    },
    null,
    2,
  );
}

/** The shipped `index.json` with the second internal card's file added. */
export function indexWithNextInternal(): string {
  const index = JSON.parse(readFileSync(join(RATE_CARDS_DIR, 'index.json'), 'utf8')) as { files: string[] };
  return JSON.stringify({ files: [...index.files, NEXT_INTERNAL_FILE] });
}

function cardsOf(parsed: ReturnType<typeof parseRateCardText>[]): RateCard[] {
  return parsed.map((p) => {
    if (!p.ok) throw new Error(`fixture card refused: ${JSON.stringify(p.problems)}`);
    return p.card;
  });
}

/** Every shipped card and the second internal version; in force on `asOf` when given. */
export function twoInternalVersions(asOf?: string): CardSet {
  const next = parseRateCardText(nextInternalCardText(), `rate-cards/${NEXT_INTERNAL_FILE}`);
  const shipped = readdirSync(RATE_CARDS_DIR)
    .filter((name) => name.endsWith('.json') && name !== 'index.json')
    .map((name) => parseRateCardText(readFileSync(join(RATE_CARDS_DIR, name), 'utf8'), `rate-cards/${name}`));
  const set = buildCardSet(cardsOf([...shipped, next]));
  return asOf ? cardsInForce(set, asOf) : set;
}

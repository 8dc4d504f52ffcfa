/** Reads and validates every card in `rate-cards/` from disk, for the command line. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCardSet, formatCardProblems, parseRateCardText, type CardSet, type RateCard } from '../engine';

const RATE_CARDS_DIR = resolve(fileURLToPath(new URL('../../rate-cards', import.meta.url)));

/** Every card file, parsed. Index and non-JSON files are skipped. */
function readCardFiles(dir = RATE_CARDS_DIR) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'index.json')
    .sort()
    .map((name) => parseRateCardText(readFileSync(join(dir, name), 'utf8'), `rate-cards/${name}`));
}

export type LoadedCards = { ok: true; set: CardSet } | { ok: false; problems: string[] };

/** All cards, or every problem found: a card that fails its schema stops the command line. */
export function loadCardSet(dir = RATE_CARDS_DIR): LoadedCards {
  const parsed = readCardFiles(dir);
  const problems = parsed.flatMap(formatCardProblems);
  if (problems.length > 0) return { ok: false, problems };
  const cards: RateCard[] = parsed.flatMap((p) => (p.ok ? [p.card] : []));
  return { ok: true, set: buildCardSet(cards) };
}

/** What a command says on stderr when a card was refused (it then exits with 2). */
export function refusedCardsText(problems: readonly string[]): string {
  return `error: a rate card was refused:\n${problems.map((p) => `  ${p}`).join('\n')}\n`;
}

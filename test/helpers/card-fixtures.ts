/**
 * Rate cards for tests of dates (SPEC §8): the shipped cards plus versions made here from them.
 * Never written to `rate-cards/`. Reads the shipped files from the working directory, so it also
 * works under jsdom; the same fixtures serve engine tests (a CardSet), Testing Library tests
 * (`stubFetchFromDisk(served…)`) and the browser (routed requests).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCardSet, parseRateCardText, type CardSet, type RateCard } from '../../src/engine';

const DIR = resolve(process.cwd(), 'rate-cards');

export interface FixtureFile {
  readonly file: string;
  readonly text: string;
}

/** A shipped card file, as JSON. */
export function shippedCardJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
}

/** Another version of a shipped card: dated `version`, its fields changed by `change`. */
export function cardVersion(
  shippedFile: string,
  version: string,
  change: (card: Record<string, unknown>) => Record<string, unknown>,
): FixtureFile {
  const card = shippedCardJson(shippedFile);
  return { file: `${String(card.id)}.${version}.json`, text: JSON.stringify({ ...card, ...change(card), version }) };
}

/** What the app would fetch: `index.json` with the fixtures' files added, and those files. */
export function servedWith(...fixtures: readonly FixtureFile[]): Record<string, string> {
  const index = shippedCardJson('index.json') as { files: string[] };
  return {
    'index.json': JSON.stringify({ files: [...index.files, ...fixtures.map((f) => f.file)] }),
    ...Object.fromEntries(fixtures.map((f) => [f.file, f.text])),
  };
}

function parsed(text: string, file: string): RateCard {
  const result = parseRateCardText(text, `rate-cards/${file}`);
  if (!result.ok) throw new Error(`fixture card ${file} refused: ${JSON.stringify(result.problems)}`);
  return result.card;
}

/** Every shipped card and the fixtures, every version loaded (none picked by date: `cardsInForce` does). */
export function cardSetWith(...fixtures: readonly FixtureFile[]): CardSet {
  const shipped = readdirSync(DIR)
    .filter((name) => name.endsWith('.json') && name !== 'index.json')
    .sort()
    .map((name) => parsed(readFileSync(join(DIR, name), 'utf8'), name));
  return buildCardSet([...shipped, ...fixtures.map((f) => parsed(f.text, f.file))]);
}

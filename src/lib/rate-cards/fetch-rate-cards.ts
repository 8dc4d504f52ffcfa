/**
 * Loads every rate card over HTTP (SPEC §5): the index, then each file, each checked by the
 * one schema. A card that fails is reported by name and path; the others keep working.
 */
import {
  buildCardSet,
  CardIndexSchema,
  formatIssuePath,
  parseRateCardText,
  type CardProblem,
  type CardSet,
  type RateCard,
} from '../../engine';

export interface LoadedRateCards {
  readonly set: CardSet;
  /** Cards that were refused, with the file, the path inside it and the reason. */
  readonly problems: readonly CardProblem[];
}

export type FetchText = (path: string) => Promise<string>;

export const RATE_CARDS_BASE = '/rate-cards/';

/**
 * Reads a same-origin file as text; a non-2xx answer is an error naming the file. A plain GET,
 * so that the page's preload of the same file (vite-rate-cards.ts) answers it.
 */
export const fetchText: FetchText = async (path) => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
};

export async function fetchRateCards(read: FetchText = fetchText, base = RATE_CARDS_BASE): Promise<LoadedRateCards> {
  const indexPath = `${base}index.json`;
  let indexJson: unknown;
  try {
    indexJson = JSON.parse(await read(indexPath));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The rate-card index ${indexPath} could not be read: ${reason}`);
  }
  const index = CardIndexSchema.safeParse(indexJson);
  if (!index.success) {
    const issue = index.error.issues[0];
    const where = formatIssuePath(issue.path) || 'files';
    throw new Error(`The rate-card index ${indexPath} is invalid: ${where}: ${issue.message}`);
  }
  const results = await Promise.all(
    index.data.files.map(async (file) => {
      const path = `${base}${file}`;
      try {
        return parseRateCardText(await read(path), `rate-cards/${file}`);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
          ok: false as const,
          file: `rate-cards/${file}`,
          problems: [
            { file: `rate-cards/${file}`, path: '(the whole file)', reason: `could not be loaded: ${reason}` },
          ],
        };
      }
    }),
  );
  const cards: RateCard[] = [];
  const problems: CardProblem[] = [];
  for (const result of results) {
    if (result.ok) cards.push(result.card);
    else problems.push(...result.problems);
  }
  return { set: buildCardSet(cards), problems };
}

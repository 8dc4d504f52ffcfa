/**
 * Loads every rate card over HTTP (SPEC §5): the index, then each file, each checked by the
 * one schema. A card that fails is reported by name and path; the others keep working. The
 * same reading, from texts already at hand (the build's copy in the page), is `rateCardsFromTexts`.
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

/** Each file's text by the path it is fetched from, or why it could not be. */
export type CardTexts = Readonly<Record<string, string | Error>>;

export const RATE_CARDS_BASE = '/rate-cards/';

/** Reads a same-origin file as text; a non-2xx answer is an error naming the file. */
export const fetchText: FetchText = async (path) => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
};

/** The files the index lists; throws, naming the index, when it cannot be read. */
function listedFiles(texts: CardTexts, base: string): readonly string[] {
  const indexPath = `${base}index.json`;
  let indexJson: unknown;
  try {
    const text = texts[indexPath] ?? new Error('not in the page');
    if (typeof text !== 'string') throw text;
    indexJson = JSON.parse(text);
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
  return index.data.files;
}

/**
 * The cards from their texts (what the build put in the page, or what was fetched), at once.
 * A listed file that is missing or failed is refused with the reason; the index failing throws.
 */
export function rateCardsFromTexts(texts: CardTexts, base = RATE_CARDS_BASE): LoadedRateCards {
  const cards: RateCard[] = [];
  const problems: CardProblem[] = [];
  for (const file of listedFiles(texts, base)) {
    const text = texts[`${base}${file}`] ?? new Error('not in the page');
    const result =
      typeof text === 'string'
        ? parseRateCardText(text, `rate-cards/${file}`)
        : {
            ok: false as const,
            problems: [
              { file: `rate-cards/${file}`, path: '(the whole file)', reason: `could not be loaded: ${text.message}` },
            ],
          };
    if (result.ok) cards.push(result.card);
    else problems.push(...result.problems);
  }
  return { set: buildCardSet(cards), problems };
}

/**
 * Fetches the index, then every file it lists at once: each text, or why it could not be fetched.
 * Throws when the index cannot be read.
 */
export async function fetchCardTexts(read: FetchText = fetchText, base = RATE_CARDS_BASE): Promise<CardTexts> {
  const texts: Record<string, string | Error> = {};
  const get = async (path: string) => {
    texts[path] = await read(path).catch((error: unknown) =>
      error instanceof Error ? error : new Error(String(error)),
    );
  };
  await get(`${base}index.json`);
  await Promise.all(listedFiles(texts, base).map((file) => get(`${base}${file}`)));
  return texts;
}

export async function fetchRateCards(read: FetchText = fetchText, base = RATE_CARDS_BASE): Promise<LoadedRateCards> {
  return rateCardsFromTexts(await fetchCardTexts(read, base), base);
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCardSet } from '../src/cli/load-cards';
import { CardIndexSchema, formatCardProblems, parseRateCardText } from '../src/engine';

// A card as the loaders meet it: file text, here written from JSON the test has broken.
const parseCardJson = (json: unknown, file: string) => parseRateCardText(JSON.stringify(json), file);

// Tests run from the repository root.
const RATE_CARDS_DIR = join(process.cwd(), 'rate-cards');
const files = readdirSync(RATE_CARDS_DIR).filter((f) => f.endsWith('.json') && f !== 'index.json');

describe('rate-cards/', () => {
  it.each(files)('%s parses against the one schema', (file) => {
    const parsed = parseRateCardText(readFileSync(join(RATE_CARDS_DIR, file), 'utf8'), file);
    expect(formatCardProblems(parsed)).toEqual([]);
    if (parsed.ok) {
      expect(file).toBe(`${parsed.card.id}.${parsed.card.version}.json`);
      expect(parsed.card.source.length).toBeGreaterThan(10);
      expect(parsed.card.currency).toBe('USD');
    }
  });

  it('index.json lists exactly the card files, for the browser', () => {
    const index = CardIndexSchema.parse(JSON.parse(readFileSync(join(RATE_CARDS_DIR, 'index.json'), 'utf8')));
    expect([...index.files].sort()).toEqual([...files].sort());
  });

  it('has every card SPEC §3.1 names', () => {
    // As the command line loads them (the newest version of each id).
    const loaded = loadCardSet();
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const kinds = ['internal', 'vendor', 'packages', 'services'] as const;
    const ids = kinds.flatMap((kind) => loaded.set[kind].map((card) => `${kind}:${card.id}`));
    expect(ids.sort()).toEqual([
      'internal:internal',
      'packages:kling-packages',
      'packages:seed-004-credit-packages',
      'services:kling-services',
      'vendor:kling-official-units',
      'vendor:seed-002-usd',
      'vendor:seed-004-app-credits',
    ]);
  });
});

describe('a card that fails the schema is refused with the file, the path and the reason', () => {
  const official = JSON.parse(readFileSync(join(RATE_CARDS_DIR, 'kling-official-units.2026-09-20.json'), 'utf8'));

  it('names a bad rate deep in a row', () => {
    const broken = structuredClone(official);
    broken.rows[3].rates['1080p'] = 0.8;
    const parsed = parseCardJson(broken, 'rate-cards/broken.json');
    expect(parsed.ok).toBe(false);
    expect(formatCardProblems(parsed)[0]).toMatch(/^rate-cards\/broken\.json: rows\[3\]\.rates\.1080p: .+/);
  });

  it('names a missing field and an unknown one', () => {
    const broken = structuredClone(official);
    delete broken.version;
    broken.colour = 'blue';
    const lines = formatCardProblems(parseCardJson(broken, 'x.json'));
    expect(lines.some((l) => l.startsWith('x.json: version: '))).toBe(true);
    expect(lines.some((l) => l.includes('colour'))).toBe(true);
  });

  it('refuses a package whose unit price does not match its price', () => {
    const packages = JSON.parse(readFileSync(join(RATE_CARDS_DIR, 'kling-packages.2026-11-21.json'), 'utf8'));
    packages.packages[4].unitPriceUsd = '0.125';
    expect(formatCardProblems(parseCardJson(packages, 'p.json'))).toEqual([
      'p.json: packages[4].unitPriceUsd: unitPriceUsd × units must equal priceUsd exactly',
    ]);
  });

  it('refuses malformed JSON with the reason', () => {
    expect(formatCardProblems(parseRateCardText('{"kind": "internal",', 'bad.json'))[0]).toMatch(
      /^bad\.json: \(the whole file\): not valid JSON: /,
    );
  });

  it('refuses an unknown kind and a money value written as a float', () => {
    expect(parseCardJson({ ...official, kind: 'other' }, 'k.json').ok).toBe(false);
    const internal = JSON.parse(readFileSync(join(RATE_CARDS_DIR, 'internal.2026-11-21.json'), 'utf8'));
    internal.basePerSecondUsd.std = 0.05;
    expect(formatCardProblems(parseCardJson(internal, 'i.json'))[0]).toBe(
      'i.json: basePerSecondUsd.std: must be a decimal number written as text, such as "0.05"',
    );
  });
});

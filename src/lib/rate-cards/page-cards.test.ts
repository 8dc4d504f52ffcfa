import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { pageRateCards, readPageCards, revalidateRateCards } from './page-cards';
import { createRateCardsStore } from './rate-cards-store';

const dir = resolve(process.cwd(), 'rate-cards');
const listed = (JSON.parse(readFileSync(resolve(dir, 'index.json'), 'utf8')) as { files: string[] }).files;
const texts: Record<string, string> = Object.fromEntries(
  ['index.json', ...listed].map((file) => [`/rate-cards/${file}`, readFileSync(resolve(dir, file), 'utf8')]),
);
const page: Parameters<typeof pageRateCards>[0] = { path: '/', builtOn: '2026-11-30', texts };

/** Answers from `served`, counting the reads. */
function server(served: Record<string, string | null>) {
  return vi.fn(async (path: string) => {
    const text = served[path];
    if (text === null || text === undefined) throw new Error(`${path}: HTTP 404`);
    return text;
  });
}

describe("the page's copy of the cards", () => {
  it('reads what the build wrote, and nothing else', () => {
    expect(readPageCards(JSON.stringify(page))).toEqual(page);
    expect(readPageCards(null)).toBeNull();
    expect(readPageCards('{"path":"/"}')).toBeNull();
    expect(readPageCards('{not json')).toBeNull();
    expect(readPageCards(JSON.stringify({ ...page, texts: { '/rate-cards/index.json': 1 } }))).toBeNull();
  });

  it('gives the same cards as fetching them', async () => {
    const loaded = pageRateCards(page);
    const store = createRateCardsStore(undefined, 0);
    await revalidateRateCards(store, { ...page, texts: {} }, server(texts));
    const fetched = store.get();
    expect(fetched.status).toBe('ok');
    if (fetched.status === 'ok') expect(fetched.data).toEqual(loaded);
    expect(loaded?.problems).toEqual([]);
  });

  it('is no copy when its index cannot be read, and names a listed file it lacks', () => {
    expect(pageRateCards({ ...page, texts: { ...texts, '/rate-cards/index.json': '{' } })).toBeNull();
    const rest = Object.fromEntries(Object.entries(texts).filter(([path]) => path !== `/rate-cards/${listed[0]}`));
    expect(pageRateCards({ ...page, texts: rest })?.problems[0]).toMatchObject({
      file: `rate-cards/${listed[0]}`,
      reason: 'could not be loaded: not in the page',
    });
  });
});

describe('fetching the cards again', () => {
  it('keeps the copy when every text is the same', async () => {
    const store = createRateCardsStore(undefined, 0);
    const set = vi.spyOn(store, 'set');
    const read = server(texts);
    expect(await revalidateRateCards(store, page, read)).toBe(false);
    expect(read).toHaveBeenCalledTimes(listed.length + 1);
    expect(set).not.toHaveBeenCalled();
  });

  it('takes the fetched cards when a text differs, or a file is added', async () => {
    const store = createRateCardsStore(undefined, 0);
    const changed = `${texts[`/rate-cards/${listed[0]}`]}\n`;
    expect(await revalidateRateCards(store, page, server({ ...texts, [`/rate-cards/${listed[0]}`]: changed }))).toBe(
      true,
    );
    expect(store.get().status).toBe('ok');
    const fewer = JSON.stringify({ files: listed.slice(1) });
    expect(await revalidateRateCards(store, page, server({ ...texts, '/rate-cards/index.json': fewer }))).toBe(true);
  });

  it('keeps the copy when a file or the index cannot be fetched', async () => {
    const store = createRateCardsStore(undefined, 0);
    const set = vi.spyOn(store, 'set');
    expect(await revalidateRateCards(store, page, server({ ...texts, [`/rate-cards/${listed[1]}`]: null }))).toBe(
      false,
    );
    expect(await revalidateRateCards(store, page, server({}))).toBe(false);
    expect(set).not.toHaveBeenCalled();
  });
});

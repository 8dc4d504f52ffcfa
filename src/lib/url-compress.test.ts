import { describe, expect, it } from 'vitest';
import { compressToUrl, decompressFromUrl } from './url-compress';

describe('envelopes in links', () => {
  it('round-trips text, unicode included, in URL-safe characters', async () => {
    const text = JSON.stringify({ model_name: 'kling-video-o1', prompt: 'Ein glänzender Werbespot → 🎬', duration: 8 });
    const packed = await compressToUrl(text);
    expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decompressFromUrl(packed)).toEqual({ ok: true, text });
  });

  it('compresses a large envelope', async () => {
    const text = JSON.stringify({ model_name: 'kling-v3', duration: 5, prompt: 'a cat '.repeat(2000) });
    expect((await compressToUrl(text)).length).toBeLessThan(text.length / 10);
  });

  it('refuses a tampered link with a reason', async () => {
    expect(await decompressFromUrl('!!!')).toMatchObject({ ok: false, error: expect.stringMatching(/^The link's envelope could not be read: /) });
    expect(await decompressFromUrl('AAAA')).toMatchObject({ ok: false });
  });

  it('refuses a link that expands past 1 MB (a zip bomb)', async () => {
    const packed = await compressToUrl('0'.repeat(3_000_000));
    expect(await decompressFromUrl(packed)).toEqual({ ok: false, error: "The link's envelope could not be read: the link expands to more than 1 MB." });
  });
});

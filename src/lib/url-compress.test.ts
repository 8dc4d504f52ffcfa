import { describe, expect, it } from 'vitest';
import { compressToUrl, decompressFromUrl } from './url-compress';

describe('envelopes in links', () => {
  it('round-trips text, unicode included, in URL-safe characters', async () => {
    const prompt = 'Ein glänzender Werbespot → 🎬';
    const text = JSON.stringify({ model_name: 'kling-video-o1', prompt, duration: 8 });
    const packed = await compressToUrl(text);
    expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decompressFromUrl(packed)).toEqual({ ok: true, text });
  });

  it('compresses a large envelope', async () => {
    const text = JSON.stringify({ model_name: 'kling-v3', duration: 5, prompt: 'a cat '.repeat(2000) });
    expect((await compressToUrl(text)).length).toBeLessThan(text.length / 10);
  });

  // Each would otherwise surface the browser's own words.
  it.each([
    ['characters a link never has', '!!!'],
    ['a stream cut short ("unexpected end of file")', 'AAAA'],
    ['a stored block whose lengths disagree ("invalid stored block lengths")', 'AQUAAAA'],
    ['a block of no type ("invalid block type")', 'BwA'],
    ['bytes that are not UTF-8 (a TextDecoder error)', '-__vLwA'],
  ])('calls a link damaged for %s, without the raw error', async (_, packed) => {
    expect(await decompressFromUrl(packed)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('refuses a link that expands past 1 MB (a zip bomb)', async () => {
    const packed = await compressToUrl('0'.repeat(3_000_000));
    expect(await decompressFromUrl(packed)).toEqual({ ok: false, reason: 'too-large' });
  });
});

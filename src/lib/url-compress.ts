/**
 * Text ⇄ a compact URL-safe string (deflate-raw + base64url), with the browser's own
 * CompressionStream: no dependency. Decompression is bounded, so a tampered link cannot
 * expand into gigabytes.
 */
const MAX_EXPANDED = 1_000_000;

/** Why a link's text could not be read: the caller names what was lost, in its own words. */
export type UnreadableLink = 'damaged' | 'too-large';

class TooLarge extends Error {}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

export async function compressToUrl(text: string): Promise<string> {
  const stream = streamOf(new TextEncoder().encode(text)).pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(await readAll(stream, Number.POSITIVE_INFINITY));
}

/**
 * The text, or why it cannot be read. The browser's own errors ("invalid stored block lengths",
 * "incorrect header check", a TextDecoder error) mean nothing to people, so none is passed on.
 */
export async function decompressFromUrl(
  packed: string,
): Promise<{ ok: true; text: string } | { ok: false; reason: UnreadableLink }> {
  try {
    // Characters a link of this app never has.
    if (!/^[A-Za-z0-9_-]*$/.test(packed)) return { ok: false, reason: 'damaged' };
    const stream = streamOf(fromBase64Url(packed)).pipeThrough(new DecompressionStream('deflate-raw'));
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(await readAll(stream, MAX_EXPANDED)) };
  } catch (error) {
    return { ok: false, reason: error instanceof TooLarge ? 'too-large' : 'damaged' };
  }
}

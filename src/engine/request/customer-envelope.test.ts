import { describe, expect, it } from 'vitest';
import { toCustomerEnvelope } from './customer-envelope';
import { parseEnvelope, type NormalizedEnvelope } from './envelope';

function parsed(envelope: unknown): NormalizedEnvelope {
  const read = parseEnvelope(envelope);
  if (!read.ok) throw new Error(read.error);
  return read;
}

describe('the envelope a customer-safe link carries', () => {
  it.each([
    [{ model_name: 'kling-v3', duration: 5 }],
    [{ model_name: 'kling-video-o1', mode: 'pro', duration: '7.2', image: 'https://x/a.jpg', video: 'https://x/s' }],
    [{ model_name: 'kling-v3', duration: 5, image: 'a', image_tail: 'b', resolution: '1080p', generate_audio: true }],
    [{ model_name: 'kling-v3', duration: 5, input_type: 'chisel', image_list: [{ image_url: 'a' }] }],
    [{ model_name: 'kling-v3', duration: 5, image_list: Array(1000).fill('x'), image: 'a', image_tail: 'b' }],
    [{ model_name: 'kling-v3', duration: 5, video_list: Array(1000).fill('x'), video: 'a', video_url: 'b' }],
  ])('reads back to the same request, references and audio: %#', (envelope) => {
    const original = parsed(envelope);
    const again = parsed(toCustomerEnvelope(original));
    expect(again.request).toEqual(original.request);
    expect([again.stills, again.videos, again.derivation]).toEqual([
      original.stills,
      original.videos,
      original.derivation,
    ]);
    expect(again.audioFrom !== null).toBe(original.audioFrom !== null);
  });

  it('carries no prompt, no URL and no field pricing does not read', () => {
    const envelope = {
      model_name: 'kling-video-o1',
      duration: 5,
      prompt: 'secret',
      image: 'https://example.com/private.jpg',
      user_id: 42,
    };
    expect(toCustomerEnvelope(parsed(envelope))).toEqual({
      model_name: 'kling-video-o1',
      mode: 'std',
      duration: 5,
      resolution: '720p',
      image_list: ['image 1'],
    });
  });
});

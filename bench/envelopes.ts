/** Deterministic, varied request envelopes for benchmarks (a small PRNG, no dependency). */
const MODELS = [
  'kling-v3',
  'kling-video-o1',
  'kling-v2-6',
  'kling-v2-5-turbo',
  'kling-v1-6',
  'kling-v3-omni',
  'some-future-model',
];
const RESOLUTIONS = ['480p', '720p', '1080p', '4k', undefined];

export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Durations as persisted envelopes carry them: mostly Kling's own values ("5", "10", 3–15 s),
 * and a tenth fractional (0.1–30 s, as some front ends send them).
 */
function duration(random: () => number, pick: <T>(list: readonly T[]) => T): number | string {
  const r = random();
  if (r < 0.45) return pick(['5', '10', 5, 10]);
  if (r < 0.85) return 3 + Math.floor(random() * 13);
  return (1 + Math.floor(random() * 300)) / 10;
}

export function randomEnvelope(random: () => number): Record<string, unknown> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const envelope: Record<string, unknown> = {
    model_name: pick(MODELS),
    prompt: 'A neon-lit drive through a rainy cyberpunk city',
    aspect_ratio: '16:9',
    cfg_scale: 0.5,
    mode: pick(['std', 'pro', undefined]),
    duration: duration(random, pick),
  };
  const resolution = pick(RESOLUTIONS);
  if (resolution) envelope.resolution = resolution;
  const refs = random();
  if (refs < 0.2) envelope.image = 'https://example.com/a.png';
  else if (refs < 0.35)
    Object.assign(envelope, { image: 'https://example.com/a.png', image_tail: 'https://example.com/b.png' });
  else if (refs < 0.5) envelope.video = 'https://example.com/s.mp4';
  else if (refs < 0.6) envelope.image_list = [{ image_url: 'https://example.com/a.png', type: 'first_frame' }];
  else if (refs < 0.65) envelope.input_type = 'chisel';
  if (random() < 0.3) envelope[pick(['sound', 'generateAudio', 'generate_audio'])] = random() < 0.5 ? 'on' : true;
  return envelope;
}

/** Every model a loaded card names, a few unknown ones, spread evenly. */
const ALL_MODELS = [
  'kling-v3',
  'kling-v3-omni',
  'kling-video-o1',
  'kling-v2-6',
  'kling-v2-5-turbo',
  'kling-v2-1',
  'kling-v1-6',
  'kling-v1-5',
  'kling-v1',
  'kling-v2-master',
  'kling-v2-1-master',
  'kling-v3-motion-control',
  'kling-v2-6-motion-control',
  'kling-v1-6-multi-elements',
  'future-model-a',
  'future-model-b',
];

/** Every input shape of SPEC §2.1, as an envelope carries it. */
const SHAPES: ReadonlyArray<Record<string, unknown>> = [
  {},
  { image: 'https://example.com/a.png' },
  { image: 'https://example.com/a.png', image_tail: 'https://example.com/b.png' },
  { image_list: [{ image_url: 'https://example.com/a.png', type: 'first_frame' }, 'https://example.com/b.png'] },
  { video: 'https://example.com/s.mp4' },
  { video_url: 'https://example.com/s.mp4', image: 'https://example.com/a.png' },
  { video_list: [{ video_url: 'https://example.com/s.mp4', refer_type: 'base' }] },
  { input_type: 'chisel' },
  { image: '', image_list: [], video: null },
];

/**
 * A corpus where no two requests are alike (SPEC §7): line `i` has a duration of its own,
 * fractional (0.001–3600 s, a string or a number), and walks through every model, mode,
 * resolution, input shape and audio flag, so that no memo can help.
 */
export function distinctEnvelope(random: () => number, i: number): Record<string, unknown> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const seconds = (((i * 7919) % 3_599_999) + 1) / 1000;
  return {
    model_name: ALL_MODELS[i % ALL_MODELS.length],
    prompt: 'A neon-lit drive through a rainy cyberpunk city',
    mode: pick(['std', 'pro', undefined]),
    duration: random() < 0.5 ? String(seconds) : seconds,
    ...(random() < 0.8 ? { resolution: pick(['480p', '720p', '1080p', '4k']) } : {}),
    ...SHAPES[Math.floor(i / ALL_MODELS.length) % SHAPES.length],
    ...(random() < 0.4 ? { [pick(['sound', 'generateAudio', 'generate_audio'])]: random() < 0.5 ? 'on' : true } : {}),
  };
}

/**
 * Distinct requests as clips are asked for: like `distinctEnvelope` (every model, mode,
 * resolution, input shape and audio flag, a duration of its own to the microsecond, no two
 * lines alike), but 1–15 s long, as Kling offers them, instead of up to an hour.
 */
export function clipEnvelope(random: () => number, i: number): Record<string, unknown> {
  const seconds = (((i * 7919) % 14_000_000) + 1_000_000) / 1_000_000;
  return { ...distinctEnvelope(random, i), duration: random() < 0.5 ? String(seconds) : seconds };
}

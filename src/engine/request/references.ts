/** What an envelope carries besides its settings: stills, source videos, and the field asking for audio. */
import type { EnvelopeFields } from './envelope';

type Envelope = EnvelopeFields;

const isPresent = (s: unknown): boolean => typeof s === 'string' && s.trim() !== '';

export function countStills(env: Envelope): number {
  let n = (isPresent(env.image) ? 1 : 0) + (isPresent(env.image_tail) ? 1 : 0);
  for (const entry of env.image_list ?? []) {
    if (typeof entry === 'string') n += isPresent(entry) ? 1 : 0;
    else if (entry !== null && (isPresent(entry.image) || isPresent(entry.image_url))) n += 1;
  }
  return n;
}

export function countVideos(env: Envelope): number {
  let n = (isPresent(env.video) ? 1 : 0) + (isPresent(env.video_url) ? 1 : 0);
  for (const entry of env.video_list ?? []) {
    if (typeof entry === 'string') n += isPresent(entry) ? 1 : 0;
    else if (entry !== null && (isPresent(entry.video_url) || isPresent(entry.video))) n += 1;
  }
  return n;
}

export function audioField(env: Record<string, unknown>): string | null {
  const sound = env.sound;
  if (typeof sound === 'string' && sound.trim().toLowerCase() === 'on') return 'sound';
  if (env.generateAudio === true) return 'generateAudio';
  if (env.generate_audio === true) return 'generate_audio';
  return null;
}

/**
 * The smallest envelope that reads back to the same request, stills, source videos and audio:
 * what a customer-safe link carries. No prompt, no URL, no field pricing does not read.
 */
import { MAX_LIST_ENTRIES } from './accepted-fields';
import type { NormalizedEnvelope } from './envelope';

const placeholders = (n: number, what: string) => Array.from({ length: n }, (_, i) => `${what} ${i + 1}`);

export function toCustomerEnvelope(envelope: NormalizedEnvelope): Record<string, unknown> {
  const r = envelope.request;
  const stills = Math.min(envelope.stills, MAX_LIST_ENTRIES);
  const videos = Math.min(envelope.videos, MAX_LIST_ENTRIES);
  // Past a list's limit, the single fields carry the rest (image and image_tail, video and video_url).
  const moreStills = envelope.stills - stills;
  const moreVideos = envelope.videos - videos;
  return {
    model_name: r.model,
    mode: r.mode,
    duration: r.durationSeconds,
    resolution: r.resolution,
    ...(envelope.derivation.rule === 1 ? { input_type: r.inputType } : {}),
    ...(stills > 0 ? { image_list: placeholders(stills, 'image') } : {}),
    ...(moreStills > 0 ? { image: 'image' } : {}),
    ...(moreStills > 1 ? { image_tail: 'image tail' } : {}),
    ...(videos > 0 ? { video_list: placeholders(videos, 'video') } : {}),
    ...(moreVideos > 0 ? { video: 'video' } : {}),
    ...(moreVideos > 1 ? { video_url: 'video url' } : {}),
    ...(r.audio ? { sound: 'on' } : {}),
  };
}

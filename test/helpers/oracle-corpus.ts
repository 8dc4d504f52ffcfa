/**
 * The oracle corpus: ten thousand varied envelopes (every input shape, fractional and string
 * durations, modes and resolutions absent or empty, audio fields) and a few malformed lines,
 * with what SPEC §2.1 says each one is. Deterministic: the same lines on every run.
 */
import { createRandom } from '../../bench/envelopes';

/** Models with a multiplier on the internal card (hundredths), and the others the corpus uses. */
export const MODEL: Record<string, bigint> = {
  'kling-v2-5-turbo': 100n,
  'kling-v1-6': 100n,
  'kling-v2-6': 100n,
  'kling-v3': 130n,
  'kling-video-o1': 180n,
};
const MODELS = [...Object.keys(MODEL), 'kling-v3-omni', 'kling-v1', 'some-future-model', 'Kling-V3'];

export interface Case {
  envelope: Record<string, unknown>;
  inputType: string;
  seconds: number;
  mode: string;
  resolution: string;
  model: string;
}

export function generate(count: number): Case[] {
  const random = createRandom(20261121);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const cases: Case[] = [];
  for (let i = 0; i < count; i += 1) {
    const model = pick(MODELS);
    const modeChoice = pick(['std', 'pro', undefined, null, '']);
    const mode = modeChoice === 'pro' ? 'pro' : 'std';
    const resChoice = pick(['480p', '720p', '1080p', '4k', undefined, '']);
    const resolution = resChoice ? resChoice : '720p';
    const durationKind = random();
    let duration: number | string;
    let value: number;
    if (durationKind < 0.3) value = pick([5, 10]);
    else if (durationKind < 0.6) value = 1 + Math.floor(random() * 30);
    else if (durationKind < 0.85) value = Math.round(random() * 300) / 10 + 0.05;
    else value = 1 + Math.floor(random() * 3600);
    if (value > 3600) value = 3600;
    duration = random() < 0.3 ? String(value) : value;
    if (typeof duration === 'string' && !/^\d+(\.\d+)?$/.test(duration)) duration = value;
    const envelope: Record<string, unknown> = { model_name: model, prompt: `clip ${i}`, duration, cfg_scale: 0.5 };
    if (modeChoice !== undefined) envelope.mode = modeChoice;
    if (resChoice !== undefined) envelope.resolution = resChoice;
    const shape = Math.floor(random() * 18);
    let inputType: string;
    switch (shape) {
      case 0:
        inputType = 'text';
        break;
      case 1:
        Object.assign(envelope, { image: '', image_tail: null, image_list: [], video_list: [] });
        inputType = 'text';
        break;
      case 2:
        envelope.image = 'https://example.com/a.png';
        inputType = 'image';
        break;
      case 3:
        envelope.image_list = ['https://example.com/a.png'];
        inputType = 'image';
        break;
      case 4:
        envelope.image_list = [{ image_url: 'a', type: 'first_frame' }, { image_url: '' }];
        inputType = 'image';
        break;
      case 5:
        Object.assign(envelope, { image: 'a', image_tail: 'b' });
        inputType = 'multi-image';
        break;
      case 6:
        envelope.image_list = [{ image: 'a' }, { image: 'b' }, 'c'];
        inputType = 'multi-image';
        break;
      case 7:
        Object.assign(envelope, { image: 'a', image_list: [{ image_url: 'b', type: 'end_frame' }] });
        inputType = 'multi-image';
        break;
      case 8:
        envelope.video = 'https://example.com/v.mp4';
        inputType = 'video';
        break;
      case 9:
        envelope.video_url = 'v.mp4';
        inputType = 'video';
        break;
      case 10:
        envelope.video_list = [{ video_url: 'v.mp4', refer_type: 'base' }];
        inputType = 'video';
        break;
      case 11:
        Object.assign(envelope, { image: 'a', video: 'v' });
        inputType = 'video';
        break;
      case 12:
        envelope.input_type = 'chisel';
        inputType = 'chisel';
        break;
      case 13:
        Object.assign(envelope, { input_type: 'chisel', video: 'v', image: 'a' });
        inputType = 'chisel';
        break;
      case 14:
        Object.assign(envelope, { input_type: 'image', image_list: ['a', 'b'] });
        inputType = 'image';
        break;
      // A source video beside two or more stills: rule 2 (video) comes before rule 3 (multi-image).
      case 15:
        Object.assign(envelope, { video: 'v', image: 'a', image_tail: 'b' });
        inputType = 'video';
        break;
      case 16:
        Object.assign(envelope, { video_url: 'v.mp4', image_list: ['a', { image_url: 'b', type: 'end_frame' }] });
        inputType = 'video';
        break;
      default:
        Object.assign(envelope, { input_type: 'multi-image' });
        inputType = 'multi-image';
    }
    const audio = random();
    if (audio < 0.15) envelope.sound = 'on';
    else if (audio < 0.25) envelope.generateAudio = true;
    else if (audio < 0.3) envelope.generate_audio = true;
    else if (audio < 0.35) envelope.sound = 'off';
    cases.push({ envelope, inputType, seconds: Math.ceil(value), mode, resolution, model });
  }
  return cases;
}

export const MALFORMED = [
  '{"model_name":"kling-v3","duration":',
  'null',
  '{"model_name":"kling-v3","duration":0}',
  '{"duration":5}',
  '"text"',
  '{"model_name":"kling-v3","duration":5,"mode":"turbo"}',
];

/** The corpus as lines: every case, with a malformed line before every 97th. */
export function oracleLines(cases: readonly Case[]): { lines: string[]; expectations: Array<Case | null> } {
  const lines: string[] = [];
  const expectations: Array<Case | null> = [];
  cases.forEach((c, i) => {
    if (i % 97 === 0) {
      lines.push(MALFORMED[(i / 97) % MALFORMED.length]);
      expectations.push(null);
    }
    lines.push(JSON.stringify(c.envelope));
    expectations.push(c);
  });
  return { lines, expectations };
}

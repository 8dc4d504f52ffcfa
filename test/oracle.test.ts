/**
 * Ten thousand envelopes through `--jsonl`, checked against an independent oracle: integer
 * arithmetic written here from SPEC §2 and §2.1 alone (no engine code, no money library).
 */
import { describe, expect, it } from 'vitest';
import { createRandom } from '../bench/envelopes';
import { jsonLines, runCli } from './helpers/cli';

// Every factor of the internal card has at most two decimals: keep each as hundredths.
const BASE: Record<string, bigint> = { std: 5n, pro: 12n };
const RES: Record<string, bigint> = { '480p': 80n, '720p': 100n, '1080p': 150n, '4k': 250n };
const INPUT: Record<string, bigint> = { text: 100n, image: 100n, 'multi-image': 115n, video: 125n, chisel: 110n };
const MODEL: Record<string, bigint> = { 'kling-v2-5-turbo': 100n, 'kling-v1-6': 100n, 'kling-v2-6': 100n, 'kling-v3': 130n, 'kling-video-o1': 180n };
const MODELS = [...Object.keys(MODEL), 'kling-v3-omni', 'kling-v1', 'some-future-model', 'Kling-V3'];

interface Case {
  envelope: Record<string, unknown>;
  inputType: string;
  seconds: number;
  mode: string;
  resolution: string;
  model: string;
}

/** Cents, half-up, clamped to [1, 1000]. */
function expectedCents(c: Case, resolution: string): string {
  const product = BigInt(c.seconds) * BASE[c.mode] * RES[resolution] * INPUT[c.inputType] * (MODEL[c.model] ?? 100n);
  // BASE is in cents already; the three multipliers in hundredths add 10^6: cents = product / 10^6, half up.
  let cents = (product + 500_000n) / 1_000_000n;
  if (cents < 1n) cents = 1n;
  if (cents > 1000n) cents = 1000n;
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

function generate(count: number): Case[] {
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
      case 0: inputType = 'text'; break;
      case 1: Object.assign(envelope, { image: '', image_tail: null, image_list: [], video_list: [] }); inputType = 'text'; break;
      case 2: envelope.image = 'https://example.com/a.png'; inputType = 'image'; break;
      case 3: envelope.image_list = ['https://example.com/a.png']; inputType = 'image'; break;
      case 4: envelope.image_list = [{ image_url: 'a', type: 'first_frame' }, { image_url: '' }]; inputType = 'image'; break;
      case 5: Object.assign(envelope, { image: 'a', image_tail: 'b' }); inputType = 'multi-image'; break;
      case 6: envelope.image_list = [{ image: 'a' }, { image: 'b' }, 'c']; inputType = 'multi-image'; break;
      case 7: Object.assign(envelope, { image: 'a', image_list: [{ image_url: 'b', type: 'end_frame' }] }); inputType = 'multi-image'; break;
      case 8: envelope.video = 'https://example.com/v.mp4'; inputType = 'video'; break;
      case 9: envelope.video_url = 'v.mp4'; inputType = 'video'; break;
      case 10: envelope.video_list = [{ video_url: 'v.mp4', refer_type: 'base' }]; inputType = 'video'; break;
      case 11: Object.assign(envelope, { image: 'a', video: 'v' }); inputType = 'video'; break;
      case 12: envelope.input_type = 'chisel'; inputType = 'chisel'; break;
      case 13: Object.assign(envelope, { input_type: 'chisel', video: 'v', image: 'a' }); inputType = 'chisel'; break;
      case 14: Object.assign(envelope, { input_type: 'image', image_list: ['a', 'b'] }); inputType = 'image'; break;
      // A source video beside two or more stills: rule 2 (video) comes before rule 3 (multi-image).
      case 15: Object.assign(envelope, { video: 'v', image: 'a', image_tail: 'b' }); inputType = 'video'; break;
      case 16:
        Object.assign(envelope, { video_url: 'v.mp4', image_list: ['a', { image_url: 'b', type: 'end_frame' }] });
        inputType = 'video';
        break;
      default: Object.assign(envelope, { input_type: 'multi-image' }); inputType = 'multi-image';
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

const MALFORMED = ['{"model_name":"kling-v3","duration":', 'null', '{"model_name":"kling-v3","duration":0}', '{"duration":5}', '"text"', '{"model_name":"kling-v3","duration":5,"mode":"turbo"}'];

describe('ten thousand envelopes against an independent oracle', () => {
  const cases = generate(10_000);
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

  it.each([false, true])('every line to the cent (honor resolution: %s)', (honor) => {
    const run = runCli(['--jsonl', ...(honor ? ['--honor-resolution'] : [])], lines.join('\n'));
    const out = jsonLines(run.stdout);
    expect(out).toHaveLength(lines.length);
    expect(run.status).toBe(1);
    const mismatches: string[] = [];
    out.forEach((line, i) => {
      const c = expectations[i];
      if (c === null) {
        if (line.ok !== false) mismatches.push(`line ${i + 1}: malformed line priced`);
        return;
      }
      const internal = line.internal as Record<string, string> | undefined;
      const want = {
        input_type: c.inputType,
        usd: expectedCents(c, honor ? c.resolution : '720p'),
        usd_as_billed: expectedCents(c, '720p'),
        usd_at_requested_resolution: expectedCents(c, c.resolution),
      };
      const got = { input_type: line.input_type, usd: internal?.usd, usd_as_billed: internal?.usd_as_billed, usd_at_requested_resolution: internal?.usd_at_requested_resolution };
      if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`line ${i + 1} ${lines[i]}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      if (line.line !== i + 1) mismatches.push(`line ${i + 1}: numbered ${String(line.line)}`);
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});

/** From pasted text to everything the Explain screen shows, or the first reason it cannot. */
import {
  checkTaskResult,
  parseEnvelope,
  quote,
  readExplainInput,
  type CardSet,
  type NormalizedEnvelope,
  type Quote,
  type ResultCheck,
} from '../../engine';
import { parseJson } from '../../lib/parse-json';

export const MAX_PASTE_BYTES = 1_000_000;

export type Explanation =
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'error';
      readonly stage: 'size' | 'json' | 'envelope' | 'response' | 'price';
      readonly message: string;
    }
  | {
      readonly kind: 'ok';
      readonly envelope: NormalizedEnvelope;
      readonly quote: Quote;
      readonly checks: readonly ResultCheck[] | null;
    };

export function explain(text: string, set: CardSet): Explanation {
  if (text.trim() === '') return { kind: 'empty' };
  if (new Blob([text]).size > MAX_PASTE_BYTES) {
    return {
      kind: 'error',
      stage: 'size',
      message: 'The paste is over 1 MB: paste one envelope, or price a file below.',
    };
  }
  const json = parseJson(text);
  if (!json.ok) return { kind: 'error', stage: 'json', message: json.error };
  const input = readExplainInput(json.value);
  if (!input.ok) return { kind: 'error', stage: 'response', message: input.error };
  const envelope = parseEnvelope(input.envelope);
  if (!envelope.ok)
    return { kind: 'error', stage: 'envelope', message: `This is not a request envelope: ${envelope.error}.` };
  const result = quote(envelope.request, set);
  if (!result.ok) return { kind: 'error', stage: 'price', message: result.error };
  return {
    kind: 'ok',
    envelope,
    quote: result.quote,
    checks: input.result ? checkTaskResult(result.quote, input.result) : null,
  };
}

export const EXAMPLES = [
  {
    label: 'Kling O1 (Omni) with an image and a video',
    text: JSON.stringify(
      {
        model_name: 'kling-video-o1',
        prompt: 'Transform the source clip into a glossy ad-style reveal',
        aspect_ratio: '16:9',
        duration: 8,
        cfg_scale: 0.5,
        mode: 'pro',
        image: 'https://example.com/reference-1.jpg',
        video: 'https://example.com/source.mp4',
      },
      null,
      2,
    ),
  },
  {
    label: 'With the task result',
    text: JSON.stringify(
      {
        request: { model_name: 'kling-video-o1', mode: 'pro', duration: '10', prompt: 'A product turntable' },
        response: {
          code: 0,
          data: {
            task_status: 'succeed',
            task_result: { videos: [{ id: 'v1', url: 'https://example.com/out.mp4', duration: '10.0' }] },
            final_unit_deduction: '8',
          },
        },
      },
      null,
      2,
    ),
  },
] as const;

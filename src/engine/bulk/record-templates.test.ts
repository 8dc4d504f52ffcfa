/** Record templates: one per class of request, and a class for every field a record depends on. */
import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../request/envelope';
import { checkedRequest } from '../request/checked-request';
import type { QuoteRequest } from '../request/quote-request';
import type { InputTypeDerivation } from '../request/input-type';
import { RecordTemplates } from './record-templates';

const parsed = parseEnvelope({ model_name: 'kling-v3', duration: 5.2 });
if (!parsed.ok) throw new Error(parsed.error);
const { request, derivation } = parsed;

/** Templates that write `written(request)` and count how often they were asked to. */
function counting() {
  const asked: QuoteRequest[] = [];
  const templates = new RecordTemplates((marked) => {
    asked.push(marked);
    return `{"duration":\uE000,"model":"${marked.model}"}`;
  });
  return { templates, asked };
}

// Another value for each field of a request; a field added to requests must be added here.
const OTHER: Record<string, unknown> = {
  model: 'kling-v2-6',
  mode: 'pro',
  resolution: '1080p',
  inputType: 'image',
  audio: true,
  durationSeconds: 9.2,
};

describe('record templates', () => {
  it('writes a class once, and each request of it with its own duration', () => {
    const { templates, asked } = counting();
    const decode = (r: ReturnType<RecordTemplates['of']>) =>
      r && r.template.pieces.map((p) => new TextDecoder().decode(p)).join(r.duration);
    expect(decode(templates.of(request, derivation))).toBe('{"duration":5.2,"model":"kling-v3"}');
    const later = checkedRequest({ ...request, durationSeconds: 5.4 }, '5.4');
    expect(decode(templates.of(later, derivation))).toBe('{"duration":5.4,"model":"kling-v3"}');
    expect(asked).toHaveLength(1);
  });

  it('tells apart requests that differ in any field, or in why their input type is what it is', () => {
    const fields = Object.keys(request);
    expect(fields.sort()).toEqual(Object.keys(OTHER).sort());
    for (const field of fields) {
      const { templates, asked } = counting();
      templates.of(request, derivation);
      templates.of(checkedRequest({ ...request, [field]: OTHER[field] }), derivation);
      expect({ field, written: asked.length }).toEqual({ field, written: 2 });
    }
    const { templates, asked } = counting();
    const other: InputTypeDerivation = { ...derivation, reason: 'explicit input_type "text"' };
    templates.of(request, derivation);
    templates.of(request, other);
    expect(asked).toHaveLength(2);
  });

  it('leaves a model holding the mark, and a request that cannot be written, to be written afresh', () => {
    const { templates } = counting();
    expect(templates.of(checkedRequest({ ...request, model: 'm\uE000' }), derivation)).toBeNull();
    const refusing = new RecordTemplates(() => null);
    expect(refusing.of(request, derivation)).toBeNull();
  });

  it('keeps every template whole past the first chunk of its bytes', () => {
    // 300 classes of ~10 KB each: three chunks of a megabyte.
    const long = (model: string) => `{"d":\uE000,"m":"${model}","pad":"${'x'.repeat(10_000)}","again":\uE000}`;
    const templates = new RecordTemplates((marked) => long(marked.model));
    const models = Array.from({ length: 300 }, (_, i) => `model-${i}`);
    for (const model of models) templates.of(checkedRequest({ ...request, model }), derivation);
    for (const model of models) {
      const r = templates.of(checkedRequest({ ...request, model }), derivation);
      expect(r?.template.pieces.map((p) => new TextDecoder().decode(p)).join('5.2')).toBe(
        long(model).replaceAll('\uE000', '5.2'),
      );
    }
  });

  it('writes afresh, rather than mistake one class for another, past the texts its key can number', () => {
    const { templates, asked } = counting();
    const reasons = Array.from({ length: 200 }, (_, i) => `${i} stills → multi-image`);
    const answers = reasons.map((reason) => templates.of(request, { ...derivation, reason }));
    expect(answers.filter((a) => a === null).length).toBeGreaterThan(0);
    // Each reason it did number had a template of its own.
    expect(asked).toHaveLength(answers.filter((a) => a !== null).length);
  });
});

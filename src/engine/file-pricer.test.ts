import { describe, expect, it } from 'vitest';
import { cards } from '../../test/helpers/cards';
import { createFilePricer, detectFormat } from './file-pricer';

function priceAll(format: 'jsonl' | 'csv', text: string, chunk = 7) {
  const pricer = createFilePricer(format, cards);
  const rows = [];
  for (let i = 0; i < text.length; i += chunk) rows.push(...pricer.push(text.slice(i, i + chunk)));
  rows.push(...pricer.end());
  return { rows, totals: pricer.totals() };
}

describe('pricing a file', () => {
  it('prices JSON Lines with per-row errors and exact totals by model and input type', () => {
    const text = [
      '{"model_name":"kling-video-o1","mode":"pro","duration":8,"image":"a","video":"v"}',
      'not json',
      '',
      '{"model_name":"kling-v3","duration":-5}',
      '{"model_name":"kling-v3","mode":"pro","duration":"10","resolution":"1080p","image":"a","image_tail":"b"}',
      '{"model_name":"mystery","duration":5}',
    ].join('\n');
    const { rows, totals } = priceAll('jsonl', text);
    // Rows are line numbers: line 3 is blank.
    expect(rows.map((r) => [r.row, r.ok])).toEqual([
      [1, true],
      [2, false],
      [4, false],
      [5, true],
      [6, true],
    ]);
    expect(rows[2]).toMatchObject({ ok: false, error: 'duration: must be a number of seconds > 0 and ≤ 3600, got -5' });
    expect(totals).toMatchObject({ rows: 3, failed: 2, internalUsd: '4.20', vendorUsd: '2.464', vendorUnavailable: 1 });
    expect(totals.byModel['kling-video-o1']).toEqual({ rows: 1, internalUsd: '2.16', vendorUsd: '1.344', marginUsd: '0.816', vendorUnavailable: 0 });
    expect(totals.byInputType['multi-image']).toMatchObject({ rows: 1, internalUsd: '1.79', vendorUsd: '1.12' });
    expect(totals.marginUsd).toBe('1.486');
  });

  it('prices CSV with the header naming envelope fields', () => {
    const text = 'model_name,mode,duration,image,video,generateAudio\nkling-video-o1,pro,8,a,v,false\nkling-v2-6,pro,5,,,true\nkling-v3,std,abc,,,\n';
    const { rows, totals } = priceAll('csv', text, 5);
    expect(rows.map((r) => (r.ok ? [r.row, r.quote.internal.charged.usd, r.quote.request.inputType] : [r.row, r.error]))).toEqual([
      [1, '2.16', 'video'],
      [2, '0.60', 'text'],
      [3, 'duration: must be a number of seconds > 0 and ≤ 3600, got "abc"'],
    ]);
    expect(totals.internalUsd).toBe('2.76');
  });

  it('detects the format', () => {
    expect(detectFormat('a.csv', '{')).toBe('csv');
    expect(detectFormat('a.jsonl', 'x')).toBe('jsonl');
    expect(detectFormat('upload', '  {"model_name"')).toBe('jsonl');
    expect(detectFormat('upload', 'model_name,duration')).toBe('csv');
  });
});

import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { priceBlob } from './price-blob';

describe('pricing a file in chunks', () => {
  it('prices every row, lists the errors, and writes the priced rows as CSV', async () => {
    const lines = Array.from({ length: 2500 }, (_, i) => (i % 500 === 7 ? 'oops' : JSON.stringify({ model_name: 'kling-v3', mode: 'pro', duration: 10, resolution: '1080p', input_type: i % 2 ? 'video' : 'text' })));
    const progress: number[] = [];
    const result = await priceBlob(new Blob([lines.join('\n')]), 'big.jsonl', cards, {}, (_bytes, rows) => progress.push(rows));
    expect(result.format).toBe('jsonl');
    expect(result.totals).toMatchObject({ rows: 2495, failed: 5 });
    // The refused rows are odd (video) rows: 1,245 video rows at $1.95 and 1,250 text rows at $1.56.
    expect(result.totals.internalUsd).toBe('4377.75');
    expect(result.errors.map((e) => e.row)).toEqual([8, 508, 1008, 1508, 2008]);
    expect(progress.at(-1)).toBe(2500);
    const csv = (await result.csv.text()).split('\r\n');
    expect(csv[0]).toBe('row,ok,duration_seconds,model,mode,resolution,input_type,audio,internal_usd,internal_usd_at_requested_resolution,vendor_card,vendor_units,vendor_usd,margin_usd,error');
    expect(csv[1]).toBe('1,true,10,kling-v3,pro,1080p,text,false,1.56,2.34,kling-official-units@2026-09-20,8,1.12,0.44,');
    expect(csv[8]).toMatch(/^8,false,,,,,,,,,,,,,"not valid JSON: /);
    expect(csv).toHaveLength(2502);
  });

  it('reads CSV with a byte-order mark', async () => {
    const result = await priceBlob(new Blob(['\uFEFFmodel_name,duration\nkling-v3,5\n']), 'x.csv', cards, {}, () => undefined);
    expect(result.totals).toMatchObject({ rows: 1, internalUsd: '0.33' });
  });
});

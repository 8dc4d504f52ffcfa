/**
 * Hard lines for re-pricing in SQL: the command line's own test inputs and every edge of
 * SPEC §2.1, §3.2 and §8 the engine words a refusal for (durations, names, lists, dates,
 * charges, lines that are not objects or not JSON).
 */
const env = (fields: Record<string, unknown>) => JSON.stringify({ model_name: 'kling-v3', duration: 5, ...fields });

const DURATIONS: unknown[] = [
  ...['5', ' 7.5 ', '5.', '.5', '1e2', '-5', '0x10', 'abc', '', '  ', '5.50', '3600', '3600.5'],
  ...[5, 5.2, 5.5, 5.4999, 10.5, 15.6, 0.3, 0.5, 1e-7, 5.0000001, 3600, 3600.0001, 4000, -1, 0, 1e21, 2.675],
  ...[true, false, null, [], [5], { s: 5 }],
];
const MODELS: unknown[] = [
  ...['kling-v3', ' kling-v3 ', 'kling-v3-omni', 'kling-video-o1', 'kling-v1', 'kling-v1-6', 'kling-v2-6'],
  ...['kling-v2-5-turbo', 'kling-v2-1-master', 'kling-v3-motion-control', 'some-future-model', 'Kling-V3'],
  ...['', '  ', 5, null, true, ['kling-v3'], 'm'.repeat(121), 'm'.repeat(120), 'kling v3 é'],
];
const SHAPES: Array<Record<string, unknown>> = [
  { mode: 'turbo' },
  { mode: '' },
  { mode: null },
  { mode: ' pro' },
  { mode: 5 },
  { mode: 'pro', resolution: '4k' },
  { mode: 'std', resolution: '1080p' },
  { mode: 'std', resolution: '480p' },
  { resolution: '8k' },
  { resolution: [] },
  { image: 5 },
  { image: ' ' },
  { image: ['a'] },
  { image: 'a', image_tail: 'b' },
  { image_list: 'a' },
  { image_list: [5] },
  { image_list: ['a', 'b', 7] },
  { image_list: [null, 'a'] },
  { image_list: [{ image_url: '' }, { image: ' ' }] },
  { image_list: [{ image_url: 'x', type: 'end_frame' }, 'y'] },
  { image_list: Array.from({ length: 1001 }, () => 'a') },
  { video: 'v' },
  { video_url: 5 },
  { video_list: [{ video: 'x' }] },
  { video_list: ['v', { refer_type: 'base' }] },
  { video_list: [true] },
  { video_list: {} },
  { input_type: 'chisel' },
  { input_type: 'bad' },
  { input_type: '' },
  { input_type: 'video', image: 'a' },
  { sound: 'ON ' },
  { sound: 'off' },
  { generateAudio: 'true' },
  { generate_audio: true },
  { generateAudio: true, mode: 'pro', duration: 10 },
  { prompt: 'x'.repeat(100), cfg_scale: 0.5 },
];
const CREATED: unknown[] = [
  ...['2026-11-30', '2026-11-30T14:05:00Z', '2026-11-30T14:05:00.123456+05:30', '2026-11-30 23:30:00-02:00'],
  ...['2026-11-30t10:00z', '2026-11-30T10:00:00.1Z', '2026-11-30T10:00:00.000Z', '2026-11-30T10:00+0100'],
  ...[1764500000000, '1764500000000', ' 1764500000000 ', 1764500000, 5, 1500000000000.5, 8.64e15, 9e15],
  ...['2026-02-30', '2026-11-30T25:00:00Z', '2026-11-30T10:60:00Z', 'yesterday', '30/11/2026', true, null, ''],
  ...['  ', { at: 1 }, '2026-01-01', '2026-10-01', '2026-11-20T23:59:59-01:00', '2026-11-21T00:30:00+01:00'],
];
const CHARGES: Array<Record<string, unknown>> = [
  { charged_usd: '0.60' },
  { charged_usd: '$1,234.50' },
  { charged_usd: '1,2345' },
  { charged_usd: -1 },
  { charged_usd: 'abc' },
  { charged_usd: 1e12 },
  { charged_usd: true },
  { charged_usd: [] },
  { charged_usd: 0.1 },
  { final_unit_deduction: 4 },
  { final_unit_deduction: 'x' },
  { final_unit_deduction: 1e-7 },
];
const RAW = [
  ...[
    '',
    '   ',
    'not json',
    '[1,2]',
    '"text"',
    '5',
    'true',
    'null',
    '{}',
    '{"duration":5}',
    '{"model_name":"kling-v3"}',
  ],
  ...['{"model_name":"kling-v3","duration":5,"mode":"pro"} ', '\t{"model_name":"kling-v3","duration":5}\r'],
  ...['{"model_name":"kling-v3","duration":5', '{"model_name":"kling-v3","duration":5}}', '{"a":"\\u00e9\\n"}'],
  ...['{"model_name":"kling-\\u0076\\u0033","duration":5}', '{"model_name":"kling-v3","duration":5.0}'],
  ...['{"model_name":"kling-v3","duration":5e0}', '{"model_name":"kling-v3","duration":1E1}'],
  // Numbers JavaScript writes its own way: past 2^53 (the shortest digits, then zeros), past the largest double.
  ...['{"model_name":"kling-v3","duration":12345678901234567890}', '{"model_name":"kling-v3","duration":1e400}'],
  ...['{"model_name":"kling-v3","duration":-1e400}', '{"model_name":"kling-v3","duration":-123456789012345678901}'],
  ...[
    '{"model_name":"kling-v3","duration":5,"charged_usd":1e400}',
    '{"model_name":"kling-v3","duration":9007199254740993}',
  ],
  // From 1e-6 to 1e-4 JavaScript writes a decimal where DuckDB writes an exponent; below, both an exponent.
  ...['{"model_name":"kling-v3","duration":0.00001}', '{"model_name":"kling-v3","duration":-0.0000015}'],
  ...['{"model_name":"kling-v3","duration":5,"charged_usd":0.00001}', '{"model_name":"kling-v3","duration":1e-7}'],
  ...['{"model_name":"kling-v3","duration":0.000025,"mode":"pro"}', '{"model_name":"kling-v3","duration":0.00012}'],
  // Words DuckDB's reader takes for numbers, in any case, and JSON does not.
  ...['{"model_name":"kling-v3","duration":nan}', '{"model_name":"kling-v3","duration":-inf}'],
  ...[
    '{"model_name":"kling-v3","duration":INFINITY}',
    '{"model_name":"kling-v3","duration":5,"prompt":"infinite nan"}',
  ],
];

/** Every hard line, several hundred of them. */
export function hardLines(): string[] {
  return [
    ...RAW,
    ...DURATIONS.flatMap((duration) => [env({ duration }), env({ duration, model_name: 'kling-v1' })]),
    ...DURATIONS.map((duration) => env({ duration, model_name: 'kling-video-o1', mode: 'pro', video: 'v' })),
    ...MODELS.flatMap((model_name) => [
      env({ model_name }),
      env({ model_name, mode: 'pro', image: 'a', duration: 10 }),
    ]),
    ...SHAPES.flatMap((shape) => [env(shape), env({ ...shape, model_name: 'kling-video-o1', duration: 7.5 })]),
    ...CREATED.map((created_at) => env({ created_at })),
    ...CHARGES.map((charge) => env(charge)),
  ];
}

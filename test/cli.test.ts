import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli } from './helpers/cli';
import { createRandom, randomEnvelope } from '../bench/envelopes';

describe('npm run quote -- (SPEC §6)', () => {
  it('prices the acceptance example: Omni pro 10 s image → 8 units, $1.12', () => {
    const run = runCli([
      '--model',
      'kling-video-o1',
      '--mode',
      'pro',
      '--duration',
      '10',
      '--resolution',
      '1080p',
      '--input',
      'image',
      '--json',
    ]);
    expect(run.status).toBe(0);
    const [line] = jsonLines(run.stdout);
    expect(line).toMatchObject({
      ok: true,
      input_type: 'image',
      internal: { usd: '2.16', usd_as_billed: '2.16', usd_at_requested_resolution: '3.24' },
      vendor: { units: '8', usd: '1.12', card: 'kling-official-units@2026-09-20', package: 'list' },
      margin: { usd: '1.04', pct: '48.1' },
    });
  });

  it('--json prints the same object as one --jsonl line', () => {
    const single = jsonLines(
      runCli([
        '--model',
        'kling-v3',
        '--mode',
        'pro',
        '--duration',
        '10',
        '--resolution',
        '1080p',
        '--input',
        'video',
        '--audio',
        '--json',
      ]).stdout,
    )[0];
    const envelope = {
      model_name: 'kling-v3',
      mode: 'pro',
      duration: 10,
      resolution: '1080p',
      input_type: 'video',
      sound: 'on',
    };
    const line = jsonLines(runCli(['--jsonl'], JSON.stringify(envelope)).stdout)[0];
    expect({ ...line, line: undefined }).toEqual({ ...single, line: undefined });
  });

  it('--honor-resolution, --vendor-card and --package change what is charged and used', () => {
    const run = runCli([
      '--model',
      'kling-video-o1',
      '--mode',
      'pro',
      '--duration',
      '10',
      '--resolution',
      '1080p',
      '--input',
      'image',
      '--honor-resolution',
      '--package',
      'package-2',
      '--json',
    ]);
    expect(jsonLines(run.stdout)[0]).toMatchObject({
      internal: { usd: '3.24', honor_resolution: true },
      vendor: { usd: '1.008', unit_price_usd: '0.126' },
    });
    const seed = runCli([
      '--model',
      'kling-video-o1',
      '--mode',
      'pro',
      '--duration',
      '10',
      '--input',
      'image',
      '--vendor-card',
      'seed-002-usd',
      '--json',
    ]);
    expect(jsonLines(seed.stdout)[0]).toMatchObject({ vendor: { usd: '1.111', card: 'seed-002-usd@2026-11-21' } });
  });

  it('prints a readable breakdown without --json', () => {
    const run = runCli(['--model', 'kling-video-o1', '--mode', 'pro', '--duration', '8', '--input', 'video']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('as billed (720p): $2.16');
    expect(run.stdout).toContain('9.6 units × $0.14');
    expect(run.stdout).toMatch(/Margin: \$0\.816/);
  });

  it.each([
    [['--model', 'kling-v3', '--duration', '-5'], '--duration must be a number of seconds > 0 and ≤ 3600, got "-5"'],
    [['--model', 'kling-v3', '--duration', 'ten'], '--duration must be a number of seconds > 0 and ≤ 3600, got "ten"'],
    [['--duration', '5'], '--model is required'],
    [['--model', 'kling-v3', '--duration', '5', '--input', 'hologram'], '--input must be one of'],
    [['--model', 'kling-v3', '--duration', '5', '--package', 'nope'], '--package must be one of "list"'],
  ])('refuses %j with a clear message and status 2', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });

  it('refuses an unknown flag with the usage and status 2', () => {
    const run = runCli(['--colour', 'blue']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage:');
  });

  it('--jsonl answers every line, in order, including lines that are not JSON', () => {
    const input = [
      '{"model_name":"kling-v3","duration":"5"}',
      'not json at all',
      '',
      '[1,2,3]',
      '{"model_name":"kling-video-o1","mode":"pro","duration":8,"image":"a","video":"v"}\r',
      '{"model_name":"kling-v3","duration":-5}',
      '{"model_name":"kling-v3","duration":5',
      '{"model_name":"kling-v2-6","mode":"pro","duration":5,"generateAudio":true}',
    ].join('\n');
    const run = runCli(['--jsonl'], input);
    expect(run.status).toBe(1);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => [l.line, l.ok])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [4, false],
      [5, true],
      [6, false],
      [7, false],
      [8, true],
    ]);
    expect(lines[1].error).toMatch(/^not valid JSON: /);
    expect(lines[2].error).toMatch(/empty line/);
    expect(lines[3].error).toMatch(/must be a JSON object/);
    expect(lines[4]).toMatchObject({ input_type: 'video', internal: { usd: '2.16' } });
    expect(lines[5].error).toBe('duration: must be a number of seconds > 0 and ≤ 3600, got -5');
    expect((lines[7].warnings as Array<{ code: string }>).map((w) => w.code)).toContain('audio-not-charged');
  });

  it('--jsonl exits 0 when every line priced, and answers a last line without a newline', () => {
    const run = runCli(['--jsonl'], '{"model_name":"kling-v3","duration":5}\n{"model_name":"kling-v3","duration":6}');
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout).map((l) => l.line)).toEqual([1, 2]);
  });

  it('--jsonl words an error on a deeply nested value the same in one thread and in workers', () => {
    const lines = [100, 3000, 12_000].flatMap((depth) => [
      `{"model_name":"kling-v3","duration":${'['.repeat(depth)}${']'.repeat(depth)}}`,
      `{"model_name":"kling-v3","duration":5,"mode":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`,
    ]);
    const one = runCli(['--jsonl', '--threads', '1'], lines.join('\n'));
    expect(runCli(['--jsonl', '--threads', '2'], lines.join('\n')).stdout).toBe(one.stdout);
    expect(jsonLines(one.stdout).map((l) => l.error)).toEqual(
      lines.map((_, i) =>
        i % 2
          ? 'mode: must be "std" or "pro", got a deeply nested value'
          : 'duration: must be a number of seconds > 0 and ≤ 3600, got a deeply nested list',
      ),
    );
  });

  it('--jsonl answers a deeply nested line with an error, and carries on', () => {
    const deep = `{"model_name":"kling-v3","duration":5,"image_list":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    for (const threads of ['1', '2']) {
      const run = runCli(
        ['--jsonl', '--threads', threads],
        `{"model_name":"kling-v3","duration":5}\n${deep}\n{"model_name":"kling-v3","duration":6}\n`,
      );
      expect(jsonLines(run.stdout).map((l) => [l.line, l.ok])).toEqual([
        [1, true],
        [2, false],
        [3, true],
      ]);
      expect(run.status).toBe(1);
    }
  });

  it('--jsonl answers a line too long to hold with an error, and carries on', () => {
    const long = `{"model_name":"kling-v3","duration":5,"prompt":"${'x'.repeat(1_200_000)}"}`;
    const run = runCli(['--jsonl'], `${long}\n{"model_name":"kling-v3","duration":5}\n`);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => [l.line, l.ok])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(lines[0].error).toMatch(/longer than 1048576 bytes/);
  });

  it('gives the same answers in worker threads as in this thread, in order', () => {
    const input = Array.from({ length: 5000 }, (_, i) =>
      JSON.stringify({
        model_name: i % 3 ? 'kling-v3' : 'kling-video-o1',
        mode: i % 2 ? 'pro' : 'std',
        duration: (i % 150) / 10 + 0.1,
      }),
    ).join('\n');
    const threaded = runCli(['--jsonl', '--threads', '2'], input);
    const single = runCli(['--jsonl', '--threads', '1'], input);
    expect(threaded.status).toBe(0);
    expect(threaded.stdout).toBe(single.stdout);
    expect(jsonLines(threaded.stdout)).toHaveLength(5000);
  });

  it('gives the same answers over many batches in workers, reusing buffers', () => {
    // About 8 MB: several 1 MB batches for each worker, and thousands of distinct requests.
    const random = createRandom(11);
    const envelopes = Array.from({ length: 40_000 }, (_, i) =>
      i % 997 === 0 ? '{"broken":' : JSON.stringify(randomEnvelope(random)),
    );
    const input = `${envelopes.join('\n')}\n`;
    const threaded = runCli(['--jsonl', '--threads', '2'], input);
    const single = runCli(['--jsonl', '--threads', '1'], input);
    expect(threaded.stdout).toBe(single.stdout);
    const out = jsonLines(threaded.stdout);
    expect(out).toHaveLength(40_000);
    expect(out.map((line) => line.line)).toEqual(Array.from({ length: 40_000 }, (_, i) => i + 1));
    expect(out.filter((line) => !line.ok)).toHaveLength(Math.ceil(40_000 / 997));
    expect(threaded.status).toBe(1);
  });

  it('gives the same answers run from source under tsx (its workers bundled in memory) as from the bundle', () => {
    const random = createRandom(12);
    const input = Array.from({ length: 3000 }, () => JSON.stringify(randomEnvelope(random))).join('\n');
    const fromSource = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', '--jsonl', '--threads', '2'],
      { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(fromSource.status).toBe(0);
    expect(fromSource.stdout).toBe(runCli(['--jsonl', '--threads', '2'], input).stdout);
  });

  it('--list-cards lists the loaded cards and packages', () => {
    const run = runCli(['--list-cards']);
    expect(run.stdout).toContain('vendor    kling-official-units@2026-09-20');
    expect(run.stdout).toContain('package   package-3  $0.112');
    expect(run.stdout).toContain('services  kling-services@');
    expect(run.stdout).toContain('service   kolors-text-to-image  4 units per image at $0.0035 a unit');
  });
});

describe('npm run quote -- --alternatives and --service', () => {
  it('lists alternatives for a 10 s 1080p clip with audio, excluding every option without audio with the reason', () => {
    const run = runCli(['--alternatives', '--duration', '10', '--resolution', '1080p', '--audio', '--json']);
    expect(run.status).toBe(0);
    const [out] = jsonLines(run.stdout) as Array<{
      ranked: Array<{ model: string; mode: string }>;
      excluded: Array<{ model: string; mode: string; reason: string }>;
    }>;
    expect(out.ranked.map((o) => `${o.model} ${o.mode}`)).toEqual([
      'kling-v2-6 pro',
      'kling-v3-omni pro',
      'kling-v3 pro',
    ]);
    expect(out.excluded.find((e) => e.model === 'kling-video-o1' && e.mode === 'pro')?.reason).toMatch(/^no audio: /);
  });

  it('prices a 12 s lip-sync at 1.5 units, $0.21 at list price', () => {
    const run = runCli(['--service', 'lip-sync', '--duration', '12', '--json']);
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)[0]).toMatchObject({
      ok: true,
      units: '1.5',
      usd: '0.21',
      vendor: { units: '1.5', usd: '0.21', unit_price_usd: '0.14' },
      internal: null,
    });
  });

  it('warns, in --json and in text, when the chosen package does not apply to a service', () => {
    const run = runCli(['--service', 'kolors-text-to-image', '--package', 'package-2', '--json']);
    expect(run.status).toBe(0);
    const [out] = jsonLines(run.stdout);
    expect(out).toMatchObject({ ok: true, usd: '0.014', vendor: { unit_price_usd: '0.0035' } });
    expect(out.warnings).toEqual([
      {
        code: 'package-not-applicable',
        message:
          'Kolors 1.5 / 2.0 / 2.1 text-to-image has its own published price ($0.0035 a unit): package "package-2" does not apply.',
      },
    ]);
    const applies = runCli(['--service', 'lip-sync', '--duration', '12', '--package', 'package-2', '--json']);
    expect(jsonLines(applies.stdout)[0]).toMatchObject({ usd: '0.189', warnings: [] });
    const text = runCli(['--service', 'lip-sync', '--duration', '12', '--package', 'credits-500']).stdout;
    expect(text).toContain('warning: Package "credits-500" is not sold in Kling units: Lip-sync');
  });

  it('refuses an unknown service and a bad count', () => {
    expect(runCli(['--service', 'teleport', '--json']).stdout).toContain('no service \\"teleport\\"');
    expect(runCli(['--service', 'kolors-v1', '--count', 'x']).stderr).toContain('--count must be a whole number');
  });
});

describe('npm run quote -- refuses bad flags with status 2 (README "Command line")', () => {
  // Each run's stdin holds a line that would price: a refusal must come before it is read.
  const line = '{"model_name":"kling-v3","duration":5}\n';
  const refused = (args: readonly string[], message: string) => {
    const run = runCli(args, line);
    expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 2, stdout: '' });
    expect(run.stderr).toContain(`error: ${message}`);
    return run;
  };
  const DURATION = 'must be a number of seconds > 0 and ≤ 3600';

  it.each([
    ['--duration', 'abc', `--duration ${DURATION}, got "abc"`],
    ['--duration', '-5', `--duration ${DURATION}, got "-5"`],
    ['--duration', '0', `--duration ${DURATION}, got "0"`],
    ['--duration', '4000', `--duration ${DURATION}, got "4000"`],
    ['--mode', 'PRO', '--mode must be "std" or "pro", got "PRO"'],
    ['--resolution', '8k', '--resolution must be one of "480p", "720p", "1080p" or "4k", got "8k"'],
    ['--input', 'hologram', '--input must be one of "text", "image", "multi-image", "video" or "chisel", got "hol'],
    ['--vendor-card', 'nope', '--vendor-card must be one of "seed-002-usd", "seed-004-app-credits" or "kling-official'],
    ['--package', 'nope', '--package must be one of "list", "trial-100"'],
    ['--order', 'nope', '--order must be one of "cheapest-vendor", "best-margin" or "quality", got "nope"'],
    ['--max-usd', 'abc', '--max-usd must be an amount such as 1.50, got "abc"'],
    ['--count', '1.5', '--count must be a whole number from 1 to 1,000,000, got "1.5"'],
  ])('%s %s: status 2, the flag and its values on stderr, alone, with --json and --jsonl', (flag, value, message) => {
    const quote = flag === '--duration' ? ['--model', 'kling-v3'] : ['--model', 'kling-v3', '--duration', '5'];
    refused([...quote, flag, value], message);
    // A refused flag prints nothing on stdout even with --json: no request was read, so there is no line to answer.
    refused([...quote, flag, value, '--json'], message);
    refused(['--jsonl', flag, value], message);
  });

  it('refuses a flag given twice, whichever mode', () => {
    refused(['--model', 'kling-v3', '--duration', '5', '--duration', '10'], '--duration is given twice');
    refused(['--model', 'kling-v3', '--duration', '5', '--audio', '--audio'], '--audio is given twice');
    refused(['--jsonl', '--package', 'list', '--package', 'package-2'], '--package is given twice');
    refused(['--service', 'lip-sync', '--count', '1', '--count=2', '--count', '3'], '--count is given 3 times');
  });

  it('refuses --json and the request flags with --jsonl: each line carries its own request', () => {
    refused(['--jsonl', '--json'], '--json cannot be used with --jsonl: --jsonl already prints JSON lines');
    const own = 'cannot be used with --jsonl: each line carries its own request';
    refused(['--jsonl', '--model', 'kling-v3'], `--model ${own}`);
    refused(['--jsonl', '--duration', '5'], `--duration ${own}`);
    refused(['--jsonl', '--audio'], `--audio ${own}`);
  });

  it('refuses a flag the chosen mode does not read, rather than ignoring it', () => {
    refused(['--model', 'kling-v3', '--duration', '5', '--order', 'best-margin'], '--order is only for --alternatives');
    refused(['--model', 'kling-v3', '--duration', '5', '--threads', '2'], '--threads is only for --jsonl');
    refused(['--jsonl', '--count', '2'], '--count cannot be used with --jsonl: it is for --service');
    refused(['--service', 'lip-sync', '--alternatives'], '--alternatives cannot be used with --service');
    refused(['--alternatives', '--model', 'kling-v3', '--duration', '5'], '--model cannot be used with --alternatives');
    refused(['--model', 'kling-v3'], '--duration is required');
    refused(['--alternatives'], '--duration is required');
  });

  it("refuses a model name the web form refuses, with the form's message", async () => {
    const { DEFAULT_VALUES, QuoteFormSchema } = await import('../src/components/request-form/quote-form-schema');
    const formMessage = (model: string) =>
      QuoteFormSchema.safeParse({ ...DEFAULT_VALUES, model }).error?.issues[0]?.message;
    for (const [model, message] of [
      ['', 'Enter a model name.'],
      ['   ', 'Enter a model name.'],
      ['k'.repeat(121), 'A model name is at most 120 characters.'],
      ['kling v3', 'Use letters, digits, dots, dashes or underscores.'],
      ['kling-v3;rm', 'Use letters, digits, dots, dashes or underscores.'],
    ]) {
      expect(formMessage(model)).toBe(message);
      refused(['--model', model, '--duration', '5'], `--model: ${message}`);
    }
    const longest = runCli(['--model', 'k'.repeat(120), '--duration', '5', '--json']);
    expect(longest.status).toBe(0);
    expect(formMessage('k'.repeat(120))).toBeUndefined();
  });

  it('the web form, the CLI and the engine (cards, overrides, requests) share one model-name rule', async () => {
    const { ModelNameSchema } = await import('../src/engine');
    const { DEFAULT_VALUES, QuoteFormSchema } = await import('../src/components/request-form/quote-form-schema');
    for (const model of ['kling v3', 'kling\tv3', 'k'.repeat(121), 'kling/v3:beta_1.2', ' kling-v3 ']) {
      const form = QuoteFormSchema.safeParse({ ...DEFAULT_VALUES, model }).success;
      const cli = runCli(['--model', model, '--duration', '5']).status === 0;
      expect([ModelNameSchema.safeParse(model).success, cli]).toEqual([form, form]);
    }
  });

  it('still answers --help, --list-cards, --service and --alternatives with status 0', () => {
    expect(runCli(['--help']).status).toBe(0);
    expect(runCli(['--list-cards']).status).toBe(0);
    expect(runCli(['--service', 'kolors-text-to-image', '--count', '10', '--package', 'list']).status).toBe(0);
    const alternatives = ['--alternatives', '--duration', '10', '--order', 'best-margin', '--max-usd', '2'];
    expect(runCli([...alternatives, '--vendor-card', 'seed-002-usd', '--json']).status).toBe(0);
  });
});

describe('npm run quote -- --jsonl reads text as the page\'s "Price a file" does', () => {
  const run = (input: Buffer, threads = '1') => {
    const args = ['scripts/quote.mjs', '--jsonl', '--threads', threads];
    const result = spawnSync(process.execPath, args, { input, encoding: 'utf8' });
    return { status: result.status, lines: jsonLines(result.stdout) };
  };

  it('answers each blank line with an error, as the page does, with the same input (docs/decisions/0011)', async () => {
    const { priceBlob } = await import('../src/features/explain/price-blob');
    const { cards } = await import('./helpers/cards');
    // The same input as price-blob.test.ts and file-pricer.test.ts.
    const text = '{"model_name":"kling-v3","duration":5}\n\n   \r\n{"model_name":"kling-v3","duration":6}\n';
    const cli = run(Buffer.from(text));
    expect(cli.status).toBe(1);
    expect(cli.lines.map((l) => [l.line, l.ok ? true : l.error])).toEqual([
      [1, true],
      [2, 'empty line: expected a request envelope as JSON'],
      [3, 'empty line: expected a request envelope as JSON'],
      [4, true],
    ]);
    const page = await priceBlob(new Blob([text]), 'x.jsonl', cards, {}, () => undefined);
    if ('refused' in page) throw new Error(page.refused);
    const cliErrors = cli.lines.filter((l) => !l.ok).map((l) => [l.line, l.error]);
    expect(page.errors.map((e) => [e.row, e.error])).toEqual(cliErrors);
    expect(page.totals.rows).toBe(cli.lines.filter((l) => l.ok).length);
  });

  it('reads UTF-16 input, with or without a byte-order mark, and exits 0', () => {
    const text = '{"model_name":"kling-v3","duration":5,"prompt":"日本"}\r\n{"model_name":"kling-v3","duration":6}\r\n';
    const withMark = Buffer.from(`\uFEFF${text}`, 'utf16le');
    for (const input of [withMark, Buffer.from(text, 'utf16le').swap16()]) {
      const out = run(input);
      expect(out.status).toBe(0);
      expect(out.lines.map((l) => [l.line, l.ok, (l.internal as { usd: string }).usd])).toEqual([
        [1, true, '0.33'],
        [2, true, '0.39'],
      ]);
    }
  });

  it('answers a line holding bytes that are not UTF-8 in words, the same in one thread and in workers', () => {
    const input = Buffer.concat([
      Buffer.from('\uFEFF{"model_name":"kling-v3","duration":5}\n{"model_name":"kling-v3","duration":5,"prompt":"'),
      Buffer.from([0xff]),
      Buffer.from('"}\n{"model_name":"kling-v3","duration":6}\n'),
    ]);
    const one = run(input, '1');
    expect(one.status).toBe(1);
    expect(one.lines.map((l) => [l.line, l.ok ? true : l.error])).toEqual([
      [1, true],
      [2, 'line 2 is not valid UTF-8 text'],
      [3, true],
    ]);
    expect(run(input, '2')).toEqual(one);
  });
});

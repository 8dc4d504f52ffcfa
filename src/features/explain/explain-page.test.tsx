// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compressToUrl } from '../../lib/url-compress';
import { renderAppAt } from '../../../test/helpers/render-app';
import { stubFetchFromDisk } from '../../../test/helpers/stub-fetch';

const omni = JSON.stringify({
  model_name: 'kling-video-o1',
  prompt: 'x',
  aspect_ratio: '16:9',
  duration: 8,
  cfg_scale: 0.5,
  mode: 'pro',
  image: 'https://example.com/a.jpg',
  video: 'https://example.com/s.mp4',
});

beforeEach(() => {
  stubFetchFromDisk();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function paste(text: string) {
  const box = await screen.findByLabelText('Request envelope');
  fireEvent.change(box, { target: { value: text } });
  return box;
}

describe('Explain a charge', () => {
  it("explains seed 000's Omni payload: $2.16, input type video, every step", async () => {
    renderAppAt('/explain');
    await paste(omni);
    expect(await screen.findByTestId('explain-internal-usd')).toHaveTextContent('$2.16');
    expect(screen.getByTestId('explain-input-type')).toHaveTextContent(
      'Input type video: has a source video → video, even with 1 still.',
    );
    const read = screen.getByTestId('normalized-request');
    expect(within(read).getByRole('row', { name: /^Model/ })).toHaveTextContent('Kling O1 · kling-video-o1');
    expect(within(read).getByRole('row', { name: /Resolution/ })).toHaveTextContent('720p (absent: Kling’s default)');
    expect(within(read).getByRole('row', { name: /Ignored fields/ })).toHaveTextContent(
      'prompt, aspect_ratio, cfg_scale',
    );
    expect(await screen.findByRole('table', { name: /Internal price as billed/ })).toBeInTheDocument();
  });

  it('gives the line and column of broken JSON, and stays usable', async () => {
    renderAppAt('/explain');
    const box = await paste('{\n  "model_name": "kling-v3",\n  "duration": 5,\n}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not valid JSON at line 4, column 1: a property name in double quotes is expected.',
    );
    expect(box).toHaveAttribute('aria-invalid', 'true');
    await paste(omni);
    expect(await screen.findByTestId('explain-internal-usd')).toHaveTextContent('$2.16');
  });

  it('names the field of valid JSON that is not an envelope', async () => {
    renderAppAt('/explain');
    await paste('{"model_name": "kling-v3", "duration": "ten"}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This is not a request envelope: duration: must be a number of seconds > 0 and ≤ 3600, got "ten".',
    );
    await paste('[1, 2]');
    expect(await screen.findByRole('alert')).toHaveTextContent('the envelope must be a JSON object, got [1,2]');
  });

  it('refuses a paste over 1 MB', async () => {
    renderAppAt('/explain');
    const box = await paste('');
    const big = `{"prompt": "${'x'.repeat(1_100_000)}"}`;
    fireEvent.paste(box, { clipboardData: { getData: () => big } });
    fireEvent.change(box, { target: { value: big } });
    expect(await screen.findByRole('alert')).toHaveTextContent(/over the 1 MB limit/);
    expect(box).toHaveValue('');
  });

  it('checks the task result: units expected against deducted, duration against the clip', async () => {
    renderAppAt('/explain?as_of=2026-11-30');
    await paste(
      JSON.stringify({
        request: { model_name: 'kling-video-o1', mode: 'pro', duration: '10' },
        response: { data: { final_unit_deduction: '9', task_result: { videos: [{ duration: '10.0' }] } } },
      }),
    );
    expect(await screen.findByTestId('verdict-units')).toHaveTextContent(
      'Kling deducted 9 units, expected 8 on kling-official-units@2026-09-20 ' +
        '(in force on 2026-11-30, the As of date): 1 unit more than expected.',
    );
    const checks = screen.getByTestId('result-checks');
    expect(within(checks).getByRole('row', { name: /Video 1 duration/ })).toHaveTextContent('Matches.');
  });

  it('reopens an explanation from its link', async () => {
    window.location.hash = `e=${await compressToUrl(omni)}`;
    renderAppAt(`/explain${window.location.hash}`);
    expect(await screen.findByTestId('explain-internal-usd')).toHaveTextContent('$2.16');
    expect(screen.getByLabelText('Request envelope')).toHaveValue(omni);
  });

  it('names 5,000 unclosed [ as too deep, and stays usable', async () => {
    renderAppAt('/explain');
    await paste('['.repeat(5_000));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nested too deeply at line 1, column 513: more than 512 levels of [ and {.',
    );
    await paste(omni);
    expect(await screen.findByTestId('explain-internal-usd')).toHaveTextContent('$2.16');
  });
});

describe('a damaged link', () => {
  const DAMAGED = 'This link is damaged: its request could not be read. Paste the envelope again.';

  // 38 characters that expand to 10,000 `[`: the stack overflowed on every reload.
  it('opens a tampered link nested 10,000 deep with a message, and a page that works', async () => {
    window.location.hash = 'e=7cEBDQAAAMKgoO_fwxxuQAEAAAAAAAAAAMC_AQ';
    renderAppAt(`/explain${window.location.hash}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nested too deeply at line 1, column 513: more than 512 levels of [ and {.',
    );
    expect(screen.getByText(DAMAGED)).toHaveAttribute('role', 'status');
    expect(screen.getByLabelText('Request envelope')).toHaveValue('['.repeat(10_000));
    await paste(omni);
    expect(await screen.findByTestId('explain-internal-usd')).toHaveTextContent('$2.16');
    expect(screen.queryByText(DAMAGED)).not.toBeInTheDocument();
    expect(window.location.hash).toBe('');
  });

  it.each([
    ['characters a link never has', '!!notalink', /characters/],
    ['lengths that disagree', 'AQUAAAA', /invalid stored block lengths/],
    ['a block of no type', 'BwA', /invalid block type/],
    ['bytes that are not UTF-8', '-__vLwA', /encoded data|utf-8/i],
  ])('says so in words for a link with %s, never the browser’s own', async (_, packed, raw) => {
    window.location.hash = `e=${packed}`;
    renderAppAt(`/explain${window.location.hash}`);
    expect(await screen.findByText(DAMAGED)).toHaveAttribute('role', 'status');
    expect(screen.queryByText(raw)).not.toBeInTheDocument();
    await paste(omni);
    expect(await screen.findByTestId('explain-internal-usd')).toHaveTextContent('$2.16');
    expect(screen.queryByText(DAMAGED)).not.toBeInTheDocument();
  });
});

describe('a permalink after an edit', () => {
  it('leaves the address bar, so a reload never brings back the old envelope', async () => {
    window.location.hash = `e=${await compressToUrl(omni)}`;
    renderAppAt(`/explain${window.location.hash}`);
    await screen.findByTestId('explain-internal-usd');
    await paste('{"model_name":"kling-v3","duration":5}');
    await waitFor(() => expect(window.location.hash).toBe(''));
  });
});

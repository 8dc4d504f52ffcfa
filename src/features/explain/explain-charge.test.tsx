// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt } from '../../../test/helpers/render-app';
import { stubFetchFromDisk } from '../../../test/helpers/stub-fetch';
import { twoVersionsFiles } from '../../../test/helpers/two-versions';

const v3 = { model_name: 'kling-v3', mode: 'std', duration: 5, prompt: 'a lighthouse' };

afterEach(() => {
  vi.unstubAllGlobals();
});

async function paste(value: unknown) {
  const box = await screen.findByLabelText('Request envelope');
  fireEvent.change(box, { target: { value: typeof value === 'string' ? value : JSON.stringify(value) } });
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the verdict on a charge', () => {
  it('says a charge matches, on the card in force on the As of date', async () => {
    stubFetchFromDisk();
    renderAppAt('/explain?as_of=2026-12-01');
    await paste({ ...v3, charged_usd: '0.33' });
    expect(await screen.findByTestId('verdict-usd')).toHaveTextContent(
      'Charged $0.33: matches internal@2026-11-21 (in force on 2026-12-01, the As of date).',
    );
    expect(screen.getByText('Our bill: Matches')).toBeInTheDocument();
    expect(screen.getByLabelText('Amount charged (USD, our bill)')).toHaveAccessibleDescription(
      'From the paste (charged_usd): 0.33.',
    );
  });

  it('names the cause of a mismatch: the 720p rule not applied', async () => {
    stubFetchFromDisk();
    renderAppAt('/explain?as_of=2026-12-01');
    await paste({ ...v3, resolution: '1080p', charged_usd: 0.49 });
    expect(await screen.findByTestId('verdict-usd')).toHaveTextContent(
      'Charged $0.49, expected $0.33 on internal@2026-11-21 (in force on 2026-12-01, the As of date): ' +
        'overcharged by $0.16.',
    );
    expect(screen.getByTestId('verdict-usd-detail')).toHaveTextContent(
      'Cause: the 720p rule not applied: charged at the requested 1080p gives $0.49.',
    );
  });

  it('takes a typed amount over the pasted one, says so, and says when no known rule gives it', async () => {
    stubFetchFromDisk();
    renderAppAt('/explain?as_of=2026-12-01');
    await paste({ ...v3, charged_usd: '0.33' });
    await screen.findByTestId('verdict-usd');
    type('Amount charged (USD, our bill)', '0.77');
    await waitFor(() => expect(screen.getByTestId('verdict-usd')).toHaveTextContent('Charged $0.77, expected $0.33'));
    expect(screen.getByTestId('verdict-usd-detail')).toHaveTextContent(/^No known rule gives \$0\.77\.$/);
    expect(screen.getByLabelText('Amount charged (USD, our bill)')).toHaveAccessibleDescription(
      'Typed here; replaces 0.33 from the paste (charged_usd).',
    );
    expect(window.location.search).toContain('charged_usd=0.77');
  });

  it('names a typed value that does not read, and leaves it out', async () => {
    stubFetchFromDisk();
    renderAppAt('/explain?as_of=2026-12-01');
    await paste(v3);
    type('Amount charged (USD, our bill)', 'a lot');
    expect(await screen.findByText('Amount charged: must be an amount in USD of 0 or more, got "a lot"')).toBeVisible();
    expect(screen.getByLabelText('Amount charged (USD, our bill)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('verdict-expected')).toHaveTextContent('Expected $0.33 on internal@2026-11-21');
  });

  it('checks Kling’s units typed beside the paste', async () => {
    stubFetchFromDisk();
    renderAppAt('/explain?as_of=2026-12-01');
    await paste({ request: { model_name: 'kling-video-o1', mode: 'pro', duration: '10' } });
    type('Units deducted (final_unit_deduction)', '8');
    expect(await screen.findByTestId('verdict-units')).toHaveTextContent(
      'Kling deducted 8 units: matches kling-official-units@2026-09-20 (in force on 2026-12-01, the As of date).',
    );
  });

  it('names a field in the wrong place in the paste, and reads it all the same', async () => {
    stubFetchFromDisk();
    renderAppAt('/explain?as_of=2026-12-01');
    await paste({ request: v3, response: { data: { final_unit_deduction: '3' } }, videos: [{ duration: '5.1' }] });
    const named = await screen.findByTestId('misplaced-fields');
    expect(within(named).getByRole('heading')).toHaveTextContent('A field in the wrong place');
    expect(named).toHaveTextContent(
      'videos is at the top level, but it belongs under task_result (response.data.task_result.videos): ' +
        'read from there all the same.',
    );
    expect(screen.getByLabelText('Video duration (s)')).toHaveAccessibleDescription(
      'Kling’s task answer. From the paste (videos): 5.1 s.',
    );
    const checks = screen.getByTestId('result-checks');
    expect(within(checks).getByRole('row', { name: /Video 1 duration/ })).toHaveTextContent('Mismatch.');
  });
});

describe('the card in force on the day', () => {
  it('prices a charge as of its created_at on the older card version, and as of the date without it', async () => {
    stubFetchFromDisk(twoVersionsFiles());
    renderAppAt('/explain?as_of=2026-12-01');
    await paste({ ...v3, charged_usd: '0.26', created_at: '2026-10-15T08:00:00Z' });
    expect(await screen.findByTestId('verdict-usd')).toHaveTextContent(
      'Charged $0.26: matches internal@2026-10-01 (in force on 2026-10-15, the day of created_at).',
    );
    expect(screen.getByLabelText('As of')).toHaveAccessibleDescription(
      'Not used: created_at gives the date (2026-10-15).',
    );
    await paste({ ...v3, charged_usd: '0.26' });
    await waitFor(() =>
      expect(screen.getByTestId('verdict-usd')).toHaveTextContent(
        'Charged $0.26, expected $0.33 on internal@2026-11-21 (in force on 2026-12-01, the As of date): ' +
          'undercharged by $0.07.',
      ),
    );
    // The likeliest cause first (any other variant that gives $0.26 may be listed after it).
    expect(screen.getByTestId('verdict-usd-detail')).toHaveTextContent(
      /^Cause: another card version: internal@2026-10-01 gives \$0\.26[ .]/,
    );
  });

  it('takes created_at typed as epoch milliseconds', async () => {
    stubFetchFromDisk(twoVersionsFiles());
    renderAppAt('/explain?as_of=2026-12-01');
    await paste({ ...v3, charged_usd: '0.26' });
    type('created_at', String(Date.UTC(2026, 9, 15, 8)));
    await waitFor(() =>
      expect(screen.getByTestId('verdict-usd')).toHaveTextContent(
        'Charged $0.26: matches internal@2026-10-01 (in force on 2026-10-15, the day of created_at).',
      ),
    );
  });

  it('says so clearly before the oldest card version, and keeps the As of date in the address', async () => {
    stubFetchFromDisk(twoVersionsFiles());
    renderAppAt('/explain?as_of=2026-12-01');
    await paste(v3);
    await screen.findByTestId('verdict-expected');
    type('As of', '2026-01-01');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing was in force on 2026-01-01 (the As of date): no version of "internal" is in force on 2026-01-01: ' +
        'its oldest takes effect on 2026-10-01. Pick an As of date on or after it.',
    );
    expect(window.location.search).toBe('?as_of=2026-01-01');
    expect(screen.getByLabelText('Request envelope')).not.toHaveAttribute('aria-invalid');
  });
});

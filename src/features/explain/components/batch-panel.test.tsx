// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { twoInternalVersions } from '../../../../test/helpers/card-versions';
import { CHARGES_AS_OF, fiftyChargedRowsCsv } from '../../../../test/helpers/charged-file';
import { createFilePricer } from '../../../engine';
import type { FromWorker, ToWorker } from '../batch-protocol';
import { BatchPanel } from './batch-panel';

/** A stand-in for the worker: keeps what the panel sent, and answers when told to. */
function fakeWorker() {
  const sent: ToWorker[] = [];
  const worker = {
    onmessage: null as ((event: MessageEvent<FromWorker>) => void) | null,
    onerror: null,
    postMessage: (message: ToWorker) => sent.push(message),
    terminate: vi.fn(),
  };
  const answer = (message: FromWorker) => act(() => worker.onmessage?.({ data: message } as MessageEvent<FromWorker>));
  return { sent, answer, create: () => worker as unknown as Worker };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the Price a file panel', () => {
  it('sends the worker the chosen date, and shows the charges it answers with their CSV', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => `blob:${(blob as Blob).size}`);
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const set = twoInternalVersions('2026-11-30');
    const worker = fakeWorker();
    const user = userEvent.setup();
    render(<BatchPanel set={set} asOf={CHARGES_AS_OF} createWorker={worker.create} />);
    const text = fiftyChargedRowsCsv();
    await user.upload(screen.getByLabelText('A JSON Lines or CSV file of envelopes'), new File([text], 'c.csv'));
    expect(worker.sent.map((m) => [m.name, m.asOf, m.set.asOf])).toEqual([['c.csv', CHARGES_AS_OF, '2026-11-30']]);

    const pricer = createFilePricer('csv', set, {}, CHARGES_AS_OF);
    pricer.push(new TextEncoder().encode(text));
    pricer.end();
    const [csv, mismatchCsv] = [new Blob(['all rows']), new Blob(['four'])];
    await worker.answer({ type: 'done', totals: pricer.totals(), errors: [], csv, mismatchCsv, format: 'csv' });
    expect(screen.getByTestId('charge-counts')).toHaveTextContent('4 mismatches, 46 matches');
    expect(screen.getByRole('link', { name: 'Download mismatches (CSV)' })).toHaveAttribute('href', 'blob:4');
    expect(screen.getByRole('link', { name: 'Download the priced rows (CSV)' })).toHaveAttribute('href', 'blob:8');
    expect(screen.getByText(/Rows without created_at are priced as of 2026-12-15\./)).toBeInTheDocument();
  });

  it('prices as of the cards’ own date when no date, or no valid date, is given', async () => {
    for (const asOf of [undefined, 'next tuesday']) {
      const worker = fakeWorker();
      const user = userEvent.setup();
      const { unmount } = render(
        <BatchPanel set={twoInternalVersions('2026-11-30')} asOf={asOf} createWorker={worker.create} />,
      );
      const input = screen.getByLabelText('A JSON Lines or CSV file of envelopes');
      await user.upload(input, new File(['model_name,duration\n'], 'c.csv'));
      expect(worker.sent.map((m) => m.asOf)).toEqual(['2026-11-30']);
      unmount();
    }
  });
});

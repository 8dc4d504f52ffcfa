// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cardVersion, servedWith } from '../../../test/helpers/card-fixtures';
import { reloadOverrides } from '../../../test/helpers/reload-overrides';
import { renderAppAt } from '../../../test/helpers/render-app';
import { stubFetchFromDisk } from '../../../test/helpers/stub-fetch';

// The shipped cards plus internal@2026-11-25, in force on 2026-11-30: kling-v3 × 1.2 (shipped: 1.3).
const fixture = cardVersion('internal.2026-11-21.json', '2026-11-25', (card) => ({
  modelMultipliers: { ...(card.modelMultipliers as Record<string, string>), 'kling-v3': '1.2' },
}));
beforeEach(() => {
  localStorage.clear();
  reloadOverrides();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-30T12:00:00Z'));
  stubFetchFromDisk(servedWith(fixture));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  localStorage.clear();
});

const amount = (id: string) => screen.getByTestId(id).textContent;
const V3 = '/?model=kling-v3&mode=pro&duration=10&resolution=720p&input=text';
const marker = () => screen.getByRole('region', { name: 'What-if' });

describe('a what-if in the link', () => {
  it('prices with it, and shows the card’s own price and margin beside it', async () => {
    renderAppAt(`${V3}&mult=kling-v3:1.5`);
    // 10 s × $0.12 (pro) × 1.0 (720p) × 1.00 (text) × 1.5 = $1.80; the card's × 1.2 gives $1.44.
    // Vendor: 8 units × $0.14 = $1.12, so margins $0.68 (37.8 %) and $0.32 (22.2 %).
    expect(await screen.findByTestId('internal-usd')).toHaveTextContent('$1.80');
    // The card's own figures load with the what-if's note, just after the price.
    expect(await screen.findByTestId('own-internal-usd')).toHaveTextContent('$1.44');
    expect(amount('vendor-usd')).toBe('$1.12');
    expect(amount('margin-usd')).toBe('$0.68');
    expect(amount('own-margin-usd')).toBe('$0.32 (22.2%)');
    expect(screen.getByRole('region', { name: 'Internal price' })).toHaveTextContent(
      "$1.80what-if · card's own price $1.44",
    );
    expect(marker()).toHaveTextContent('What-if: kling-v3 × 1.5 (card: × 1.2). Not saved: only this link carries it.');
    expect(screen.getByTestId('as-of-stamp')).toHaveTextContent('internal@2026-11-25+what-if');
    expect(screen.queryByText(/Ignored from the link/)).toBeNull();
  });

  it('keeps mult in the link as the form changes, and "Clear what-if" removes it', async () => {
    const { user } = renderAppAt(`${V3}&mult=kling-v3:1.5`);
    await screen.findByTestId('internal-usd');
    const duration = screen.getByLabelText('Duration (seconds)');
    await user.clear(duration);
    await user.type(duration, '5');
    expect(amount('internal-usd')).toBe('$0.90');
    expect(window.location.search).toBe(
      '?model=kling-v3&mode=pro&duration=5&resolution=720p&input=text&mult=kling-v3:1.5',
    );
    await user.click(within(marker()).getByRole('button', { name: 'Clear what-if' }));
    expect(amount('internal-usd')).toBe('$0.72');
    expect(screen.queryByRole('region', { name: 'What-if' })).toBeNull();
    expect(screen.queryByTestId('own-internal-usd')).toBeNull();
    expect(window.location.search).not.toContain('mult');
  });

  it('is set from the Quote screen, next to the price, starting at the card’s value', async () => {
    const { user } = renderAppAt(V3);
    expect(await screen.findByTestId('internal-usd')).toHaveTextContent('$1.44');
    await user.click(screen.getByText('Try a multiplier'));
    const field = await screen.findByLabelText('Multiplier for kling-v3');
    expect(field).toHaveValue('1.2');
    expect(field).toHaveAccessibleDescription(/^The card: × 1\.2\. /);
    await user.clear(field);
    await user.type(field, '1.5x');
    await user.click(screen.getByRole('button', { name: 'Try' }));
    expect(field).toHaveAccessibleDescription(/the factor must be a positive decimal/);
    await user.clear(field);
    await user.type(field, '1.5{Enter}');
    expect(amount('internal-usd')).toBe('$1.80');
    expect(new URLSearchParams(window.location.search).getAll('mult')).toEqual(['kling-v3:1.5']);
    expect(screen.getByLabelText('Multiplier for kling-v3')).toHaveValue('1.5');
    expect(screen.getByLabelText('Multiplier for kling-v3')).toHaveAccessibleDescription(
      /^The card: × 1\.2; this link tries × 1\.5\. /,
    );
  });

  it('is in the copied quote, and so is the link', async () => {
    const { user } = renderAppAt(`${V3}&mult=kling-v3:1.5`);
    await screen.findByTestId('internal-usd');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy quote' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const text = String(writeText.mock.calls[0]?.[0]);
    expect(text).toContain(
      "What-if (not saved): kling-v3 × 1.5 (without it: × 1.2); the card's own price as billed: $1.44, " +
        'its margin: $0.32 (22.2%)',
    );
    expect(text).toContain('Internal price as billed (720p): $1.80 [internal@2026-11-25+what-if]');
    expect(text).toMatch(/Link: http:\/\/localhost(:\d+)?\/\?model=kling-v3&.*&mult=kling-v3:1\.5\n$/);
  });

  it('does not apply a model no card knows until confirmed, and keeps the confirmation in the link', async () => {
    const { user } = renderAppAt('/?model=kling-v33&mode=pro&duration=10&mult=kling-v33:1.5');
    // A model no card knows is priced at the card's default × 1.0: 10 × $0.12 = $1.20.
    expect(await screen.findByTestId('internal-usd')).toHaveTextContent('$1.20');
    const alert = within(marker()).getByRole('alert');
    expect(alert).toHaveTextContent(
      'kling-v33 is not a model on the loaded cards: did you mean kling-v3? Not applied.',
    );
    await user.click(within(alert).getByRole('button', { name: 'Apply to kling-v33 anyway' }));
    expect(amount('internal-usd')).toBe('$1.80');
    expect(marker()).toHaveTextContent("What-if: kling-v33 × 1.5 (no card knows kling-v33; the card's default: × 1.0)");
    expect(new URLSearchParams(window.location.search).getAll('mult')).toEqual(['kling-v33:1.5:anyway']);
  });

  it('offers the nearest known model instead', async () => {
    const { user } = renderAppAt(`${V3}&mult=kling-v33:1.5`);
    expect(await screen.findByTestId('internal-usd')).toHaveTextContent('$1.44');
    await user.click(within(marker()).getByRole('button', { name: 'Use kling-v3' }));
    expect(amount('internal-usd')).toBe('$1.80');
    expect(new URLSearchParams(window.location.search).getAll('mult')).toEqual(['kling-v3:1.5']);
  });

  it('names a malformed value and prices with the cards as they are', async () => {
    renderAppAt(`${V3}&mult=kling-v3:abc`);
    expect(await screen.findByTestId('internal-usd')).toHaveTextContent('$1.44');
    expect(marker()).toHaveTextContent(
      'Not applied from the link: mult ("kling-v3:abc"): the factor must be a positive decimal with up to 4 ' +
        'decimals, at most 100, such as 1.5.',
    );
  });

  it('is saved as an override only when asked, and then leaves the link', async () => {
    const { user } = renderAppAt(`${V3}&mult=kling-v3:1.5`);
    await screen.findByTestId('internal-usd');
    expect(window.localStorage.getItem('kling-calc:overrides:v1')).toBeNull();
    await user.click(within(marker()).getByRole('button', { name: 'Save as override' }));
    expect(
      await screen.findByText('Saved as your override: kling-v3 × 1.5. Every screen now uses it; see Rate cards.'),
    ).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem('kling-calc:overrides:v1') ?? '{}').modelMultipliers).toEqual({
      'kling-v3': '1.5',
    });
    expect(window.location.search).not.toContain('mult');
    expect(amount('internal-usd')).toBe('$1.80');
    expect(screen.queryByRole('region', { name: 'What-if' })).toBeNull();
    expect(screen.getByText(/Your overrides are applied/)).toBeInTheDocument();
  });
});

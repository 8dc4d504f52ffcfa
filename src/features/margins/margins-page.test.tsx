// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { marginMap } from '../../engine';
import { shipped } from '../../../test/helpers/estimates';
import { renderAppAt } from '../../../test/helpers/render-app';
import { stubResizeObserver } from '../../../test/helpers/resize-observer';
import { stubFetchFromDisk } from '../../../test/helpers/stub-fetch';
import { formatUsd } from '../../lib/format-money';

beforeEach(() => {
  stubFetchFromDisk();
  stubResizeObserver();
  localStorage.clear();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const opened = () => screen.findByRole('heading', { name: 'Margin map' }, { timeout: 10_000 });

/** The engine's map for the same settings, on the same cards. */
function expected(targetPct: string, durationSeconds = 10) {
  const map = marginMap(shipped, { durationSeconds, targetPct, resolutions: ['720p'], audio: false });
  if (!map.ok) throw new Error(map.error);
  return map.map;
}

describe('the margin map', () => {
  it('shows every cell the engine maps, each linking to its request on Quote', async () => {
    renderAppAt('/margins?duration=10&res=720p&audio=off&target=30');
    await opened();
    const map = expected('30');
    const links = screen.getAllByRole('link', { name: /Open on the Quote screen$/ });
    expect(links).toHaveLength(map.cells.length);
    const first = map.cells[0];
    const link = links[0];
    expect(link).toHaveTextContent(formatUsd(first.marginUsd));
    expect(link).toHaveTextContent(`${formatUsd(first.internalUsd)} − ${formatUsd(first.vendorUsd)}`);
    const href = new URL(link.getAttribute('href') ?? '', 'http://x');
    expect(Object.fromEntries(href.searchParams)).toMatchObject({
      model: first.model,
      mode: first.mode,
      duration: '10',
      resolution: '720p',
      input: first.input,
      target: '30',
    });
  });

  it('marks cells below the target or at a loss in words, and says the multiplier each model needs', async () => {
    renderAppAt('/margins?duration=10&res=720p&audio=off&target=30');
    await opened();
    const map = expected('30');
    const losses = map.cells.filter((c) => c.standing === 'loss').length;
    const below = map.cells.filter((c) => c.standing === 'below-target').length;
    expect(losses + below).toBeGreaterThan(0);
    expect(screen.queryAllByText('loss')).toHaveLength(losses);
    expect(screen.queryAllByText('below target')).toHaveLength(below);
    const v3 = map.models.find((m) => m.model === 'kling-v3');
    const summary = screen.getByTestId('needed-kling-v3');
    expect(summary).toHaveTextContent(`× ${v3?.multiplierNeeded ?? 'none'}`);
  });

  it('links each model that needs more to the same map with that multiplier as a what-if', async () => {
    renderAppAt('/margins?duration=10&res=720p&audio=off&target=30&mult=kling-v2-6:1.2');
    await opened();
    const map = expected('30');
    const v3 = map.models.find((m) => m.model === 'kling-v3');
    // On the shipped cards kling-v3 at 10 s, 720p, needs more than its × 1.3 to reach 30%.
    expect(v3?.multiplier).toBe('1.3');
    const needed = v3?.multiplierNeeded ?? '';
    expect(needed).not.toBe('1.3');
    const link = within(screen.getByTestId('needed-kling-v3')).getByRole('link', {
      name: `Try × ${needed} as a what-if`,
    });
    const href = new URL(link.getAttribute('href') ?? '', 'http://x');
    expect(href.pathname).toBe('/margins');
    expect(href.searchParams.getAll('mult')).toEqual(['kling-v2-6:1.2', `kling-v3:${needed}`]);
    expect(href.search).toContain(`mult=kling-v3:${needed}`);
    expect(Object.fromEntries(href.searchParams)).toMatchObject({ duration: '10', res: '720p', target: '30' });
  });

  it('follows the target set on the screen', async () => {
    const { user } = renderAppAt('/margins?duration=10&res=720p&audio=off&target=30');
    await opened();
    const field = screen.getByLabelText('Margin target (%)');
    await user.clear(field);
    await user.type(field, '0');
    const map = expected('0');
    await waitFor(() => expect(screen.queryAllByText('below target')).toHaveLength(0));
    expect(screen.queryAllByText('loss')).toHaveLength(map.cells.filter((c) => c.standing === 'loss').length);
  });

  it('names a duration that is not one, and keeps the map it had', async () => {
    const { user } = renderAppAt('/margins?duration=10&res=720p&audio=off');
    await opened();
    const count = screen.getAllByRole('link', { name: /Open on the Quote screen$/ }).length;
    const duration = screen.getByLabelText('Duration (seconds)');
    await user.clear(duration);
    await user.type(duration, '-3');
    expect(duration).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByRole('link', { name: /Open on the Quote screen$/ })).toHaveLength(count);
  });
});

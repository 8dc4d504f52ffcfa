// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt } from '../../../test/helpers/render-app';
import { stubFetchFromDisk } from '../../../test/helpers/stub-fetch';

// O1 pro, 10 s, 1080p, one image: $2.16 billed, $1.12 at the vendor, a margin of $1.04 (48.1 %).
const O1 = '?model=kling-video-o1&mode=pro&duration=10&resolution=1080p&input=image';
const flag = () => screen.getByTestId('margin-pct').parentElement?.querySelector('[data-standing]') ?? null;

beforeEach(() => {
  stubFetchFromDisk();
  localStorage.clear();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the margin target on Quote', () => {
  it('marks a negative margin a loss, in words', async () => {
    renderAppAt('/');
    expect(await screen.findByTestId('margin-usd')).toHaveTextContent('-$0.09');
    expect(flag()).toHaveTextContent('loss');
  });

  it('reads the target from the link, and marks a margin under it', async () => {
    renderAppAt(`/${O1}&target=50`);
    expect(await screen.findByTestId('margin-pct')).toHaveTextContent('48.1%');
    expect(flag()).toHaveTextContent('below target');
    expect(screen.getByText(/Margin target 50%/)).toBeInTheDocument();
    // The target is the page's, not the request's: nothing in the link is reported ignored.
    expect(screen.queryByText(/Ignored from the link/)).toBeNull();
  });

  it('is set on the screen, kept in this browser and in the link, and the mark follows', async () => {
    const { user } = renderAppAt(`/${O1}&target=50`);
    await user.click(await screen.findByRole('button', { name: 'Change the margin target' }));
    const field = await screen.findByLabelText('Margin target (%)');
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, '40');
    await waitFor(() => expect(flag()).toBeNull());
    expect(localStorage.getItem('kling-calc:margin-target:v1')).toBe('40');
    expect(new URLSearchParams(window.location.search).get('target')).toBe('40');
    // The screen's own parameters are still there beside it.
    expect(new URLSearchParams(window.location.search).get('model')).toBe('kling-video-o1');
  });

  it('says what is wrong with a target typed, and keeps the last one that was one', async () => {
    const { user } = renderAppAt(`/${O1}&target=50`);
    await user.click(await screen.findByRole('button', { name: 'Change the margin target' }));
    const field = await screen.findByLabelText('Margin target (%)');
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, '120');
    expect(field).toHaveAccessibleDescription(/The margin target must be a margin percentage from 0 to 99.99/);
    // "12" was a target on the way to "120": it is the one kept.
    expect(new URLSearchParams(window.location.search).get('target')).toBe('12');
    expect(flag()).toBeNull();
  });

  it('names a target in the link that is not one, and uses this browser’s', async () => {
    localStorage.setItem('kling-calc:margin-target:v1', '49');
    renderAppAt(`/${O1}&target=abc`);
    expect(await screen.findByText(/The link's margin target is not used/)).toBeInTheDocument();
    expect(flag()).toHaveTextContent('below target');
    expect(screen.getByText(/Margin target 49%/)).toBeInTheDocument();
  });
});

// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ScreenNav } from './screen-nav';

const LABELS = ['Quote', 'Compare at scale', 'Estimates', 'Margin map', 'Explain a charge', 'Rate cards'];

describe('ScreenNav', () => {
  it('opens the list of screens from the Menu button, marks the current one, and closes on Escape', async () => {
    const user = userEvent.setup();
    render(<ScreenNav path="/margins" whatIf="" />);
    const menu = screen.getByRole('button', { name: 'Menu' });
    const list = document.getElementById(menu.getAttribute('aria-controls') ?? '');
    expect(list?.tagName).toBe('UL');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(list).not.toHaveClass('open');

    await user.tab();
    expect(menu).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(list).toHaveClass('open');
    const links = within(list as HTMLElement).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(LABELS);
    expect(links.map((a) => a.getAttribute('aria-current'))).toEqual([null, null, null, 'page', null, null]);

    // Escape from a link closes the list and gives the focus back to the button.
    await user.tab();
    expect(links[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(list).not.toHaveClass('open');
    expect(menu).toHaveFocus();
  });

  it('closes on choosing a screen, and keeps the what-if on every link', async () => {
    const user = userEvent.setup();
    render(<ScreenNav path="/plan" whatIf="try=kling-v3:1.2" />);
    const menu = screen.getByRole('button', { name: 'Menu' });
    await user.click(menu);
    const estimates = screen.getByRole('link', { name: 'Estimates' });
    expect(estimates).toHaveAttribute('aria-current', 'page');
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      '/?try=kling-v3:1.2',
      '/compare?try=kling-v3:1.2',
      '/estimates?try=kling-v3:1.2',
      '/margins?try=kling-v3:1.2',
      '/explain?try=kling-v3:1.2',
      '/rate-cards?try=kling-v3:1.2',
    ]);
    // jsdom does not navigate: the click only has to close the list.
    estimates.addEventListener('click', (e) => e.preventDefault());
    await user.click(estimates);
    expect(menu).toHaveAttribute('aria-expanded', 'false');
  });
});

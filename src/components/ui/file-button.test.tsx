// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FileButton } from './file-button';

describe('FileButton', () => {
  it('is a labelled, focusable file input that names the file chosen', async () => {
    const onChoose = vi.fn<(input: HTMLInputElement) => void>();
    const user = userEvent.setup();
    render(
      <>
        <p id="what">A JSON file of overrides</p>
        <FileButton id="f" label="Import (JSON)" accept=".json" onChoose={onChoose} describedBy="what" />
      </>,
    );
    const input = screen.getByLabelText('Import (JSON)');
    expect(input).toHaveAttribute('type', 'file');
    // Hidden from sight, not from the keyboard or assistive technology.
    expect(input).toHaveClass('sr-only');
    expect(input).toHaveAccessibleDescription('A JSON file of overrides No file chosen');
    await user.tab();
    expect(input).toHaveFocus();

    await user.upload(input, new File(['{}'], 'my overrides.json', { type: 'application/json' }));
    expect(screen.getByText('my overrides.json')).toBeVisible();
    expect(input).toHaveAccessibleDescription('A JSON file of overrides my overrides.json');
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(onChoose.mock.calls[0]?.[0].files?.[0]?.name).toBe('my overrides.json');
  });
});

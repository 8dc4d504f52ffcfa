// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './app';

describe('the first page', () => {
  it("shows the product's name and what it does", () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Kling video cost calculator' })).toBeInTheDocument();
    expect(screen.getByText(/rounded half-up to the cent/)).toBeInTheDocument();
  });
});

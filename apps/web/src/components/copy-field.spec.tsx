import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { CopyField } from './copy-field';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('copies the value and announces it', async () => {
  const writeText = vi.fn().mockResolvedValue(undefined);
  vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
  render(<CopyField label="Link" hint="Deel hem niet" warning value="https://example.test/x" />);

  expect(screen.getByRole('textbox', { name: 'Link' }).getAttribute('aria-describedby')).toBe(
    screen.getByText('Deel hem niet').id,
  );
  expect(screen.getByText('Deel hem niet').className).toBe('field__warning');
  fireEvent.click(screen.getByRole('button', { name: 'Kopiëren' }));
  expect(writeText).toHaveBeenCalledWith('https://example.test/x');
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Gekopieerd.'));
});

it('says so when the clipboard refuses', async () => {
  vi.stubGlobal('navigator', {
    ...navigator,
    clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
  });
  render(<CopyField label="Link" value="x" />);

  expect(screen.getByRole('textbox', { name: 'Link' }).getAttribute('aria-describedby')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Kopiëren' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/lukte niet/));
});

import { fireEvent, render, screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { Pagination } from './pagination';

it('pages forward and back and announces the range', () => {
  const onChange = vi.fn();
  const { rerender } = render(<Pagination offset={0} limit={10} total={25} onChange={onChange} />);

  expect(screen.getByRole('navigation', { name: 'Bladeren' })).toBeVisible();
  expect(screen.getByRole('status').textContent).toBe('1–10 van 25');
  expect(screen.getByRole('button', { name: 'Vorige' })).toHaveProperty('disabled', true);
  fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
  expect(onChange).toHaveBeenCalledWith(10);

  rerender(<Pagination label="Eerdere sessies" offset={20} limit={10} total={25} onChange={onChange} />);
  expect(screen.getByRole('navigation', { name: 'Eerdere sessies' })).toBeVisible();
  expect(screen.getByRole('status').textContent).toBe('21–25 van 25');
  expect(screen.getByRole('button', { name: 'Volgende' })).toHaveProperty('disabled', true);
  fireEvent.click(screen.getByRole('button', { name: 'Vorige' }));
  expect(onChange).toHaveBeenLastCalledWith(10);
});

it('shows an empty range without a page to go to', () => {
  render(<Pagination offset={0} limit={10} total={0} onChange={vi.fn()} />);
  expect(screen.getByRole('status').textContent).toBe('0–0 van 0');
  expect(screen.getByRole('button', { name: 'Volgende' })).toHaveProperty('disabled', true);
});

import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { ConfirmAction } from './confirm-action';

function renderConfirm(onConfirm: () => Promise<unknown> | void) {
  render(
    <ConfirmAction
      label="Verwijderen"
      question="Echt verwijderen?"
      confirmLabel="Ja, verwijderen"
      pending={false}
      onConfirm={onConfirm}
    />,
  );
}

it('asks first, and puts focus back on the start button after cancelling', () => {
  const onConfirm = vi.fn();
  renderConfirm(onConfirm);

  fireEvent.click(screen.getByRole('button', { name: 'Verwijderen' }));
  expect(screen.getByRole('group', { name: 'Echt verwijderen?' })).toBeVisible();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ja, verwijderen' }));

  fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
  expect(onConfirm).not.toHaveBeenCalled();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Verwijderen' }));
});

it('keeps the question open after a plain callback; the caller ends it', () => {
  const plain = vi.fn();
  renderConfirm(plain);
  fireEvent.click(screen.getByRole('button', { name: 'Verwijderen' }));
  fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
  expect(plain).toHaveBeenCalledOnce();
  expect(screen.getByRole('group', { name: 'Echt verwijderen?' })).toBeVisible();
});

it('closes the question once a returned promise succeeds, and keeps it open when it fails', async () => {
  let fail = true;
  renderConfirm(() => (fail ? Promise.reject(new Error('nope')) : Promise.resolve()));
  fireEvent.click(screen.getByRole('button', { name: 'Verwijderen' }));

  fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
  await Promise.resolve();
  expect(screen.getByRole('group', { name: 'Echt verwijderen?' })).toBeVisible();

  fail = false;
  fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
  await waitFor(() => expect(screen.queryByRole('group')).toBeNull());
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Verwijderen' }));
});

import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Link } from 'react-router';
import { expect, it } from 'vitest';
import { MainMenu } from './main-menu';

function renderMenu() {
  render(
    <MemoryRouter>
      <MainMenu>
        <Link to="/goals">Mijn doelen</Link>
      </MainMenu>
      <p>Buiten het menu</p>
    </MemoryRouter>,
  );
  return screen.getByRole('button', { name: 'Menu' });
}

it('opens and closes by its button, which says whether it is open and what it controls', () => {
  const button = renderMenu();
  const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
  expect(button.getAttribute('aria-expanded')).toBe('false');
  expect(panel.hasAttribute('data-open')).toBe(false);

  fireEvent.click(button);
  expect(button.getAttribute('aria-expanded')).toBe('true');
  expect(panel.hasAttribute('data-open')).toBe(true);

  fireEvent.click(button);
  expect(button.getAttribute('aria-expanded')).toBe('false');
});

it('closes on Escape and gives focus back to its button', () => {
  const button = renderMenu();
  fireEvent.click(button);
  screen.getByRole('link', { name: 'Mijn doelen' }).focus();

  fireEvent.keyDown(document, { key: 'Escape' });
  expect(button.getAttribute('aria-expanded')).toBe('false');
  expect(document.activeElement).toBe(button);
});

it('closes when a page is chosen in it or someone clicks outside it', () => {
  const button = renderMenu();
  fireEvent.click(button);
  fireEvent.click(screen.getByRole('link', { name: 'Mijn doelen' }));
  expect(button.getAttribute('aria-expanded')).toBe('false');

  fireEvent.click(button);
  fireEvent.pointerDown(screen.getByText('Buiten het menu'));
  expect(button.getAttribute('aria-expanded')).toBe('false');
});

import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { Section } from './section';

it('is a region named by its heading, with the action next to it', () => {
  render(
    <Section title="Sessies" className="panel" action={<button type="button">Plannen</button>}>
      <p>Inhoud</p>
    </Section>,
  );
  const region = screen.getByRole('region', { name: 'Sessies' });
  expect(region.className).toBe('section panel');
  expect(screen.getByRole('heading', { level: 2, name: 'Sessies' })).toBeVisible();
  expect(screen.getByRole('button', { name: 'Plannen' })).toBeVisible();
});

import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { TextAreaField } from './form-fields';

it('wires the hint, the character counter and a translated error to the text area', () => {
  render(
    <TextAreaField
      label="Wat heb je geleerd?"
      hint="Een paar zinnen"
      counter={{ length: 2100, max: 2000 }}
      error={{ type: 'required', message: 'validation.required' }}
    />,
  );

  const textarea = screen.getByRole('textbox', { name: 'Wat heb je geleerd?' });
  expect(textarea.getAttribute('rows')).toBe('3');
  expect(textarea.getAttribute('aria-invalid')).toBe('true');
  const counter = screen.getByText('2100 van 2000 tekens');
  expect(counter.className).toContain('field__counter--over');
  const describedBy = textarea.getAttribute('aria-describedby')!.split(' ');
  expect(describedBy).toHaveLength(3);
  expect(describedBy).toContain(counter.id);
  expect(screen.getByText('Een paar zinnen').id).toBe(describedBy[0]);
  expect(document.getElementById(describedBy[2]!)?.textContent).not.toBe('validation.required');
});

it('shows a message that is already text as it is', () => {
  render(<TextAreaField label="Plan" error={{ type: 'server', message: 'Te lang.' }} />);
  expect(screen.getByText('Te lang.')).toBeVisible();
  expect(screen.queryByText(/tekens/)).toBeNull();
});

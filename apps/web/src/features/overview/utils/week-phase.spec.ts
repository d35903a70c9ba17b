import type { WeekSummary } from '@vitaal/shared/weeks';
import { expect, it } from 'vitest';
import { weekPhase } from './week-phase';

const empty: WeekSummary = {
  week: '2026-W48',
  status: 'missing',
  plannedHours: null,
  actualHours: null,
  energy: null,
  climate: null,
  workload: null,
};

it('asks for a plan early in the week and for a reflection from Thursday', () => {
  expect(weekPhase(empty, 1)).toBe('plan');
  expect(weekPhase({ ...empty, status: 'draft', plannedHours: 4 }, 2)).toBe('planned');
  expect(weekPhase({ ...empty, status: 'draft', plannedHours: 4 }, 4)).toBe('reflect');
  expect(weekPhase(empty, 7)).toBe('reflect');
});

it('keeps asking for the reflection once it has been started, and rests once the week is in', () => {
  expect(weekPhase({ ...empty, status: 'draft', energy: 3 }, 1)).toBe('reflect');
  expect(weekPhase({ ...empty, status: 'submitted', plannedHours: 4, actualHours: 3 }, 5)).toBe('submitted');
});

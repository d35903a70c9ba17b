import { formatNumber, formatPercent } from '@/lib/format';
import type { Aggregate, OrganizationOverviewResponse } from '@vitaal/shared/insights';

/** The figures a team row, a week and the organisation totals all have. */
export type KeyFigures = OrganizationOverviewResponse['totals'];

/** Why a figure is not shown: too few answers to average, none at all, or a team too small to count. */
export type WithheldReason = Aggregate['reason'] | 'small_team';

/** A figure as shown: the number, or none with the reason why. */
export interface Shown {
  value: number | null;
  reason: WithheldReason;
}

export const fromAggregate = (aggregate: Aggregate): Shown => ({ value: aggregate.value, reason: aggregate.reason });

/** Counts and hours come back empty for people who may not see a team this small. */
export const fromCount = (value: number | null, members: number, minGroupSize: number): Shown => ({
  value,
  reason: value === null && members < minGroupSize ? 'small_team' : null,
});

export type FigureFormat = 'number' | 'percent';

export interface FigureColumn {
  key: keyof KeyFigures;
  format: FigureFormat;
  shown: (figures: KeyFigures, minGroupSize: number) => Shown;
}

const count = (key: 'members' | 'approvedHours' | 'normHours' | 'sessionsHeld' | 'sharedLearnings'): FigureColumn => ({
  key,
  format: 'number',
  shown: (figures) => ({ value: figures[key], reason: null }),
});
const withheldForSmallTeams = (
  key: 'plansFilledPct' | 'reflectionsSubmittedPct' | 'plannedHours' | 'actualHours',
  format: FigureFormat,
): FigureColumn => ({
  key,
  format,
  shown: (figures, min) => fromCount(figures[key], figures.members, min),
});
const average = (key: 'energy' | 'climate' | 'workload' | 'aiUsePct', format: FigureFormat): FigureColumn => ({
  key,
  format,
  shown: (figures) => fromAggregate(figures[key]),
});

/** Every key figure, in the order the tables show them. */
export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  count('members'),
  withheldForSmallTeams('plansFilledPct', 'percent'),
  withheldForSmallTeams('reflectionsSubmittedPct', 'percent'),
  withheldForSmallTeams('plannedHours', 'number'),
  count('approvedHours'),
  withheldForSmallTeams('actualHours', 'number'),
  count('normHours'),
  average('energy', 'number'),
  average('climate', 'number'),
  average('workload', 'number'),
  average('aiUsePct', 'percent'),
  count('sessionsHeld'),
  count('sharedLearnings'),
];

export function figureColumn(key: keyof KeyFigures): FigureColumn {
  return FIGURE_COLUMNS.find((column) => column.key === key)!;
}

/** Hours carry their unit in the column heading, so every figure is a plain number or a percentage. */
export function formatFigure(value: number, format: FigureFormat): string {
  return format === 'percent' ? formatPercent(value) : formatNumber(value);
}

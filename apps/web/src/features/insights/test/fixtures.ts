import type {
  Aggregate,
  OrganizationOverviewResponse,
  TeamDashboardResponse,
  TeamOverviewRow,
  TeamWeekFigures,
} from '@vitaal/shared/insights';
import type { IsoWeekKey } from '@vitaal/shared/iso-week';

export const shown = (value: number, respondents = 6): Aggregate => ({ value, respondents, reason: null });
export const tooFew = (respondents = 2): Aggregate => ({
  value: null,
  respondents,
  reason: 'below_minimum_group_size',
});
export const noAnswers: Aggregate = { value: null, respondents: 0, reason: 'no_answers' };

const figures = {
  members: 8,
  plansFilledPct: 75,
  reflectionsSubmittedPct: 50,
  plannedHours: 20,
  approvedHours: 12,
  actualHours: 18.5,
  normHours: 28.8,
  energy: shown(3.5),
  climate: shown(4),
  workload: shown(3.2),
  aiUsePct: shown(33.3),
  sessionsHeld: 1,
  sharedLearnings: 2,
};

export function teamRow(id: string, name: string, overrides: Partial<TeamOverviewRow> = {}): TeamOverviewRow {
  return { team: { id, name }, ...figures, trend: [40, 50, 60], ...overrides };
}

export function overviewOf(
  teams: TeamOverviewRow[],
  totals: Partial<OrganizationOverviewResponse['totals']> = {},
): OrganizationOverviewResponse {
  return {
    weeks: ['2026-W46', '2026-W47', '2026-W48'],
    provisionalWeeks: [],
    minGroupSize: 5,
    teams,
    totals: { ...figures, members: 20, ...totals },
  };
}

export function weekOf(week: string, overrides: Partial<TeamWeekFigures> = {}): TeamWeekFigures {
  return { week: week as IsoWeekKey, provisional: false, ...figures, ...overrides };
}

const quiet: Partial<TeamWeekFigures> = {
  plansFilledPct: 0,
  reflectionsSubmittedPct: 0,
  plannedHours: 0,
  approvedHours: 0,
  actualHours: 0,
  energy: noAnswers,
  climate: noAnswers,
  workload: noAnswers,
  aiUsePct: noAnswers,
  sessionsHeld: 0,
  sharedLearnings: 0,
};

export function dashboardOf(
  id: string,
  name: string,
  weeks: TeamWeekFigures[],
  overrides: Partial<TeamDashboardResponse> = {},
): TeamDashboardResponse {
  return {
    team: { id, name },
    minGroupSize: 5,
    weeks,
    goalsByStatus: { draft: 1, active: 6, achieved: 2, paused: 0, dropped: 1 },
    goalsByChallenge: { qualification: 3, ai: 4, productivity: 1, vitality: 2, inclusion: 0, sustainability: 1 },
    ...overrides,
  };
}

/** A week in which nobody in the team did anything yet. */
export const quietWeek = (week: string) => weekOf(week, quiet);

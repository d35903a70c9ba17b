import type { Schemas } from './api.generated.js';

export const MAX_INSIGHT_WEEKS = 52;

/** An average of personal scores, or null with the reason it is withheld (docs/privacy.md). */
export type Aggregate = Schemas['Aggregate'];

export type TeamWeekFigures = Schemas['TeamWeekFigures'];

export type TeamDashboardResponse = Schemas['TeamDashboardResponse'];

export type TeamOverviewRow = Schemas['TeamOverviewRow'];

export type OrganizationOverviewResponse = Schemas['OrganizationOverviewResponse'];

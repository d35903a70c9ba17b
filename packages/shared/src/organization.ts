import type { Schemas } from './api.generated.js';

/** How long weeks and learning-time requests are kept: at least half a year, at most ten. */
export const RETENTION_MONTHS = { min: 6, max: 120, default: 24 } as const;

export type OrganizationResponse = Schemas['OrganizationResponse'];

/** What an administrator sets for the organisation. */
export type OrganizationSettings = Omit<OrganizationResponse, 'id' | 'version'>;

export type UpdateOrganizationRequest = Schemas['UpdateOrganizationDto'];

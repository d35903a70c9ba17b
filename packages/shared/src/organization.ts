import type { Locale } from './locale.js';

/** How long weeks and learning-time requests are kept: at least half a year, at most ten. */
export const RETENTION_MONTHS = { min: 6, max: 120, default: 24 } as const;

export interface OrganizationSettings {
  name: string;
  timezone: string;
  locale: Locale;
  /** Weekly learning norm as a percentage of contract hours. */
  learningNormPercent: number;
  /** Days after a week ends during which its reflection may still be edited. */
  reflectionEditWindowDays: number;
  /** Fewest people an aggregated personal score may be computed over. */
  minGroupSize: number;
  /** Months after a week ends until it, and the learning-time requests for it, are deleted. */
  retentionMonths: number;
}

export interface OrganizationResponse extends OrganizationSettings {
  id: string;
  version: number;
}

export type UpdateOrganizationRequest = Partial<OrganizationSettings> & { version: number };

import type { Locale } from './locale.js';

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
}

export interface OrganizationResponse extends OrganizationSettings {
  id: string;
  version: number;
}

export type UpdateOrganizationRequest = Partial<OrganizationSettings> & { version: number };

import type { Schemas } from './api.generated.js';

/**
 * Who may see what of a professional's data (docs/privacy.md), as the API enforces it. The API serves
 * the table from its access policy (GET /transparency); these are only the names.
 */

/** The kinds of a professional's data, in the order the table lists them. */
export const DATA_KINDS = [
  'goal_private',
  'goal_shared',
  'week_texts_private',
  'week_texts_shared',
  'week_status',
  'week_scores',
  'learning_time_request',
  'team_learning',
] as const;
export type DataKind = (typeof DATA_KINDS)[number];

/** How someone stands to the professional: the person, a fellow member or a manager of one of their teams, or an organisation role. */
export const RELATIONS = ['owner', 'teamMember', 'teamManager', 'lno', 'admin'] as const;
export type Relation = (typeof RELATIONS)[number];

/** `aggregate`: only averages over at least the organisation's minimum group size, never one person's values. */
export const ACCESS_LEVELS = ['none', 'aggregate', 'read', 'read_decide', 'read_write'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export type AccessRow = Schemas['AccessRow'];

export type TransparencyResponse = Schemas['TransparencyResponse'];

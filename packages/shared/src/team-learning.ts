import type { Schemas } from './api.generated.js';

export const SESSION_KINDS = ['intervision', 'peer_learning', 'knowledge_share', 'retrospective', 'other'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const REACTION_KINDS = ['like', 'insightful', 'thanks'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

export const MAX_LEARNING_LENGTH = 2000;

export type CreateTeamSessionRequest = Schemas['CreateTeamSessionDto'];

export type UpdateTeamSessionRequest = Schemas['UpdateTeamSessionDto'];

export type SessionAttendee = Schemas['AttendeeResponse'];

export type TeamSessionResponse = Schemas['TeamSessionResponse'];

export type AttendanceRequest = Schemas['AttendanceDto'];

export type SharedLearningResponse = Schemas['SharedLearningResponse'];

export type CreateSharedLearningRequest = Schemas['CreateSharedLearningDto'];

export type UpdateSharedLearningRequest = Schemas['UpdateSharedLearningDto'];

/** What the team page shows of a team's learning (docs/privacy.md: no personal scores). */
export type TeamLearningFiguresResponse = Schemas['TeamLearningFiguresResponse'];

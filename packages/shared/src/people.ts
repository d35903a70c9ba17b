import type { Schemas } from './api.generated.js';

export type UserResponse = Schemas['UserResponse'];

/** Someone whose shared goals and weeks you follow (their managers and L&O staff), by name. */
export type FollowedPersonResponse = Schemas['FollowedPersonResponse'];

export type UpdateUserRequest = Schemas['UpdateUserDto'];

export type CreateInvitationRequest = Schemas['CreateInvitationDto'];

/**
 * What inviting did: `created` a new invitation, or `merged` the roles and teams into the open
 * invitation the address already had (its earlier links keep working, its validity starts again).
 */
export const INVITATION_OUTCOMES = ['created', 'merged'] as const;
export type InvitationOutcome = (typeof INVITATION_OUTCOMES)[number];

export type InvitationResponse = Schemas['InvitationResponse'];

/** A new link to an open invitation; the earlier links keep working. */
export type InvitationLinkResponse = Schemas['InvitationLinkResponse'];

export type TeamResponse = Schemas['TeamResponse'];

export type TeamMemberResponse = Schemas['TeamMemberResponse'];

export type TeamDetailResponse = Schemas['TeamDetailResponse'];

export type CreateTeamRequest = Schemas['CreateTeamDto'];

export type UpdateTeamRequest = Schemas['UpdateTeamDto'];

export type AddTeamMemberRequest = Schemas['AddTeamMemberDto'];

export type UpdateTeamMemberRequest = Schemas['UpdateTeamMemberDto'];

export type AuditEventResponse = Schemas['AuditEventResponse'];

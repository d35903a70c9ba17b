import type { Locale } from './locale.js';
import type { OrgRole, TeamRole } from './roles.js';

export interface UserResponse {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  contractHours: number;
  roles: OrgRole[];
  active: boolean;
  teams: { id: string; name: string; role: TeamRole }[];
}

/** Someone whose shared goals and weeks you follow (their managers and L&O staff), by name. */
export interface FollowedPersonResponse {
  id: string;
  displayName: string;
}

export interface UpdateUserRequest {
  roles?: OrgRole[];
  active?: boolean;
  contractHours?: number;
}

export interface CreateInvitationRequest {
  email: string;
  roles: OrgRole[];
  teamIds: string[];
}

/**
 * What inviting did: `created` a new invitation, or `merged` the roles and teams into the open
 * invitation the address already had (its earlier links keep working, its validity starts again).
 */
export const INVITATION_OUTCOMES = ['created', 'merged'] as const;
export type InvitationOutcome = (typeof INVITATION_OUTCOMES)[number];

export interface InvitationTeam {
  id: string;
  name: string;
}

export interface InvitationResponse {
  id: string;
  email: string;
  roles: OrgRole[];
  /** The teams the person joins as member on accepting (archived teams left out). */
  teams: InvitationTeam[];
  expiresAt: string;
  createdAt: string;
  /** Path of the accept page with a secret token; only in the answer that makes a link, to pass on. */
  acceptPath?: string;
  /** Whether it was also mailed (only when SMTP is configured); only in the answer to inviting. */
  mailed?: boolean;
  /** Only in the answer to inviting. */
  outcome?: InvitationOutcome;
}

/** A new link to an open invitation; the earlier links keep working. */
export interface InvitationLinkResponse {
  acceptPath: string;
  expiresAt: string;
}

export interface TeamResponse {
  id: string;
  name: string;
  archived: boolean;
  memberCount: number;
  managerCount: number;
}

export interface TeamMemberResponse {
  userId: string;
  displayName: string;
  email: string;
  role: TeamRole;
}

export interface TeamDetailResponse extends TeamResponse {
  members: TeamMemberResponse[];
}

export interface CreateTeamRequest {
  name: string;
}

export interface UpdateTeamRequest {
  name?: string;
  archived?: boolean;
}

export interface AddTeamMemberRequest {
  userId: string;
  role: TeamRole;
}

export interface UpdateTeamMemberRequest {
  role: TeamRole;
}

export interface AuditEventResponse {
  id: string;
  action: string;
  actor: { id: string; displayName: string } | null;
  targetType: string | null;
  targetId: string | null;
  /** For an invitation, the address it was for (as long as the invitation is kept). */
  targetLabel: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

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

export interface InvitationResponse {
  id: string;
  email: string;
  roles: OrgRole[];
  expiresAt: string;
  createdAt: string;
  /** Path of the accept page with the secret token; shown once, to pass on. */
  acceptPath?: string;
  /** Whether it was also mailed (only when SMTP is configured). */
  mailed?: boolean;
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
  details: Record<string, unknown>;
  createdAt: string;
}

import type { Locale } from './locale.js';
import type { OrgRole, TeamRole } from './roles.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** The cookie that carries the CSRF token; the web app echoes it in this header. */
export const CSRF_COOKIE = 'vitaal_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface SignInRequest {
  email: string;
  password: string;
  /**
   * An address has an account in each organisation that added it. When the password opens more
   * than one, the answer lists them and the person signs in again naming one.
   */
  organizationId?: string;
}

/** The answer to a sign-in whose address and password open accounts in several organisations. */
export interface SignInChoice {
  organizations: { id: string; name: string }[];
}

export interface SignUpRequest {
  organizationName: string;
  displayName: string;
  email: string;
  password: string;
  locale: Locale;
}

export interface AcceptInvitationRequest {
  displayName: string;
  password: string;
  /** The language the person chose on the accept page; the organisation's when left out. */
  locale?: Locale;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface UpdateProfileRequest {
  displayName?: string;
  locale?: Locale;
}

export interface MyTeam {
  id: string;
  name: string;
  role: TeamRole;
}

/** Who is signed in: what the web app needs to decide what to show. */
export interface MeResponse {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  contractHours: number;
  roles: OrgRole[];
  organization: { id: string; name: string };
  teams: MyTeam[];
  managedTeamIds: string[];
}

export interface InvitationPreview {
  email: string;
  organizationName: string;
}

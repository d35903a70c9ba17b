import type { Schemas } from './api.generated.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** The cookie that carries the CSRF token; the web app echoes it in this header. */
export const CSRF_COOKIE = 'vitaal_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export type SignInRequest = Schemas['SignInDto'];

/** The answer to a sign-in whose address and password open accounts in several organisations. */
export type SignInChoice = Schemas['SignInChoiceResponse'];

export type SignUpRequest = Schemas['SignUpDto'];

export type AcceptInvitationRequest = Schemas['AcceptInvitationDto'];

export type ChangePasswordRequest = Schemas['ChangePasswordDto'];

export type UpdateProfileRequest = Schemas['UpdateProfileDto'];

export type MyTeam = Schemas['UserTeam'];

/** Who is signed in: what the web app needs to decide what to show. */
export type MeResponse = Schemas['MeResponse'];

export type InvitationPreview = Schemas['InvitationPreviewResponse'];

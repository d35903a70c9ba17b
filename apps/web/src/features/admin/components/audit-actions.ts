/** The actions the API records; an action not listed here (a newer API) is shown by its name. */
export const AUDIT_ACTIONS = [
  'sign_in.succeeded',
  'sign_in.failed',
  'sign_out',
  'organization.created',
  'organization.settings_changed',
  'password.changed',
  'invitation.created',
  'invitation.merged',
  'invitation.link_copied',
  'invitation.revoked',
  'invitation.accepted',
  'user.roles_changed',
  'user.deactivated',
  'user.reactivated',
  'user.contract_hours_changed',
  'user.erasure_requested',
  'user.erased',
  'personal_data.exported',
  'team.created',
  'team.renamed',
  'team.archived',
  'team.restored',
  'team.member_added',
  'team.member_role_changed',
  'team.member_removed',
  'retention.applied',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** Actions Vitaal takes by itself, on a schedule: they have no person as actor. */
export function isScheduledAction(value: string): boolean {
  return value.startsWith('retention.');
}

/** The kinds the log can be filtered by, each an action prefix the API understands. */
export const AUDIT_KINDS = {
  all: '',
  signIns: 'sign_in',
  invitations: 'invitation.',
  people: 'user.',
  teams: 'team.',
  settings: 'organization.',
  retention: 'retention.',
} as const;
export type AuditKind = keyof typeof AUDIT_KINDS;

export function isAuditKind(value: string): value is AuditKind {
  return Object.hasOwn(AUDIT_KINDS, value);
}

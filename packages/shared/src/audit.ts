/** The kinds the audit list is filtered by; every action belongs to exactly one. */
export const AUDIT_KINDS = [
  'signIns',
  'invitations',
  'people',
  'teams',
  'learningTime',
  'exports',
  'settings',
  'retention',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/**
 * Every action the API records, with its kind. The API can record no other (its audit entries are
 * typed with this), and the web app has a label for each in every language (a test checks both).
 */
export const AUDIT_ACTIONS = {
  'sign_in.succeeded': 'signIns',
  'sign_in.failed': 'signIns',
  sign_out: 'signIns',
  'password.changed': 'signIns',
  'invitation.created': 'invitations',
  'invitation.merged': 'invitations',
  'invitation.link_copied': 'invitations',
  'invitation.revoked': 'invitations',
  'invitation.accepted': 'invitations',
  'user.roles_changed': 'people',
  'user.deactivated': 'people',
  'user.reactivated': 'people',
  'user.contract_hours_changed': 'people',
  'user.erasure_requested': 'people',
  'user.erased': 'people',
  'team.created': 'teams',
  'team.renamed': 'teams',
  'team.archived': 'teams',
  'team.restored': 'teams',
  'team.member_added': 'teams',
  'team.member_role_changed': 'teams',
  'team.member_removed': 'teams',
  'learning_time.approved': 'learningTime',
  'learning_time.rejected': 'learningTime',
  'personal_data.exported': 'exports',
  'insights.exported': 'exports',
  'organization.created': 'settings',
  'organization.settings_changed': 'settings',
  'retention.applied': 'retention',
} as const satisfies Record<string, AuditKind>;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as AuditAction[];

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}

export function actionsOfKind(kind: AuditKind): AuditAction[] {
  return AUDIT_ACTION_NAMES.filter((action) => AUDIT_ACTIONS[action] === kind);
}

/** What an audit event can be about. */
export const AUDIT_TARGET_TYPES = ['user', 'team', 'invitation', 'organization', 'learning_time_request'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

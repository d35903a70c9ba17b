/** Organisation-wide roles; everybody is a professional, these come on top. */
export const ORG_ROLES = ['admin', 'lno'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

/** A person's role within one team. */
export const TEAM_ROLES = ['member', 'manager'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

import { useTranslation } from 'react-i18next';
import { ORG_ROLES, TEAM_ROLES, type OrgRole, type TeamRole } from '@vitaal/shared/roles';

/** Organisation roles as checkbox or select options, in the user's language. */
export function useOrgRoleOptions(): { value: OrgRole; label: string }[] {
  const { t } = useTranslation();
  return ORG_ROLES.map((role) => ({ value: role, label: t(`admin.roles.${role}`) }));
}

export function useTeamRoleOptions(): { value: TeamRole; label: string }[] {
  const { t } = useTranslation();
  return TEAM_ROLES.map((role) => ({ value: role, label: t(`admin.teamRoles.${role}`) }));
}

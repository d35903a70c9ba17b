import { useTranslation } from 'react-i18next';
import type { OrgRole } from '@vitaal/shared/roles';

/** A person's organisation roles in words; with none they are "just" a professional, like everyone. */
export function RoleList({ roles }: { roles: readonly OrgRole[] }) {
  const { t } = useTranslation();
  return <>{roles.length === 0 ? t('admin.roles.none') : roles.map((role) => t(`admin.roles.${role}`)).join(', ')}</>;
}

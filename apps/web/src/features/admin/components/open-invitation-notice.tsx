import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useInvitations } from '../api/get-invitations';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { useFormatDateTime } from '../hooks/use-format-date-time';
import { RoleList } from './role-list';

const isEmail = (value: string) => z.email().safeParse(value).success;

/** Says before inviting what will happen to an open invitation of the same address: it is kept and added to. */
export function OpenInvitationNotice({ email }: { email: string }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const address = useDebouncedValue(email.trim().toLowerCase());
  const open = useInvitations({ email: address, limit: 1, offset: 0 }, { enabled: isEmail(address) });
  const invitation = isEmail(address) ? open.data?.items[0] : undefined;
  if (!invitation) return null;
  return (
    <div className="field__warning" role="status">
      <p>
        {t('admin.invite.openExists', { email: invitation.email, date: format.date(invitation.expiresAt) })}{' '}
        <RoleList roles={invitation.roles} />
        {invitation.teams.length > 0 && `; ${invitation.teams.map((team) => team.name).join(', ')}`}.
      </p>
      <p>{t('admin.invite.openMerge')}</p>
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationResponse } from '@vitaal/shared/people';
import { useFormatDateTime } from '../hooks/use-format-date-time';
import { CopyField } from '@/components/copy-field';
import { RoleList } from './role-list';

/** The accept link, shown once: the admin passes it on, whether or not it was mailed too. */
export function InvitationSent({ invitation }: { invitation: InvitationResponse }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Focus moves here so keyboard and screen-reader users land on the link they need to pass on.
  useEffect(() => {
    headingRef.current?.focus();
  }, [invitation.id]);

  return (
    <div className="invitation-sent">
      <h3 ref={headingRef} tabIndex={-1}>
        {t(invitation.outcome === 'merged' ? 'admin.invite.mergedTitle' : 'admin.invite.sentTitle', {
          email: invitation.email,
        })}
      </h3>
      {invitation.outcome === 'merged' && (
        <p>
          {t('admin.invite.mergedText')} <RoleList roles={invitation.roles} />
          {invitation.teams.length > 0 && `; ${invitation.teams.map((team) => team.name).join(', ')}`}.
        </p>
      )}
      <p>
        {invitation.mailed
          ? t('admin.invite.mailed', { email: invitation.email })
          : t('admin.invite.notMailed', { email: invitation.email })}
      </p>
      {invitation.acceptPath && (
        <CopyField
          label={t('admin.invite.link')}
          hint={t('admin.invite.linkHint', { date: format.date(invitation.expiresAt) })}
          value={`${window.location.origin}${invitation.acceptPath}`}
        />
      )}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { useInvitations } from '../api/get-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';
import { useCreateInvitationLink } from '../api/create-invitation-link';
import { useFormatDateTime } from '../hooks/use-format-date-time';
import { ConfirmAction } from '@/components/confirm-action';
import { CopyField } from '@/components/copy-field';
import { Pagination } from '@/components/pagination';
import { QueryResult } from '@/components/query-result';
import { RoleList } from './role-list';
import { TableScroll } from '@/components/table-scroll';

const PAGE_SIZE = 10;

export function PendingInvitations() {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const [offset, setOffset] = useState(0);
  const invitations = useInvitations({ limit: PAGE_SIZE, offset });
  const revoke = useRevokeInvitation();
  const newLink = useCreateInvitationLink();
  // The email goes with the link: the mutation's variables are only the id.
  const [linkFor, setLinkFor] = useState('');

  return (
    <QueryResult query={invitations}>
      {({ items, total }) =>
        total === 0 ? (
          <EmptyState title={t('admin.invitations.empty')} />
        ) : (
          <>
            {revoke.isError && <ErrorState error={revoke.error} />}
            {newLink.isError && <ErrorState error={newLink.error} />}
            {newLink.data && (
              <CopyField
                label={t('admin.invitations.linkFor', { email: linkFor })}
                hint={t('admin.invitations.linkHint', { date: format.date(newLink.data.expiresAt) })}
                value={`${window.location.origin}${newLink.data.acceptPath}`}
              />
            )}
            <TableScroll label={t('admin.invitations.title')}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.invitations.email')}</th>
                    <th scope="col">{t('admin.invitations.roles')}</th>
                    <th scope="col">{t('admin.invitations.teams')}</th>
                    <th scope="col">{t('admin.invitations.invitedOn')}</th>
                    <th scope="col">{t('admin.invitations.validUntil')}</th>
                    <th scope="col">{t('admin.table.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((invitation) => (
                    <tr key={invitation.id}>
                      <td className="admin-break">{invitation.email}</td>
                      <td>
                        <RoleList roles={invitation.roles} />
                      </td>
                      <td>{invitation.teams.map((team) => team.name).join(', ')}</td>
                      <td>{format.date(invitation.createdAt)}</td>
                      <td>{format.date(invitation.expiresAt)}</td>
                      <td className="actions">
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          aria-label={t('admin.invitations.newLinkFor', { email: invitation.email })}
                          disabled={newLink.isPending}
                          onClick={() => {
                            setLinkFor(invitation.email);
                            newLink.mutate(invitation.id);
                          }}
                        >
                          {t('admin.invitations.newLink')}
                        </button>
                        <ConfirmAction
                          label={t('admin.invitations.revoke')}
                          accessibleLabel={t('admin.invitations.revokeFor', { email: invitation.email })}
                          question={t('admin.invitations.revokeQuestion', { email: invitation.email })}
                          confirmLabel={t('admin.invitations.revokeConfirm')}
                          pending={revoke.isPending && revoke.variables === invitation.id}
                          onConfirm={() => revoke.mutate(invitation.id)}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            {total > PAGE_SIZE && (
              <Pagination
                label={t('admin.invitations.pages')}
                offset={offset}
                limit={PAGE_SIZE}
                total={total}
                onChange={setOffset}
              />
            )}
          </>
        )
      }
    </QueryResult>
  );
}

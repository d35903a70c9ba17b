import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEventResponse } from '@vitaal/shared/people';
import { EmptyState } from '@/components/empty-state';
import { SelectField } from '@/components/form-fields';
import { useAuditEvents } from '../api/get-audit-events';
import { useFormatDateTime } from '../hooks/use-format-date-time';
import { isAuditAction } from '@vitaal/shared/audit';
import { AUDIT_FILTERS, isAuditFilter, isScheduledAction, type AuditFilter } from './audit-actions';
import { AuditDetails } from './audit-details';
import { PersonName, TeamName } from './audit-names';
import { Pagination } from '@/components/pagination';
import { QueryResult } from '@/components/query-result';
import { TableScroll } from '@/components/table-scroll';

const PAGE_SIZE = 25;

function ActionLabel({ action }: { action: string }) {
  const { t } = useTranslation();
  return <>{isAuditAction(action) ? t(`admin.audit.actions.${action}`) : action}</>;
}

function Target({ event }: { event: AuditEventResponse }) {
  const { t } = useTranslation();
  if (!event.targetId) return <>–</>;
  switch (event.targetType) {
    case 'user':
      return <PersonName id={event.targetId} />;
    case 'team':
      return <TeamName id={event.targetId} />;
    case 'invitation':
      return (
        <>
          {event.targetLabel
            ? t('admin.audit.targets.invitationFor', { email: event.targetLabel })
            : t('admin.audit.targets.invitation')}
        </>
      );
    case 'organization':
    case 'learning_time_request':
      return <>{t(`admin.audit.targets.${event.targetType}`)}</>;
    default:
      return <>{event.targetType}</>;
  }
}

export function AuditLog() {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const [kind, setKind] = useState<AuditFilter>('all');
  const [offset, setOffset] = useState(0);
  const events = useAuditEvents({ kind: kind === 'all' ? undefined : kind, limit: PAGE_SIZE, offset });

  return (
    <>
      <div className="filters">
        <SelectField
          label={t('admin.audit.kind')}
          value={kind}
          options={AUDIT_FILTERS.map((value) => ({ value, label: t(`admin.audit.kinds.${value}`) }))}
          onChange={(event) => {
            if (isAuditFilter(event.target.value)) setKind(event.target.value);
            setOffset(0);
          }}
        />
      </div>
      <QueryResult query={events}>
        {(page) =>
          page.total === 0 ? (
            <EmptyState title={t('admin.audit.empty')} />
          ) : (
            <>
              <TableScroll label={t('admin.audit.title')}>
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('admin.audit.when')}</th>
                      <th scope="col">{t('admin.audit.who')}</th>
                      <th scope="col">{t('admin.audit.what')}</th>
                      <th scope="col">{t('admin.audit.target')}</th>
                      <th scope="col">{t('admin.audit.details')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((event) => (
                      <tr key={event.id}>
                        <td className="admin-nowrap">
                          <time dateTime={event.createdAt}>{format.dateTime(event.createdAt)}</time>
                        </td>
                        <td>
                          {event.actor?.displayName ||
                            t(isScheduledAction(event.action) ? 'admin.audit.system' : 'admin.audit.noActor')}
                        </td>
                        <td>
                          <ActionLabel action={event.action} />
                        </td>
                        <td>
                          <Target event={event} />
                        </td>
                        <td>
                          <AuditDetails event={event} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <Pagination offset={page.offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
            </>
          )
        }
      </QueryResult>
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { Pagination } from '@/components/pagination';
import { PageTitle } from '@/components/page-title';
import { useCurrentPerson } from '@/lib/current-person';
import { useApprovals, type ApprovalsFilter } from '../api/get-approvals';
import { ApprovalFilters } from '../components/approval-filters';
import { ApprovalQueue } from '../components/approval-queue';
import { DecisionOutcomeMessage, type DecisionOutcome } from '../components/decision-outcome';
import { QueryResult } from '@/components/query-result';
import { Section } from '@/components/section';
import { useTeamChoices } from '../hooks/use-team-choices';
import '../learning-time.css';

const PAGE_SIZE = 25;

export function ApprovalsPage() {
  const { t } = useTranslation();
  const person = useCurrentPerson();
  // Admins decide for every team; managers for the teams they manage.
  const { teams } = useTeamChoices(person.roles.includes('admin'));
  const [filters, setFilters] = useState<ApprovalsFilter>({ status: 'pending' });
  const [offset, setOffset] = useState(0);
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const approvals = useApprovals({ ...filters, limit: PAGE_SIZE, offset });
  // Deciding the last requests of the last page empties it: show the last page that still has some.
  if (approvals.data && approvals.data.items.length === 0 && offset > 0 && !approvals.isPlaceholderData)
    setOffset(Math.max(0, Math.ceil(approvals.data.total / PAGE_SIZE) - 1) * PAGE_SIZE);
  const filtered = filters.teamId !== undefined || filters.week !== undefined || filters.status !== 'pending';

  return (
    <div className="page">
      <PageTitle title={t('learningTime.approvals.title')} />
      <p className="lead">{t('learningTime.approvals.lead')}</p>
      <p>
        <Link to="/learning-time/team-calendar">{t('learningTime.approvals.calendarLink')}</Link>
      </p>
      <Section className="panel" title={t('learningTime.approvals.listTitle')}>
        <ApprovalFilters
          value={filters}
          teams={teams}
          onChange={(next) => {
            setFilters(next);
            setOffset(0);
            setOutcome(null);
          }}
        />
        <DecisionOutcomeMessage outcome={outcome} />
        <QueryResult query={approvals}>
          {(page) =>
            page.items.length === 0 && offset === 0 ? (
              <EmptyState
                title={t(filtered ? 'learningTime.approvals.emptyFiltered' : 'learningTime.approvals.empty')}
              />
            ) : (
              <>
                {/* A new filter or page is a new list: selections and messages of the previous one do not carry over. */}
                <ApprovalQueue
                  key={JSON.stringify({ filters, offset })}
                  items={page.items}
                  decidable={filters.status === 'pending'}
                  onOutcome={setOutcome}
                />
                {page.total > PAGE_SIZE && (
                  <Pagination
                    label={t('learningTime.approvals.pages')}
                    offset={offset}
                    limit={PAGE_SIZE}
                    total={page.total}
                    onChange={setOffset}
                  />
                )}
              </>
            )
          }
        </QueryResult>
      </Section>
    </div>
  );
}

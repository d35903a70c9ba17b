import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { PageTitle } from '@/components/page-title';
import { useCurrentPerson } from '@/lib/current-person';
import { useApprovals, type ApprovalsParams } from '../api/get-approvals';
import { ApprovalFilters } from '../components/approval-filters';
import { ApprovalQueue } from '../components/approval-queue';
import { DecisionOutcomeMessage, type DecisionOutcome } from '../components/decision-outcome';
import { QueryResult } from '@/components/query-result';
import { Section } from '@/components/section';
import { useTeamChoices } from '../hooks/use-team-choices';
import '../learning-time.css';

export function ApprovalsPage() {
  const { t } = useTranslation();
  const person = useCurrentPerson();
  // Admins decide for every team; managers for the teams they manage.
  const { teams } = useTeamChoices(person.roles.includes('admin'));
  const [filters, setFilters] = useState<ApprovalsParams>({ status: 'pending' });
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const approvals = useApprovals(filters);
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
            setOutcome(null);
          }}
        />
        <DecisionOutcomeMessage outcome={outcome} />
        <QueryResult query={approvals}>
          {(items) =>
            items.length === 0 ? (
              <EmptyState
                title={t(filtered ? 'learningTime.approvals.emptyFiltered' : 'learningTime.approvals.empty')}
              />
            ) : (
              // A new filter is a new list: selections and messages of the previous one do not carry over.
              <ApprovalQueue
                key={JSON.stringify(filters)}
                items={items}
                decidable={filters.status === 'pending'}
                onOutcome={setOutcome}
              />
            )
          }
        </QueryResult>
      </Section>
    </div>
  );
}

import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TeamResponse } from '@vitaal/shared/people';
import { teamQueryOptions } from '@/entities/teams/api/get-team';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { useCurrentPerson } from '@/lib/current-person';

interface TeamMembersProps {
  team: TeamResponse;
  /** Closed, the people are loaded only when someone opens the list. */
  initiallyOpen: boolean;
}

/** One team and its people, each linking to what may be seen of them. */
export function TeamMembers({ team, initiallyOpen }: TeamMembersProps) {
  const { t } = useTranslation();
  const me = useCurrentPerson();
  const [open, setOpen] = useState(initiallyOpen);
  const detail = useQuery({ ...teamQueryOptions(team.id), enabled: open });
  const titleId = `team-${team.id}`;
  const members = detail.isPending ? (
    <LoadingState />
  ) : detail.isError ? (
    <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
  ) : (
    <ul className="people-members">
      {detail.data.members.map((member) => (
        <li key={member.userId}>
          {member.userId === me.id ? (
            <span>{t('people.teams.you', { name: member.displayName })}</span>
          ) : (
            <Link to={`/people/${member.userId}`}>{member.displayName}</Link>
          )}
          {member.role === 'manager' && <span className="people-role">{t('people.teams.manager')}</span>}
        </li>
      ))}
    </ul>
  );
  return (
    <section className="panel people-team" aria-labelledby={titleId}>
      <h2 id={titleId}>{team.name}</h2>
      <p className="people-muted">{t('people.teams.size', { count: team.memberCount })}</p>
      {(me.roles.includes('lno') || me.managedTeamIds.includes(team.id)) && (
        <p className="people-team__figures">
          <Link to={`/insights/teams/${team.id}`}>{t('people.teams.dashboard', { team: team.name })}</Link>
        </p>
      )}
      {initiallyOpen ? (
        members
      ) : (
        <details className="people-team__people" onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>{t('people.teams.showPeople', { team: team.name })}</summary>
          {open && members}
        </details>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyTeam } from '@vitaal/shared/auth';
import type { TeamResponse } from '@vitaal/shared/people';

/** One team on the overview: its name leads to the team page; your place in it in words. */
export function TeamCard({ team, membership }: { team: TeamResponse; membership: MyTeam | undefined }) {
  const { t } = useTranslation();
  return (
    <li className="tl-card">
      <h2 className="tl-card__title">
        <Link to={`/teams/${team.id}`}>{team.name}</Link>
      </h2>
      <p className="tl-muted">{t('teamLearning.teams.memberCount', { count: team.memberCount })}</p>
      <p className="tl-card__role">
        {membership ? t(`teamLearning.teams.yourRole.${membership.role}`) : t('teamLearning.teams.yourRole.reader')}
      </p>
    </li>
  );
}

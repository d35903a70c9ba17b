import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTeams } from '@/entities/teams/api/get-teams';
import { useUser } from '../api/get-user';

/**
 * The log stores ids, not names (names change, and a log should not copy personal data), so
 * names are looked up when shown; each person once, however often they appear.
 */
export function PersonName({ id }: { id: string }) {
  const { t } = useTranslation();
  const person = useUser(id);
  if (person.isPending) return <>…</>;
  return <>{person.data?.displayName ?? t('admin.audit.unknownPerson')}</>;
}

/** One list of all teams, archived ones included, names every team in the log. */
export function TeamName({ id }: { id: string }) {
  const { t } = useTranslation();
  const teams = useTeams({ archived: true });
  if (teams.isPending) return <>…</>;
  const team = teams.data?.find((candidate) => candidate.id === id);
  return team ? <Link to={`/admin/teams/${team.id}`}>{team.name}</Link> : <>{t('admin.audit.unknownTeam')}</>;
}

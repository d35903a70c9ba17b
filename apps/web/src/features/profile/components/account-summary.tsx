import { useTranslation } from 'react-i18next';
import { useCurrentPerson } from '@/lib/current-person';

/** What the organisation decides about the person: shown here, changed by an admin. */
export function AccountSummary() {
  const { t, i18n } = useTranslation();
  const person = useCurrentPerson();
  // Everybody is a professional; the organisation roles come on top.
  const roles = (['professional', ...person.roles] as const).map((role) => t(`profile.roles.${role}`));

  return (
    <dl className="account-summary">
      <dt>{t('profile.account.email')}</dt>
      <dd>{person.email}</dd>
      <dt>{t('profile.account.organization')}</dt>
      <dd>{person.organization.name}</dd>
      <dt>{t('profile.account.roles')}</dt>
      <dd>{new Intl.ListFormat(i18n.resolvedLanguage, { type: 'conjunction' }).format(roles)}</dd>
      <dt>{t('profile.account.teams')}</dt>
      <dd>
        {person.teams.length === 0 ? (
          t('profile.account.noTeams')
        ) : (
          <ul>
            {person.teams.map((team) => (
              <li key={team.id}>
                {t('profile.account.team', { team: team.name, role: t(`profile.teamRoles.${team.role}`) })}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}

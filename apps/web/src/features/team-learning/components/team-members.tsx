import { useTranslation } from 'react-i18next';
import type { TeamDetailResponse } from '@vitaal/shared/people';
import type { TeamRole } from '@vitaal/shared/roles';
import { Section } from '@/components/section';

const ROLES: readonly TeamRole[] = ['manager', 'member'];

/** Who is in the team: managers first, then members, each group only when it has people. */
export function TeamMembers({ team, personId }: { team: TeamDetailResponse; personId: string }) {
  const { t } = useTranslation();
  return (
    <Section title={t('teamLearning.members.title')} className="panel">
      {team.members.length === 0 && <p className="tl-muted">{t('teamLearning.members.empty')}</p>}
      {ROLES.map((role) => {
        const people = team.members.filter((member) => member.role === role);
        if (people.length === 0) return null;
        return (
          <div key={role} className="tl-members">
            <h3>{t(`teamLearning.members.${role}`, { count: people.length })}</h3>
            <ul>
              {people.map((member) => (
                <li key={member.userId}>
                  {member.displayName}
                  {member.userId === personId && <span className="tl-muted"> {t('teamLearning.you')}</span>}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </Section>
  );
}

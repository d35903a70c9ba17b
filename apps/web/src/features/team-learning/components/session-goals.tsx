import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TeamSessionResponse } from '@vitaal/shared/team-learning';
import { useActiveGoals } from '@/entities/goals/api/get-goals';
import { ErrorState } from '@/components/error-state';
import { CheckboxField } from '@/components/form-fields';
import { useLinkSessionGoal } from '../api/link-session-goal';
import { useUnlinkSessionGoal } from '../api/unlink-session-goal';
import { QueryResult } from '@/components/query-result';
import { Section } from '@/components/section';

/**
 * Your own goals this session served. Only yours are shown: the API also names the goals other
 * attendees linked, and a private goal's title is its owner's alone (docs/privacy.md).
 */
export function SessionGoals({ session, personId }: { session: TeamSessionResponse; personId: string }) {
  const { t } = useTranslation();
  const goals = useActiveGoals();
  const link = useLinkSessionGoal(session.teamId, session.id);
  const unlink = useUnlinkSessionGoal(session.teamId, session.id);
  const linked = session.goals.filter((goal) => goal.ownerId === personId);
  const pending = link.isPending || unlink.isPending;
  const failure = link.error ?? unlink.error;
  return (
    <Section title={t('teamLearning.goals.title')}>
      <QueryResult query={goals}>
        {(active) => {
          // A goal achieved or paused since it was linked stays listed, so it can be unlinked.
          const choices = [
            ...active.map((goal) => ({ id: goal.id, title: goal.title })),
            ...linked
              .filter((goal) => !active.some((candidate) => candidate.id === goal.goalId))
              .map((goal) => ({ id: goal.goalId, title: goal.title })),
          ];
          if (choices.length === 0) {
            return (
              <p className="tl-muted">
                {t('teamLearning.goals.none')} <Link to="/goals">{t('teamLearning.goals.toGoals')}</Link>
              </p>
            );
          }
          return (
            <fieldset className="tl-checkboxes">
              <legend>{t('teamLearning.goals.legend')}</legend>
              {choices.map((goal) => {
                const checked = linked.some((candidate) => candidate.goalId === goal.id);
                return (
                  <CheckboxField
                    key={goal.id}
                    label={goal.title}
                    checked={checked}
                    onChange={() => {
                      if (pending) return;
                      if (checked) unlink.mutate(goal.id);
                      else link.mutate(goal.id);
                    }}
                  />
                );
              })}
            </fieldset>
          );
        }}
      </QueryResult>
      {failure && <ErrorState error={failure} />}
    </Section>
  );
}

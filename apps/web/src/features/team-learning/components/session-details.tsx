import { useTranslation } from 'react-i18next';
import type { TeamSessionResponse } from '@vitaal/shared/team-learning';
import { useFormat } from '../hooks/use-format';

/** When, how long, who leads and what is on the agenda. */
export function SessionDetails({ session }: { session: TeamSessionResponse }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="tl-details">
      <div>
        <dt>{t('teamLearning.session.when')}</dt>
        <dd>
          <time dateTime={session.startsAt}>{format.sessionTime(session.startsAt, session.durationMinutes)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('teamLearning.session.duration')}</dt>
        <dd>{format.duration(session.durationMinutes)}</dd>
      </div>
      <div>
        <dt>{t('teamLearning.session.facilitator')}</dt>
        <dd>{session.facilitatorName ?? t('teamLearning.session.noFacilitator')}</dd>
      </div>
      <div className="tl-details__wide">
        <dt>{t('teamLearning.session.agenda')}</dt>
        <dd className="tl-text">{session.agenda || t('teamLearning.session.noAgenda')}</dd>
      </div>
    </dl>
  );
}

import { useTranslation } from 'react-i18next';
import { useLearningFigures } from '../api/get-learning-figures';
import { useFormat } from '../hooks/use-format';
import { QueryResult } from '@/components/query-result';
import { Section } from '@/components/section';

/** The quarter's team figures: counts and a rate over the whole team, never one person's score. */
export function TeamFigures({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures = useLearningFigures(teamId);
  return (
    <Section title={t('teamLearning.figures.title')} className="panel">
      <QueryResult query={figures}>
        {({ quarter, sessionsHeld, attendanceRate, sharedLearnings }) => {
          const [year, number] = quarter.split('-Q');
          return (
            <>
              <p className="tl-muted">{t('teamLearning.figures.quarter', { quarter: number, year })}</p>
              <dl className="tl-figures">
                <div>
                  <dt>{t('teamLearning.figures.sessionsHeld')}</dt>
                  <dd>{sessionsHeld}</dd>
                </div>
                <div>
                  <dt>{t('teamLearning.figures.attendance')}</dt>
                  <dd>
                    {attendanceRate === null ? t('teamLearning.figures.noAttendance') : format.percent(attendanceRate)}
                  </dd>
                </div>
                <div>
                  <dt>{t('teamLearning.figures.sharedLearnings')}</dt>
                  <dd>{sharedLearnings}</dd>
                </div>
              </dl>
            </>
          );
        }}
      </QueryResult>
    </Section>
  );
}

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '@/components/table-scroll';
import type { GoalResponse } from '@vitaal/shared/goals';
import type { WeekResponse } from '@vitaal/shared/weeks';
import { toWeekContent, type WeekFormValues } from '../utils/week-form';
import { useDescribeWeek } from '../hooks/use-describe-week';
import { WeekValue } from './week-value';

interface ConflictPanelProps {
  mine: WeekFormValues;
  theirs: WeekResponse;
  goals: GoalResponse[] | undefined;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
}

/**
 * The week was saved elsewhere (another tab or device) while this one was being typed in. Both
 * versions side by side, only where they differ; the person decides which one stays.
 */
export function ConflictPanel({ mine, theirs, goals, onKeepMine, onKeepTheirs }: ConflictPanelProps) {
  const { t } = useTranslation();
  const describe = useDescribeWeek(goals);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const theirLines = describe(theirs);
  const differences = describe(toWeekContent(mine))
    .map((line, index) => ({ ...line, theirs: theirLines[index]!.value }))
    .filter((line) => line.value !== line.theirs);

  // Saving has stopped until a choice is made, so the choice is where keyboard focus goes.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="week-conflict" aria-labelledby="week-conflict-title">
      <h2 id="week-conflict-title" ref={headingRef} tabIndex={-1}>
        {t('weeks.conflict.title')}
      </h2>
      <p>{t('weeks.conflict.body')}</p>
      <TableScroll label={t('weeks.conflict.caption')}>
        <table className="table week-conflict__table">
          <caption>{t('weeks.conflict.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('weeks.conflict.field')}</th>
              <th scope="col">{t('weeks.conflict.mine')}</th>
              <th scope="col">{t('weeks.conflict.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((line) => (
              <tr key={line.key}>
                <th scope="row">{line.label}</th>
                <td>
                  <WeekValue value={line.value} />
                </td>
                <td>
                  <WeekValue value={line.theirs} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="actions">
        <button type="button" className="button" onClick={onKeepMine}>
          {t('weeks.conflict.keepMine')}
        </button>
        <button type="button" className="button button--secondary" onClick={onKeepTheirs}>
          {t('weeks.conflict.keepTheirs')}
        </button>
      </div>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { OthersWeekResponse } from '@vitaal/shared/weeks';
import { weekParts } from '../utils/format';

const TEXT_FIELDS = ['intentions', 'learned', 'applied', 'obstacles', 'supportWanted', 'nextStep'] as const;

/** What the person wrote in a week they chose to share; empty answers are left out. */
export function SharedTexts({ week }: { week: OthersWeekResponse }) {
  const { t } = useTranslation();
  const filled = TEXT_FIELDS.filter((field) => week.texts?.[field]);
  return (
    <article id={`week-${week.week}`} className="people-week" aria-labelledby={`week-${week.week}-title`} tabIndex={-1}>
      <h4 id={`week-${week.week}-title`}>{t('people.person.weekLabel', weekParts(week.week))}</h4>
      {filled.length === 0 ? (
        <p className="people-muted">{t('people.person.nothingWritten')}</p>
      ) : (
        <dl>
          {filled.map((field) => (
            <div key={field}>
              <dt>{t(`people.texts.${field}`)}</dt>
              <dd>{week.texts?.[field]}</dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}

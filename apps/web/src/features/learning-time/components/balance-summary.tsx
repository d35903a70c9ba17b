import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BalancePeriod } from '@vitaal/shared/learning-time';
import { useBalance } from '../api/get-balance';
import { formatHours, formatPercent } from '../utils/format';
import { QueryResult } from '@/components/query-result';
import { Section } from '@/components/section';

const FIGURES = ['requested', 'approved', 'used'] as const;

/** One period: the norm, and requested, approved and used hours each as a number and as a bar against the norm. */
function PeriodCard({ balance }: { balance: BalancePeriod }) {
  const { t } = useTranslation();
  // The period is "2026" for the year and "2026-Q4" for the quarter.
  const [year, quarter] = balance.period.split('-Q');
  const share = (value: number) => (balance.norm > 0 ? value / balance.norm : 0);
  const titleId = useId();
  return (
    <article className="lt-balance__period" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {quarter ? t('learningTime.balance.quarter', { quarter, year }) : t('learningTime.balance.year', { year })}
      </h3>
      <dl className="lt-balance__figures">
        <div className="lt-figure lt-figure--norm">
          <dt>{t('learningTime.balance.norm')}</dt>
          <dd>{formatHours(t, balance.norm)}</dd>
        </div>
        {FIGURES.map((figure) => {
          const value = balance[figure];
          const beyond = value > balance.norm;
          return (
            <div key={figure} className={`lt-figure lt-figure--${figure}${beyond ? ' lt-figure--beyond' : ''}`}>
              <dt>{t(`learningTime.balance.${figure}`)}</dt>
              <dd>
                <span className="lt-figure__value">{formatHours(t, value)}</span>
                <span className="lt-figure__share">
                  {beyond
                    ? t('learningTime.balance.beyondNorm')
                    : t('learningTime.balance.ofNorm', { percent: formatPercent(share(value)) })}
                </span>
                {/* The bar repeats the share in the text beside it; the norm is its full width. */}
                <span className="lt-figure__bar" aria-hidden="true">
                  <span className="lt-figure__fill" style={{ width: `${Math.min(1, share(value)) * 100}%` }} />
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </article>
  );
}

export function BalanceSummary() {
  const { t } = useTranslation();
  const balance = useBalance();
  return (
    <Section className="panel" title={t('learningTime.balance.title')}>
      <QueryResult query={balance}>
        {(data) => (
          <>
            <p className="lt-muted">
              {t('learningTime.balance.weeklyNorm', { hours: formatHours(t, data.weeklyNorm) })}
            </p>
            <div className="lt-balance">
              <PeriodCard balance={data.year} />
              <PeriodCard balance={data.quarter} />
            </div>
          </>
        )}
      </QueryResult>
    </Section>
  );
}

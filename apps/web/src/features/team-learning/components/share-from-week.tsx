import { useQueries } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WeekResponse } from '@vitaal/shared/weeks';
import { weekQueryOptions } from '@/entities/weeks/api/get-week';
import { useWeeks } from '@/entities/weeks/api/get-weeks';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { SelectField } from '@/components/form-fields';
import { useShareLearning } from '../api/share-learning';
import { useFormat } from '../hooks/use-format';
import { CodeError } from './code-error';

/** Your recent weeks in which you wrote down what you learned, newest first. */
function useWeeksWithLearning() {
  const weeks = useWeeks();
  const saved = (weeks.data ?? []).filter((week) => week.status !== 'missing').reverse();
  // The list tells only whether a week was saved; its reflection says whether there is something to share.
  const details = useQueries({ queries: saved.map((week) => weekQueryOptions(week.week)) });
  const failed = weeks.error ?? details.find((detail) => detail.isError)?.error ?? null;
  const pending = weeks.isPending || details.some((detail) => detail.isPending);
  const withLearning = details
    .map((detail) => detail.data)
    .filter((week): week is WeekResponse => Boolean(week?.reflection.learned.trim()));
  const retry = () => {
    void weeks.refetch();
    for (const detail of details) if (detail.isError) void detail.refetch();
  };
  return { pending, failed, withLearning, retry };
}

function WeekPicker({ teamId, onShared }: { teamId: string; onShared: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { pending, failed, withLearning, retry } = useWeeksWithLearning();
  const [chosen, setChosen] = useState<string | null>(null);
  const share = useShareLearning(teamId);

  if (pending) return <LoadingState label={t('teamLearning.fromWeek.loading')} />;
  if (failed) return <ErrorState error={failed} onRetry={retry} />;
  if (withLearning.length === 0) {
    return (
      <p>
        {t('teamLearning.fromWeek.none')} <Link to="/weeks">{t('teamLearning.fromWeek.toWeeks')}</Link>
      </p>
    );
  }
  const week = withLearning.find((candidate) => candidate.week === chosen) ?? withLearning[0]!;
  return (
    <div className="tl-from-week__panel">
      <SelectField
        label={t('teamLearning.fromWeek.week')}
        value={week.week}
        onChange={(event) => setChosen(event.target.value)}
        options={withLearning.map((candidate) => ({ value: candidate.week, label: format.week(candidate.week) }))}
      />
      <figure className="tl-preview">
        <figcaption>{t('teamLearning.fromWeek.preview')}</figcaption>
        <blockquote>{week.reflection.learned.trim()}</blockquote>
      </figure>
      {/* The request names only the week, so a 400 means its "what I learned" was emptied meanwhile. */}
      {share.isError && (
        <CodeError error={share.error} messages={{ validation_failed: 'teamLearning.fromWeek.emptied' }} />
      )}
      <div>
        <button
          type="button"
          className="button"
          aria-busy={share.isPending}
          onClick={() => !share.isPending && share.mutate({ fromWeek: week.week }, { onSuccess: onShared })}
        >
          {share.isPending
            ? t('teamLearning.share.sending')
            : t('teamLearning.fromWeek.publish', { week: format.week(week.week) })}
        </button>
      </div>
    </div>
  );
}

/** Publishing what you wrote under "what I learned" in one of your weeks, after seeing exactly what will be shared. */
export function ShareFromWeek({ teamId, onShared }: { teamId: string; onShared: () => void }) {
  const { t } = useTranslation();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  return (
    <div className="tl-from-week">
      <button
        ref={toggleRef}
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {t('teamLearning.fromWeek.open')}
      </button>
      {open && (
        <div id={panelId}>
          <WeekPicker
            teamId={teamId}
            onShared={() => {
              setOpen(false);
              // The publish button is gone; keyboard focus goes back to where the panel was opened.
              toggleRef.current?.focus();
              onShared();
            }}
          />
        </div>
      )}
    </div>
  );
}

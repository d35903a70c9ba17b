import { useTranslation } from 'react-i18next';

/** The goal's progress in words ("40% gedaan") with a bar beside it that only adds to the text. */
export function ProgressBar({ progress }: { progress: number }) {
  const { t } = useTranslation();
  return (
    <div className="goal-progress">
      <span className="goal-progress__bar" aria-hidden="true">
        <span className="goal-progress__fill" style={{ width: `${progress}%` }} />
      </span>
      <span className="goal-progress__text">{t('goals.progress.done', { progress })}</span>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useCreateCalendarFeed } from '../api/create-calendar-feed';
import { useStopCalendarFeed } from '../api/stop-calendar-feed';
import { ConfirmAction } from '@/components/confirm-action';
import { CopyField } from '@/components/copy-field';
import { Section } from '@/components/section';

/**
 * The secret iCalendar address of the person's approved learning time. The API shows an address
 * only when it makes one, so this page cannot tell whether an older one exists: both buttons are
 * always there, and making a new one says that an older one stops working.
 */
export function CalendarFeed() {
  const { t } = useTranslation();
  const create = useCreateCalendarFeed();
  const stop = useStopCalendarFeed();
  const [url, setUrl] = useState('');
  const [stopped, setStopped] = useState(false);
  const error = create.error ?? stop.error;

  return (
    <Section className="panel" title={t('learningTime.feed.title')}>
      <p>{t('learningTime.feed.body')}</p>
      <div className="actions">
        <ConfirmAction
          label={t('learningTime.feed.create')}
          question={t('learningTime.feed.createQuestion')}
          confirmLabel={t('learningTime.feed.createConfirm')}
          cancelLabel={t('learningTime.confirm.keep')}
          danger={false}
          pending={create.isPending}
          onConfirm={async () => {
            stop.reset();
            setStopped(false);
            setUrl((await create.mutateAsync()).url);
          }}
        />
        <ConfirmAction
          label={t('learningTime.feed.stop')}
          question={t('learningTime.feed.stopQuestion')}
          confirmLabel={t('learningTime.feed.stopConfirm')}
          cancelLabel={t('learningTime.confirm.keep')}
          pending={stop.isPending}
          onConfirm={async () => {
            create.reset();
            setUrl('');
            await stop.mutateAsync();
            setStopped(true);
          }}
        />
      </div>
      {error && <ErrorState error={error} />}
      <p role="status" className="lt-status">
        {url ? t('learningTime.feed.created') : stopped ? t('learningTime.feed.stopped') : ''}
      </p>
      {url && (
        <CopyField label={t('learningTime.feed.url')} hint={t('learningTime.feed.warning')} warning value={url} />
      )}
    </Section>
  );
}

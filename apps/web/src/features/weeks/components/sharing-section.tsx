import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { CheckboxField } from '@/components/form-fields';
import { WeekSection } from './week-section';

/** The owner decides whether managers and L&O may read this week's texts. */
export function SharingSection({ registration }: { registration: UseFormRegisterReturn }) {
  const { t } = useTranslation();
  return (
    <WeekSection title={t('weeks.sharing.title')}>
      <CheckboxField label={t('weeks.sharing.label')} aria-describedby="week-sharing-explained" {...registration} />
      <div id="week-sharing-explained" className="field__hint week-sharing">
        <p>{t('weeks.sharing.always')}</p>
        <p>{t('weeks.sharing.whenShared')}</p>
        <p>{t('weeks.sharing.never')}</p>
      </div>
    </WeekSection>
  );
}

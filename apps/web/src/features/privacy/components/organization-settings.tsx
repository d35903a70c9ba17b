import { useTranslation } from 'react-i18next';
import type { TransparencyResponse } from '@vitaal/shared/transparency';

/** The organisation's own settings that bound what others see and how long data is kept. */
export function OrganizationSettings({ organization }: { organization: TransparencyResponse['organization'] }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="privacy-list">
        <div>
          <dt>{t('privacy.settings.minGroupSize')}</dt>
          <dd>{t('privacy.settings.minGroupSizeValue', { count: organization.minGroupSize })}</dd>
        </div>
        <div>
          <dt>{t('privacy.settings.editWindow')}</dt>
          <dd>{t('privacy.settings.editWindowValue', { count: organization.reflectionEditWindowDays })}</dd>
        </div>
        <div>
          <dt>{t('privacy.settings.retention')}</dt>
          <dd>{t('privacy.settings.retentionValue', { count: organization.retentionMonths })}</dd>
        </div>
      </dl>
      <h3>{t('privacy.aggregates.title')}</h3>
      <p>{t('privacy.aggregates.body', { minGroupSize: organization.minGroupSize })}</p>
    </>
  );
}

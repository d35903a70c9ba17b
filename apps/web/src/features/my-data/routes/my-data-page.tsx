import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/page-title';
import { Section } from '@/components/section';
import { DownloadLinks } from '../components/download-links';
import '../my-data.css';

const INCLUDED = ['profile', 'goals', 'weeks', 'requests', 'sessions', 'learnings', 'notifications', 'audit'] as const;

export function MyDataPage() {
  const { t } = useTranslation();
  return (
    <div className="page my-data">
      <PageTitle title={t('myData.title')} />
      <p>{t('myData.intro')}</p>
      <Section title={t('myData.download.title')}>
        <DownloadLinks />
      </Section>
      <Section title={t('myData.included.title')}>
        <ul>
          {INCLUDED.map((item) => (
            <li key={item}>{t(`myData.included.items.${item}`)}</li>
          ))}
        </ul>
        <p className="field__hint">{t('myData.included.notIncluded')}</p>
      </Section>
      <Section title={t('myData.erasure.title')}>
        <p>{t('myData.erasure.body')}</p>
        <p>{t('myData.erasure.what')}</p>
        <p className="field__hint">{t('myData.erasure.tip')}</p>
      </Section>
    </div>
  );
}

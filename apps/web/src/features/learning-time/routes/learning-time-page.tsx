import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/page-title';
import { BalanceSummary } from '../components/balance-summary';
import { CalendarFeed } from '../components/calendar-feed';
import { MyRequests } from '../components/my-requests';
import { NewRequest } from '../components/new-request';
import '../learning-time.css';

export function LearningTimePage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageTitle title={t('learningTime.title')} />
      <p className="lead">{t('learningTime.lead')}</p>
      <BalanceSummary />
      <NewRequest />
      <MyRequests />
      <CalendarFeed />
    </div>
  );
}

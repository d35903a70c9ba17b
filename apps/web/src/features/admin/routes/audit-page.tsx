import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/page-title';
import { AuditLog } from '../components/audit-log';
import '../admin.css';

export function AuditPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageTitle title={t('admin.audit.title')} />
      <p className="lead">{t('admin.audit.lead')}</p>
      <AuditLog />
    </div>
  );
}

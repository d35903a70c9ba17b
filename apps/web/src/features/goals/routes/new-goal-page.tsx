import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { useCreateGoal } from '../api/create-goal';
import { GoalForm } from '../components/goal-form';
import { EMPTY_GOAL, toGoalFields } from '../components/goal-form-schema';
import '../goals.css';

export function NewGoalPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createGoal = useCreateGoal();
  return (
    <div className="page">
      <Link to="/goals" className="goal-back">
        {t('goals.backToList')}
      </Link>
      <PageTitle title={t('goals.new.title')} />
      <p className="lead">{t('goals.new.intro')}</p>
      <GoalForm
        defaultValues={EMPTY_GOAL}
        withStatus
        submitLabel={t('goals.new.submit')}
        onSubmit={async (values) => {
          const goal = await createGoal.mutateAsync({ ...toGoalFields(values), status: values.status });
          await navigate(`/goals/${goal.id}`);
        }}
        onCancel={() => void navigate('/goals')}
      />
    </div>
  );
}

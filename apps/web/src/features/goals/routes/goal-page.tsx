import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { GoalResponse } from '@vitaal/shared/goals';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { PageTitle } from '@/components/page-title';
import { ApiError } from '@/lib/api-client';
import { useCurrentPerson } from '@/lib/current-person';
import { useDeleteGoal } from '../api/delete-goal';
import { useGoal } from '../api/get-goal';
import { ConfirmAction } from '@/components/confirm-action';
import { GoalDetails } from '../components/goal-details';
import { GoalEditor } from '../components/goal-editor';
import { GoalHistory } from '../components/goal-history';
import { GoalSection } from '../components/goal-section';
import { ChallengeTags } from '../components/goal-tags';
import { MilestoneList } from '../components/milestone-list';
import { ProgressBar } from '../components/progress-bar';
import { ProgressEditor } from '../components/progress-editor';
import { StatusActions } from '../components/status-actions';
import { StatusBadge } from '../components/status-badge';
import '../goals.css';

function DeleteGoal({ goal }: { goal: GoalResponse }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const deleteGoal = useDeleteGoal(goal.id);
  return (
    <>
      <p className="field__hint">{t('goals.delete.explained')}</p>
      <ConfirmAction
        label={t('goals.delete.button')}
        question={t('goals.delete.question', { title: goal.title })}
        confirmLabel={t('goals.delete.confirm')}
        pending={deleteGoal.isPending}
        onConfirm={() => deleteGoal.mutate(undefined, { onSuccess: () => void navigate('/goals', { replace: true }) })}
      />
      {deleteGoal.isError && <ErrorState error={deleteGoal.error} />}
    </>
  );
}

function GoalView({ goal, onReload }: { goal: GoalResponse; onReload: () => Promise<{ data?: GoalResponse }> }) {
  const { t } = useTranslation();
  const person = useCurrentPerson();
  // Managers and L&O staff may read a shared goal; only its owner changes it.
  const isOwner = goal.ownerId === person.id;
  const [editing, setEditing] = useState(false);
  const reload = () => void onReload();

  return (
    <>
      <div className="goal-title-row">
        <PageTitle title={goal.title} />
        <StatusBadge status={goal.status} />
      </div>
      <ProgressBar progress={goal.progress} milestones={goal.milestones} />
      <ChallengeTags goal={goal} label={t('goals.fields.challenges')} />
      <div className="goal-layout">
        <div className="goal-layout__main">
          <GoalSection
            title={t('goals.details.title')}
            actions={
              isOwner &&
              !editing && (
                <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                  {t('goals.edit.button')}
                </button>
              )
            }
          >
            {editing ? (
              <GoalEditor goal={goal} onDone={() => setEditing(false)} onReload={onReload} />
            ) : (
              <GoalDetails goal={goal} />
            )}
          </GoalSection>
          <GoalSection title={t('goals.milestones.title')}>
            <MilestoneList goal={goal} editable={isOwner} />
          </GoalSection>
          <GoalSection title={t('goals.history.title')}>
            <GoalHistory goalId={goal.id} />
          </GoalSection>
        </div>
        {isOwner && (
          <div className="goal-layout__side">
            <GoalSection title={t('goals.statusSection.title')}>
              <StatusActions goal={goal} onReload={reload} />
            </GoalSection>
            <GoalSection title={t('goals.progress.title')}>
              {goal.milestones.length > 0 ? (
                <p>
                  {t('goals.progress.followsMilestones', {
                    done: goal.milestones.filter((milestone) => milestone.done).length,
                    total: goal.milestones.length,
                    progress: goal.progress,
                  })}
                </p>
              ) : (
                // A new version (a save here, or a week's reflection) starts the slider from the saved value.
                <ProgressEditor key={goal.version} goal={goal} onReload={reload} />
              )}
            </GoalSection>
            <GoalSection title={t('goals.delete.title')}>
              <DeleteGoal goal={goal} />
            </GoalSection>
          </div>
        )}
      </div>
    </>
  );
}

export function GoalPage() {
  const { t } = useTranslation();
  const { goalId = '' } = useParams();
  const goal = useGoal(goalId);
  const notFound = goal.error instanceof ApiError && goal.error.code === 'not_found';

  return (
    <div className="page">
      <Link to="/goals" className="goal-back">
        {t('goals.backToList')}
      </Link>
      {goal.isPending ? (
        <LoadingState />
      ) : notFound ? (
        <>
          <PageTitle title={t('goals.notFound.title')} />
          <p>{t('goals.notFound.body')}</p>
        </>
      ) : goal.isError ? (
        <>
          <PageTitle title={t('goals.detailTitle')} />
          <ErrorState error={goal.error} onRetry={() => void goal.refetch()} />
        </>
      ) : (
        <GoalView goal={goal.data} onReload={() => goal.refetch()} />
      )}
    </div>
  );
}

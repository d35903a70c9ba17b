import { useTranslation } from 'react-i18next';
import type { TeamDetailResponse } from '@vitaal/shared/people';
import { ErrorState } from '@/components/error-state';
import { useUpdateTeam } from '../api/update-team';
import { ConfirmAction } from '@/components/confirm-action';

/** Archiving keeps the team's history but takes it out of use; restoring brings it back as it was. */
export function TeamArchive({ team }: { team: TeamDetailResponse }) {
  const { t } = useTranslation();
  const updateTeam = useUpdateTeam();
  const name = team.name;
  return (
    <div className="admin-stack">
      <p>{team.archived ? t('admin.team.restoreHint') : t('admin.team.archiveHint')}</p>
      {updateTeam.isError && <ErrorState error={updateTeam.error} />}
      {team.archived ? (
        <ConfirmAction
          label={t('admin.team.restore')}
          question={t('admin.team.restoreQuestion', { name })}
          confirmLabel={t('admin.team.restoreConfirm')}
          pending={updateTeam.isPending}
          danger={false}
          onConfirm={() => updateTeam.mutate({ teamId: team.id, changes: { archived: false } })}
        />
      ) : (
        <ConfirmAction
          label={t('admin.team.archive')}
          question={t('admin.team.archiveQuestion', { name })}
          confirmLabel={t('admin.team.archiveConfirm')}
          pending={updateTeam.isPending}
          onConfirm={() => updateTeam.mutate({ teamId: team.id, changes: { archived: true } })}
        />
      )}
    </div>
  );
}

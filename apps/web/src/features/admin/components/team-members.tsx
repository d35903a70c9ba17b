import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamDetailResponse, TeamMemberResponse } from '@vitaal/shared/people';
import { TEAM_ROLES, type TeamRole } from '@vitaal/shared/roles';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { useRemoveTeamMember } from '../api/remove-team-member';
import { useUpdateTeamMember } from '../api/update-team-member';
import { useTeamRoleOptions } from '../hooks/use-role-options';
import { ConfirmAction } from '@/components/confirm-action';
import { TableScroll } from '@/components/table-scroll';

function isTeamRole(value: string): value is TeamRole {
  return (TEAM_ROLES as readonly string[]).includes(value);
}

/**
 * The role changes only with an explicit "save": a select that acted on change would fire for
 * every option a keyboard user arrows past.
 */
function MemberRow({ teamId, member }: { teamId: string; member: TeamMemberResponse }) {
  const { t } = useTranslation();
  const roleOptions = useTeamRoleOptions();
  const updateMember = useUpdateTeamMember();
  const removeMember = useRemoveTeamMember();
  const [role, setRole] = useState<TeamRole>(member.role);
  const name = member.displayName;
  const error = updateMember.error ?? removeMember.error;

  return (
    <tr>
      <td>{name}</td>
      <td className="admin-break">{member.email}</td>
      <td>
        <div className="role-picker">
          <select
            aria-label={t('admin.team.roleOf', { name })}
            value={role}
            onChange={(event) => isTeamRole(event.target.value) && setRole(event.target.value)}
          >
            {roleOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {role !== member.role && (
            <button
              type="button"
              className="button"
              aria-label={t('admin.team.saveRoleOf', { name })}
              disabled={updateMember.isPending}
              aria-busy={updateMember.isPending}
              onClick={() => updateMember.mutate({ teamId, userId: member.userId, changes: { role } })}
            >
              {t('admin.team.saveRole')}
            </button>
          )}
        </div>
        {error && <ErrorState error={error} />}
      </td>
      <td>
        <ConfirmAction
          label={t('admin.team.remove')}
          accessibleLabel={t('admin.team.removeFor', { name })}
          question={t('admin.team.removeQuestion', { name })}
          confirmLabel={t('admin.team.removeConfirm')}
          pending={removeMember.isPending}
          onConfirm={() => removeMember.mutate({ teamId, userId: member.userId })}
        />
      </td>
    </tr>
  );
}

export function TeamMembers({ team }: { team: TeamDetailResponse }) {
  const { t } = useTranslation();
  if (team.members.length === 0) return <EmptyState title={t('admin.team.noMembers')} />;
  return (
    <TableScroll label={t('admin.team.membersTitle')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('admin.people.name')}</th>
            <th scope="col">{t('admin.people.email')}</th>
            <th scope="col">{t('admin.team.role')}</th>
            <th scope="col">{t('admin.table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {team.members.map((member) => (
            // The key carries the role, so the select starts from the saved role after every change.
            <MemberRow key={`${member.userId}:${member.role}`} teamId={team.id} member={member} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

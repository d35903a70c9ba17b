import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTeams } from '@/entities/teams/api/get-teams';
import { CheckboxField } from '@/components/form-fields';
import { EmptyState } from '@/components/empty-state';
import { QueryResult } from '@/components/query-result';
import { TableScroll } from '@/components/table-scroll';

export function TeamsList() {
  const { t } = useTranslation();
  const [showArchived, setShowArchived] = useState(false);
  const teams = useTeams({ archived: showArchived });

  return (
    <>
      <CheckboxField
        label={t('admin.teams.showArchived')}
        checked={showArchived}
        onChange={(event) => setShowArchived(event.target.checked)}
      />
      <QueryResult query={teams}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('admin.teams.empty')}>
              <p>{t('admin.teams.emptyHint')}</p>
            </EmptyState>
          ) : (
            <TableScroll label={t('admin.teams.listTitle')}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.teams.team')}</th>
                    <th scope="col">{t('admin.teams.members')}</th>
                    <th scope="col">{t('admin.teams.managers')}</th>
                    <th scope="col">{t('admin.teams.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((team) => (
                    <tr key={team.id}>
                      <td>
                        <Link to={`/admin/teams/${team.id}`}>{team.name}</Link>
                      </td>
                      <td>{team.memberCount}</td>
                      <td>{team.managerCount}</td>
                      <td>
                        <span className={`badge${team.archived ? ' badge--muted' : ''}`}>
                          {t(team.archived ? 'admin.teams.archived' : 'admin.teams.active')}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )
        }
      </QueryResult>
    </>
  );
}

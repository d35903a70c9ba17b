import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserResponse } from '@vitaal/shared/people';
import { EmptyState } from '@/components/empty-state';
import { SelectField, TextField } from '@/components/form-fields';
import { useCurrentPerson } from '@/lib/current-person';
import { useUsers } from '../api/get-users';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { Pagination } from '@/components/pagination';
import { PersonEditor } from './person-editor';
import { QueryResult } from '@/components/query-result';
import { RoleList } from './role-list';
import { TableScroll } from '@/components/table-scroll';

const PAGE_SIZE = 25;
const STATUS_FILTERS = ['all', 'active', 'inactive'] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number];
const COLUMNS = 6;

function isStatusFilter(value: string): value is StatusFilter {
  return (STATUS_FILTERS as readonly string[]).includes(value);
}

function TeamList({ teams }: { teams: UserResponse['teams'] }) {
  const { t } = useTranslation();
  if (teams.length === 0) return <>{t('admin.people.noTeams')}</>;
  return (
    <>
      {teams
        .map((team) => (team.role === 'manager' ? t('admin.people.teamAsManager', { team: team.name }) : team.name))
        .join(', ')}
    </>
  );
}

interface PersonRowsProps {
  person: UserResponse;
  isSelf: boolean;
  editing: boolean;
  onToggle: () => void;
  onErased: (name: string) => void;
}

function PersonRows({ person, isSelf, editing, onToggle, onErased }: PersonRowsProps) {
  const { t } = useTranslation();
  const panelId = useId();
  return (
    <>
      <tr>
        <td>
          {person.displayName}
          {isSelf && <span className="admin-muted"> {t('admin.people.you')}</span>}
        </td>
        <td className="admin-break">{person.email}</td>
        <td>
          <TeamList teams={person.teams} />
        </td>
        <td>
          <RoleList roles={person.roles} />
        </td>
        <td>
          <span className={`badge${person.active ? '' : ' badge--muted'}`}>
            {t(person.active ? 'admin.people.active' : 'admin.people.inactive')}
          </span>
        </td>
        <td>
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={editing}
            aria-controls={editing ? panelId : undefined}
            aria-label={t(editing ? 'admin.people.closeFor' : 'admin.people.editFor', { name: person.displayName })}
            onClick={onToggle}
          >
            {t(editing ? 'admin.people.close' : 'admin.people.edit')}
          </button>
        </td>
      </tr>
      {editing && (
        <tr className="table__panel-row">
          <td colSpan={COLUMNS} id={panelId}>
            <PersonEditor person={person} isSelf={isSelf} onErased={onErased} />
          </td>
        </tr>
      )}
    </>
  );
}

export function PeopleList() {
  const { t } = useTranslation();
  const me = useCurrentPerson();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [offset, setOffset] = useState(0);
  const [editingId, setEditingId] = useState<string | null>(null);
  // An erased person's row goes away with the focus in it: the list says what happened and takes the focus.
  const [notice, setNotice] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const erased = (name: string) => {
    setEditingId(null);
    setNotice(t('myData.admin.erasedName', { name }));
    searchRef.current?.focus();
  };
  const debouncedSearch = useDebouncedValue(search.trim());
  const users = useUsers({
    search: debouncedSearch || undefined,
    active: status === 'all' ? undefined : status === 'active',
    limit: PAGE_SIZE,
    offset,
  });

  return (
    <>
      <form role="search" className="filters" onSubmit={(event) => event.preventDefault()}>
        <TextField
          ref={searchRef}
          label={t('admin.people.search')}
          hint={t('admin.people.searchHint')}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setOffset(0);
          }}
        />
        <SelectField
          label={t('admin.people.statusFilter')}
          value={status}
          options={STATUS_FILTERS.map((value) => ({ value, label: t(`admin.people.statusFilters.${value}`) }))}
          onChange={(event) => {
            if (isStatusFilter(event.target.value)) setStatus(event.target.value);
            setOffset(0);
          }}
        />
      </form>
      <div role="status">{notice && <p className="admin-status">{notice}</p>}</div>
      <QueryResult query={users}>
        {(page) =>
          page.total === 0 ? (
            <EmptyState title={t('admin.people.empty')} />
          ) : (
            <>
              <TableScroll label={t('admin.people.listTitle')}>
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('admin.people.name')}</th>
                      <th scope="col">{t('admin.people.email')}</th>
                      <th scope="col">{t('admin.people.teams')}</th>
                      <th scope="col">{t('admin.people.roles')}</th>
                      <th scope="col">{t('admin.people.status')}</th>
                      <th scope="col">{t('admin.table.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((person) => (
                      <PersonRows
                        key={person.id}
                        person={person}
                        isSelf={person.id === me.id}
                        editing={editingId === person.id}
                        onToggle={() => setEditingId(editingId === person.id ? null : person.id)}
                        onErased={erased}
                      />
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <Pagination offset={page.offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
            </>
          )
        }
      </QueryResult>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { REQUEST_STATUSES, type RequestStatus } from '@vitaal/shared/learning-time';
import { SelectField } from '@/components/form-fields';
import type { ApprovalsFilter } from '../api/get-approvals';
import type { TeamChoice } from '../hooks/use-team-choices';
import { weekLabel } from '../utils/format';
import { currentWeek, shiftWeek, weeksFrom } from '../utils/weeks';

/** Requests wait in the queue from a couple of weeks back up to as far ahead as they can be made (26 weeks). */
const WEEKS_BACK = 8;
const WEEKS_AHEAD = 26;

function isStatus(value: string): value is RequestStatus {
  return (REQUEST_STATUSES as readonly string[]).includes(value);
}

interface ApprovalFiltersProps {
  value: ApprovalsFilter;
  teams: TeamChoice[];
  onChange: (value: ApprovalsFilter) => void;
}

export function ApprovalFilters({ value, teams, onChange }: ApprovalFiltersProps) {
  const { t } = useTranslation();
  const weeks = weeksFrom(shiftWeek(currentWeek(), -WEEKS_BACK), WEEKS_BACK + WEEKS_AHEAD + 1);
  return (
    <form
      role="search"
      aria-label={t('learningTime.approvals.filters')}
      className="lt-filters"
      onSubmit={(event) => event.preventDefault()}
    >
      {/* One team needs no choosing. */}
      {teams.length > 1 && (
        <SelectField
          label={t('learningTime.approvals.team')}
          value={value.teamId ?? ''}
          options={[
            { value: '', label: t('learningTime.approvals.allTeams') },
            ...teams.map((team) => ({ value: team.id, label: team.name })),
          ]}
          onChange={(event) => onChange({ ...value, teamId: event.target.value || undefined })}
        />
      )}
      <SelectField
        label={t('learningTime.approvals.weekFilter')}
        value={value.week ?? ''}
        options={[
          { value: '', label: t('learningTime.approvals.allWeeks') },
          ...weeks.map((week) => ({ value: week, label: weekLabel(t, week) })),
        ]}
        onChange={(event) => onChange({ ...value, week: event.target.value || undefined })}
      />
      <SelectField
        label={t('learningTime.approvals.statusFilter')}
        value={value.status}
        options={REQUEST_STATUSES.map((status) => ({ value: status, label: t(`learningTime.status.${status}`) }))}
        onChange={(event) => {
          if (isStatus(event.target.value)) onChange({ ...value, status: event.target.value });
        }}
      />
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { TeamDetailResponse } from '@vitaal/shared/people';
import { TEAM_ROLES } from '@vitaal/shared/roles';
import { ErrorState } from '@/components/error-state';
import { SelectField, SubmitButton, TextField } from '@/components/form-fields';
import { useAddTeamMember } from '../api/add-team-member';
import { useUsers } from '../api/get-users';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { useSubmitErrors } from '@/lib/use-submit-errors';
import { useTeamRoleOptions } from '../hooks/use-role-options';

/** Enough to pick from; a longer list means the search should be narrower. */
const CANDIDATE_LIMIT = 20;

const addMemberSchema = z.object({
  userId: z.string().min(1, 'admin.validation.choosePerson'),
  role: z.enum(TEAM_ROLES),
});
type AddMemberInput = z.input<typeof addMemberSchema>;
type AddMemberValues = z.output<typeof addMemberSchema>;

export function AddMemberForm({ team }: { team: TeamDetailResponse }) {
  const { t } = useTranslation();
  const roleOptions = useTeamRoleOptions();
  const addMember = useAddTeamMember();
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebouncedValue(search.trim());
  const people = useUsers({ search: debouncedSearch || undefined, active: true, limit: CANDIDATE_LIMIT, offset: 0 });
  const form = useForm<AddMemberInput, unknown, AddMemberValues>({
    resolver: zodResolver(addMemberSchema),
    defaultValues: { userId: '', role: 'member' },
  });
  const { formError: failure, clearFormError: clear, onError: fail } = useSubmitErrors(form);

  const memberIds = new Set(team.members.map((member) => member.userId));
  const candidates = (people.data?.items ?? []).filter((person) => !memberIds.has(person.id));
  const candidateKey = candidates.map((person) => person.id).join();

  // A narrower search can drop the chosen person from the list; the form must not keep a choice the user no longer sees.
  const chosen = useWatch({ control: form.control, name: 'userId' });
  useEffect(() => {
    if (chosen && !candidateKey.split(',').includes(chosen)) form.setValue('userId', '');
  }, [candidateKey, chosen, form]);

  const onSubmit = form.handleSubmit((member) => {
    clear();
    addMember.mutate({ teamId: team.id, member }, { onSuccess: () => form.reset(), onError: fail });
  });

  const noMatches = people.isSuccess && candidates.length === 0;
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <TextField
        label={t('admin.addMember.search')}
        hint={t('admin.addMember.searchHint')}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {people.isError && <ErrorState error={people.error} onRetry={() => void people.refetch()} />}
      <SelectField
        label={t('admin.addMember.person')}
        hint={
          noMatches
            ? t('admin.addMember.noMatches')
            : people.data && people.data.total > people.data.items.length
              ? t('admin.addMember.more', { shown: people.data.items.length, total: people.data.total })
              : undefined
        }
        options={[
          { value: '', label: t('admin.addMember.choose') },
          ...candidates.map((person) => ({ value: person.id, label: `${person.displayName} (${person.email})` })),
        ]}
        {...form.register('userId')}
        error={form.formState.errors.userId}
      />
      <SelectField
        label={t('admin.team.role')}
        options={roleOptions}
        {...form.register('role')}
        error={form.formState.errors.role}
      />
      {failure !== null && <ErrorState error={failure} />}
      <div>
        <SubmitButton pending={addMember.isPending}>{t('admin.addMember.submit')}</SubmitButton>
      </div>
    </form>
  );
}

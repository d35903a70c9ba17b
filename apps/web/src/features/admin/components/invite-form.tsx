import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ORG_ROLES } from '@vitaal/shared/roles';
import { useTeams } from '@/entities/teams/api/get-teams';
import { ErrorState } from '@/components/error-state';
import { SubmitButton, TextField } from '@/components/form-fields';
import { LoadingState } from '@/components/loading-state';
import { useCreateInvitation } from '../api/create-invitation';
import { useSubmitErrors } from '@/lib/use-submit-errors';
import { useOrgRoleOptions } from '../hooks/use-role-options';
import { CheckboxGroup } from './checkbox-group';
import { InvitationSent } from './invitation-sent';
import { OpenInvitationNotice } from './open-invitation-notice';

const inviteSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(254, 'validation.tooLong')
    .pipe(z.email('validation.email')),
  roles: z.array(z.enum(ORG_ROLES)),
  teamIds: z.array(z.string()),
});
type InviteInput = z.input<typeof inviteSchema>;
type InviteValues = z.output<typeof inviteSchema>;

function TeamChoice({ control }: { control: Control<InviteInput, unknown, InviteValues> }) {
  const { t } = useTranslation();
  const teams = useTeams({ archived: false });
  if (teams.isPending) return <LoadingState />;
  if (teams.isError) return <ErrorState error={teams.error} onRetry={() => void teams.refetch()} />;
  if (teams.data.length === 0) return <p className="field__hint">{t('admin.invite.noTeams')}</p>;
  return (
    <CheckboxGroup
      control={control}
      name="teamIds"
      legend={t('admin.invite.teams')}
      hint={t('admin.invite.teamsHint')}
      options={teams.data.map((team) => ({ value: team.id, label: team.name }))}
    />
  );
}

export function InviteForm() {
  const { t } = useTranslation();
  const roleOptions = useOrgRoleOptions();
  const createInvitation = useCreateInvitation();
  const form = useForm<InviteInput, unknown, InviteValues>({
    resolver: zodResolver(inviteSchema),
    defaultValues: { email: '', roles: [], teamIds: [] },
  });
  const { errors } = form.formState;
  const email = useWatch({ control: form.control, name: 'email' });
  const { formError: failure, clearFormError: clear, onError: fail } = useSubmitErrors(form);

  const onSubmit = form.handleSubmit((values) => {
    clear();
    createInvitation.mutate(values, { onSuccess: () => form.reset(), onError: fail });
  });

  return (
    <>
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          label={t('admin.invite.email')}
          type="email"
          autoComplete="off"
          {...form.register('email')}
          error={errors.email}
        />
        <OpenInvitationNotice email={email} />
        <CheckboxGroup
          control={form.control}
          name="roles"
          legend={t('admin.roles.legend')}
          hint={t('admin.roles.hint')}
          options={roleOptions}
        />
        <TeamChoice control={form.control} />
        {failure !== null && <ErrorState error={failure} />}
        <div>
          <SubmitButton pending={createInvitation.isPending}>{t('admin.invite.submit')}</SubmitButton>
        </div>
      </form>
      {createInvitation.data && <InvitationSent invitation={createInvitation.data} />}
    </>
  );
}

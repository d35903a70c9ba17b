import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { UserResponse } from '@vitaal/shared/people';
import { ORG_ROLES } from '@vitaal/shared/roles';
import { ErrorState } from '@/components/error-state';
import { SubmitButton, TextField } from '@/components/form-fields';
import { ApiError } from '@/lib/api-client';
import { useUpdateUser } from '../api/update-user';
import { useSubmitErrors } from '@/lib/use-submit-errors';
import { useOrgRoleOptions } from '../hooks/use-role-options';
import { CheckboxGroup } from './checkbox-group';
import { ConfirmAction } from '@/components/confirm-action';
import { PersonData } from './person-data';

const personSchema = z.object({
  roles: z.array(z.enum(ORG_ROLES)),
  // The API keeps one decimal: 32.5 hours is a contract, 32.55 is a typing error.
  contractHours: z
    .number('validation.number')
    .min(1, 'validation.range')
    .max(60, 'validation.range')
    .multipleOf(0.1, 'validation.range'),
});
type PersonInput = z.input<typeof personSchema>;
type PersonValues = z.output<typeof personSchema>;

function RolesAndHours({ person }: { person: UserResponse }) {
  const { t } = useTranslation();
  const roleOptions = useOrgRoleOptions();
  const updateUser = useUpdateUser();
  const [saved, setSaved] = useState(false);
  const form = useForm<PersonInput, unknown, PersonValues>({
    resolver: zodResolver(personSchema),
    defaultValues: { roles: person.roles, contractHours: person.contractHours },
  });
  const { errors } = form.formState;
  const { formError: failure, clearFormError: clear, onError: fail } = useSubmitErrors(form);

  const onSubmit = form.handleSubmit((changes) => {
    clear();
    setSaved(false);
    updateUser.mutate(
      { id: person.id, changes },
      {
        onSuccess: (updated) => {
          form.reset({ roles: updated.roles, contractHours: updated.contractHours });
          setSaved(true);
        },
        onError: fail,
      },
    );
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <CheckboxGroup
        control={form.control}
        name="roles"
        legend={t('admin.roles.legend')}
        hint={t('admin.roles.hint')}
        options={roleOptions}
      />
      <TextField
        label={t('admin.person.contractHours')}
        hint={t('admin.person.contractHoursHint')}
        type="number"
        inputMode="decimal"
        min={1}
        max={60}
        step={0.1}
        {...form.register('contractHours', { valueAsNumber: true })}
        error={errors.contractHours}
      />
      {failure !== null && <ErrorState error={failure} />}
      {failure instanceof ApiError && failure.code === 'last_admin' && (
        <p className="field__hint">{t('admin.person.lastAdminHint')}</p>
      )}
      <div className="actions">
        <SubmitButton pending={updateUser.isPending}>{t('actions.save')}</SubmitButton>
        <p role="status" className="admin-status">
          {saved ? t('admin.person.saved') : ''}
        </p>
      </div>
    </form>
  );
}

/** Deactivating ends the person's sessions and stops their sign-in; everything they wrote stays. */
function ActiveStatus({ person, isSelf }: { person: UserResponse; isSelf: boolean }) {
  const { t } = useTranslation();
  const updateUser = useUpdateUser();
  const name = person.displayName;

  if (isSelf) return <p className="field__hint">{t('admin.person.selfDeactivate')}</p>;
  return (
    <div className="admin-stack">
      <p className="field__hint">
        {person.active ? t('admin.person.deactivateHint') : t('admin.person.reactivateHint')}
      </p>
      {updateUser.isError && <ErrorState error={updateUser.error} />}
      {person.active ? (
        <ConfirmAction
          label={t('admin.person.deactivate')}
          question={t('admin.person.deactivateQuestion', { name })}
          confirmLabel={t('admin.person.deactivateConfirm')}
          pending={updateUser.isPending}
          onConfirm={() => updateUser.mutate({ id: person.id, changes: { active: false } })}
        />
      ) : (
        <ConfirmAction
          label={t('admin.person.reactivate')}
          question={t('admin.person.reactivateQuestion', { name })}
          confirmLabel={t('admin.person.reactivateConfirm')}
          pending={updateUser.isPending}
          danger={false}
          onConfirm={() => updateUser.mutate({ id: person.id, changes: { active: true } })}
        />
      )}
    </div>
  );
}

export function PersonEditor({
  person,
  isSelf,
  onErased,
}: {
  person: UserResponse;
  isSelf: boolean;
  onErased: (name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="person-editor">
      <h3>{t('admin.person.title', { name: person.displayName })}</h3>
      <div className="person-editor__parts">
        <RolesAndHours person={person} />
        <div>
          <h4>{t('admin.person.access')}</h4>
          <ActiveStatus person={person} isSelf={isSelf} />
        </div>
        <PersonData person={person} isSelf={isSelf} onErased={onErased} />
      </div>
    </div>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorState } from '@/components/error-state';
import { SubmitButton, TextField } from '@/components/form-fields';
import { useSubmitErrors } from '@/lib/use-submit-errors';

const teamNameSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
});
type TeamNameValues = z.output<typeof teamNameSchema>;

interface TeamNameFormProps {
  defaultName?: string;
  submitLabel: string;
  pending: boolean;
  /** Saves the name and resolves to what the field shows next (empty after creating, the new name after renaming). */
  save: (name: string) => Promise<string>;
}

/** The one field of a team, for creating it and for renaming it. */
export function TeamNameForm({ defaultName = '', submitLabel, pending, save }: TeamNameFormProps) {
  const { t } = useTranslation();
  const form = useForm<z.input<typeof teamNameSchema>, unknown, TeamNameValues>({
    resolver: zodResolver(teamNameSchema),
    defaultValues: { name: defaultName },
  });
  const { formError: failure, clearFormError: clear, onError: fail } = useSubmitErrors(form);

  const onSubmit = form.handleSubmit(async ({ name }) => {
    clear();
    try {
      form.reset({ name: await save(name) });
    } catch (error) {
      fail(error);
    }
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <TextField
        label={t('admin.teams.name')}
        autoComplete="off"
        {...form.register('name')}
        error={form.formState.errors.name}
      />
      {failure !== null && <ErrorState error={failure} />}
      <div>
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorState } from '@/components/error-state';
import { SubmitButton, TextField } from '@/components/form-fields';
import { applyServerErrors } from '@/lib/forms';
import { useAddMilestone } from '../api/add-milestone';

const milestoneSchema = z.object({
  title: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
});
type MilestoneValues = z.infer<typeof milestoneSchema>;

export function AddMilestoneForm({ goalId }: { goalId: string }) {
  const { t } = useTranslation();
  const addMilestone = useAddMilestone(goalId);
  const form = useForm<MilestoneValues>({ resolver: zodResolver(milestoneSchema), defaultValues: { title: '' } });

  const submit = form.handleSubmit((values) =>
    addMilestone.mutate(values, {
      // The field stays focused, ready for the next milestone.
      onSuccess: () => form.reset({ title: '' }, { keepDefaultValues: true }),
      onError: (error) => applyServerErrors(error, form.setError, ['title']),
    }),
  );

  return (
    <form className="goal-milestone-form" noValidate onSubmit={submit}>
      <TextField label={t('goals.milestones.new')} error={form.formState.errors.title} {...form.register('title')} />
      <SubmitButton pending={addMilestone.isPending}>{t('goals.milestones.add')}</SubmitButton>
      {addMilestone.isError && form.formState.errors.title === undefined && <ErrorState error={addMilestone.error} />}
    </form>
  );
}

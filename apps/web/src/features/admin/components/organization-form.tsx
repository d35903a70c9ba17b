import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LOCALES } from '@vitaal/shared/locale';
import { RETENTION_MONTHS, type OrganizationResponse, type OrganizationSettings } from '@vitaal/shared/organization';
import { ErrorState } from '@/components/error-state';
import { SelectField, SubmitButton, TextField } from '@/components/form-fields';
import { ApiError } from '@/lib/api-client';
import { useUpdateOrganization } from '../api/update-organization';
import { useSubmitErrors } from '@/lib/use-submit-errors';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const wholeNumber = (min: number, max: number) =>
  z.number('validation.number').int('validation.number').min(min, 'validation.range').max(max, 'validation.range');

// The same bounds as the API, so a wrong value is explained here, in the user's language.
const settingsSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  timezone: z.string().trim().min(1, 'validation.required').refine(isTimeZone, 'admin.validation.timezone'),
  locale: z.enum(LOCALES),
  learningNormPercent: wholeNumber(0, 50),
  reflectionEditWindowDays: wholeNumber(0, 90),
  minGroupSize: wholeNumber(3, 50),
  retentionMonths: wholeNumber(RETENTION_MONTHS.min, RETENTION_MONTHS.max),
}) satisfies z.ZodType<OrganizationSettings>;
type SettingsInput = z.input<typeof settingsSchema>;
type SettingsValues = z.output<typeof settingsSchema>;
const FIELDS = [
  'name',
  'timezone',
  'locale',
  'learningNormPercent',
  'reflectionEditWindowDays',
  'minGroupSize',
  'retentionMonths',
] as const;

function settingsOf(organization: OrganizationResponse): SettingsValues {
  const { id: _id, version: _version, ...settings } = organization;
  return settings;
}

/** Only what changed is sent, so the audit log names exactly the settings that were changed. */
function changedSettings(before: SettingsValues, after: SettingsValues): Partial<SettingsValues> {
  return Object.fromEntries(
    FIELDS.filter((field) => after[field] !== before[field]).map((field) => [field, after[field]]),
  );
}

/** Someone else saved first: say so and offer their version, rather than overwrite it. */
function VersionConflict({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-state" role="alert">
      <p>{t('errors.codes.version_conflict')}</p>
      <p>{t('admin.organization.conflictHint')}</p>
      <button type="button" className="button" onClick={onReload}>
        {t('admin.organization.reload')}
      </button>
    </div>
  );
}

interface OrganizationFormProps {
  organization: OrganizationResponse;
  /** Fetches the current settings again; resolves once they are in. */
  reload: () => Promise<OrganizationResponse | undefined>;
}

export function OrganizationForm({ organization, reload }: OrganizationFormProps) {
  const { t } = useTranslation();
  const updateOrganization = useUpdateOrganization();
  const [saved, setSaved] = useState(false);
  const form = useForm<SettingsInput, unknown, SettingsValues>({
    resolver: zodResolver(settingsSchema),
    defaultValues: settingsOf(organization),
  });
  const { errors } = form.formState;
  const { formError: failure, clearFormError: clear, onError: fail } = useSubmitErrors(form);
  const conflict = failure instanceof ApiError && failure.code === 'version_conflict';

  const onSubmit = form.handleSubmit((settings) => {
    clear();
    setSaved(false);
    const changes = changedSettings(settingsOf(organization), settings);
    // Saving nothing would still bump the version and log an empty change.
    if (Object.keys(changes).length === 0) {
      setSaved(true);
      return;
    }
    updateOrganization.mutate(
      { version: organization.version, ...changes },
      {
        onSuccess: (updated) => {
          form.reset(settingsOf(updated));
          setSaved(true);
        },
        onError: fail,
      },
    );
  });

  async function reloadLatest() {
    const latest = await reload();
    if (latest) form.reset(settingsOf(latest));
    clear();
  }

  const numberField = { type: 'number', inputMode: 'numeric', step: 1 } as const;
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <TextField
        label={t('admin.organization.name')}
        autoComplete="organization"
        {...form.register('name')}
        error={errors.name}
      />
      <TextField
        label={t('admin.organization.timezone')}
        hint={t('admin.organization.timezoneHint')}
        autoComplete="off"
        spellCheck={false}
        {...form.register('timezone')}
        error={errors.timezone}
      />
      <SelectField
        label={t('admin.organization.locale')}
        hint={t('admin.organization.localeHint')}
        options={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
        {...form.register('locale')}
        error={errors.locale}
      />
      <TextField
        label={t('admin.organization.learningNormPercent')}
        hint={t('admin.organization.learningNormPercentHint')}
        min={0}
        max={50}
        {...numberField}
        {...form.register('learningNormPercent', { valueAsNumber: true })}
        error={errors.learningNormPercent}
      />
      <TextField
        label={t('admin.organization.reflectionEditWindowDays')}
        hint={t('admin.organization.reflectionEditWindowDaysHint')}
        min={0}
        max={90}
        {...numberField}
        {...form.register('reflectionEditWindowDays', { valueAsNumber: true })}
        error={errors.reflectionEditWindowDays}
      />
      <TextField
        label={t('admin.organization.minGroupSize')}
        hint={t('admin.organization.minGroupSizeHint')}
        min={3}
        max={50}
        {...numberField}
        {...form.register('minGroupSize', { valueAsNumber: true })}
        error={errors.minGroupSize}
      />
      <TextField
        label={t('admin.organization.retentionMonths')}
        hint={t('admin.organization.retentionMonthsHint', RETENTION_MONTHS)}
        min={RETENTION_MONTHS.min}
        max={RETENTION_MONTHS.max}
        {...numberField}
        {...form.register('retentionMonths', { valueAsNumber: true })}
        error={errors.retentionMonths}
      />
      {conflict ? (
        <VersionConflict onReload={() => void reloadLatest()} />
      ) : (
        failure !== null && <ErrorState error={failure} />
      )}
      <div className="actions">
        <SubmitButton pending={updateOrganization.isPending}>{t('actions.save')}</SubmitButton>
        <p role="status" className="admin-status">
          {saved ? t('admin.organization.saved') : ''}
        </p>
      </div>
    </form>
  );
}

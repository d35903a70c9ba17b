import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LEARNING_FORMS } from '@vitaal/shared/weeks';
import { TextField } from '@/components/form-fields';
import { useFieldError } from '../hooks/use-field-error';
import { formatNumber } from '@/lib/format';
import { parseNumber, type WeekFormValues } from '../utils/week-form';
import { WeekFieldset } from './week-fieldset';

/** The hours actually spent on learning, per form of learning, with their total. */
export function HoursByForm({ form }: { form: UseFormReturn<WeekFormValues> }) {
  const { t } = useTranslation();
  const fieldError = useFieldError(form);
  const hours = useWatch({ control: form.control, name: 'reflection.hours' });
  const total = Object.values(hours).reduce((sum, value) => sum + (parseNumber(value) || 0), 0);
  return (
    <WeekFieldset
      legend={t('weeks.reflection.hours')}
      hint={t('weeks.reflection.hoursHint')}
      error={fieldError('reflection.hours')}
      className="week-hours"
    >
      <div className="week-hours__grid">
        {LEARNING_FORMS.map((learningForm) => (
          <TextField
            key={learningForm}
            label={t(`weeks.learningForms.${learningForm}`)}
            inputMode="decimal"
            autoComplete="off"
            className="week-number"
            error={fieldError(`reflection.hours.${learningForm}`)}
            {...form.register(`reflection.hours.${learningForm}`)}
          />
        ))}
      </div>
      <p className="week-hours__total">
        {t('weeks.reflection.hoursTotal', { hours: formatNumber(Math.round(total * 10) / 10) })}
      </p>
    </WeekFieldset>
  );
}

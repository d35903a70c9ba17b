import { z } from 'zod';
import {
  LEARNING_FORMS,
  MAX_WEEK_HOURS,
  MAX_WEEK_TEXT,
  type LearningForm,
  type SaveWeekRequest,
  type WeekContent,
} from '@vitaal/shared/weeks';
import { currentLocale } from '@/lib/i18n';

/** "1,5" or "1.5": people type the decimal separator they are used to. */
const HOURS_PATTERN = /^\d{1,2}([.,]\d)?$/;
const PERCENT_PATTERN = /^\d{1,3}$/;

export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed.replace(',', '.'));
}

/** A saved number as it is typed in the reader's language (1,5 in Dutch). */
export function numberInput(value: number | null): string {
  return value === null
    ? ''
    : new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1, useGrouping: false }).format(value);
}

const text = z.string().max(MAX_WEEK_TEXT, 'validation.tooLong');
const hours = z
  .string()
  .trim()
  .refine((value) => value === '' || HOURS_PATTERN.test(value), 'validation.number')
  .refine((value) => (parseNumber(value) ?? 0) <= MAX_WEEK_HOURS, 'validation.range');
const percent = z
  .string()
  .trim()
  .refine((value) => value === '' || PERCENT_PATTERN.test(value), 'validation.number')
  .refine((value) => (parseNumber(value) ?? 0) <= 100, 'validation.range');
const score = z.enum(['', '1', '2', '3', '4', '5']);

const hoursByForm = z.object(
  Object.fromEntries(LEARNING_FORMS.map((form) => [form, hours])) as Record<LearningForm, typeof hours>,
);

export const weekFormSchema = z.object({
  shared: z.boolean(),
  plan: z.object({ intentions: text, plannedHours: hours }),
  reflection: z.object({
    learned: text,
    applied: text,
    hours: hoursByForm.refine(
      (values) => Object.values(values).reduce((sum, value) => sum + (parseNumber(value) ?? 0), 0) <= MAX_WEEK_HOURS,
      'weeks.errors.hoursTotal',
    ),
    energy: score,
    climate: score,
    workload: score,
    aiUsed: z.enum(['', 'yes', 'no']),
    aiHow: text,
    obstacles: text,
    supportWanted: text,
    nextStep: text,
  }),
  goals: z.array(z.object({ goalId: z.string(), hours, progress: percent })),
});

export type WeekFormValues = z.infer<typeof weekFormSchema>;
export type Score = 'energy' | 'climate' | 'workload';

const scoreInput = (value: number | null) =>
  value === null ? '' : (String(value) as WeekFormValues['reflection']['energy']);
const scoreValue = (value: string) => (value === '' ? null : Number(value));

export function toFormValues(week: WeekContent): WeekFormValues {
  const { plan, reflection } = week;
  return {
    shared: week.shared,
    plan: { intentions: plan.intentions, plannedHours: numberInput(plan.plannedHours) },
    reflection: {
      learned: reflection.learned,
      applied: reflection.applied,
      hours: Object.fromEntries(LEARNING_FORMS.map((form) => [form, numberInput(reflection.hours[form])])) as Record<
        LearningForm,
        string
      >,
      energy: scoreInput(reflection.energy),
      climate: scoreInput(reflection.climate),
      workload: scoreInput(reflection.workload),
      aiUsed: reflection.aiUsed === null ? '' : reflection.aiUsed ? 'yes' : 'no',
      aiHow: reflection.aiHow,
      obstacles: reflection.obstacles,
      supportWanted: reflection.supportWanted,
      nextStep: reflection.nextStep,
    },
    goals: week.goals.map((goal) => ({
      goalId: goal.goalId,
      hours: numberInput(goal.hours),
      progress: numberInput(goal.progress),
    })),
  };
}

/** The whole week as the API wants it: every field, every time. */
export function toWeekContent(values: WeekFormValues): WeekContent {
  const { plan, reflection } = values;
  return {
    shared: values.shared,
    plan: { intentions: plan.intentions, plannedHours: parseNumber(plan.plannedHours) },
    reflection: {
      learned: reflection.learned,
      applied: reflection.applied,
      hours: Object.fromEntries(LEARNING_FORMS.map((form) => [form, parseNumber(reflection.hours[form])])) as Record<
        LearningForm,
        number | null
      >,
      energy: scoreValue(reflection.energy),
      climate: scoreValue(reflection.climate),
      workload: scoreValue(reflection.workload),
      aiUsed: reflection.aiUsed === '' ? null : reflection.aiUsed === 'yes',
      // "How" only means something when AI was used; a changed answer should not leave it behind.
      aiHow: reflection.aiUsed === 'yes' ? reflection.aiHow : '',
      obstacles: reflection.obstacles,
      supportWanted: reflection.supportWanted,
      nextStep: reflection.nextStep,
    },
    goals: values.goals.map((goal) => ({
      goalId: goal.goalId,
      hours: parseNumber(goal.hours),
      progress: parseNumber(goal.progress),
    })),
  };
}

export function toSaveRequest(values: WeekFormValues, version: number): SaveWeekRequest {
  return { version, ...toWeekContent(values) };
}

import { z } from 'zod';
import type { MyTeam } from '@vitaal/shared/auth';
import { parseIsoWeek, type IsoWeekKey } from '@vitaal/shared/iso-week';
import {
  MAX_REQUEST_HOURS,
  type CreateLearningTimeRequest,
  type LearningTimeRequestResponse,
} from '@vitaal/shared/learning-time';
import { LEARNING_FORMS } from '@vitaal/shared/weeks';
import { formatNumber } from '@/lib/format';

const MIN_REQUEST_HOURS = 0.5;

/** Hours as people type them: "4", "2,5" or "2.5". */
export function parseHours(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.'));
}

/** The API's rules for hours: 0.5 to 40, at most one decimal. */
export const hoursField = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .refine((text) => Number.isFinite(parseHours(text)), 'validation.number')
  .refine(
    (text) => parseHours(text) >= MIN_REQUEST_HOURS && parseHours(text) <= MAX_REQUEST_HOURS,
    'learningTime.validation.hoursRange',
  )
  // Compared with a margin: 1.1 * 10 is 11.000000000000002 in floating point.
  .refine(
    (text) => Math.abs(Math.round(parseHours(text) * 10) - parseHours(text) * 10) < 1e-9,
    'learningTime.validation.hoursDecimals',
  );

/** What the form holds: text as typed, with "" for "no day" and "no goal". */
export const requestSchema = z.object({
  week: z.string().refine((week) => parseIsoWeek(week) !== null, 'validation.required'),
  date: z.string(),
  hours: hoursField,
  form: z.enum(LEARNING_FORMS),
  purpose: z.string().trim().min(1, 'validation.required').max(1000, 'validation.tooLong'),
  goalId: z.string(),
  teamId: z.string().min(1, 'validation.required'),
});

export type RequestFormValues = z.infer<typeof requestSchema>;
export type RequestFields = Required<CreateLearningTimeRequest>;

/** The request the API takes, from valid form values. */
export function toRequest(values: RequestFormValues): RequestFields {
  return {
    week: values.week as IsoWeekKey,
    date: values.date || null,
    hours: parseHours(values.hours),
    form: values.form,
    purpose: values.purpose.trim(),
    goalId: values.goalId || null,
    teamId: values.teamId,
  };
}

/** A new request: the person's only team is chosen for them; with several, they choose. */
export function newRequestValues(week: string, teams: MyTeam[]): RequestFormValues {
  return {
    week,
    date: '',
    hours: '',
    form: 'workplace',
    purpose: '',
    goalId: '',
    teamId: teams.length === 1 ? teams[0]!.id : '',
  };
}

export function requestFormValues(request: LearningTimeRequestResponse): RequestFormValues {
  return {
    week: request.week,
    date: request.date ?? '',
    hours: formatNumber(request.hours),
    form: request.form,
    purpose: request.purpose,
    goalId: request.goalId ?? '',
    teamId: request.teamId,
  };
}

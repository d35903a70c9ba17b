import { z } from 'zod';
import { SESSION_KINDS, type CreateTeamSessionRequest } from '@vitaal/shared/team-learning';
import { localDateInput, localDateTimeToIso } from '../utils/local-date-time';

/** The API's limits (CreateTeamSessionDto). */
const TITLE_MAX = 200;
const TEXT_MAX = 4000;
export const DURATION_MIN = 15;
export const DURATION_MAX = 480;

export const sessionFormSchema = z.object({
  kind: z.enum(SESSION_KINDS),
  title: z.string().trim().min(1, 'validation.required').max(TITLE_MAX, 'validation.tooLong'),
  // Date and time inputs give "" or YYYY-MM-DD / HH:MM; anything else was typed where the browser has no picker.
  date: z.iso.date('teamLearning.validation.date'),
  time: z.string().regex(/^\d{2}:\d{2}$/, 'teamLearning.validation.time'),
  durationMinutes: z
    .number('validation.number')
    .int('validation.number')
    .min(DURATION_MIN, 'validation.range')
    .max(DURATION_MAX, 'validation.range'),
  facilitatorId: z.string(),
  agenda: z.string().max(TEXT_MAX, 'validation.tooLong'),
});

export type SessionFormValues = z.output<typeof sessionFormSchema>;

export function emptySession(today: Date): SessionFormValues {
  return {
    kind: 'intervision',
    title: '',
    date: localDateInput(today),
    time: '',
    durationMinutes: 60,
    facilitatorId: '',
    agenda: '',
  };
}

/** The form's values as the API takes them: one timestamp with the browser's offset, no facilitator as null. */
export function toCreateRequest(values: SessionFormValues): CreateTeamSessionRequest {
  return {
    kind: values.kind,
    title: values.title,
    startsAt: localDateTimeToIso(values.date, values.time),
    durationMinutes: values.durationMinutes,
    facilitatorId: values.facilitatorId === '' ? null : values.facilitatorId,
    agenda: values.agenda.trim(),
  };
}

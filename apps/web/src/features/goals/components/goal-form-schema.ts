import { z } from 'zod';
import {
  CAREER_COMPETENCIES,
  CHALLENGES,
  GOAL_VISIBILITIES,
  type GoalFields,
  type GoalResponse,
} from '@vitaal/shared/goals';

const TEXT_MAX = 2000;
const MAX_COMPETENCES = 20;
const COMPETENCE_MAX = 60;

/** "gespreksvoering, feedback geven" → ["gespreksvoering", "feedback geven"]. */
export function splitCompetences(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

const text = z.string().max(TEXT_MAX, 'validation.tooLong');

export const goalFormSchema = z.object({
  title: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  developmentQuestion: z.string().trim().min(1, 'validation.required').max(TEXT_MAX, 'validation.tooLong'),
  motivation: text,
  challenges: z.array(z.enum(CHALLENGES)),
  careerCompetencies: z.array(z.enum(CAREER_COMPETENCIES)),
  competences: z
    .string()
    .refine((value) => splitCompetences(value).length <= MAX_COMPETENCES, 'goals.form.competences.tooMany')
    .refine(
      (value) => splitCompetences(value).every((tag) => tag.length <= COMPETENCE_MAX),
      'goals.form.competences.tooLong',
    ),
  successCriteria: text,
  // A date input gives "" or YYYY-MM-DD; anything else was typed where the browser has no date picker.
  targetDate: z.union([z.literal(''), z.iso.date('goals.form.targetDate.invalid')]),
  visibility: z.enum(GOAL_VISIBILITIES),
  status: z.enum(['draft', 'active']),
});

export type GoalFormValues = z.infer<typeof goalFormSchema>;

export const EMPTY_GOAL: GoalFormValues = {
  title: '',
  developmentQuestion: '',
  motivation: '',
  challenges: [],
  careerCompetencies: [],
  competences: '',
  successCriteria: '',
  targetDate: '',
  visibility: 'private',
  status: 'active',
};

export function toFormValues(goal: GoalResponse): GoalFormValues {
  return {
    title: goal.title,
    developmentQuestion: goal.developmentQuestion,
    motivation: goal.motivation,
    challenges: goal.challenges,
    careerCompetencies: goal.careerCompetencies,
    competences: goal.competences.join(', '),
    successCriteria: goal.successCriteria,
    targetDate: goal.targetDate ?? '',
    visibility: goal.visibility,
    // Only read when creating; an existing goal changes status with its own buttons.
    status: goal.status === 'draft' ? 'draft' : 'active',
  };
}

/** The goal's own fields as the API takes them, without the status. */
export function toGoalFields(values: GoalFormValues): GoalFields {
  return {
    title: values.title.trim(),
    developmentQuestion: values.developmentQuestion.trim(),
    motivation: values.motivation.trim(),
    challenges: values.challenges,
    careerCompetencies: values.careerCompetencies,
    competences: splitCompetences(values.competences),
    successCriteria: values.successCriteria.trim(),
    targetDate: values.targetDate === '' ? null : values.targetDate,
    visibility: values.visibility,
  };
}

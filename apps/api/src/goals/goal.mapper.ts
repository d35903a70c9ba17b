import type { GoalResponse } from './goal.dto';
import type { Goal } from './goal.entity';
import type { Milestone } from './milestone.entity';

export function toGoalResponse(goal: Goal, milestones: Milestone[]): GoalResponse {
  return {
    id: goal.id,
    ownerId: goal.ownerId,
    title: goal.title,
    developmentQuestion: goal.developmentQuestion,
    motivation: goal.motivation,
    challenges: goal.challenges,
    careerCompetencies: goal.careerCompetencies,
    competences: goal.competences,
    successCriteria: goal.successCriteria,
    targetDate: goal.targetDate,
    visibility: goal.visibility,
    status: goal.status,
    progress: goal.progress,
    milestones: [...milestones]
      .sort((a, b) => a.position - b.position)
      .map((m) => ({ id: m.id, title: m.title, done: m.done, doneOn: m.doneOn })),
    version: goal.version,
    createdAt: goal.createdAt.toISOString(),
    updatedAt: goal.updatedAt.toISOString(),
  };
}

import { addIsoWeeks, formatIsoWeek, isoWeekKey, isoWeekMonday, parseIsoWeek } from '@vitaal/shared/iso-week';
import { milestoneProgress, type CareerCompetency, type Challenge, type GoalStatus } from '@vitaal/shared/goals';
import type { EntityManager } from 'typeorm';
import { Goal } from '../../goals/goal.entity';
import { Milestone } from '../../goals/milestone.entity';
import type { User } from '../../users/user.entity';
import { WeekGoalLink } from '../../weeks/week-goal.entity';
import { Week } from '../../weeks/week.entity';

export const DEMO_HISTORY_WEEKS = 12;

interface GoalIdea {
  title: string;
  question: string;
  challenges: Challenge[];
  competencies: CareerCompetency[];
  milestones: string[];
}

const IDEAS: GoalIdea[] = [
  {
    title: 'Helder schrijven voor inwoners',
    question: 'Hoe schrijf ik brieven die inwoners in één keer begrijpen?',
    challenges: ['qualification', 'inclusion'],
    competencies: ['qualities'],
    milestones: [
      'Training B1-taal volgen',
      'Drie standaardbrieven herschrijven',
      'Feedback vragen aan het klantcontactcentrum',
    ],
  },
  {
    title: 'Verantwoord werken met AI',
    question: 'Waar helpt een AI-assistent mij echt, en waar moet ik oppassen?',
    challenges: ['ai', 'productivity'],
    competencies: ['work_exploration'],
    milestones: ['Webinar AI en privacy', 'Twee weken een werkdagboek bijhouden', 'Bevindingen delen in het team'],
  },
  {
    title: 'Gesprekken voeren bij bezwaar',
    question: 'Hoe blijf ik rustig en duidelijk als een inwoner boos is?',
    challenges: ['qualification', 'vitality'],
    competencies: ['qualities', 'motives'],
    milestones: ['Intervisie over een lastig gesprek', 'Oefenen met een collega'],
  },
  {
    title: 'Data-analyse in Excel en Power BI',
    question: 'Hoe maak ik zelf een overzicht van de meldingen in mijn wijk?',
    challenges: ['productivity'],
    competencies: ['work_exploration', 'career_steering'],
    milestones: ['E-learning Power BI', 'Eerste dashboard bouwen'],
  },
  {
    title: 'Netwerk in de regio opbouwen',
    question: 'Wie in de regio werkt aan hetzelfde vraagstuk, en wat kan ik van hen leren?',
    challenges: ['sustainability'],
    competencies: ['networking'],
    milestones: ['Regionale bijeenkomst bezoeken', 'Drie koffiegesprekken'],
  },
  {
    title: 'Beter omgaan met werkdruk',
    question: 'Wat geeft mij energie in mijn werk en wat kost het?',
    challenges: ['vitality'],
    competencies: ['motives'],
    milestones: ['Energiemeter twee weken bijhouden', 'Gesprek met leidinggevende'],
  },
];

const STATUSES: GoalStatus[] = ['active', 'active', 'achieved', 'paused', 'draft', 'dropped'];

const LEARNED = [
  'Dat korte zinnen beter werken dan ik dacht.',
  'Hoe ik een gesprek samenvat voordat ik een oplossing geef.',
  'Dat een AI-samenvatting altijd controle nodig heeft.',
  'Hoe een collega zijn planning bewaakt.',
  'Waar ik de regels over bezwaartermijnen vind.',
];

/** A small deterministic generator, so every demo database looks the same. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Goals in every status and twelve weeks of plans and reflections, some missing, for each person. */
export async function seedDemoHistory(
  manager: EntityManager,
  organizationId: string,
  timeZone: string,
  people: User[],
): Promise<void> {
  const rnd = random(2026);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const current = parseIsoWeek(isoWeekKey(new Date(), timeZone))!;

  for (const [index, person] of people.entries()) {
    // Progress follows the milestones (every demo goal has some): achieved goals have all done, drafts none.
    const planned = [0, 1].map((n) => {
      const idea = IDEAS[(index + n * 3) % IDEAS.length]!;
      // Shifted so that the demo logins (the first people) start with an active goal.
      const status = STATUSES[(index + n + 3) % STATUSES.length]!;
      const reached =
        status === 'achieved'
          ? idea.milestones.length
          : status === 'draft'
            ? 0
            : Math.floor(rnd() * idea.milestones.length);
      return { idea, status, done: idea.milestones.map((_, position) => position < reached) };
    });
    const goals = await manager.save(
      planned.map(({ idea, status, done }) =>
        manager.create(Goal, {
          organizationId,
          ownerId: person.id,
          title: idea.title,
          developmentQuestion: idea.question,
          motivation: 'Dit komt in mijn werk steeds vaker terug.',
          challenges: idea.challenges,
          careerCompetencies: idea.competencies,
          competences: [],
          successCriteria: 'Mijn collega’s merken het verschil in mijn werk.',
          status,
          visibility: rnd() < 0.6 ? 'shared' : 'private',
          progress: milestoneProgress(done.map((isDone) => ({ done: isDone }))) ?? 0,
        }),
      ),
    );
    await manager.insert(
      Milestone,
      goals.flatMap((goal, n) =>
        planned[n]!.idea.milestones.map((title, position) => ({
          organizationId,
          goalId: goal.id,
          title,
          position: position + 1,
          done: planned[n]!.done[position]!,
          doneOn: null,
        })),
      ),
    );

    const activeGoal = goals.find((goal) => goal.status === 'active');
    const diligence = 0.55 + rnd() * 0.45;
    for (let offset = -DEMO_HISTORY_WEEKS; offset < 0; offset++) {
      if (rnd() > diligence) continue; // a missing week
      const week = addIsoWeeks(current, offset);
      const submitted = offset < -1 || rnd() < 0.5;
      const hours = Math.round(rnd() * 6 * 2) / 2;
      const saved = await manager.save(
        manager.create(Week, {
          organizationId,
          ownerId: person.id,
          weekKey: formatIsoWeek(week),
          startsOn: isoWeekMonday(week),
          status: submitted ? 'submitted' : 'draft',
          submittedAt: submitted ? new Date(`${isoWeekMonday(addIsoWeeks(week, 1))}T09:00:00Z`) : null,
          shared: rnd() < 0.5,
          intentions: activeGoal
            ? `Werken aan: ${activeGoal.title.toLowerCase()}`
            : 'Een artikel lezen en meedoen aan de intervisie',
          plannedHours: Math.round(2 + rnd() * 3),
          learned: pick(LEARNED),
          applied: 'Toegepast in mijn dagelijkse werk.',
          hoursWorkplace: hours,
          hoursCourse: rnd() < 0.3 ? 1 : 0,
          hoursPeer: rnd() < 0.5 ? 1 : 0,
          hoursSelfStudy: rnd() < 0.4 ? 0.5 : 0,
          energy: 2 + Math.floor(rnd() * 4),
          climate: 2 + Math.floor(rnd() * 4),
          workload: 1 + Math.floor(rnd() * 5),
          aiUsed: rnd() < 0.4,
          nextStep: 'Volgende week verder oefenen.',
        }),
      );
      if (activeGoal) {
        // The progress reached in each week climbs to where the goal stands now.
        const progress = Math.round((activeGoal.progress * (DEMO_HISTORY_WEEKS + offset + 1)) / DEMO_HISTORY_WEEKS);
        await manager.insert(WeekGoalLink, {
          organizationId,
          weekId: saved.id,
          goalId: activeGoal.id,
          hours,
          progress,
        });
      }
    }
  }
}

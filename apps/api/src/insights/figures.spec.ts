import type { GroupFigure } from '../access/access';
import { addScores, average, noScores, percentage, scoresOf, type AnswersShown } from './figures';
import type { TeamWeekRow } from './insights.queries';

const fromFive: AnswersShown = (people): GroupFigure =>
  people >= 5 ? { shown: true, reason: null } : { shown: false, reason: 'below_minimum_group_size' };

describe('average', () => {
  it('averages the answers to one decimal when the rule lets it be shown', () => {
    expect(average([17, 5], fromFive)).toEqual({ value: 3.4, respondents: 5, reason: null });
    expect(average([20, 6], fromFive)).toEqual({ value: 3.3, respondents: 6, reason: null });
  });

  it('withholds the average of too few, saying so and how many answered', () => {
    expect(average([16, 4], fromFive)).toEqual({ value: null, respondents: 4, reason: 'below_minimum_group_size' });
  });

  it('tells no answers apart from answers withheld further down', () => {
    expect(average([0, 0], fromFive)).toEqual({ value: null, respondents: 0, reason: 'no_answers' });
    expect(average([0, 0], fromFive, 3)).toEqual({
      value: null,
      respondents: 0,
      reason: 'below_minimum_group_size',
    });
  });

  it('asks the rule it is given, with the number of people who answered', () => {
    const asked: number[] = [];
    average([30, 7], (people) => (asked.push(people), { shown: true, reason: null }));
    expect(asked).toEqual([7]);
  });
});

describe('percentage', () => {
  it('is a share to one decimal, and null of nobody', () => {
    expect(percentage(1, 3)).toBe(33.3);
    expect(percentage(2, 3)).toBe(66.7);
    expect(percentage(0, 4)).toBe(0);
    expect(percentage(0, 0)).toBeNull();
  });
});

describe('score totals', () => {
  const row = {
    energy_sum: 12,
    energy_n: 3,
    climate_sum: 9,
    climate_n: 3,
    workload_sum: 6,
    workload_n: 2,
    ai_yes: 1,
    ai_n: 4,
  } as TeamWeekRow;

  it('reads a week’s sums and counts, AI use as a percentage', () => {
    expect(scoresOf(row)).toEqual({ energy: [12, 3], climate: [9, 3], workload: [6, 2], ai: [100, 4] });
    expect(scoresOf(undefined)).toEqual(noScores());
  });

  it('adds up across weeks and teams, so averages are made from sums', () => {
    const twice = addScores(scoresOf(row), scoresOf(row));
    expect(twice).toEqual({ energy: [24, 6], climate: [18, 6], workload: [12, 4], ai: [200, 8] });
    expect(average(twice.ai, fromFive).value).toBe(25);
  });
});

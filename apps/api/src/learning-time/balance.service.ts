import { Injectable } from '@nestjs/common';
import {
  addIsoWeeks,
  formatIsoWeek,
  parseIsoWeek,
  weeksInIsoYear,
  type IsoWeek,
  type IsoWeekKey,
} from '@vitaal/shared/iso-week';
import { NormsRepository } from '../learning-norm/norms.repository';
import { WeeksRepository } from '../weeks/weeks.repository';
import type { BalancePeriod } from './learning-time.dto';
import { LearningTimeRequestsRepository } from './learning-time-requests.repository';

/** A stretch of ISO weeks: a year, or a quarter of 13 weeks (the 53rd week counts to Q4). */
export interface Period {
  label: string;
  from: string;
  to: string;
  weeks: number;
}

export function yearPeriod(year: number): Period {
  const weeks = weeksInIsoYear(year);
  return {
    label: String(year),
    from: formatIsoWeek({ year, week: 1 }),
    to: formatIsoWeek({ year, week: weeks }),
    weeks,
  };
}

export function quarterPeriod(week: IsoWeek): Period {
  const quarter = Math.min(4, Math.floor((week.week - 1) / 13) + 1);
  const first = (quarter - 1) * 13 + 1;
  const last = quarter === 4 ? weeksInIsoYear(week.year) : quarter * 13;
  return {
    label: `${week.year}-Q${quarter}`,
    from: formatIsoWeek({ year: week.year, week: first }),
    to: formatIsoWeek({ year: week.year, week: last }),
    weeks: last - first + 1,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Every week key of a period, oldest first. */
const weeksOf = (period: Period): IsoWeekKey[] =>
  Array.from({ length: period.weeks }, (_, i) => formatIsoWeek(addIsoWeeks(parseIsoWeek(period.from)!, i)));

/** Norm, requested, approved and used learning hours, for several people in three queries. */
@Injectable()
export class BalanceService {
  constructor(
    private readonly norms: NormsRepository,
    private readonly requests: LearningTimeRequestsRepository,
    private readonly weeks: WeeksRepository,
  ) {}

  /** Each person's learning norm in hours for the week given (the organisation's current one). */
  async weeklyNorms(organizationId: string, userIds: string[], week: IsoWeekKey): Promise<Map<string, number>> {
    const norms = await this.norms.ofPeople(organizationId, userIds, [week]);
    return new Map(userIds.map((id) => [id, round(norms.get(id)?.get(week) ?? 0)]));
  }

  async balances(organizationId: string, userIds: string[], period: Period): Promise<Map<string, BalancePeriod>> {
    if (userIds.length === 0) return new Map();
    const [norms, requested, used] = await Promise.all([
      this.norms.ofPeople(organizationId, userIds, weeksOf(period)),
      this.requests.hoursOf(organizationId, userIds, period),
      this.weeks.hoursLearnedOf(organizationId, userIds, period),
    ]);
    return new Map(
      userIds.map((id) => [
        id,
        {
          period: period.label,
          // The weeks of the period since the person joined, each with the norm then in force.
          norm: round([...(norms.get(id)?.values() ?? [])].reduce((sum, hours) => sum + hours, 0)),
          requested: round(requested.get(id)?.requested ?? 0),
          approved: round(requested.get(id)?.approved ?? 0),
          used: round(used.get(id) ?? 0),
        },
      ]),
    );
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addIsoWeeks,
  formatIsoWeek,
  parseIsoWeek,
  weeksInIsoYear,
  type IsoWeek,
  type IsoWeekKey,
} from '@vitaal/shared/iso-week';
import { DataSource } from 'typeorm';
import { NormsRepository, spanCovers } from '../learning-norm/norms.repository';
import type { BalancePeriod } from './learning-time.dto';

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly norms: NormsRepository,
  ) {}

  /** Each person's learning norm in hours for the organisation's current week. */
  async weeklyNorms(organizationId: string, userIds: string[]): Promise<Map<string, number>> {
    const rows: { id: string; norm: number }[] = await this.dataSource.query(
      `SELECT s.user_id AS id, s.norm_hours::float AS norm
         FROM learning_norm_span s JOIN organization o ON o.id = s.organization_id
        WHERE s.organization_id = $1 AND s.user_id = ANY($2)
          AND ${spanCovers('s', `to_char(now() AT TIME ZONE o.timezone, 'IYYY-"W"IW')`)}`,
      [organizationId, userIds],
    );
    return new Map(rows.map((row) => [row.id, round(row.norm)]));
  }

  async balances(organizationId: string, userIds: string[], period: Period): Promise<Map<string, BalancePeriod>> {
    if (userIds.length === 0) return new Map();
    const [norms, requests, weeks] = await Promise.all([
      this.norms.ofPeople(organizationId, userIds, weeksOf(period)),
      this.dataSource.query(
        `SELECT requester_id AS id,
                coalesce(sum(hours) FILTER (WHERE status IN ('pending', 'approved')), 0) AS requested,
                coalesce(sum(hours) FILTER (WHERE status = 'approved'), 0) AS approved
           FROM learning_time_request
          WHERE organization_id = $1 AND requester_id = ANY($2) AND week_key BETWEEN $3 AND $4
          GROUP BY requester_id`,
        [organizationId, userIds, period.from, period.to],
      ) as Promise<{ id: string; requested: string; approved: string }[]>,
      this.dataSource.query(
        `SELECT owner_id AS id,
                sum(coalesce(hours_workplace, 0) + coalesce(hours_course, 0) + coalesce(hours_peer, 0) + coalesce(hours_self_study, 0)) AS used
           FROM vital_week
          WHERE organization_id = $1 AND owner_id = ANY($2) AND status = 'submitted' AND week_key BETWEEN $3 AND $4
          GROUP BY owner_id`,
        [organizationId, userIds, period.from, period.to],
      ) as Promise<{ id: string; used: string }[]>,
    ]);
    const requested = new Map(requests.map((r) => [r.id, r]));
    const used = new Map(weeks.map((w) => [w.id, Number(w.used)]));
    return new Map(
      userIds.map((id) => [
        id,
        {
          period: period.label,
          // The weeks of the period since the person joined, each with the norm then in force.
          norm: round([...(norms.get(id)?.values() ?? [])].reduce((sum, hours) => sum + hours, 0)),
          requested: round(Number(requested.get(id)?.requested ?? 0)),
          approved: round(Number(requested.get(id)?.approved ?? 0)),
          used: round(used.get(id) ?? 0),
        },
      ]),
    );
  }
}

import { Injectable } from '@nestjs/common';
import type { Aggregate, OrganizationOverviewResponse, TeamDashboardResponse } from '@vitaal/shared/insights';
import { stringify } from 'csv-stringify/sync';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../access/actor';

type Cell = string | number | null;

const score = (aggregate: Aggregate): Cell => aggregate.value;

const KEY_COLUMNS = [
  'leden',
  'planning ingevuld %',
  'reflectie ingediend %',
  'uren gepland',
  'uren goedgekeurd',
  'uren geleerd',
  'norm uren',
  'energie',
  'werkklimaat',
  'werkdruk',
  'AI gebruikt %',
  'teamsessies',
  'gedeelde leerpunten',
];

type KeyFigures = OrganizationOverviewResponse['totals'];

function keyCells(f: KeyFigures): Cell[] {
  return [
    f.members,
    f.plansFilledPct,
    f.reflectionsSubmittedPct,
    f.plannedHours,
    f.approvedHours,
    f.actualHours,
    f.normHours,
    score(f.energy),
    score(f.climate),
    score(f.workload),
    score(f.aiUsePct),
    f.sessionsHeld,
    f.sharedLearnings,
  ];
}

/** What makes a spreadsheet read a text cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV that Excel with Dutch settings opens as it should: UTF-8 with a byte-order mark,
 * semicolons between fields and decimal commas, numbers as numbers, withheld figures empty.
 * Text that would start a formula (a team named `=HYPERLINK(…)`) gets a leading apostrophe, so it
 * shows as the text it is and never runs.
 */
function toCsv(header: string[], rows: Cell[][]): string {
  return stringify([header, ...rows], {
    bom: true,
    delimiter: ';',
    record_delimiter: '\r\n',
    cast: {
      number: (value) => String(value).replace('.', ','),
      string: (value) => (FORMULA_START.test(value) ? `'${value}` : value),
    },
  });
}

/** Exports are recorded in the audit list: figures leave the application with them. */
@Injectable()
export class InsightsExport {
  constructor(private readonly audit: AuditService) {}

  async teamCsv(actor: Actor, dashboard: TeamDashboardResponse): Promise<string> {
    await this.audit.record({
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'insights.exported',
      target: { type: 'team', id: dashboard.team.id },
      details: { weeks: dashboard.weeks.length },
    });
    return toCsv(
      ['team', 'week', ...KEY_COLUMNS, 'voorlopig'],
      dashboard.weeks.map((week) => [
        dashboard.team.name,
        week.week,
        ...keyCells(week),
        week.provisional ? 'ja' : 'nee',
      ]),
    );
  }

  async organizationCsv(actor: Actor, overview: OrganizationOverviewResponse): Promise<string> {
    await this.audit.record({
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'insights.exported',
      target: { type: 'organization', id: actor.organizationId },
      details: { weeks: overview.weeks.length },
    });
    const period = `${overview.weeks[0]} – ${overview.weeks.at(-1)}`;
    return toCsv(
      ['team', 'periode', ...KEY_COLUMNS],
      [
        ...overview.teams.map((row) => [row.team.name, period, ...keyCells(row)]),
        ['Totaal', period, ...keyCells(overview.totals)],
      ],
    );
  }
}

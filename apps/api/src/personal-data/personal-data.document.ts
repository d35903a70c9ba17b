import type { ExportedGoal, ExportedWeek, PersonalDataExport } from '@vitaal/shared/personal-data';
import type { Locale } from '@vitaal/shared/locale';
import { documentLabels, type DocumentLabels } from './document-labels';
import { html, type SafeHtml } from './html';

type Cell = SafeHtml | string | number | null | undefined;

// Inline on purpose: the file must open offline, on its own, with no scripts.
const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; color: #1d2330; max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid #2f6f5e; } h3 { margin-top: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #c8ced8; padding: .35rem .5rem; text-align: left; vertical-align: top; white-space: pre-wrap; }
thead th, tbody th { background: #eef2f5; } tbody th { width: 16rem; font-weight: 600; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
@media print { h2 { break-after: avoid; } table { break-inside: auto; } }`;

/** The export as one self-contained HTML file in the person's language: headings and tables, no scripts. */
export function renderDocument(data: PersonalDataExport, locale: Locale, timeZone: string): string {
  const l = documentLabels[locale];
  const f = formatters(locale, timeZone, l);
  const section = (key: keyof DocumentLabels['sections'], content: SafeHtml | null) =>
    html`<section aria-labelledby="${key}">
      <h2 id="${key}">${l.sections[key]}</h2>
      ${content ?? html`<p>${l.none}</p>`}
    </section>`;
  const table = (headers: string[], rows: Cell[][]) =>
    rows.length === 0
      ? null
      : html`<table>
          <thead>
            <tr>
              ${headers.map((h) => html`<th scope="col">${h}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) =>
                html`<tr>
                  ${r.map((c) => html`<td>${c}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>`;
  const fields = (caption: string | null, rows: [string, Cell][]) =>
    html`<table>
      ${
        caption === null
          ? ''
          : html`<caption>
              ${caption}
            </caption>`
      }
      <tbody>
        ${rows.map(
          ([label, value]) =>
            html`<tr>
              <th scope="row">${label}</th>
              <td>${value}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  const { person } = data;
  const fl = l.fields;

  const body = html` <h1>${l.title}</h1>
    <p>${l.intro.replace('{name}', person.displayName).replace('{date}', f.dateTime(data.exportedAt))}</p>
    ${section(
      'person',
      fields(null, [
        [fl.displayName, person.displayName],
        [fl.email, person.email],
        [fl.organization, data.organization.name],
        [fl.locale, person.locale],
        [fl.contractHours, f.number(person.contractHours)],
        [fl.roles, person.roles.map((r) => l.values.roles[r]).join(', ')],
        [fl.active, f.yesNo(person.active)],
        [fl.createdAt, f.dateTime(person.createdAt)],
        [fl.id, person.id],
      ]),
    )}
    ${section(
      'memberships',
      table(
        [fl.team, fl.role, fl.since],
        data.memberships.map((m) => [m.team, l.values.roles[m.role], f.dateTime(m.since)]),
      ),
    )}
    ${section('goals', data.goals.length === 0 ? null : html`${data.goals.map((goal) => goalPart(goal, l, f, fields))}`)}
    ${section('weeks', data.weeks.length === 0 ? null : html`${data.weeks.map((week) => weekPart(week, l, f, fields))}`)}
    ${section(
      'learningTimeRequests',
      table(
        [
          fl.week,
          fl.date,
          fl.team,
          fl.hours,
          fl.form,
          fl.purpose,
          fl.status,
          fl.decidedBy,
          fl.decidedAt,
          fl.decisionComment,
        ],
        data.learningTimeRequests.map((r) => [
          r.week,
          f.date(r.date),
          r.team,
          f.number(r.hours),
          l.values.forms[r.form],
          r.purpose,
          l.values.requestStatus[r.status],
          r.decidedBy,
          f.dateTime(r.decidedAt),
          r.decisionComment,
        ]),
      ),
    )}
    ${section(
      'teamSessions',
      table(
        [
          fl.startsAt,
          fl.team,
          fl.kind,
          fl.title,
          fl.durationMinutes,
          fl.participation,
          fl.agenda,
          fl.outcomes,
          fl.agreements,
        ],
        data.teamSessions.map((s) => [
          f.dateTime(s.startsAt),
          s.team,
          l.values.sessionKinds[s.kind],
          s.title,
          s.durationMinutes,
          (['attended', 'facilitated', 'created'] as const)
            .filter((part) => s[part])
            .map((part) => l.participation[part])
            .join(', '),
          s.agenda,
          s.outcomes,
          s.agreements,
        ]),
      ),
    )}
    ${section(
      'sharedLearnings',
      table(
        [fl.createdAt, fl.team, fl.body, fl.fromWeek, fl.hidden, fl.reactions],
        data.sharedLearnings.map((p) => [
          f.dateTime(p.createdAt),
          p.team,
          p.body,
          p.fromWeek,
          f.yesNo(p.hidden),
          Object.entries(p.reactions)
            .map(([kind, n]) => `${l.values.reactions[kind as keyof typeof l.values.reactions]}: ${n}`)
            .join(', '),
        ]),
      ),
    )}
    ${section(
      'comments',
      table(
        [fl.createdAt, fl.body],
        data.comments.map((c) => [f.dateTime(c.createdAt), c.body]),
      ),
    )}
    ${section(
      'reactions',
      table(
        [fl.createdAt, fl.kind],
        data.reactions.map((r) => [f.dateTime(r.createdAt), l.values.reactions[r.kind]]),
      ),
    )}
    ${section(
      'notifications',
      table(
        [fl.createdAt, fl.kind, fl.data, fl.read],
        data.notifications.map((n) => [f.dateTime(n.createdAt), n.kind, JSON.stringify(n.data), f.yesNo(n.read)]),
      ),
    )}
    ${section(
      'auditEvents',
      table(
        [fl.createdAt, fl.action, fl.by, fl.target, fl.details],
        data.auditEvents.map((e) => [
          f.dateTime(e.createdAt),
          e.action,
          l.by[e.by],
          [e.targetType, e.targetId].filter(Boolean).join(' '),
          JSON.stringify(e.details),
        ]),
      ),
    )}`;

  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html`${l.title} – ${person.displayName}`}</title>
<style>${STYLE}</style>
</head>
<body>
<main>${body}</main>
</body>
</html>
`;
}

type Formatters = ReturnType<typeof formatters>;
type FieldsTable = (caption: string | null, rows: [string, Cell][]) => SafeHtml;

function goalPart(goal: ExportedGoal, l: DocumentLabels, f: Formatters, fields: FieldsTable): SafeHtml {
  const fl = l.fields;
  return html`<h3>${goal.title}</h3>
    ${fields(null, [
      [fl.developmentQuestion, goal.developmentQuestion],
      [fl.motivation, goal.motivation],
      [fl.challenges, goal.challenges.map((c) => l.values.challenges[c]).join(', ')],
      [fl.careerCompetencies, goal.careerCompetencies.map((c) => l.values.careerCompetencies[c]).join(', ')],
      [fl.competences, goal.competences.join(', ')],
      [fl.successCriteria, goal.successCriteria],
      [fl.targetDate, f.date(goal.targetDate)],
      [fl.status, l.values.goalStatus[goal.status]],
      [fl.visibility, l.values.visibility[goal.visibility]],
      [fl.progress, `${goal.progress}%`],
      [
        fl.milestones,
        goal.milestones
          .map((m) => `${m.done ? '✓' : '○'} ${m.title}${m.doneOn ? ` (${f.date(m.doneOn)})` : ''}`)
          .join('\n'),
      ],
      [fl.createdAt, f.dateTime(goal.createdAt)],
    ])}`;
}

function weekPart(week: ExportedWeek, l: DocumentLabels, f: Formatters, fields: FieldsTable): SafeHtml {
  const fl = l.fields;
  const hours = (Object.keys(week.hours) as (keyof typeof week.hours)[])
    .filter((form) => week.hours[form] !== null)
    .map((form) => `${l.values.forms[form]}: ${f.number(week.hours[form])}`)
    .join('\n');
  return html`<h3>${fl.week} ${week.week}</h3>
    ${fields(null, [
      [fl.status, l.values.weekStatus[week.status]],
      [fl.shared, f.yesNo(week.shared)],
      [fl.intentions, week.intentions],
      [fl.plannedHours, f.number(week.plannedHours)],
      [fl.learned, week.learned],
      [fl.applied, week.applied],
      [fl.hours, hours],
      [fl.energy, week.energy],
      [fl.climate, week.climate],
      [fl.workload, week.workload],
      [fl.aiUsed, f.yesNo(week.aiUsed)],
      [fl.aiHow, week.aiHow],
      [fl.obstacles, week.obstacles],
      [fl.supportWanted, week.supportWanted],
      [fl.nextStep, week.nextStep],
      [fl.submittedAt, f.dateTime(week.submittedAt)],
    ])}`;
}

function formatters(locale: Locale, timeZone: string, l: DocumentLabels) {
  const tag = locale === 'nl' ? 'nl-NL' : 'en-GB';
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  return {
    dateTime: (value: string | null) => (value === null ? '' : dateTime.format(new Date(value))),
    /** Calendar dates (2026-12-01) have no time zone of their own. */
    date: (value: string | null) => (value === null ? '' : date.format(new Date(`${value.slice(0, 10)}T00:00:00Z`))),
    number: (value: number | null) => (value === null ? '' : number.format(value)),
    yesNo: (value: boolean | null) => (value === null ? '' : value ? l.yes : l.no),
  };
}

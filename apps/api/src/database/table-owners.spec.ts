import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * Each table has one repository that owns it (docs/architecture.md, "Repositories"): only that one writes
 * it, and another reads it only where READS below says so and why. This reads every `*.repository.ts` of
 * src/ and finds the tables each one names: in its SQL (`FROM`, `JOIN`, `INTO`, `UPDATE`, `USING` and a
 * table name on its own, as query builders take it), through the entities it uses (`tx.find(Week, …)`)
 * and through relations it joins (`'u.organization'`).
 */

/** Every table and view, with the repository that owns it. */
const OWNERS: Record<string, string> = {
  organization: 'OrganizationsRepository',
  app_user: 'UsersRepository',
  session: 'SessionsRepository',
  sign_in_throttle: 'SignInThrottleRepository',
  rate_limit_counter: 'RateLimitCountersRepository',
  invitation: 'InvitationsRepository',
  invitation_link: 'InvitationsRepository',
  team: 'TeamsRepository',
  team_membership: 'MembershipsRepository',
  learning_goal: 'GoalsRepository',
  goal_milestone: 'GoalsRepository',
  vital_week: 'WeeksRepository',
  week_goal: 'WeeksRepository',
  learning_time_request: 'LearningTimeRequestsRepository',
  team_session: 'TeamSessionsRepository',
  team_session_attendee: 'TeamSessionsRepository',
  team_session_goal: 'TeamSessionsRepository',
  shared_learning: 'SharedLearningsRepository',
  shared_learning_comment: 'SharedLearningsRepository',
  shared_learning_reaction: 'SharedLearningsRepository',
  notification: 'NotificationsRepository',
  audit_event: 'AuditEventsRepository',
  erasure_request: 'ErasureRequestsRepository',
  job_run: 'JobRunsRepository',
  // Kept by the database's triggers and views (migrations NormHistory, InsightsSummary); read only.
  learning_norm_history: 'NormsRepository',
  contract_hours_history: 'NormsRepository',
  learning_norm_span: 'NormsRepository',
  contract_hours_span: 'NormsRepository',
  team_week_summary: 'InsightsRepository',
};

const NAMES = 'the names shown beside its rows';
const DASHBOARD = 'the figures it counts over several tables in one statement';
const ACTIVE_TEAMS = 'only teams that are not archived count';

/** Tables a repository reads without owning them, and why. Writing a table is its owner's alone. */
const READS: Record<string, Record<string, string>> = {
  AuditEventsRepository: {
    app_user: NAMES,
    invitation: 'the address an invitation went to, read from it so that it goes when the invitation does',
  },
  SessionsRepository: {
    app_user: 'every request reads its person, roles and teams with the session, in one named statement',
    organization: 'every request reads its organisation’s settings with the session',
    team_membership: 'every request reads its person’s teams with the session',
    team: ACTIVE_TEAMS,
  },
  UsersRepository: {
    organization: 'sign-in names the organisation of each account an address has',
    vital_week: 'the weekly reminder goes to those without a submitted week',
  },
  TeamsRepository: {
    team_membership: 'a team list counts its members and managers',
    organization: 'team creations of one organisation queue on its row, so a cap on teams holds',
  },
  MembershipsRepository: { app_user: NAMES, team: ACTIVE_TEAMS },
  GoalsRepository: {
    vital_week: 'a goal lists the weeks it was worked on',
    week_goal: 'a goal lists the weeks it was worked on',
  },
  LearningTimeRequestsRepository: { app_user: NAMES, team: NAMES },
  TeamSessionsRepository: { app_user: NAMES, learning_goal: 'the titles of the goals linked to a session' },
  SharedLearningsRepository: { app_user: NAMES },
  TeamLearningFiguresRepository: {
    team_session: DASHBOARD,
    team_session_attendee: DASHBOARD,
    team_membership: DASHBOARD,
    shared_learning: DASHBOARD,
  },
  InsightsRepository: {
    app_user: DASHBOARD,
    team: DASHBOARD,
    team_membership: DASHBOARD,
    learning_goal: DASHBOARD,
    learning_time_request: DASHBOARD,
    team_session: DASHBOARD,
    shared_learning: DASHBOARD,
    learning_norm_history: DASHBOARD,
    contract_hours_span: DASHBOARD,
  },
  PersonalDataRepository: Object.fromEntries(
    [
      'app_user',
      'session',
      'invitation',
      'team',
      'team_membership',
      'learning_goal',
      'goal_milestone',
      'vital_week',
      'week_goal',
      'learning_time_request',
      'team_session',
      'team_session_attendee',
      'shared_learning',
      'shared_learning_comment',
      'shared_learning_reaction',
      'notification',
      'audit_event',
    ].map((table) => [table, 'a person’s copy of their data, and what an erasure will touch, read across its tables']),
  ),
};

const SRC = join(__dirname, '..');

interface Source {
  path: string;
  ast: ts.SourceFile;
}

/** A repository and the tables it names: all of them, and those it writes. */
interface Usage {
  repository: string;
  reads: Set<string>;
  writes: Set<string>;
}

const SQL_TABLE = /\b(?:FROM|JOIN|INTO|UPDATE|USING)\s+([a-z_]+)/gi;
const SQL_WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+([a-z_]+)/gi;
/** Calls that write the entity given as their first argument (or their second, `updateReturning(tx, Goal, …)`). */
const WRITE_CALLS = new Set(['insert', 'update', 'delete', 'upsert', 'create', 'save', 'into', 'updateReturning']);

function readSources(pattern: RegExp): Source[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => pattern.test(path))
    .sort()
    .map((path) => parse(path, readFileSync(join(SRC, path), 'utf8')));
}

function parse(path: string, text: string): Source {
  return { path, ast: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS) };
}

function nodesOf(source: Source): ts.Node[] {
  const nodes: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    nodes.push(node);
    node.forEachChild(visit);
  };
  visit(source.ast);
  return nodes;
}

/** The text of a string or of the literal parts of a template; a string type (`Omit<T, 'person'>`) is none. */
function literalText(node: ts.Node): string | null {
  if (node.parent && ts.isLiteralTypeNode(node.parent)) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  return null;
}

/** What the entity files declare: each entity class's table, and the entity class of each relation, by property name. */
function entitiesOf(sources: Source[]): { tables: Map<string, string>; relations: Map<string, string> } {
  const tables = new Map<string, string>();
  const relations = new Map<string, string>();
  for (const node of sources.flatMap(nodesOf)) {
    if (ts.isClassDeclaration(node) && node.name) {
      const name = ts.getDecorators(node)?.flatMap((decorator) => {
        const call = decorator.expression;
        if (!ts.isCallExpression(call) || call.expression.getText() !== 'Entity') return [];
        const [options] = call.arguments;
        const property =
          options && ts.isObjectLiteralExpression(options)
            ? options.properties.find((p) => p.name?.getText() === 'name')
            : undefined;
        return property && ts.isPropertyAssignment(property) ? [literalText(property.initializer)] : [];
      })[0];
      if (name) tables.set(node.name.text, name);
    }
    if (
      ts.isPropertyDeclaration(node) &&
      node.type &&
      ts.getDecorators(node)?.some((d) => /^(ManyToOne|OneToOne)\(/.test(d.expression.getText()))
    )
      relations.set(node.name.getText(), node.type.getText());
  }
  return { tables, relations };
}

/** The tables a repository names, in its SQL, through entities and through the relations it joins. */
function usageOf(source: Source, entities: ReturnType<typeof entitiesOf>, known: Set<string>): Usage {
  const repository = nodesOf(source).find((node): node is ts.ClassDeclaration => ts.isClassDeclaration(node))?.name
    ?.text;
  const reads = new Set<string>();
  const writes = new Set<string>();
  const add = (set: Set<string>, table: string | undefined) => {
    if (table && known.has(table)) set.add(table);
  };
  const importedEntities = new Set(
    source.ast.statements
      .filter((statement): statement is ts.ImportDeclaration => ts.isImportDeclaration(statement))
      .filter((statement) => !statement.importClause?.isTypeOnly)
      .flatMap((statement) => {
        const bindings = statement.importClause?.namedBindings;
        return bindings && ts.isNamedImports(bindings) ? bindings.elements.filter((e) => !e.isTypeOnly) : [];
      })
      .map((element) => element.name.text)
      .filter((name) => entities.tables.has(name)),
  );
  for (const node of nodesOf(source)) {
    const text = literalText(node);
    if (text !== null) {
      add(reads, text);
      for (const [, table] of text.matchAll(SQL_TABLE)) add(reads, table!.toLowerCase());
      for (const [, table] of text.matchAll(SQL_WRITE)) add(writes, table!.toLowerCase());
      const relation = /^\w+\.(\w+)$/.exec(text)?.[1];
      const call = node.parent;
      if (
        relation &&
        ts.isCallExpression(call) &&
        ts.isPropertyAccessExpression(call.expression) &&
        /Join/.test(call.expression.name.text)
      )
        add(reads, entities.tables.get(entities.relations.get(relation) ?? ''));
    }
    if (ts.isIdentifier(node) && importedEntities.has(node.text) && !ts.isImportSpecifier(node.parent)) {
      add(reads, entities.tables.get(node.text));
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText();
      if (!WRITE_CALLS.has(name)) continue;
      for (const argument of node.arguments.slice(0, 2)) {
        if (ts.isIdentifier(argument) && importedEntities.has(argument.text))
          add(writes, entities.tables.get(argument.text));
      }
    }
  }
  return { repository: repository ?? source.path, reads, writes };
}

function usages(repositories: Source[], entitySources: Source[]): Usage[] {
  const entities = entitiesOf(entitySources);
  const known = new Set([...entities.tables.values(), ...Object.keys(OWNERS)]);
  return repositories.map((source) => usageOf(source, entities, known));
}

/** Writes by anyone but the owner, and reads of another's table that READS does not give a reason for. */
function offences(found: Usage[]): string[] {
  return found.flatMap(({ repository, reads, writes }) => [
    ...[...writes]
      .filter((table) => OWNERS[table] !== repository)
      .map((table) => `${repository} writes ${table}, which ${OWNERS[table] ?? 'no repository'} owns`),
    ...[...reads]
      .filter((table) => OWNERS[table] !== repository && !READS[repository]?.[table])
      .map(
        (table) =>
          `${repository} reads ${table}, which ${OWNERS[table] ?? 'no repository'} owns, without a reason in READS`,
      ),
  ]);
}

describe('table owners', () => {
  const entitySources = readSources(/\.entity\.ts$/);

  it('finds the tables a repository names in SQL, through entities and joined relations', () => {
    const notes = parse(
      'notes/notes.repository.ts',
      [
        "import { Week } from '../weeks/week.entity';",
        "import type { Goal } from '../goals/goal.entity';",
        "import { User } from '../users/user.entity';",
        'export class NotesRepository {',
        '  a(tx) { return tx.query(`UPDATE team SET name = $1 WHERE id = $2`); }',
        "  b(tx) { return tx.query('SELECT n.id FROM notification n JOIN app_user u ON u.id = n.user_id'); }",
        '  c(tx) { return tx.update(Week, { id }, { shared: false }); }',
        "  d(tx) { return tx.getRepository(User).createQueryBuilder('u').innerJoin('u.organization', 'o'); }",
        "  e(tx): Promise<Goal> { return tx.createQueryBuilder().from('learning_time_request', 'r'); }",
        '}',
      ].join('\n'),
    );
    const [usage] = usages([notes], entitySources);
    expect([...usage!.writes].sort()).toEqual(['team', 'vital_week']);
    expect([...usage!.reads].sort()).toEqual([
      'app_user',
      'learning_time_request',
      'notification',
      'organization',
      'team',
      'vital_week',
    ]);
    expect(offences([usage!])).toContain('NotesRepository writes team, which TeamsRepository owns');
  });

  it('lets only the owner write a table, and others read it only for a reason given in READS', () => {
    expect(offences(usages(readSources(/\.repository\.ts$/), entitySources))).toEqual([]);
  });

  it('declares an owner for every table, and no reason that is not needed', () => {
    const found = usages(readSources(/\.repository\.ts$/), entitySources);
    const repositories = new Set(found.map((usage) => usage.repository));
    const tables = [...entitiesOf(entitySources).tables.values()];
    expect(tables.filter((table) => !OWNERS[table])).toEqual([]);
    expect(Object.entries(OWNERS).filter(([, owner]) => !repositories.has(owner))).toEqual([]);
    const unused = Object.entries(READS).flatMap(([repository, reasons]) =>
      Object.keys(reasons)
        .filter((table) => !found.find((usage) => usage.repository === repository)?.reads.has(table))
        .map((table) => `${repository} ${table}`),
    );
    expect(unused).toEqual([]);
  });
});

import type { Client } from 'pg';
import type { LoggedStatement } from './statement-log';

/**
 * The mark of a statement that reads across organisations on purpose, with its reason in the code next to
 * it. Each one fans out to every node of a distributed database; docs/scaling.md lists them.
 */
export const ACROSS_ORGANIZATIONS = '/* across organisations:';

/** Transaction control and session settings: they read no table. */
const NO_TABLE = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT|SET|SHOW)\b/i;
/** What PostgreSQL shows for a value known when the statement runs: a parameter or a constant. */
const VALUE = String.raw`(?:\$\d+|'[^']*'(?:::[\w ]+)?)`;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Alias?: string;
  'Index Cond'?: string;
  'Recheck Cond'?: string;
  Filter?: string;
  'TID Cond'?: string;
  Plans?: PlanNode[];
}

/** A column of a scanned row as PostgreSQL prints it: the alias is quoted when it needs to be (`"Goal".id`). */
const column = (alias: string, name: string) => {
  const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `(?:"${escaped}"|\\b${escaped})\\.${name}\\b`;
};

/**
 * Lists every statement that reads or changes a table of organisations' rows without naming one
 * organisation, with the request or job that sent it. PostgreSQL's own plan says which tables a statement
 * scans and by what: each scan of a tenant table must find its rows by `organization_id` equal to a value,
 * or to the organisation of another row of the same statement (which is held to the same rule), and each
 * scan of `organization` by its id. Inserts need no check: organization_id is part of every tenant key and
 * so never empty.
 */
export async function unroutedStatements(client: Client, statements: LoggedStatement[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND a.attname = 'organization_id'`,
  );
  const keyOf = new Map<string, string>([...rows.map((row) => [row.name, 'organization_id'] as const)]);
  keyOf.set('organization', 'id');

  const offences = new Map<string, string>();
  const seen = new Set<string>();
  for (const statement of statements) {
    if (seen.has(statement.text) || NO_TABLE.test(statement.text) || statement.text.includes(ACROSS_ORGANIZATIONS))
      continue;
    seen.add(statement.text);
    let plan: PlanNode;
    try {
      const explained = await client.query(`EXPLAIN (VERBOSE, FORMAT JSON) ${statement.text}`, statement.values);
      plan = explained.rows[0]['QUERY PLAN'][0].Plan;
    } catch (error) {
      offences.set(statement.text, `${statement.during}: cannot be explained (${(error as Error).message})`);
      continue;
    }
    const scans = scansOf(plan).filter((scan) => keyOf.has(scan['Relation Name']!));
    const aliases = scans.map((scan) => ({ alias: scan.Alias!, key: keyOf.get(scan['Relation Name']!)! }));
    const unrouted = scans.filter((scan) => !routed(scan, keyOf.get(scan['Relation Name']!)!, aliases));
    if (unrouted.length > 0) {
      const tables = [...new Set(unrouted.map((scan) => scan['Relation Name']))].join(', ');
      offences.set(
        statement.text,
        `${statement.during}: ${tables} not by organisation in\n    ${oneLine(statement.text)}`,
      );
    }
  }
  return [...offences.values()];
}

function scansOf(node: PlanNode): PlanNode[] {
  const own = node['Relation Name'] && node['Node Type'] !== 'ModifyTable' ? [node] : [];
  return [...own, ...(node.Plans ?? []).flatMap(scansOf)];
}

/**
 * Whether the scan's conditions pin its organisation: one of the conditions that must all hold equates its
 * organisation to a value, or to the organisation of another row of the statement (which is held to this
 * rule too). An organisation named only inside an OR does not count.
 */
function routed(scan: PlanNode, key: string, aliases: { alias: string; key: string }[]): boolean {
  const own = column(scan.Alias!, key);
  const others = aliases
    .filter(({ alias }) => alias !== scan.Alias)
    .map(({ alias, key: other }) => column(alias, other));
  const pinned = [VALUE, ...others].join('|');
  const pins = new RegExp(`^(?:${own} = (?:${pinned})|(?:${pinned}) = ${own})$`);
  return [scan['Index Cond'], scan['Recheck Cond'], scan.Filter, scan['TID Cond']]
    .flatMap((condition) => (condition ? conjuncts(condition) : []))
    .some((conjunct) => pins.test(conjunct));
}

/** `((a = 1) AND ((b = 2) AND (c = 3)))` → `a = 1`, `b = 2`, `c = 3`: the parts that must all hold. */
function conjuncts(condition: string): string[] {
  const text = unwrap(condition.trim());
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "'") quoted = !quoted;
    else if (!quoted && char === '(') depth++;
    else if (!quoted && char === ')') depth--;
    else if (!quoted && depth === 0 && text.startsWith(' AND ', i)) {
      parts.push(text.slice(start, i));
      start = i + ' AND '.length;
    }
  }
  parts.push(text.slice(start));
  return parts.length === 1 ? [text] : parts.flatMap(conjuncts);
}

/** The text inside parentheses that enclose all of it. */
function unwrap(text: string): string {
  while (text.startsWith('(') && closingOf(text) === text.length - 1) text = text.slice(1, -1).trim();
  return text;
}

function closingOf(text: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (!quoted && text[i] === '(') depth++;
    else if (!quoted && text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 400);

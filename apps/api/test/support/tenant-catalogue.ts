import type { Client } from 'pg';

/**
 * The tables without organization_id, each with the reason it has none and how a distributed database
 * (Citus) holds it; docs/scaling.md says the same to operators.
 */
export const TABLES_WITHOUT_ORGANIZATION: Record<string, string> = {
  organization: 'the anchor: its id is the organisation; distributed by id, together with every tenant table',
  migrations: 'which migrations ran: read by the migration run on the coordinator only; a local table',
  sign_in_throttle:
    'failed sign-ins per address and per network address, before any organisation is known; written at every ' +
    'sign-in and never joined to tenant rows: a local table on the coordinator',
  rate_limit_counter:
    'requests per caller and minute, counted before the organisation is known; written on every request and ' +
    'never joined to tenant rows: a local table on the coordinator',
};

/** One line per key, foreign key or table that a distribution by organization_id could not hold. */
export async function tenantKeyOffences(client: Client): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string; tenant: boolean; nullable: boolean | null }>(
    `SELECT c.relname AS name, a.attname IS NOT NULL AS tenant, NOT a.attnotnull AS nullable
       FROM pg_class c
       LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'organization_id' AND NOT a.attisdropped
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
      ORDER BY c.relname`,
  );
  const tenant = new Set(tables.filter((t) => t.tenant).map((t) => t.name));
  const offences: string[] = [];

  for (const table of tables) {
    if (table.tenant && table.nullable) offences.push(`${table.name}: organization_id may be null`);
    if (!table.tenant && !(table.name in TABLES_WITHOUT_ORGANIZATION)) {
      offences.push(`${table.name}: has no organization_id and is not on the list of tables without one`);
    }
  }
  for (const name of Object.keys(TABLES_WITHOUT_ORGANIZATION)) {
    if (!tables.some((t) => t.name === name)) offences.push(`${name}: listed without organization_id but not there`);
    if (tenant.has(name)) offences.push(`${name}: listed without organization_id but has one`);
  }

  // Primary keys and every unique index (constraint or not, partial or not).
  const { rows: uniques } = await client.query<{ table: string; name: string; columns: string[]; keyed: string }>(
    `SELECT t.relname AS table, i.relname AS name, substring(pg_get_indexdef(x.indexrelid) FROM ' USING \\w+ (.*)$') AS keyed,
            array(SELECT attname::text FROM pg_attribute WHERE attrelid = t.oid AND attnum = ANY (x.indkey)) AS columns
       FROM pg_index x
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_class i ON i.oid = x.indexrelid
      WHERE t.relnamespace = 'public'::regnamespace AND x.indisunique`,
  );
  for (const unique of uniques) {
    if (tenant.has(unique.table) && !unique.columns.includes('organization_id')) {
      offences.push(`${unique.table}: unique key ${unique.name} ${unique.keyed} lacks organization_id`);
    }
  }
  const { rows: withoutKey } = await client.query<{ table: string }>(
    `SELECT c.relname AS table FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'p')`,
  );
  for (const { table } of withoutKey) offences.push(`${table}: has no primary key`);

  // Only tenant tables hold foreign keys: to another tenant table organization_id pairs with organization_id, to
  // the anchor with its id.
  const { rows: references } = await client.query<{
    name: string;
    table: string;
    referenced: string;
    pairs: [string, string][];
  }>(
    `SELECT k.conname AS name, t.relname AS table, r.relname AS referenced,
            (SELECT json_agg(json_build_array(a.attname, b.attname))
                    FROM unnest(k.conkey, k.confkey) AS p(own, other)
                    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = p.own
                    JOIN pg_attribute b ON b.attrelid = k.confrelid AND b.attnum = p.other) AS pairs
       FROM pg_constraint k
       JOIN pg_class t ON t.oid = k.conrelid
       JOIN pg_class r ON r.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace`,
  );
  for (const reference of references) {
    const to = tenant.has(reference.referenced)
      ? 'organization_id'
      : reference.referenced === 'organization'
        ? 'id'
        : null;
    const paired = reference.pairs.some(([own, other]) => own === 'organization_id' && other === to);
    if (!(tenant.has(reference.table) && paired)) {
      const columns = reference.pairs.map(([own, other]) => `${own} -> ${other}`).join(', ');
      offences.push(
        `${reference.table}: foreign key ${reference.name} (${columns}) to ${reference.referenced} lacks organization_id`,
      );
    }
  }
  return offences.sort();
}

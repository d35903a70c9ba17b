import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs a read that many requests make as a named statement, so each pooled connection plans it
 * once instead of on every call: for these short queries planning costs as much as running them.
 * Outside transactions only; the name must stand for exactly one query text.
 */
export async function preparedQuery<T>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  // TypeORM's PostgreSQL driver keeps its pg pool as `master`.
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const { rows } = await pool.query<T & object>({ name, text, values });
  return rows;
}

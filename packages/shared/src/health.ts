export interface HealthResponse {
  status: 'ok';
  version: string;
}

export interface ReadinessResponse {
  status: 'ok' | 'unavailable';
  database: 'ok' | 'unreachable';
  /** Migrations that exist in the code but have not run on the database; null when the database cannot be asked. */
  pendingMigrations: number | null;
}

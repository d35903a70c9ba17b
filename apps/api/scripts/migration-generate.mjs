// Writes a migration with the SQL that brings a fully migrated database in line with the
// entities: `pnpm --filter @vitaal/api migration:generate AddGoals`. Review it before committing.
// It compiles into its own folder, so a running app's dist/ is left alone.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase } from '../../../scripts/lib/postgres.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { DataSource } = require('typeorm');
const { dataSourceOptions } = require('../.migration-build/database/data-source-options.js');

const name = process.argv[2];
if (!/^[A-Z][A-Za-z0-9]+$/.test(name ?? '')) {
  console.error('usage: migration:generate <PascalCaseName>');
  process.exit(2);
}
const url = await ensureDatabase(process.env.VITAAL_TEST_PG_URL, `vitaal_migration_${Date.now()}`);
const dataSource = new DataSource(dataSourceOptions(url));
await dataSource.initialize();
await dataSource.runMigrations();
const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
await dataSource.dropDatabase?.();
await dataSource.destroy();

if (upQueries.length === 0) {
  console.log('The schema already matches the entities: no migration needed.');
  process.exit(0);
}
const timestamp = Date.now();
const sql = (queries) =>
  queries
    .map(
      (q) =>
        `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
    )
    .join('\n');
const file = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../src/database/migrations',
  `${timestamp}-${name}.ts`,
);
writeFileSync(
  file,
  `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql(upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql(downQueries.reverse())}
  }
}
`,
);
console.log(`Wrote ${path.relative(process.cwd(), file)}; add it to src/database/migrations/index.ts.`);

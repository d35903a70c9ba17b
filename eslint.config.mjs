import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const isOptional = {
  name: 'class-validator',
  importNames: ['IsOptional'],
  message: 'Use Optional() from common/http/optional: IsOptional lets null through to the database.',
};

/** Where statements may be written: repositories, the database folder, and the transaction and statement runners. */
const dataAccessLayer = [
  'apps/api/src/**/*.repository.ts',
  'apps/api/src/database/**',
  'apps/api/src/common/database/**',
];

/**
 * Files that still run statements themselves, from before repositories. Whoever converts a feature
 * removes its files here; when the list is empty, it goes. Add nothing to it.
 */
const notYetRepositories = [
  'apps/api/src/audit/audit.service.ts',
  'apps/api/src/auth/accounts.ts',
  'apps/api/src/auth/auth.service.ts',
  'apps/api/src/auth/session.service.ts',
  'apps/api/src/auth/sign-in-throttle-sweep.ts',
  'apps/api/src/auth/sign-in-throttle.service.ts',
  'apps/api/src/common/jobs/periodic-job.ts',
  'apps/api/src/health/health.service.ts',
  'apps/api/src/insights/insights.queries.ts',
  'apps/api/src/insights/insights.service.ts',
  'apps/api/src/invitations/invitations.service.ts',
  'apps/api/src/learning-norm/norm-hours.ts',
  'apps/api/src/learning-time/balance.service.ts',
  'apps/api/src/learning-time/calendar.service.ts',
  'apps/api/src/learning-time/learning-time.service.ts',
  'apps/api/src/notifications/notifications.service.ts',
  'apps/api/src/notifications/weekly-reminder.ts',
  'apps/api/src/organizations/organizations.service.ts',
  'apps/api/src/personal-data/erasure.queries.ts',
  'apps/api/src/personal-data/erasure.service.ts',
  'apps/api/src/personal-data/personal-data.queries.ts',
  'apps/api/src/personal-data/personal-data.service.ts',
  'apps/api/src/rate-limits/rate-limits.service.ts',
  'apps/api/src/retention/retention-job.ts',
  'apps/api/src/team-learning/shared-learnings.service.ts',
  'apps/api/src/team-learning/team-learning-figures.service.ts',
  'apps/api/src/team-learning/team-sessions.service.ts',
  'apps/api/src/transparency/transparency.service.ts',
  'apps/api/src/weeks/weeks.service.ts',
];

const statementsMessage =
  'Statements belong in a repository (src/<feature>/<name>.repository.ts); see docs/architecture.md.';

const typeormImports = ['typeorm', '@nestjs/typeorm'].map((name) => ({
  name,
  allowTypeImports: true,
  message: `${statementsMessage} Outside repositories, import TypeORM types only (import type).`,
}));

const namedStatementImports = [{ group: ['**/common/database/prepared'], message: statementsMessage }];

const belowFeatures = [
  {
    group: ['**/access/*', '**/*.repository'],
    message: 'common/ stays below the features: move the code that needs this out of common/.',
  },
];

/** Calls that run statements: on a manager (`tx`, `manager`, `dataSource.manager`) or a pool, or building one. */
const statementCalls = [
  {
    selector: 'CallExpression[callee.property.name=/^(query|createQueryBuilder|getRepository|transaction)$/]',
    message: `${statementsMessage} Use Transactions.run for a transaction.`,
  },
  {
    selector: 'CallExpression[callee.object.name=/^(tx|manager|em|entityManager)$/]',
    message: `${statementsMessage} Pass the transaction to repository methods as their last argument.`,
  },
  {
    selector: "CallExpression[callee.object.property.name='manager']",
    message: statementsMessage,
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-*/**',
      '**/.migration-build/**',
      '**/node_modules/**',
      '.data/**',
      '.test-results/**',
      '**/test-results/**',
      '**/playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'apps/api/**/*.{ts,js,mjs}', 'apps/web/e2e/**/*.ts', '**/*.config.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Request fields only; the configuration reads environment variables, which are never null.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/common/config/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [isOptional],
        },
      ],
    },
  },
  {
    // The data-access boundary (docs/architecture.md): repositories own every statement.
    files: ['apps/api/src/**/*.ts'],
    ignores: [...dataAccessLayer, ...notYetRepositories],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: typeormImports, patterns: namedStatementImports }],
      'no-restricted-syntax': ['error', ...statementCalls],
    },
  },
  {
    // Entities declare the mapping with TypeORM's decorators; they still run no statement.
    files: ['apps/api/src/**/*.entity.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // common/ is below the features: it never reaches up to the access entry or a repository.
    files: ['apps/api/src/common/**/*.ts'],
    ignores: ['apps/api/src/common/config/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [isOptional], patterns: belowFeatures }] },
  },
  {
    files: ['apps/api/src/common/config/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: belowFeatures }] },
  },
  {
    files: ['apps/api/jest.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
);

import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
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

const statementsMessage =
  'Statements belong in a repository (src/<feature>/<name>.repository.ts); see docs/architecture.md.';

const typeormImports = ['typeorm', '@nestjs/typeorm'].map((name) => ({
  name,
  allowTypeImports: true,
  message: `${statementsMessage} Outside repositories, import TypeORM types only (import type).`,
}));

/** The named-statement runner and the row helpers (columnValues, entityFromRow) are for repositories only. */
const namedStatementImports = [
  { group: ['**/common/database/prepared', '**/common/database/rows'], message: statementsMessage },
];

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

/** The web app's layers (docs/architecture.md, "The web app"): app > features > entities > components, lib. */
const web = 'apps/web/src';
const foldersIn = (folder) =>
  readdirSync(new URL(`./${folder}`, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/** Each feature and each entity sees only its own files among its siblings; a new folder is covered at once. */
const ownFilesOnly = (layer, message) =>
  foldersIn(`${web}/${layer}`).map((name) => ({
    target: `${web}/${layer}/${name}`,
    from: `${web}/${layer}`,
    except: [`./${name}`],
    message,
  }));

const webZones = [
  ...ownFilesOnly(
    'features',
    'Features never import each other: data several features read goes to src/entities/, shared UI to src/components/, and src/app/ puts features together.',
  ),
  ...ownFilesOnly('entities', 'An entity stands alone: it imports only src/lib/.'),
  {
    target: [`${web}/features`, `${web}/entities`, `${web}/components`, `${web}/lib`],
    from: `${web}/app`,
    message: 'Only src/app/ (and main.tsx) import src/app/: it puts the features together.',
  },
  {
    target: [`${web}/entities`, `${web}/components`, `${web}/lib`],
    from: `${web}/features`,
    message: 'Only src/app/ imports features: move what is shared down to src/entities/, src/components/ or src/lib/.',
  },
  {
    target: [`${web}/entities`, `${web}/lib`],
    from: `${web}/components`,
    message: 'Entities and lib hold no UI: they import only src/lib/.',
  },
  {
    target: [`${web}/components`, `${web}/lib`],
    from: `${web}/entities`,
    message: 'Shared components and lib know no data: pass it in from the feature.',
  },
];

/** Only endpoint files call the API client; everything else may still import `ApiError` to read a failure. */
const apiCalls = {
  group: ['@/lib/api-client', '**/api-client'],
  importNames: ['apiClient'],
  message: 'Only endpoint files (src/features/<f>/api/, src/entities/<e>/api/) call the API: add one there.',
};

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
    ignores: dataAccessLayer,
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
  {
    // The web app's boundaries. no-unresolved keeps the zones honest: an import the resolver misses escapes them.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'apps/web/tsconfig.json' })],
    },
    rules: {
      'import-x/no-unresolved': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: webZones }],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['apps/web/src/features/*/api/**', 'apps/web/src/entities/*/api/**', 'apps/web/src/lib/api-client*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [apiCalls] }] },
  },
);

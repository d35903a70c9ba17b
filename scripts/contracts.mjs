// `npm run contracts`: regenerates the API's request and response types in packages/shared from the
// OpenAPI document, which the API builds from its DTO classes. `--check` (in `npm test`) only compares.
// No database is needed: the document comes from the app's modules in Nest's preview mode.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import ts from 'typescript';
import { root, runOrExit } from './lib/run.mjs';

const target = path.join(root, 'packages/shared/src/api.generated.ts');
const relativeTarget = path.relative(root, target);
const api = path.join(root, 'apps/api');
// Its own folder, so a running app's dist/ is left alone.
const build = path.join(api, 'dist-contracts');
const requireIn = (folder) => createRequire(path.join(folder, 'package.json'));
const tsc = requireIn(path.join(root, 'packages/shared')).resolve('typescript/bin/tsc');

const HEADER = `/**
 * The API's request and response types, generated from the OpenAPI document by \`npm run contracts\`;
 * do not edit. A contract changes in its DTO class in apps/api; the files beside this one name its types.
 */
import type { IsoWeekKey } from './iso-week.js';

`;
const FOOTER = `
export type Schemas = components['schemas'];
`;

/** Week keys are documented as strings of format `iso-week`; here they get the template type the helpers use. */
function isoWeekKeys(schema) {
  if (schema.format !== 'iso-week') return undefined;
  const key = ts.factory.createTypeReferenceNode('IsoWeekKey');
  const nullType = ts.factory.createLiteralTypeNode(ts.factory.createNull());
  return schema.nullable ? ts.factory.createUnionTypeNode([key, nullType]) : key;
}

/** The document as the API serves it at /api/docs-json, from a build of the API's current source. */
async function describeApi() {
  // The API needs the shared package's constants to load. Built without the type check: the shared
  // types may name schemas that are only about to appear in the document this run generates.
  await runOrExit(process.execPath, [tsc, '-p', 'packages/shared/tsconfig.build.json', '--noCheck']);
  rmSync(build, { recursive: true, force: true });
  const swc = requireIn(api).resolve('@swc/cli/bin/swc.js');
  await runOrExit(process.execPath, [swc, 'src', '-d', 'dist-contracts', '--strip-leading-paths', '--quiet'], {
    cwd: api,
  });
  try {
    requireIn(api)('reflect-metadata');
    const { describeApiWithoutDatabase } = requireIn(api)(path.join(build, 'app.factory.js'));
    return await describeApiWithoutDatabase();
  } finally {
    rmSync(build, { recursive: true, force: true });
  }
}

const types = astToString(
  await openapiTS(await describeApi(), {
    // A default says what the API assumes when a field is left out, so the field stays optional.
    defaultNonNullable: false,
    emptyObjectsUnknown: true,
    transform: isoWeekKeys,
  }),
);
const generated = await prettier.format(HEADER + types + FOOTER, {
  ...(await prettier.resolveConfig(target)),
  filepath: target,
});

if (!process.argv.includes('--check')) {
  writeFileSync(target, generated);
  console.log(`Wrote ${relativeTarget}.`);
  // With the type check this time: it names a shared type whose schema the document no longer has.
  await runOrExit(process.execPath, [tsc, '-p', 'packages/shared/tsconfig.build.json']);
} else if (!existsSync(target) || readFileSync(target, 'utf8') !== generated) {
  console.error(`${relativeTarget} does not match the API's DTOs: run \`npm run contracts\` and commit the result.`);
  process.exit(1);
} else {
  console.log(`${relativeTarget} matches the API's DTOs.`);
}

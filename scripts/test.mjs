// `npm test`: everything CI checks, in one command, against a throwaway PostgreSQL.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pnpmCommand, root, run, seconds, step, withoutPnpm } from './lib/run.mjs';

const results = path.join(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const [pnpm, ...pnpmArgs] = pnpmCommand();
const inPackage = (name, ...args) => [pnpm, [...pnpmArgs, '--filter', name, 'exec', ...args]];
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Each runner writes a JSON report; these read the passed and failed counts from it. */
const countJest = (file) => {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0) };
};
const countPlaywright = (file) => {
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
};
const vitest = (name, report) => ({
  name: `unit tests (${name})`,
  command: inPackage(
    `@vitaal/${name}`,
    'vitest',
    'run',
    '--dir',
    'src',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ),
  report,
  count: countJest,
});

/** No answer, or no audit, from the registry: the check could not run, which is not the same as passing. */
const AUDIT_UNAVAILABLE = /ERR_PNPM_AUDIT_ENDPOINT_NOT_EXISTS|E(NOTFOUND|CONNREFUSED|CONNRESET|TIMEDOUT|AI_AGAIN)/;

/**
 * Known vulnerabilities in the production dependencies: high or critical ones fail the step. When the
 * registry cannot audit, the step says so and is marked as not run; VITAAL_AUDIT_REQUIRED=true fails it then.
 */
function auditDependencies() {
  const audit = spawnSync(pnpm, [...pnpmArgs, 'audit', '--prod', '--audit-level', 'high', '--json'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${audit.stdout ?? ''}\n${audit.stderr ?? ''}`;
  let found = null;
  try {
    found = JSON.parse(audit.stdout).metadata?.vulnerabilities ?? null;
  } catch {
    // Not a report: the reason is in the output below.
  }
  if (found) {
    console.log(
      Object.entries(found)
        .map(([level, n]) => `${n} ${level}`)
        .join(', '),
    );
    const serious = (found.high ?? 0) + (found.critical ?? 0);
    if (serious > 0)
      console.error(
        `${serious} high or critical vulnerabilities: run \`${[pnpm, ...pnpmArgs].join(' ')} audit --prod\` for the advisories and upgrade.`,
      );
    return { code: serious > 0 ? 1 : 0 };
  }
  const status = /responded with (\d{3})/.exec(output)?.[1];
  const reason = status
    ? `the registry's audit endpoint answered ${status}`
    : AUDIT_UNAVAILABLE.test(output)
      ? 'the registry could not be reached'
      : 'pnpm audit gave no report';
  console.error(output.trim());
  console.error(`\nThe dependency audit could not run: ${reason}.`);
  return process.env.VITAAL_AUDIT_REQUIRED === 'true' ? { code: 1 } : { code: 0, notRun: reason };
}

const install = [pnpm, [...pnpmArgs, 'install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only']];
const steps = [
  { name: 'build shared contracts', command: inPackage('@vitaal/shared', 'tsc', '-p', 'tsconfig.build.json') },
  { name: 'format', command: [pnpm, [...pnpmArgs, 'exec', 'prettier', '--check', '--log-level=warn', '.']] },
  { name: 'lint', command: [pnpm, [...pnpmArgs, 'exec', 'eslint', '--max-warnings=0', '.']] },
  { name: 'type-check', command: [pnpm, [...pnpmArgs, '-r', 'typecheck']] },
  vitest('shared', path.join(results, 'shared.json')),
  vitest('web', path.join(results, 'web.json')),
  {
    name: 'unit and API tests (api)',
    command: inPackage('@vitaal/api', 'jest', '--json', `--outputFile=${path.join(results, 'api.json')}`),
    report: path.join(results, 'api.json'),
    count: countJest,
  },
  // The build as the README tells a newcomer to run it, on a machine with Node but no global pnpm.
  { name: 'build', command: ['npm', ['run', 'build']], env: withoutPnpm(process.env) },
  { name: 'README commands', command: [process.execPath, ['scripts/check-readme.mjs']] },
  {
    name: 'browser tests (web)',
    command: inPackage('@vitaal/web', 'playwright', 'test'),
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(results, 'e2e.json'), CHROMIUM_PATH: chromium },
    report: path.join(results, 'e2e.json'),
    count: countPlaywright,
    before: () =>
      existsSync(chromium) ||
      `Chromium is missing at ${chromium}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
  },
  { name: 'dependency audit', check: auditDependencies },
];

const started = Date.now();
step('install');
const installStarted = Date.now();
if ((await run(...install)) !== 0) {
  console.log('\ntests: 0 passed, 1 failed');
  process.exit(1);
}
const installTime = seconds(installStarted);
// Loaded only now: it needs the packages the install just brought.
const { startPostgres } = await import('./lib/postgres.mjs');
step('Starting a throwaway PostgreSQL for the tests');
const server = await startPostgres({
  dataDir: path.join(mkdtempSync(path.join(os.tmpdir(), 'vitaal-test-pg-')), 'data'),
  throwaway: true,
});
process.env.VITAAL_TEST_PG_URL = server.url;
const stopServer = () => server.stop();
process.on('SIGINT', () => stopServer().then(() => process.exit(130)));

const summary = [{ name: 'install', ok: true, time: installTime, counts: null }];
let totals = { passed: 0, failed: 0 };
for (const item of steps) {
  step(item.name);
  const since = Date.now();
  const refusal = item.before?.();
  const { code, notRun } =
    typeof refusal === 'string'
      ? (console.error(refusal), { code: 1 })
      : item.check
        ? item.check()
        : { code: await run(item.command[0], item.command[1], { env: { ...process.env, ...item.env } }) };
  const counts = item.report && existsSync(item.report) ? item.count(item.report) : null;
  if (counts) totals = { passed: totals.passed + counts.passed, failed: totals.failed + counts.failed };
  summary.push({ name: item.name, ok: code === 0, notRun, time: seconds(since), counts });
  // Without dependencies or contracts nothing else can run; without a build the browser has nothing to test.
  if (code !== 0 && ['build shared contracts', 'build'].includes(item.name)) break;
}
await stopServer();

console.log('\nSummary');
for (const { name, ok, notRun, time, counts } of summary) {
  const tests = counts ? `  ${counts.passed} passed, ${counts.failed} failed` : notRun ? `  not run: ${notRun}` : '';
  console.log(`  ${notRun ? '!' : ok ? '✓' : '✗'} ${name.padEnd(28)} ${time.padStart(8)}${tests}`);
}
const failedSteps = summary.filter((s) => !s.ok).length + steps.length + 1 - summary.length;
const notRunSteps = summary.filter((s) => s.notRun).map((s) => s.name);
const notRunNote = notRunSteps.length ? ` (not run: ${notRunSteps.join(', ')})` : '';
console.log(
  `  ${failedSteps === 0 ? 'all steps passed' : `${failedSteps} step(s) failed`}${notRunNote} in ${seconds(started)}\n`,
);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedSteps === 0 ? 0 : 1);

// `npm start`: installs, builds, starts the database and serves the whole app on one port.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { appDatabase } from './lib/app-database.mjs';
import { pnpmCommand, root, runQuietlyOrExit, seconds, step } from './lib/run.mjs';

const started = Date.now();
const [pnpm, ...pnpmArgs] = pnpmCommand();

step('Installing dependencies');
await runQuietlyOrExit(pnpm, [
  ...pnpmArgs,
  'install',
  '--frozen-lockfile',
  '--prefer-offline',
  '--reporter=append-only',
]);
step('Building the shared contracts, the API and the web app');
await runQuietlyOrExit(pnpm, [...pnpmArgs, '-r', '--workspace-concurrency=1', 'build']);

const database = await appDatabase();
const port = process.env.PORT ?? '3000';
step('Starting Vitaal (migrations and demo data run on start)');
const app = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
  // Plain http://localhost: a Secure cookie would not be sent back by every browser.
  env: {
    DEMO_DATA: 'true',
    NODE_ENV: 'production',
    COOKIE_SECURE: 'false',
    ...process.env,
    DATABASE_URL: database.url,
    PORT: port,
  },
});

const url = `http://localhost:${port}`;
const ready = setInterval(async () => {
  const res = await fetch(`${url}/api/v1/health/ready`).catch(() => null);
  if (!res?.ok) return;
  clearInterval(ready);
  const { DEMO_LOGINS } = createRequire(import.meta.url)(path.join(root, 'apps/api/dist/database/seed/demo-logins.js'));
  console.log(`\n✓ Vitaal runs at ${url} (started in ${seconds(started)}); API docs at ${url}/api/docs`);
  if (DEMO_LOGINS.length > 0) {
    console.log('  Demo logins:');
    for (const login of DEMO_LOGINS)
      console.log(`    ${login.role.padEnd(14)} ${login.email.padEnd(36)} ${login.password}`);
  }
  console.log('  Press Ctrl-C to stop.\n');
}, 300);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  clearInterval(ready);
  // The app finishes its requests first; the database stops after it.
  if (app.exitCode === null) app.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

app.on('exit', async (code) => {
  clearInterval(ready);
  await database.stop();
  console.log(stopping ? '\nVitaal and its database have stopped.' : `\nVitaal exited with code ${code}.`);
  process.exit(stopping ? 0 : (code ?? 1));
});

// `pnpm dev`: the API in watch mode and Vite with hot reload on http://localhost:5173.
import { spawn } from 'node:child_process';
import { appDatabase } from './lib/app-database.mjs';
import { pnpmCommand, root, runOrExit, step } from './lib/run.mjs';

const [pnpm, ...pnpmArgs] = pnpmCommand();
const inPackage = (name, ...args) => [pnpm, [...pnpmArgs, '--filter', name, 'exec', ...args]];

step('Installing dependencies');
await runOrExit(pnpm, [...pnpmArgs, 'install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only']);
step('Building the shared contracts and the API once');
await runOrExit(...inPackage('@vitaal/shared', 'tsc', '-p', 'tsconfig.build.json'));
await runOrExit(...inPackage('@vitaal/api', 'swc', 'src', '-d', 'dist', '--strip-leading-paths'));

const database = await appDatabase();
const env = {
  DEMO_DATA: 'true',
  NODE_ENV: 'development',
  LOG_LEVEL: 'debug',
  ...process.env,
  DATABASE_URL: database.url,
};
const children = [
  inPackage('@vitaal/shared', 'tsc', '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'),
  inPackage('@vitaal/api', 'swc', 'src', '-d', 'dist', '--strip-leading-paths', '--watch'),
  [process.execPath, ['--watch', 'apps/api/dist/main.js']],
  inPackage('@vitaal/web', 'vite'),
].map(([command, args]) => spawn(command, args, { cwd: root, stdio: 'inherit', env }));

step('Developing: open http://localhost:5173 (API on http://localhost:3000, docs at /api/docs). Ctrl-C stops.');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) =>
          child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM')),
        ),
    ),
  );
  await database.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

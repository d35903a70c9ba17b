// Every command the README shows must work on a machine with nothing but Node. This reads the
// commands from its shell blocks and inline code, checks each against the checkout (npm scripts
// exist and never call a global pnpm, files and binaries exist, the pinned pnpm is the one the
// scripts use) and runs the server instruction against the test PostgreSQL with no pnpm on PATH.
// `npm run build` itself runs in npm test's build step, the same way (see withoutPnpm).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './lib/free-port.mjs';
import { PNPM_VERSION, root, withoutPnpm } from './lib/run.mjs';

/** Commands the README may show for the optional ways that say they need them (Docker, Chromium). */
const PREREQUISITES = new Set(['docker', 'apt-get']);
const COMMAND_WORDS = /^(npm|npx|node|pnpm|yarn|corepack|cd|docker|apt-get)$/;
const ENV_ASSIGNMENT = /^[A-Z_][A-Z0-9_]*=\S*$/;
/** A script that runs pnpm itself fails with "pnpm: not found" where there is no global pnpm. */
const BARE_PNPM = /(^|[;&|(]\s*)pnpm\s/;

/** A command's words after the variables set in front of it (`LOG_LEVEL=debug npm start`). */
function withoutEnv(words) {
  const first = words.findIndex((word) => !ENV_ASSIGNMENT.test(word));
  return first < 0 ? [] : words.slice(first);
}

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** Shell blocks line by line (comments dropped), then inline code that starts with a command. */
function commandsOf(markdown) {
  const commands = [];
  const prose = markdown.replace(/^```(\w*)\n([\s\S]*?)^```/gm, (_block, lang, body) => {
    if (['sh', 'bash', 'shell'].includes(lang))
      for (const line of body.split('\n')) {
        const command = line.replace(/\s+#.*$/, '').trim();
        if (command && !command.startsWith('#')) commands.push(command);
      }
    return '';
  });
  for (const [, code] of prose.matchAll(/`([^`\n]+)`/g)) {
    if (COMMAND_WORDS.test(withoutEnv(code.trim().split(/\s+/))[0])) commands.push(code.trim());
  }
  return [...new Set(commands)];
}

function scriptsIn(dir) {
  const file = path.join(dir, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).scripts ?? {}) : {};
}

/** Why one part of a command (between `&&`) would fail in `cwd`, or null; `cd` moves cwd. */
function problemWith(words, state) {
  const [word, ...args] = withoutEnv(words);
  const at = (file) => path.resolve(state.cwd, file);
  if (word === 'cd') {
    if (!existsSync(at(args[0])) || !statSync(at(args[0])).isDirectory()) return `no folder ${args[0]}`;
    state.cwd = at(args[0]);
    return null;
  }
  if (word === 'npm') {
    const script = args[0] === 'run' ? args[1] : args[0];
    if (['install', 'ci', 'i'].includes(script)) return null;
    const scripts = scriptsIn(state.cwd);
    if (!(script in scripts)) return `package.json has no "${script}" script`;
    if (BARE_PNPM.test(scripts[script])) return `"${script}" calls pnpm itself; use node scripts/pnpm.mjs`;
    return null;
  }
  if (word === 'npx') {
    const pinned = /^pnpm@(.+)$/.exec(args[0])?.[1];
    if (pinned) return pinned === PNPM_VERSION ? null : `pins pnpm ${pinned}, the scripts use ${PNPM_VERSION}`;
    const bins = [state.cwd, root].map((dir) => path.join(dir, 'node_modules', '.bin', args[0]));
    return bins.some((bin) => existsSync(bin)) ? null : `no ${args[0]} in node_modules/.bin`;
  }
  if (word === 'node') return existsSync(at(args[0])) ? null : `no file ${args[0]} (after npm run build)`;
  if (PREREQUISITES.has(word)) return null;
  return `needs ${word}, which a machine with only Node does not have`;
}

function check(command) {
  const state = { cwd: root };
  for (const part of command.split('&&')) {
    const problem = problemWith(part.trim().split(/\s+/), state);
    if (problem) return problem;
  }
  return null;
}

/** Starts the built API as the README says, on a fresh test database, and waits until it is ready. */
async function runServer(command) {
  const admin = process.env.VITAAL_TEST_PG_URL;
  if (!admin) return 'not run: VITAAL_TEST_PG_URL is not set (run through npm test or scripts/with-postgres.mjs)';
  const { ensureDatabase } = await import('./lib/postgres.mjs');
  const words = command.split(/\s+/);
  const env = Object.fromEntries(words.filter((w) => ENV_ASSIGNMENT.test(w)).map((w) => w.split(/=(.*)/s).slice(0, 2)));
  const [, ...args] = withoutEnv(words);
  const port = await freePort();
  const app = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...withoutPnpm(process.env),
      ...env,
      DATABASE_URL: await ensureDatabase(admin, `vitaal_readme_${Date.now()}`),
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
  });
  // Nest stops on SIGTERM by closing the app and raising the signal again, so "killed by SIGTERM" is a clean stop.
  const exited = new Promise((resolve) =>
    app.once('exit', (code, signal) => resolve(code === 0 || signal === 'SIGTERM')),
  );
  let problem;
  try {
    problem = await untilReady(app, port);
  } finally {
    app.kill('SIGTERM');
  }
  return problem ?? ((await exited) ? null : 'did not stop cleanly on SIGTERM');
}

async function untilReady(app, port) {
  for (const started = Date.now(); Date.now() - started < 60_000; await new Promise((r) => setTimeout(r, 250))) {
    if (app.exitCode !== null) return `exited with code ${app.exitCode} before it was ready`;
    const ready = await fetch(`http://127.0.0.1:${port}/api/v1/health/ready`).catch(() => null);
    if (!ready?.ok) continue;
    const page = await fetch(`http://127.0.0.1:${port}/`);
    return page.ok && (await page.text()).includes('<div id="root">') ? null : 'does not serve the web app';
  }
  return 'not ready within a minute';
}

let failures = 0;
const report = (command, problem) => {
  if (problem && !problem.startsWith('not run')) failures++;
  console.log(
    `  ${problem ? (problem.startsWith('not run') ? '!' : '✗') : '✓'} ${command}${problem ? `: ${problem}` : ''}`,
  );
};

for (const command of commandsOf(readme)) {
  const problem = check(command);
  const startsTheApi = !problem && /\bnode\s+\S*apps\/api\/dist\/main\.js\b/.test(command);
  report(command, problem ?? (startsTheApi ? await runServer(command) : null));
}
for (const [name, script] of Object.entries(scriptsIn(root)))
  if (BARE_PNPM.test(script)) report(`package.json "${name}"`, 'calls pnpm itself; use node scripts/pnpm.mjs');

console.log(failures ? `\n${failures} README command(s) would fail` : '\nEvery README command checks out');
process.exit(failures ? 1 : 0);

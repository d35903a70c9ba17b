// Small helpers the start, dev and test scripts share: run a command, find pnpm, print steps.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PNPM_VERSION = '12.21.0';

/** pnpm itself when the right major is on PATH, otherwise the pinned one through npx. */
export function pnpmCommand() {
  const found = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim().split('.')[0] === PNPM_VERSION.split('.')[0]) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

/**
 * The environment of a machine with Node but no global pnpm: a `pnpm` that is "not found" comes first
 * on PATH, so the README's commands are tried as a newcomer would run them.
 */
export function withoutPnpm(env) {
  const shims = mkdtempSync(path.join(os.tmpdir(), 'vitaal-no-pnpm-'));
  const pnpm = path.join(shims, 'pnpm');
  writeFileSync(pnpm, '#!/bin/sh\necho "pnpm: not found" >&2\nexit 127\n');
  chmodSync(pnpm, 0o755);
  return { ...env, PATH: `${shims}${path.delimiter}${env.PATH ?? ''}` };
}

/** Runs a command with inherited output; resolves to its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function runOrExit(command, args, options) {
  const code = await run(command, args, options);
  if (code !== 0) {
    console.error(`\n✗ ${[command, ...args].join(' ')} exited with code ${code}`);
    process.exit(code);
  }
}

/** Whether the person asked for every detail (LOG_LEVEL=debug or trace), as the API itself reads it. */
export const verbose = ['debug', 'trace'].includes(process.env.LOG_LEVEL ?? '');

/**
 * Like runOrExit, but the command's output is only shown when it fails (or with LOG_LEVEL=debug):
 * a successful install or build has nothing a newcomer needs to read.
 */
export async function runQuietlyOrExit(command, args) {
  if (verbose) return runOrExit(command, args);
  const output = [];
  const code = await new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (exit, signal) => resolve(exit ?? (signal ? 1 : 0)));
  });
  if (code === 0) return;
  process.stderr.write(Buffer.concat(output));
  console.error(`\n✗ ${[command, ...args].join(' ')} exited with code ${code}`);
  process.exit(code);
}

export function step(message) {
  console.log(`\n▸ ${message}`);
}

export function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

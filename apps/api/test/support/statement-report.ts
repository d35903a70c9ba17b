import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testServerUrl } from './database';

/**
 * `VITAAL_TENANT_STATEMENTS=check npx jest`: every test app notes, when it closes, the statements its
 * requests sent that do not name their organisation, and the run fails at its end listing them all, so the
 * whole suite serves as the run that tenant-statements.test.ts makes on its own.
 */
export const CHECK_STATEMENTS = process.env.VITAAL_TENANT_STATEMENTS === 'check';

/** One folder per test server, so that test files running at once each add their own file. */
function folder(): string {
  const server = createHash('sha256').update(testServerUrl()).digest('hex').slice(0, 12);
  return path.join(os.tmpdir(), `vitaal-tenant-statements-${server}`);
}

export function startReport(): void {
  rmSync(folder(), { recursive: true, force: true });
  mkdirSync(folder(), { recursive: true });
}

export function addToReport(offences: string[]): void {
  if (offences.length) writeFileSync(path.join(folder(), `${randomBytes(6).toString('hex')}.txt`), offences.join('\n'));
}

export function readReport(): string[] {
  return readdirSync(folder()).map((file) => readFileSync(path.join(folder(), file), 'utf8'));
}

import { CHECK_STATEMENTS, readReport } from './statement-report';

/** Fails the run when a test app noted statements that do not name their organisation (statement-report.ts). */
export default function globalTeardown(): void {
  if (!CHECK_STATEMENTS) return;
  const offences = readReport();
  if (offences.length) throw new Error(`Statements without their organisation:\n${offences.join('\n')}`);
}

import { AUDIT_KINDS, type AuditKind } from '@vitaal/shared/audit';

/** Actions Vitaal takes by itself, on a schedule: they have no person as actor. */
export function isScheduledAction(value: string): boolean {
  return value.startsWith('retention.');
}

/** The choices of the log's filter: everything, or one kind of action. */
export const AUDIT_FILTERS = ['all', ...AUDIT_KINDS] as const;
export type AuditFilter = 'all' | AuditKind;

export function isAuditFilter(value: string): value is AuditFilter {
  return (AUDIT_FILTERS as readonly string[]).includes(value);
}

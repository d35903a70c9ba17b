// Placeholder until this page is built.
export function AuditPage() {
  return null;
}

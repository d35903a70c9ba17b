// Placeholder until this is built.
export function ApprovalsPage() {
  return null;
}

// Placeholder until this page is built.
export function TeamsPage() {
  return null;
}

// Placeholder until this page is built.
export function MyTeamsPage() {
  return null;
}

// Placeholder until this page is built.
export function GoalsPage() {
  return null;
}

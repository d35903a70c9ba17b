// Placeholder until this page is built.
export function GoalPage() {
  return null;
}

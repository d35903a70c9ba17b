// Placeholder until this page is built.
export function NewGoalPage() {
  return null;
}

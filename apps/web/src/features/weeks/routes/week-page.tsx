// Placeholder until this page is built.
export function WeekPage() {
  return null;
}

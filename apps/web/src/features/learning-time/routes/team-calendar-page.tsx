// Placeholder until this is built.
export function TeamCalendarPage() {
  return null;
}

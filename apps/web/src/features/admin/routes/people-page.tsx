// Placeholder until this page is built.
export function PeoplePage() {
  return null;
}

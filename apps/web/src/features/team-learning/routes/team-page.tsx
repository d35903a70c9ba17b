// Placeholder until this page is built.
export function TeamPage() {
  return null;
}

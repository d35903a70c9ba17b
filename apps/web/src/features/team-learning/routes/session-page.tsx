// Placeholder until this page is built.
export function SessionPage() {
  return null;
}

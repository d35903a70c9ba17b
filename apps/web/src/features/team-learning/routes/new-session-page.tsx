// Placeholder until this page is built.
export function NewSessionPage() {
  return null;
}

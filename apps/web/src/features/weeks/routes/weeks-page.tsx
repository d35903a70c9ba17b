// Placeholder until this page is built.
export function WeeksPage() {
  return null;
}

// Placeholder until this page is built.
export function PersonPage() {
  return null;
}

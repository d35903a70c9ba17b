// Placeholder until this page is built.
export function OrganizationPage() {
  return null;
}

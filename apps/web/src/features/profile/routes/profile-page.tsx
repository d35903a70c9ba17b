// Placeholder until this page is built.
export function ProfilePage() {
  return null;
}

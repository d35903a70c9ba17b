// Placeholder until this is built.
export function NotificationsPage() {
  return null;
}

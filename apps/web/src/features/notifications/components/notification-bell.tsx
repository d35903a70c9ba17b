// Placeholder until this is built.
export function NotificationBell() {
  return null;
}

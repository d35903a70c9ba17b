// Placeholder until this page is built.
export function AcceptInvitationPage() {
  return null;
}

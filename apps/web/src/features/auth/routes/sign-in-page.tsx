// Placeholder until this page is built.
export function SignInPage() {
  return null;
}

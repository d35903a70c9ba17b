// Placeholder until this page is built.
export function SignUpPage() {
  return null;
}

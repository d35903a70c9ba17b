/**
 * Where to go after signing in: the `next` address when it stays on this site. "//evil.example"
 * and "/\evil.example" start with a slash too, yet browsers read them as another host.
 */
export function nextPath(next: string | null): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/';
}

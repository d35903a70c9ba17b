/** The demo organisation's sign-ins, printed at start and listed in the README. */
export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}

export const DEMO_PASSWORD = 'vitaal-demo-2026';

export const DEMO_LOGINS: DemoLogin[] = [
  { role: 'admin', email: 'admin@voorbeeld.nl', password: DEMO_PASSWORD },
  { role: 'L&O', email: 'lno@voorbeeld.nl', password: DEMO_PASSWORD },
  { role: 'manager', email: 'manager@voorbeeld.nl', password: DEMO_PASSWORD },
  { role: 'professional', email: 'professional@voorbeeld.nl', password: DEMO_PASSWORD },
];

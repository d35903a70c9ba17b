/** The demo organisation's sign-ins, printed at start and listed in the README. */
export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}

export const DEMO_LOGINS: DemoLogin[] = [];

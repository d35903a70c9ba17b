import { createContext, useContext } from 'react';
import type { MeResponse } from '@vitaal/shared/auth';

const CurrentPersonContext = createContext<MeResponse | null>(null);

export const CurrentPersonProvider = CurrentPersonContext.Provider;

/** The signed-in person, on any page behind the sign-in. */
export function useCurrentPerson(): MeResponse {
  const person = useContext(CurrentPersonContext);
  if (!person) throw new Error('useCurrentPerson is used outside the signed-in part of the app');
  return person;
}

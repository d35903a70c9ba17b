import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { meQueryOptions } from '@/entities/session/api/get-me';
import { changeLocale } from '@/lib/i18n';

/** How every way in ends once the session exists: in the person's own language, on the page they were after. */
export function useEnterApp() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  return async (destination: string) => {
    // If this fails, the signed-in pages show the failure with a retry; the session itself is fine.
    const person = await queryClient.fetchQuery(meQueryOptions()).catch(() => null);
    if (person) await changeLocale(person.locale);
    // Replace, so Back does not return to a form that is done with.
    await navigate(destination, { replace: true });
  };
}

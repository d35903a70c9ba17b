import { useEffect, useState } from 'react';

/** Whether the moment has come; turns true by itself when it arrives while the page is open. */
export function useHasStarted(startsAt: string): boolean {
  const start = Date.parse(startsAt);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (now >= start) return;
    // setTimeout takes at most about 24.8 days; a session further ahead checks again then.
    const timer = setTimeout(() => setNow(Date.now()), Math.min(start - now, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [now, start]);
  return now >= start;
}

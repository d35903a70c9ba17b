import { useSearchParams } from 'react-router';

/** The periods one can choose, in weeks up to and including the current one. */
export const PERIODS = [4, 12, 26, 52] as const;
const DEFAULT_PERIOD = 12;

/** The chosen period lives in the address, so the back button and a shared link show the same figures. */
export function usePeriod(): [number, (weeks: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('weeks'));
  const weeks = (PERIODS as readonly number[]).includes(asked) ? asked : DEFAULT_PERIOD;
  const choose = (next: number) => {
    const changed = new URLSearchParams(params);
    changed.set('weeks', String(next));
    setParams(changed, { replace: true });
  };
  return [weeks, choose];
}

import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways on a narrow screen instead of widening the page. Only while
 * it does overflow is it a named, focusable region, so keyboard users can scroll it too
 * without an extra tab stop on wide screens.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);

  useEffect(() => {
    const element = ref.current;
    // jsdom (unit tests) has no ResizeObserver; there is no layout to overflow there anyway.
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setOverflows(element.scrollWidth > element.clientWidth));
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      className="table-scroll"
      role={overflows ? 'region' : undefined}
      aria-label={overflows ? label : undefined}
      tabIndex={overflows ? 0 : undefined}
    >
      {children}
    </div>
  );
}

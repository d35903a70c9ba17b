import { useId, type ReactNode } from 'react';

/** A titled part of a page; the h2 names the region for screen-reader navigation. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className="panel lt-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </section>
  );
}

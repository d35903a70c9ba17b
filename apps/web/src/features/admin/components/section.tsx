import { useId, type ReactNode } from 'react';

/** A titled part of an admin page; the h2 names the region for screen-reader navigation. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className="panel admin-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </section>
  );
}
